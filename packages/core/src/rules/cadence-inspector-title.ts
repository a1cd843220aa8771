import { defineRule } from '../engine/types.js';
import { expectedInspectorTitle, kingsReignBegan, writtenInspectorTitle } from '../cadence/inspector-title.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-inspector-title',
    description: '"Her Majesty’s Inspector" if the last day on site was before 8 September 2022, "His Majesty’s Inspector" from then.',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: true,
    docs: `Inspectors became His Majesty’s Inspectors when Queen Elizabeth II died on ${kingsReignBegan}. The
title in \`lead_inspector\` is the one held on the last day on site (the publication date only when
there are no valid days on site): reports of inspections that ended before ${kingsReignBegan} but were
published after it say "Her", as Ofsted printed them. Such a document that says "His" gets a warning,
not an error, as the inspector did hold that title by publication; any other mismatch is an error.
The fix swaps "His" and "Her", keeping the rest of the line. A line that names neither (as
"Jane Smith HMI") is left alone, as are straight and typographic apostrophes.`,
    appliesTo: (document) => Object.hasOwn(document.frontMatter, 'lead_inspector'),
  },
  check({ draft, facts, report }) {
    const expected = expectedInspectorTitle(facts.dates?.end, facts.published);
    const entry = findEntry(draft.frontMatter, 'lead_inspector');
    if (!expected || !entry || facts.leadInspector === undefined) return;
    const source = draft.text.slice(entry.valueRange.start, entry.valueRange.end);
    const written = writtenInspectorTitle(source);
    if (!written || written.title === expected.title) return;
    const wordRange = { start: entry.valueRange.start + written.start, end: entry.valueRange.start + written.end };
    const word = source.slice(written.start, written.end);
    const expectedWord = expected.title.slice(0, 3);
    const replacement =
      word === word.toUpperCase() ? expectedWord.toUpperCase() : word === word.toLowerCase() ? expectedWord.toLowerCase() : expectedWord;
    const { day, what } = expected.basis;
    const when = `the ${what} was ${day}, ${day < kingsReignBegan ? 'before' : 'on or after'} ${kingsReignBegan}, when the title changed`;
    const heldByPublication = written.title === expected.alsoHeld;
    report({
      message: heldByPublication
        ? `Write "${expected.title}": ${when}. Documents of inspections that ended before then say "Her" even when published after it.`
        : `Write "${expected.title}": ${when}.`,
      range: wordRange,
      fix: { description: `Write "${expectedWord}"`, edits: [{ range: wordRange, newText: replacement }] },
      ...(heldByPublication ? { atMost: 'warning' as const } : {}),
      data: { expected: expected.title },
    });
  },
});
