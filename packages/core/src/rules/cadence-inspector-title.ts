import { defineRule } from '../engine/types.js';
import { inspectorTitleOn, kingsReignBegan, writtenInspectorTitle } from '../cadence/inspector-title.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-inspector-title',
    description: '"Her Majesty’s Inspector" before 8 September 2022, "His Majesty’s Inspector" from then.',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: true,
    docs: `Inspectors became His Majesty’s Inspectors when Queen Elizabeth II died on ${kingsReignBegan}. The
title in \`lead_inspector\` must fit the publication date when the draft gives one, else the last day on
site. The fix swaps "His" and "Her", keeping the rest of the line. A line that names neither (as
"Jane Smith HMI") is left alone, as are straight and typographic apostrophes.`,
    appliesTo: (document) => Object.hasOwn(document.frontMatter, 'lead_inspector'),
  },
  check({ draft, facts, report }) {
    const date = facts.published ?? facts.dates?.end;
    const entry = findEntry(draft.frontMatter, 'lead_inspector');
    if (!date || !entry || facts.leadInspector === undefined) return;
    const source = draft.text.slice(entry.valueRange.start, entry.valueRange.end);
    const written = writtenInspectorTitle(source);
    const expected = inspectorTitleOn(date);
    if (!written || written.title === expected) return;
    const wordRange = { start: entry.valueRange.start + written.start, end: entry.valueRange.start + written.end };
    const word = source.slice(written.start, written.end);
    const expectedWord = expected.slice(0, 3);
    const replacement = word === word.toUpperCase() ? expectedWord.toUpperCase() : word === word.toLowerCase() ? expectedWord.toLowerCase() : expectedWord;
    const basis = facts.published ? `published ${date}` : `last day on site ${date}`;
    report({
      message: `Write "${expected}": the draft is dated ${basis}, ${date < kingsReignBegan ? 'before' : 'on or after'} ${kingsReignBegan}, when the title changed.`,
      range: wordRange,
      fix: { description: `Write "${expectedWord}"`, edits: [{ range: wordRange, newText: replacement }] },
      data: { expected },
    });
  },
});
