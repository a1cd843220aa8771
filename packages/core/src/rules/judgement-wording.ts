import { normaliseForComparison } from '../framework/judgement-areas.js';
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
    appliesTo: (document) => document.judgementTable,
  },
  check({ draft, facts, domain, report }) {
    const table = findJudgementTable(draft);
    const rows = table ? tableJudgements(table, domain) : [];
    const sections = judgementSections(draft, domain);
    const places = [
      ...rows.filter((r) => r.area).map((r) => ({ area: r.area!, range: r.nameCell.range, where: 'table' })),
      ...sections.map((s) => ({ area: s.area, range: s.section.heading.nameRange, where: 'heading' })),
    ];
    for (const place of places) {
      const { area, variant } = place.area;
      if (!variant) {
        continue;
      }
      const other = places.find((p) => p !== place && p.area.area.id === area.id && !p.area.variant);
      const wording = normaliseForComparison(draft.text.slice(place.range.start, place.range.end));
      const accepted = facts.framework?.acceptedWordings?.[area.id]?.some((w) => normaliseForComparison(w) === wording) ?? false;
      if (accepted && !other) continue;
      const reason = other
        ? `the ${other.where} says "${area.title}"`
        : `framework ${facts.framework?.id ?? 'in force'} words it "${area.title}"`;
      report({
        message: `The ${place.where} words this judgement differently: ${reason}.`,
        range: place.range,
        ...(other ? { related: [{ message: `The ${other.where}`, range: other.range }] } : {}),
        fix: { description: `Write "${area.title}"`, edits: [{ range: place.range, newText: area.title }] },
      });
    }
  },
});
