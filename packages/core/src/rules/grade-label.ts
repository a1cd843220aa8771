import { grades, isShortRequiresImprovement, matchGrade } from '../framework/grades.js';
import { defineRule } from '../engine/types.js';
import { findJudgementTable, headingArea, tableJudgements } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'grade-label',
    description: 'Grades are one of the four on the scale, written in full; report judgement headings carry one.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    docs: `The scale is Outstanding, Good, Requires improvement to be good, Inadequate. Reported: a grade cell or
a heading grade that is none of these; the short form "Requires improvement" (printed in some 2018 to
2020 tables; the fix writes the full label); and, in inspection reports, a judgement heading without
": <grade>". Self-evaluations may leave the self-assessed grade out. Letter casing is
\`grade-case\`'s business.`,
  },
  check({ draft, facts, domain, report }) {
    const document = facts.document;
    if (!document?.graded) return;
    const allowed = grades.map((g) => g.label).join(', ');
    const table = findJudgementTable(draft);
    if (table) {
      for (const row of tableJudgements(table, domain)) {
        const cell = row.gradeCell;
        if (!cell || cell.text === '' || !row.area) continue;
        if (!matchGrade(cell.text)) {
          report({
            message: `"${cell.text}" is not a grade: expected one of: ${allowed}.`,
            range: cell.range,
            data: { expected: grades.map((g) => g.label) },
          });
        } else if (isShortRequiresImprovement(cell.text)) {
          report({
            message: `Write the grade in full: "Requires improvement to be good".`,
            range: cell.range,
            fix: {
              description: 'Write "Requires improvement to be good"',
              edits: [{ range: cell.range, newText: 'Requires improvement to be good' }],
            },
          });
        }
      }
    }
    for (const section of draft.sections) {
      const heading = section.heading;
      const area = headingArea(heading, domain)?.area;
      // Reports grade overall effectiveness in the table only; a document with optional grades may head a section with it.
      if (!area || (area.kind === 'overall' && document.gradeRequired)) continue;
      if (!heading.grade) {
        if (!document.gradeRequired) continue;
        report({
          message: `Judgement heading "${heading.name}" has no grade: expected "${heading.name}: <grade>", with one of: ${grades.map((g) => g.heading).join(', ')}.`,
          range: heading.textRange,
        });
        continue;
      }
      const grade = heading.grade;
      if (grade.text === '') continue; // not graded yet: draft-incomplete
      if (!matchGrade(grade.text)) {
        report({
          message: `"${grade.text}" is not a grade: expected one of: ${grades.map((g) => g.heading).join(', ')}.`,
          range: grade.text === '' ? heading.textRange : grade.range,
        });
      } else if (isShortRequiresImprovement(grade.text)) {
        report({
          message: 'Write the grade in full: "requires improvement to be good".',
          range: grade.range,
          fix: {
            description: 'Write "requires improvement to be good"',
            edits: [{ range: grade.range, newText: 'requires improvement to be good' }],
          },
        });
      }
    }
  },
});
