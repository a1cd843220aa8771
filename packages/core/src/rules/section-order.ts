import { defineRule } from '../engine/types.js';
import { planSections } from '../engine/section-plan.js';

export default defineRule({
  meta: {
    id: 'section-order',
    description: 'Sections come in the order the document type prescribes.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Reports: \`What needs to improve?\` first, then the judgement sections in narrative order (help and
protection, children in care, care leavers, leaders: leaders is first in the table but last in the
narrative). Focused-visit letters: the opening summary, \`Areas of strength\` (2018), \`Areas for priority
action\`, what needs to improve, then the findings, whichever era's headings they use. Monitoring-visit
letters and self-evaluations follow the order the project assumes, as no real ones were available to
confirm it: a section out of that order is a warning. Sections the rule does not know are left alone,
and a duplicated section is reported by \`duplicate-section\` instead.`,
  },
  check({ draft, facts, domain, report }) {
    const plan = planSections(draft, facts, domain);
    if (!plan) return;
    const assumed = facts.document?.structure === 'assumed';
    const seen = new Set<string>();
    let highest: (typeof plan.placed)[number] | undefined;
    for (const placed of plan.placed) {
      if (placed.order === -1 || seen.has(placed.key)) continue;
      seen.add(placed.key);
      if (highest && placed.order < highest.order) {
        report({
          message: `Section "${placed.section.heading.name}" is out of order: it should come before "${highest.section.heading.name}".`,
          range: placed.section.heading.textRange,
          related: [{ message: 'The section it should come before', range: highest.section.heading.textRange }],
          ...(assumed ? { atMost: 'warning' as const } : {}),
        });
      } else {
        highest = placed;
      }
    }
  },
});
