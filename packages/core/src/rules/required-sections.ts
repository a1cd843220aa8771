import { defineRule } from '../engine/types.js';
import { planSections } from '../engine/section-plan.js';
import { judgementGrades } from '../engine/queries.js';
import type { DocumentType, ExpectedSection } from '../framework/document-types/document-type.js';

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
(from 2023), leaders.

Focused-visit letters are read by the era of their first day, as real letters were written:
- Their findings (\`Main findings\`, or \`Findings\` before June 2021; letters of 2018 may set them out
  as \`Areas of strength\` alone) are required: a letter without any is an error.
- The opening summary (\`Headline findings\`, earlier \`Overview\`) is expected: a letter without it
  gets a warning, except in spring 2021, when some letters had no opening heading.
- \`What needs to improve in this area of social work practice?\` (or \`...in this area of practice\`,
  \`Areas for improvement\`, \`Areas for development\`) is optional: a letter that finds nothing to
  improve has no improvement section. \`Areas for priority action\` comes together with it, not
  instead, so priority actions without it get a warning.

Monitoring-visit letters need \`Areas covered by the visit\`, \`Headline findings\` and \`Findings and
progress\`, and self-evaluations one section per judgement area; no real monitoring letters or
self-evaluations were available to confirm these shapes, so a missing section in them is a warning.

Each missing section comes with a suggestion that inserts its heading where it belongs (with the grade
from the judgement table when there is one). The framework is derived from the first day on site, so
this rule waits until the dates are valid.`,
  },
  check({ draft, facts, domain, report }) {
    const plan = planSections(draft, facts, domain);
    const document = facts.document;
    if (!plan || !document) return;
    const grades = judgementGrades(draft, domain);
    const present = new Set(plan.placed.map((p) => p.key));
    plan.expected.forEach((expected, order) => {
      if (present.has(expected.key)) return;
      const absence = judgeAbsence(expected, plan.expected, present, document);
      if (!absence) return;
      const next = plan.placed.find((p) => p.order > order);
      const insertAt = next ? next.section.range.start : draft.text.length;
      const grade = expected.area ? grades.get(expected.area)?.grade.heading : undefined;
      const heading = expected.graded ? `${expected.heading}${grade ?? ''}` : expected.heading;
      const lead = !next && !draft.text.endsWith('\n') ? '\n\n' : !next && !draft.text.endsWith('\n\n') ? '\n' : '';
      const written = expected.graded
        ? `${expected.heading.trimEnd()} ${document.gradeRequired ? '<grade>' : '[grade, optional]'}`
        : expected.heading;
      report({
        message: `Missing section "## ${written}"${absence.why ? `: ${absence.why}` : ''}.`,
        range: next ? next.section.heading.textRange : (draft.title?.textRange ?? { start: draft.bodyStart, end: draft.bodyStart }),
        suggestions: [
          {
            description: `Insert the section "${heading.trimEnd()}"`,
            edits: [{ range: { start: insertAt, end: insertAt }, newText: `${lead}## ${heading.trimEnd()}\n\n` }],
            scope: { start: insertAt, end: insertAt },
          },
        ],
        ...(absence.certain ? {} : { atMost: 'warning' as const }),
        data: { missing: expected.key },
      });
    });
  },
});

/**
 * Whether a section's absence is reported, and how sure the rule is: certain for a required section
 * of a structure taken from real documents; a warning for one real documents only usually have, one
 * expected because another is present, or any section of a structure with no real samples.
 */
function judgeAbsence(
  expected: ExpectedSection,
  all: readonly ExpectedSection[],
  present: ReadonlySet<string>,
  document: DocumentType,
): { certain: boolean; why?: string } | undefined {
  const assumed =
    document.structure === 'assumed'
      ? `the ${document.name.toLowerCase()} structure is assumed, as no real ones were available to confirm it`
      : undefined;
  if (expected.required) {
    if (expected.satisfiedBy?.some((key) => present.has(key))) return undefined;
    if (expected.missing === 'usual') return { certain: false, why: 'real documents of this period nearly always have it' };
    return assumed ? { certain: false, why: assumed } : { certain: true };
  }
  const companion = expected.expectedWith?.map((key) => all.find((s) => s.key === key)).find((s) => s !== undefined && present.has(s.key));
  if (companion) return { certain: false, why: `"${companion.heading.trimEnd()}" comes together with it, not instead of it` };
  return undefined;
}
