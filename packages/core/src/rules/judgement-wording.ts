import { normaliseForComparison } from '../framework/judgement-areas.js';
import { defineRule } from '../engine/types.js';
import { findJudgementTable, judgementSections, tableJudgements } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'judgement-wording',
    description: 'A judgement is worded as the framework words it, the same way in the table and in its heading.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Reported once, at the words, with the framework's wording as the fix:

- **A near miss of the wording** in a table label or a judgement heading: a dropped, added or misspelt
  word or two ("The experiences and progress of children care leavers", "The experience and progress
  of children in care", "Overall effectivness"), as Ofsted has printed in published reports. The label
  still counts as its judgement everywhere else, so the table, section and grade rules do not also
  report a missing row, an unknown row or a missing section. A near miss is a word-level edit distance
  of at most a quarter of the wording's words (two at most; a misspelt word counts half) to exactly one
  judgement's wording; a label as near to two judgements is left to the table rule. In a table, a
  near miss of a row the table already has, worded exactly, is read as the nearest row the table lacks.
- **A wording another framework version accepts.** Some 2026 reports print "The impact of leaders on
  practice with children and families" in the table while their heading keeps "social work practice"
  (North Northamptonshire, May 2026, is one). The 2026 framework's final wording is not confirmed, so
  both are accepted from 27 April 2026, but the table and heading should agree; under a version that
  does not accept it the wording is reported too. The fix writes the framework's title wording.

Left alone: labels and headings far from every judgement's wording (they are other sections, or the
table rule's unknown rows). Measured on the real corpus (16 reports, 30 letters): one warning, North
Northamptonshire's variant wording, a genuine disagreement between its table and heading; no near miss.`,
    appliesTo: (document) => document.graded,
  },
  check({ draft, facts, domain, report }) {
    const table = facts.document?.judgementTable ? findJudgementTable(draft) : undefined;
    const rows = table ? tableJudgements(table, domain) : [];
    const sections = judgementSections(draft, domain);
    const places = [
      ...rows.filter((r) => r.area).map((r) => ({ area: r.area!, range: r.nameCell.range, where: 'table' })),
      ...sections.map((s) => ({ area: s.area, range: s.section.heading.nameRange, where: 'heading' })),
    ];
    const acceptedHere = (areaId: string, text: string) => {
      const wording = normaliseForComparison(text);
      return facts.framework?.acceptedWordings?.[areaId]?.some((w) => normaliseForComparison(w) === wording) ?? false;
    };
    for (const place of places) {
      const { area, variant, nearMiss } = place.area;
      const text = draft.text.slice(place.range.start, place.range.end);
      if (nearMiss) {
        // A near miss of a wording this version does not accept is corrected to the title.
        const wording = variant && !acceptedHere(area.id, nearMiss.wording) ? area.title : nearMiss.wording;
        report({
          message: `The ${place.where} misses the framework's wording of this judgement: "${text}" should be "${wording}".`,
          range: place.range,
          data: { expected: wording },
          fix: { description: `Write "${wording}"`, edits: [{ range: place.range, newText: wording }] },
        });
        continue;
      }
      if (!variant) continue;
      const other = places.find((p) => p !== place && p.area.area.id === area.id && !p.area.variant && !p.area.nearMiss);
      if (acceptedHere(area.id, text) && !other) continue;
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
