import { judgementAreas as areas } from '../judgement-areas.js';
import { defineFrameworkVersion, standingFromOverallEffectiveness } from './framework-version.js';

/** January 2023: care leavers judged separately from children in care. */
export default defineFrameworkVersion({
  id: '2023',
  name: 'ILACS 2023 (separate care leavers judgement)',
  from: '2023-01-01',
  summary: 'Five judgements; care leavers judged separately from January 2023.',
  table: [areas.leaders, areas.helpAndProtection, areas.childrenInCare, areas.careLeavers, areas.overallEffectiveness],
  narrative: [areas.helpAndProtection, areas.childrenInCare, areas.careLeavers, areas.leaders],
  changes: [{ kind: 'split', area: areas.childrenInCareAndCareLeavers.id, into: [areas.childrenInCare.id, areas.careLeavers.id] }],
  cadence: {
    window: { anniversaryMonths: 36, halfWidthMonths: 6 },
    ...standingFromOverallEffectiveness,
  },
});
