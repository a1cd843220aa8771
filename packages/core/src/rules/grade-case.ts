import { isShortRequiresImprovement, matchGrade } from '../framework/grades.js';
import { defineRule } from '../engine/types.js';
import { findJudgementTable, headingArea, tableJudgements } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'grade-case',
    description: 'Grades are capitalised in the table ("Good") and lower case after the colon in headings ("good").',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Ofsted prints "Requires improvement to be good" in the table and "...: requires improvement to be
good" in headings. Since 2023 every published heading uses lower case; 2018 to 2022 reports sometimes
used title case, so this is a warning. The fix rewrites the grade in the expected case.`,
  },
  check({ draft, domain, report }) {
    const table = findJudgementTable(draft);
    if (table) {
      for (const row of tableJudgements(table, domain)) {
        const cell = row.gradeCell;
        const grade = cell ? matchGrade(cell.text) : undefined;
        if (!cell || !grade || !row.area || isShortRequiresImprovement(cell.text) || cell.text === grade.label) continue;
        report({
          message: `Write the table grade as "${grade.label}".`,
          range: cell.range,
          fix: { description: `Write "${grade.label}"`, edits: [{ range: cell.range, newText: grade.label }] },
        });
      }
    }
    for (const section of draft.sections) {
      const area = headingArea(section.heading, domain);
      const gradeText = section.heading.grade;
      const grade = gradeText ? matchGrade(gradeText.text) : undefined;
      if (!area || !gradeText || !grade || isShortRequiresImprovement(gradeText.text) || gradeText.text === grade.heading) continue;
      report({
        message: `Write the grade after the colon in lower case: "${grade.heading}".`,
        range: gradeText.range,
        fix: { description: `Write "${grade.heading}"`, edits: [{ range: gradeText.range, newText: grade.heading }] },
      });
    }
  },
});
