import { defineRule } from '../engine/types.js';
import { findJudgementTable, judgementSections, tableJudgements } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'judgement-wording',
    description: 'A judgement is worded the same way in the table and in its heading, and variant wordings fit the framework.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Some 2026 reports print "The impact of leaders on practice with children and families" in the table
while their heading keeps "social work practice" (North Northamptonshire, May 2026, is one). The
2026 framework's final wording is not confirmed, so both are accepted from 27 April 2026, but the
table and heading should agree; before 2026 the variant is reported too. The fix writes the
framework's title wording.`,
    appliesTo: ['short-inspection', 'standard-inspection'],
  },
  check({ draft, facts, report }) {
    const table = findJudgementTable(draft);
    const rows = table ? tableJudgements(table) : [];
    const sections = judgementSections(draft);
    const variantAllowed = facts.framework?.id === '2026';
    const places = [
      ...rows.filter((r) => r.area).map((r) => ({ area: r.area!, range: r.nameCell.range, where: 'table' })),
      ...sections.map((s) => ({ area: s.heading.area!, range: s.heading.nameRange, where: 'heading' })),
    ];
    for (const place of places) {
      const { area, variant } = place.area;
      if (!variant) {
        continue;
      }
      const other = places.find((p) => p !== place && p.area.area.id === area.id && !p.area.variant);
      if (variantAllowed && !other) continue;
      const reason = other
        ? `the ${other.where} says "${area.title}"`
        : `"${area.title}" is the wording before the 2026 framework`;
      report({
        message: `The ${place.where} words this judgement differently: ${reason}.`,
        range: place.range,
        ...(other ? { related: [{ message: `The ${other.where}`, range: other.range }] } : {}),
        fix: { description: `Write "${area.title}"`, edits: [{ range: place.range, newText: area.title }] },
      });
    }
  },
});
