import { judgementAreas as areas } from '../judgement-areas.js';
import { defineFrameworkVersion, standingFromOverallEffectiveness } from './framework-version.js';

/** ILACS as first published (November 2017), for inspections from January 2018. */
export default defineFrameworkVersion({
  id: '2018',
  name: 'ILACS 2018',
  from: '2018-01-01',
  summary: 'Four judgements; children in care and care leavers judged together.',
  table: [areas.leaders, areas.helpAndProtection, areas.childrenInCareAndCareLeavers, areas.overallEffectiveness],
  narrative: [areas.helpAndProtection, areas.childrenInCareAndCareLeavers, areas.leaders],
  cadence: {
    window: { anniversaryMonths: 36, halfWidthMonths: 6 },
    ...standingFromOverallEffectiveness,
  },
});
