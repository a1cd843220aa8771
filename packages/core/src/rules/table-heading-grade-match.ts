import { matchGrade } from '../framework/grades.js';
import { defineRule } from '../engine/types.js';
import { findJudgementTable, judgementSections, tableJudgements } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'table-heading-grade-match',
    description: 'Each judgement has the same grade in the table and in its section heading.',
    category: 'judgement',
    defaultSeverity: 'error',
    fixable: false,
    docs: `A report states each grade twice: in the judgement table and after the colon in the section heading.
They must agree. The heading is reported, with the table cell as a related location; two suggestions
offer to change either one, since only the author knows which is right.`,
    appliesTo: (document) => document.judgementTable,
  },
  check({ draft, domain, report }) {
    const table = findJudgementTable(draft);
    if (!table) return;
    const rows = tableJudgements(table, domain);
    for (const { section, area } of judgementSections(draft, domain)) {
      const gradeText = section.heading.grade;
      const headingGrade = gradeText ? matchGrade(gradeText.text) : undefined;
      if (!gradeText || !headingGrade) continue;
      const row = rows.find((r) => r.area?.area.id === area.area.id && r.grade);
      if (!row?.grade || !row.gradeCell || row.grade.id === headingGrade.id) continue;
      report({
        message: `The heading grades "${section.heading.name}" as ${headingGrade.heading}, but the table says ${row.grade.label}.`,
        range: gradeText.range,
        related: [{ message: `Table grade: ${row.grade.label}`, range: row.gradeCell.range }],
        suggestions: [
          { description: `Change the heading to "${row.grade.heading}"`, edits: [{ range: gradeText.range, newText: row.grade.heading }] },
          {
            description: `Change the table to "${headingGrade.label}"`,
            edits: [{ range: row.gradeCell.range, newText: headingGrade.label }],
          },
        ],
      });
    }
  },
});
