import { defineRule } from '../engine/types.js';
import { planSections } from '../engine/section-plan.js';
import { judgementGrades } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'required-sections',
    description: 'Every section the document type needs under its framework is present.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Inspection reports need a \`## What needs to improve?\` section (left out only when every judgement
is outstanding, as Ofsted does) and one graded section per judgement of the framework in force, in
narrative order: help and protection, children in care (and care leavers before 2023), care leavers
(from 2023), leaders. Focused-visit letters need \`Headline findings\`, an improvement section
(\`What needs to improve in this area of social work practice?\`, or the earlier \`Areas for improvement\`,
\`Areas for development\` or \`Areas for priority action\`) and \`Main findings\`. Monitoring-visit letters
need \`Areas covered by the visit\`, \`Headline findings\` and \`Findings and progress\`. Self-evaluations
need one section per judgement area.

Each missing section comes with a suggestion that inserts its heading where it belongs (with the grade
from the judgement table when there is one). The framework is derived from the first day on site, so
this rule waits until the dates are valid.`,
  },
  check({ draft, facts, domain, report }) {
    const plan = planSections(draft, facts, domain);
    if (!plan) return;
    const grades = judgementGrades(draft, domain);
    const present = new Set(plan.placed.map((p) => p.key));
    plan.expected.forEach((expected, order) => {
      if (!expected.required || present.has(expected.key)) return;
      const next = plan.placed.find((p) => p.order > order);
      const insertAt = next ? next.section.range.start : draft.text.length;
      const grade = expected.area ? grades.get(expected.area)?.grade.heading : undefined;
      const heading = expected.graded ? `${expected.heading}${grade ?? ''}` : expected.heading;
      const lead = !next && !draft.text.endsWith('\n') ? '\n\n' : !next && !draft.text.endsWith('\n\n') ? '\n' : '';
      report({
        message: `Missing section "## ${expected.graded ? `${expected.heading.trimEnd()} ${facts.document?.gradeRequired ? '<grade>' : '[grade, optional]'}` : expected.heading}".`,
        range: next ? next.section.heading.textRange : (draft.title?.textRange ?? { start: draft.bodyStart, end: draft.bodyStart }),
        suggestions: [{ description: `Insert the section "${heading.trimEnd()}"`, edits: [{ range: { start: insertAt, end: insertAt }, newText: `${lead}## ${heading.trimEnd()}\n\n` }], scope: { start: insertAt, end: insertAt } }],
        data: { missing: expected.key },
      });
    });
  },
});
