import { gradeById, type GradeId } from '../grades.js';
import { judgementAreas as areas } from '../judgement-areas.js';
import { defineFrameworkVersion } from './framework-version.js';

const atLeastGood = (grade: GradeId | undefined) => grade !== undefined && gradeById(grade).rank >= gradeById('good').rank;
const practiceAreas = [areas.helpAndProtection.id, areas.childrenInCare.id, areas.careLeavers.id];

/** 27 April 2026: overall effectiveness removed; four judgements remain. */
export default defineFrameworkVersion({
  id: '2026',
  name: 'ILACS 2026 (no overall effectiveness)',
  from: '2026-04-27',
  summary: 'Four judgements; overall effectiveness removed for inspections starting from 27 April 2026.',
  table: [areas.leaders, areas.helpAndProtection, areas.childrenInCare, areas.careLeavers],
  narrative: [areas.helpAndProtection, areas.childrenInCare, areas.careLeavers, areas.leaders],
  // Printed in some 2026 tables (North Northamptonshire, May 2026); the final wording is not confirmed.
  acceptedWordings: { [areas.leaders.id]: ['The impact of leaders on practice with children and families'] },
  changes: [{ kind: 'removed', area: areas.overallEffectiveness.id }],
  cadence: {
    window: { anniversaryMonths: 36, halfWidthMonths: 6 },
    // Without overall effectiveness, the published eligibility rule (a weak source, to verify): any
    // inadequate judgement keeps monitoring; leaders good or better with at least two of the three
    // practice judgements good or better keeps the short-inspection path; otherwise standard.
    standing(judgements) {
      const given = [areas.leaders.id, ...practiceAreas].map((id) => judgements.get(id));
      if (given.some((grade) => grade === undefined)) return undefined;
      if (given.includes('inadequate')) return 'inadequate';
      const goodPractice = practiceAreas.filter((id) => atLeastGood(judgements.get(id))).length;
      return atLeastGood(judgements.get(areas.leaders.id)) && goodPractice >= 2 ? 'good' : 'requires-improvement';
    },
    standingRule:
      'the four judgements: any inadequate means monitoring; leaders good or better with two of the three practice judgements good or better means a short inspection next; otherwise a standard one',
  },
});
