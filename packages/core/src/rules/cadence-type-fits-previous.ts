import { defineRule } from '../engine/types.js';
import { typeFitsJudgement } from '../cadence/expectations.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-type-fits-previous',
    description: 'The document type can follow the previous judgement (short, standard, focused or monitoring).',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: false,
    docs: `What comes after a judgement is fixed by the framework: a short inspection only for an authority
last judged good or outstanding; focused visits for any authority except an inadequate one; monitoring
visits only for inadequate authorities. A draft whose type cannot follow \`previous.overall_effectiveness\`
is an error: either the type or the previous judgement is wrong.

Document types may declare periods in which a visit also went to other authorities: the remote
focused visits of autumn 2020 to summer 2021 also went to authorities last judged inadequate, so a
focused visit of that period after an inadequate judgement is accepted (before and after it, it is an
error).

A standard inspection after good or outstanding is allowed (Ofsted chose one for 7 of 59 such
authorities from 2018 to 2025) and is a separate warning, \`cadence-standard-after-good\`.
Without \`previous\` or its grade the rule says nothing.`,
    appliesTo: (document) => document.cadence !== undefined,
  },
  check({ draft, facts, domain, report }) {
    const grade = facts.previous?.standing;
    if (!facts.document || !grade) return;
    const fit = typeFitsJudgement(facts.document, grade.id, domain, facts.dates?.start);
    if (fit.fits) return;
    const typeEntry = findEntry(draft.frontMatter, 'ilacs');
    const gradeEntry =
      findEntry(draft.frontMatter, 'previous.overall_effectiveness') ?? findEntry(draft.frontMatter, 'previous.judgements');
    if (!typeEntry) return;
    const name = facts.document.name.toLowerCase();
    report({
      message: `A ${name} cannot follow a previous judgement of ${grade.heading}: expected ${fit.expected}.`,
      range: typeEntry.valueRange,
      ...(gradeEntry ? { related: [{ message: 'The previous judgement', range: gradeEntry.valueRange }] } : {}),
      data: { previous: grade.id, expected: fit.expected },
    });
  },
});
