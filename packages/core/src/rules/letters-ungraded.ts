import { matchGrade } from '../framework/grades.js';
import { defineRule } from '../engine/types.js';
import { findJudgementTable } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'letters-ungraded',
    description: 'Focused-visit and monitoring-visit letters carry no judgement table and no graded heading.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Visits do not result in graded judgements: Ofsted publishes a letter. A judgement table, or a
heading that ends in ": <grade>", in a letter is reported.`,
    appliesTo: (document) => !document.graded,
  },
  check({ draft, report }) {
    const table = findJudgementTable(draft);
    if (table && /judgement|grade/i.test(table.header.cells.map((c) => c.text).join(' '))) {
      report({ message: 'Letters are not graded: remove the judgement table.', range: table.header.range });
    }
    for (const section of draft.sections) {
      const grade = section.heading.grade;
      if (grade && matchGrade(grade.text)) {
        report({ message: `Letters are not graded: remove ": ${grade.text}" from the heading.`, range: grade.range });
      }
    }
  },
});
