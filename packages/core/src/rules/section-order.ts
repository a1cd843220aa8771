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
narrative). Letters: their sections in the order Ofsted prints them. Sections the rule does not know
are left alone, and a duplicated section is reported by \`duplicate-section\` instead.`,
  },
  check({ draft, facts, domain, report }) {
    const plan = planSections(draft, facts, domain);
    if (!plan) return;
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
        });
      } else {
        highest = placed;
      }
    }
  },
});
