import { weeksOnSite } from '../../cadence/visit-shapes.js';
import { inspectionReport } from './inspection-report.js';

export default inspectionReport({
  id: 'standard-inspection',
  name: 'Standard inspection',
  description: 'Two weeks on site (Monday of week 1 to Friday of week 2) for authorities last judged requires improvement or inadequate.',
  // 190 of the 191 standard inspections of 2018 to 2026 in the same scrape ran Monday of week 1 to
  // Friday of week 2. Up to three weeks is possible; one week or less would have a short inspection's shape.
  onSite: weeksOnSite(2, 'Monday of week 1 to Friday of week 2', {
    fewestDays: 8,
    mostDays: 19,
    precedent: 'A standard inspection has occasionally taken another shape: one in 2019 was spread over three weeks',
  }),
  // Ofsted chose a standard inspection for 11 of 90 good or outstanding authorities: allowed, unusual.
  cadence: { role: 'inspection', after: ['requires-improvement', 'inadequate'], unusualAfter: ['outstanding', 'good'] },
  statisticsLabel: 'ILACS standard inspection',
});
