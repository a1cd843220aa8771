import { defineRule } from '../engine/types.js';
import { planSections } from '../engine/section-plan.js';

export default defineRule({
  meta: {
    id: 'duplicate-section',
    description: 'No section appears twice.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Each judgement section, \`What needs to improve?\` and each letter section appears once. The second
occurrence is reported, with the first as a related location. Headings are compared without case,
quotes or a trailing "?" or ":", and accepted earlier wordings count as the same section (a letter's
\`Overview\` is its \`Headline findings\`, \`Areas for improvement\` its \`What needs to improve...\`).
\`Areas for priority action\` is a section of its own, printed together with what needs to improve.
A duplicated section is certain whatever the document type, so it is an error even in monitoring-visit
letters and self-evaluations, whose structure is otherwise assumed.`,
  },
  check({ draft, facts, domain, report }) {
    const plan = planSections(draft, facts, domain);
    if (!plan) return;
    const first = new Map<string, (typeof plan.placed)[number]>();
    for (const placed of plan.placed) {
      const earlier = first.get(placed.key);
      if (!earlier) {
        first.set(placed.key, placed);
        continue;
      }
      report({
        message: `Section "${placed.section.heading.name}" appears more than once.`,
        range: placed.section.heading.textRange,
        related: [{ message: 'First occurrence', range: earlier.section.heading.textRange }],
      });
    }
  },
});
