import { defineRule } from '../engine/types.js';
import { findJudgementTable, headingArea, tableJudgements } from '../engine/queries.js';
import { blocksIn, hasTableIn, selfEvaluationOutline } from '../self-evaluation/outline.js';

export default defineRule({
  meta: {
    id: 'draft-incomplete',
    description: 'Blanks left to fill in: ungraded judgements, empty bullets, sections with nothing written.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A draft is incomplete while it is written, and a new skeleton is all blanks. Rather than a wall of
errors, each blank gets one warning here: a judgement-table row with an empty grade cell, a judgement
heading that ends in ":" with no grade, a bullet with no text, a level-2 section with nothing in it,
and, in a self-evaluation, a sub-heading of a judgement area (\`### How we know it\`, ...) with nothing
under it. A self-evaluation's self-assessed grade is optional, so its empty grade slot is not reported,
and its \`## Overall effectiveness: <grade>\` may stand alone with nothing under it.
Other rules skip blank values, so a fresh skeleton has no errors. Raise this rule to "error" in CI
configuration to stop unfinished drafts from being published.`,
  },
  check({ draft, facts, domain, report }) {
    const document = facts.document;
    const table = findJudgementTable(draft);
    if (table && document?.graded) {
      for (const row of tableJudgements(table, domain)) {
        if (row.area && row.gradeCell && row.gradeCell.text === '') {
          report({ message: `"${row.nameCell.text}" is not graded yet.`, range: row.nameCell.range });
        }
      }
    }
    // One pass over blocks and tables, so the check stays linear however many sections there are.
    const sectionsWithContent = new Set<number>();
    for (const block of draft.blocks)
      if (block.text.trim() !== '' || block.listItem !== undefined) sectionsWithContent.add(block.sectionIndex);
    for (const table of draft.tables) sectionsWithContent.add(table.sectionIndex);
    draft.sections.forEach((section, index) => {
      const heading = section.heading;
      const area = headingArea(heading, domain)?.area;
      if (area && heading.grade?.text === '' && document?.gradeRequired) {
        report({ message: `"${heading.name}" is not graded yet: write the grade after the colon.`, range: heading.textRange });
      }
      const hasContent = sectionsWithContent.has(index) || section.subheadings.length > 0;
      // Where grades are optional (self-evaluations), the overall grade may stand as a bare heading ("## Overall effectiveness: good").
      const bareOverallGrade = document !== undefined && !document.gradeRequired && area?.kind === 'overall';
      if (!hasContent && !bareOverallGrade)
        report({ message: `Section "${heading.name}" has nothing written yet.`, range: heading.textRange });
    });
    for (const block of draft.blocks) {
      if (block.listItem && block.text.trim() === '') report({ message: 'This bullet is empty.', range: block.listItem.markerRange });
    }
    if (document?.form === 'self-evaluation') {
      for (const outline of selfEvaluationOutline(draft, domain)) {
        for (const place of outline.subsections) {
          const written = blocksIn(draft, place.contentRange).length > 0 || hasTableIn(draft, place.contentRange);
          if (!written) report({ message: `Nothing is written under "${place.heading.text}" yet.`, range: place.heading.textRange });
        }
      }
    }
  },
});
