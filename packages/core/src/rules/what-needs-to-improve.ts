import { defineRule } from '../engine/types.js';
import { blocksInSection, whatNeedsToImproveSection } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'what-needs-to-improve',
    description: '"What needs to improve?" lists at least one improvement as a bullet.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Ofsted writes each area for improvement as a bullet (a noun phrase, as "The quality of pathway plans
for care leavers"), with no paragraph numbers. The section must hold at least one bullet; numbered
items are reported because numbers are reserved for the judgement sections' paragraphs.`,
    appliesTo: ['short-inspection', 'standard-inspection'],
  },
  check({ draft, report }) {
    const found = whatNeedsToImproveSection(draft);
    if (!found) return;
    const blocks = blocksInSection(draft, found.index);
    const bullets = blocks.filter((b) => b.listItem && !b.listItem.ordered); // empty ones are draft-incomplete's
    if (bullets.length === 0) {
      report({ message: '"What needs to improve?" has no bullets: expected at least one "- " item.', range: found.section.heading.textRange });
    }
    for (const block of blocks) {
      if (block.listItem?.ordered) {
        report({ message: 'Write areas for improvement as bullets ("- "), not numbered items.', range: block.listItem.markerRange });
      }
    }
  },
});
