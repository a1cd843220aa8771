import { weeksOnSite } from '../../cadence/visit-shapes.js';
import { inspectionReport } from './inspection-report.js';

export default inspectionReport({
  id: 'short-inspection',
  name: 'Short inspection',
  description: 'One week on site (Monday to Friday) for authorities last judged good or outstanding.',
  onSite: weeksOnSite(1, 'Monday to Friday of one week'),
  cadence: { role: 'inspection', after: ['outstanding', 'good'] },
  statisticsLabel: 'ILACS short inspection',
});
