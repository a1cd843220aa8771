import { defineRule } from '../engine/types.js';
import { findJudgementTable, tableJudgements } from '../engine/queries.js';
import { isLetter } from '../framework/document-types.js';

export default defineRule({
  meta: {
    id: 'draft-incomplete',
    description: 'Blanks left to fill in: ungraded judgements, empty bullets, sections with nothing written.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A draft is incomplete while it is written, and a new skeleton is all blanks. Rather than a wall of
errors, each blank gets one warning here: a judgement-table row with an empty grade cell, a judgement
heading that ends in ":" with no grade, a bullet with no text, and a level-2 section with nothing in it.
Other rules skip blank values, so a fresh skeleton has no errors. Raise this rule to "error" in CI
configuration to stop unfinished drafts from being published.`,
  },
  check({ draft, facts, report }) {
    const table = findJudgementTable(draft);
    if (table && !isLetter(facts.type)) {
      for (const row of tableJudgements(table)) {
        if (row.area && row.gradeCell && row.gradeCell.text === '') {
          report({ message: `"${row.nameCell.text}" is not graded yet.`, range: row.nameCell.range });
        }
      }
    }
    draft.sections.forEach((section, index) => {
      const heading = section.heading;
      if (heading.area && heading.grade?.text === '' && facts.type !== 'self-evaluation') {
        report({ message: `"${heading.name}" is not graded yet: write the grade after the colon.`, range: heading.textRange });
      }
      const hasContent = draft.blocks.some((b) => b.sectionIndex === index && (b.text.trim() !== '' || b.listItem !== undefined)) || draft.tables.some((t) => t.sectionIndex === index) || section.subheadings.length > 0;
      if (!hasContent) report({ message: `Section "${heading.name}" has nothing written yet.`, range: heading.textRange });
    });
    for (const block of draft.blocks) {
      if (block.listItem && block.text.trim() === '') report({ message: 'This bullet is empty.', range: block.listItem.markerRange });
    }
  },
});
