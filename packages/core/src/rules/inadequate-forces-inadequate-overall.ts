import { judgementAreas, type JudgementAreaId } from '../framework/judgement-areas.js';
import { defineRule } from '../engine/types.js';
import { judgementGrades } from '../engine/queries.js';

const experienceAreas: JudgementAreaId[] = ['helpAndProtection', 'childrenInCareAndCareLeavers', 'childrenInCare', 'careLeavers'];

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
    appliesTo: ['short-inspection', 'standard-inspection', 'self-evaluation'],
  },
  check({ draft, report }) {
    const grades = judgementGrades(draft);
    const overall = grades.get('overallEffectiveness');
    if (!overall || overall.grade.id === 'inadequate') return;
    const inadequate = experienceAreas.filter((id) => grades.get(id)?.grade.id === 'inadequate');
    if (inadequate.length === 0) return;
    report({
      message: `Overall effectiveness is ${overall.grade.heading}, but ${inadequate.map((id) => `"${judgementAreas[id].title}"`).join(' and ')} ${inadequate.length > 1 ? 'are' : 'is'} inadequate: overall effectiveness must then be inadequate.`,
      range: overall.range,
      related: inadequate.map((id) => ({ message: 'Inadequate judgement', range: grades.get(id)!.range })),
    });
  },
});
