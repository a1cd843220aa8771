import { weeksOnSite } from '../../cadence/visit-shapes.js';
import { inspectionReport } from './inspection-report.js';

export default inspectionReport({
  id: 'standard-inspection',
  name: 'Standard inspection',
  description: 'Two weeks on site (Monday of week 1 to Friday of week 2) for authorities last judged requires improvement or inadequate.',
  onSite: weeksOnSite(2, 'Monday of week 1 to Friday of week 2'),
  // Ofsted chose a standard inspection for 11 of 90 good or outstanding authorities: allowed, unusual.
  cadence: { role: 'inspection', after: ['requires-improvement', 'inadequate'], unusualAfter: ['outstanding', 'good'] },
  statisticsLabel: 'ILACS standard inspection',
});
