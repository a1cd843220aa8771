import { defineRule } from '../engine/types.js';
import { typeFitsJudgement } from '../cadence/expectations.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-standard-after-good',
    description: 'A standard inspection of an authority last judged good or outstanding is unusual.',
    category: 'cadence',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Authorities last judged good or outstanding normally get a short inspection. Ofsted may still
choose a standard one, and did for 7 of the 59 good or outstanding authorities re-inspected from 2018
to 2025 (Leeds in 2022, Oxfordshire in 2024), so this is a warning that asks the author to check the
type and \`previous.overall_effectiveness\`, not an error. Without \`previous\` or its grade the rule
says nothing.`,
    appliesTo: (document) => document.cadence?.role === 'inspection',
  },
  check({ draft, facts, domain, report }) {
    const grade = facts.previous?.standing;
    if (!facts.document || !grade) return;
    const fit = typeFitsJudgement(facts.document, grade.id, domain, facts.dates?.start);
    if (!fit.fits || !fit.unusual) return;
    const typeEntry = findEntry(draft.frontMatter, 'ilacs');
    if (!typeEntry) return;
    report({
      message: `A ${facts.document.name.toLowerCase()} after a previous judgement of ${grade.heading} is unusual: ${fit.unusual}. Check the type and the previous judgement.`,
      range: typeEntry.valueRange,
      data: { previous: grade.id },
    });
  },
});
