import { judgementSections } from '../engine/queries.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  meta: {
    id: 'paragraph-numbering',
    description: 'Numbered paragraphs run 1 to N across the judgement sections, without gaps or repeats.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    docs: `In a report, paragraphs in the judgement sections are numbered from 1 under help and protection and
continue without restarting to the end of the leaders section. Each paragraph whose number is not the
next one is reported with the number it should have ("skips from 12 to 14", "repeats 7"); the fix
renumbers it, and \`--fix\` renumbers them all in one pass. Unnumbered paragraphs, and numbered
lists nested inside a paragraph, are left alone.`,
    appliesTo: (document) => document.numberedParagraphs,
  },
  check({ draft, domain, report }) {
    let expected = 1;
    let previous: number | undefined;
    const judged = new Set(judgementSections(draft, domain).map((s) => s.index));
    for (const block of draft.blocks) {
      const item = block.listItem;
      if (!judged.has(block.sectionIndex) || !item?.ordered || item.number === undefined || block.listDepth !== 1) continue;
      if (item.number !== expected) {
        const how =
          previous === undefined
            ? `starts at ${item.number}`
            : item.number === previous
              ? `repeats ${item.number}`
              : item.number < previous
                ? `goes back from ${previous} to ${item.number}`
                : item.number > previous + 1
                  ? `skips from ${previous} to ${item.number}`
                  : 'is shifted by an earlier misnumbered paragraph';
        // The parser reads the number from the marker's leading digits ("007." is 7), so edit exactly those.
        const markerText = draft.text.slice(item.markerRange.start, item.markerRange.end);
        let digitCount = 0;
        while (digitCount < markerText.length && markerText[digitCount]! >= '0' && markerText[digitCount]! <= '9') digitCount++;
        const numberRange = { start: item.markerRange.start, end: item.markerRange.start + digitCount };
        report({
          message: `Paragraph ${item.number} should be ${expected}: the numbering ${how}.`,
          range: item.markerRange,
          fix: { description: 'Renumber paragraphs', edits: [{ range: numberRange, newText: String(expected) }] },
          data: { expected },
        });
      }
      previous = item.number;
      expected++;
    }
  },
});
