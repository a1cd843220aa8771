import { defineRule } from '../engine/types.js';
import { blocksInSection } from '../engine/queries.js';
import { planSections } from '../engine/section-plan.js';

export default defineRule({
  meta: {
    id: 'what-needs-to-improve',
    description: '"What needs to improve?" lists at least one improvement as a bullet.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Ofsted writes each area for improvement as a bullet (a noun phrase, as "The quality of pathway plans
for care leavers"), with no paragraph numbers. The section must hold at least one bullet; numbered
items are reported because numbers are reserved for the judgement sections' paragraphs. The document
type says which of its sections are bullets (an inspection report's "What needs to improve?").`,
  },
  check({ draft, facts, domain, report }) {
    const plan = planSections(draft, facts, domain);
    if (!plan) return;
    for (const placed of plan.placed) {
      const expected = plan.expected[placed.order];
      if (!expected?.bullets) continue;
      const blocks = blocksInSection(draft, placed.index);
      const bullets = blocks.filter((b) => b.listItem && !b.listItem.ordered); // empty ones are draft-incomplete's
      const name = expected.heading.trimEnd();
      if (bullets.length === 0) {
        report({ message: `"${name}" has no bullets: expected at least one "- " item.`, range: placed.section.heading.textRange });
      }
      for (const block of blocks) {
        if (block.listItem?.ordered) {
          report({ message: `Write the items of "${name}" as bullets ("- "), not numbered items.`, range: block.listItem.markerRange });
        }
      }
    }
  },
});
