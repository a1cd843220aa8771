import { judgementSections } from '../engine/queries.js';
import { defineRule, type TextEdit } from '../engine/types.js';
import type { TextRange } from '../parse/line-index.js';

interface NumberedParagraph {
  number: number;
  /** The first numbered paragraph of its section. */
  opensSection: boolean;
  markerRange: TextRange;
  /** The marker's leading digits, which the parser reads as the number ("007." is 7). */
  numberRange: TextRange;
}

export default defineRule({
  meta: {
    id: 'paragraph-numbering',
    description: 'Numbered paragraphs run 1 to N across the judgement sections, without gaps or repeats.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    docs: `In a report, paragraphs in the judgement sections are numbered from 1 under help and protection and
continue without restarting to the end of the leaders section.

One slip is one finding, at the slip: the first paragraph whose number does not follow the one before
("skips from 12 to 14", "repeats 7", "restarts at 1 after 9", "goes back from 8 to 5", "starts at 3").
Paragraphs after it that follow on from the slip are not reported again, nor is a paragraph that puts
the numbering back in step, nor, once one section has restarted at 1, a later section that does the
same; a later slip that breaks the run again is reported on its own. The fix
renumbers the slip and every misnumbered paragraph after it, 1 to N, and says how many it changes.
Unnumbered paragraphs, and numbered lists nested inside a paragraph, are left alone.`,
    appliesTo: (document) => document.numberedParagraphs,
  },
  check({ draft, domain, report }) {
    const judged = new Set(judgementSections(draft, domain).map((s) => s.index));
    const paragraphs: NumberedParagraph[] = [];
    let section: number | undefined;
    for (const block of draft.blocks) {
      const item = block.listItem;
      if (!judged.has(block.sectionIndex) || !item?.ordered || item.number === undefined || block.listDepth !== 1) continue;
      const markerText = draft.text.slice(item.markerRange.start, item.markerRange.end);
      let digitCount = 0;
      while (digitCount < markerText.length && markerText[digitCount]! >= '0' && markerText[digitCount]! <= '9') digitCount++;
      paragraphs.push({
        number: item.number,
        opensSection: block.sectionIndex !== section,
        markerRange: item.markerRange,
        numberRange: { start: item.markerRange.start, end: item.markerRange.start + digitCount },
      });
      section = block.sectionIndex;
    }
    const last = paragraphs.at(-1);
    if (!last) return;
    // How far each number is from its place in the run 1..N: one slip changes it, and paragraphs that
    // follow on from the slip keep the new offset.
    let offset = 0;
    // Numbering each section from 1 is one habit: once reported, later sections that do it again follow on.
    let restartsEachSection = false;
    paragraphs.forEach((paragraph, index) => {
      const place = index + 1;
      const now = paragraph.number - place;
      if (now === offset) return;
      offset = now;
      // Back in step: the slip before it was reported where it happened.
      if (now === 0) return;
      const restartsSection = paragraph.opensSection && paragraph.number === 1 && index > 0;
      if (restartsSection && restartsEachSection) return;
      restartsEachSection ||= restartsSection;
      const previous = paragraphs[index - 1]?.number;
      const edits: TextEdit[] = [];
      for (let later = index; later < paragraphs.length; later++) {
        const { number, numberRange } = paragraphs[later]!;
        if (number !== later + 1) edits.push({ range: numberRange, newText: String(later + 1) });
      }
      const others = edits.length - 1;
      report({
        message: `Paragraph ${paragraph.number} should be ${place}: the numbering ${describeSlip(paragraph.number, previous)}${others > 0 ? `; the fix renumbers it and the ${others} misnumbered ${others === 1 ? 'paragraph' : 'paragraphs'} after it` : ''}.`,
        range: paragraph.markerRange,
        fix: {
          description: 'Renumber paragraphs from here',
          edits,
          scope: { start: paragraph.markerRange.start, end: last.markerRange.end },
        },
        data: { expected: place, renumbered: edits.length },
      });
    });
  },
});

function describeSlip(number: number, previous: number | undefined): string {
  if (previous === undefined) return `starts at ${number}`;
  if (number === previous) return `repeats ${number}`;
  if (number === 1) return `restarts at 1 after ${previous}`;
  if (number < previous) return `goes back from ${previous} to ${number}`;
  return `skips from ${previous} to ${number}`;
}
