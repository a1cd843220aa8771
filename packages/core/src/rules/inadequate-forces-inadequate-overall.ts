import { defineRule } from '../engine/types.js';
import { judgementsByKind } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'inadequate-forces-inadequate-overall',
    description: 'An inadequate experiences-and-progress judgement makes overall effectiveness inadequate.',
    category: 'judgement',
    defaultSeverity: 'error',
    fixable: false,
    docs: `In every published ILACS report with an overall effectiveness judgement (33 of 33 cases), an
inadequate "experiences and progress" judgement goes with inadequate overall effectiveness. A
self-assessed grade in a self-evaluation that breaks this is reported the same way.`,
    appliesTo: (document) => document.graded,
  },
  check({ draft, domain, report }) {
    const { overall, experiences } = judgementsByKind(draft, domain);
    if (!overall || overall.grade.id === 'inadequate') return;
    const inadequate = experiences.filter((judgement) => judgement.grade.id === 'inadequate');
    if (inadequate.length === 0) return;
    report({
      message: `Overall effectiveness is ${overall.grade.heading}, but ${inadequate.map((judgement) => `"${judgement.area.title}"`).join(' and ')} ${inadequate.length > 1 ? 'are' : 'is'} inadequate: overall effectiveness must then be inadequate.`,
      range: overall.range,
      related: inadequate.map((judgement) => ({ message: 'Inadequate judgement', range: judgement.range })),
    });
  },
});
