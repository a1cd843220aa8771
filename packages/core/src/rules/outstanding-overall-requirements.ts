import { defineRule } from '../engine/types.js';
import { judgementsByKind } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'outstanding-overall-requirements',
    description: 'Outstanding overall effectiveness needs outstanding leaders and no judgement below good.',
    category: 'judgement',
    defaultSeverity: 'error',
    fixable: false,
    docs: `In all 71 published reports with outstanding overall effectiveness, leaders were outstanding and no
judgement was below good. Each judgement that breaks this is reported on the overall grade, with the
judgement as a related location.`,
    appliesTo: (document) => document.graded,
  },
  check({ draft, domain, report }) {
    const { overall, leadership: leaders, experiences } = judgementsByKind(draft, domain);
    if (overall?.grade.id !== 'outstanding') return;
    if (leaders && leaders.grade.id !== 'outstanding') {
      report({
        message: `Overall effectiveness is outstanding, but leaders are ${leaders.grade.heading}: outstanding overall needs outstanding leaders.`,
        range: overall.range,
        related: [{ message: 'Leaders judgement', range: leaders.range }],
      });
    }
    for (const judgement of experiences) {
      if (judgement.grade.rank >= 3) continue;
      report({
        message: `Overall effectiveness is outstanding, but "${judgement.area.title}" is ${judgement.grade.heading}: no judgement may be below good.`,
        range: overall.range,
        related: [{ message: 'Judgement below good', range: judgement.range }],
      });
    }
  },
});
