import { defineRule } from '../engine/types.js';
import { judgementsByKind } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'overall-near-leaders',
    description: 'Overall effectiveness is within one grade of the leaders judgement.',
    category: 'judgement',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Overall effectiveness equalled the leadership grade in 268 of 310 published reports and was never
more than one grade away. A larger gap is unusual enough to check, but not forbidden by the framework
text we have read, so this is a warning.`,
    appliesTo: (document) => document.graded,
  },
  check({ draft, domain, report }) {
    const { overall, leadership: leaders } = judgementsByKind(draft, domain);
    if (!overall || !leaders || Math.abs(overall.grade.rank - leaders.grade.rank) <= 1) return;
    report({
      message: `Overall effectiveness (${overall.grade.heading}) is more than one grade from leaders (${leaders.grade.heading}); published reports never differ by more than one.`,
      range: overall.range,
      related: [{ message: 'Leaders judgement', range: leaders.range }],
    });
  },
});
