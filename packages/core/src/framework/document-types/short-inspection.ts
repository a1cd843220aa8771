import { weeksOnSite } from '../../cadence/visit-shapes.js';
import { inspectionReport } from './inspection-report.js';

export default inspectionReport({
  id: 'short-inspection',
  name: 'Short inspection',
  description: 'One week on site (Monday to Friday) for authorities last judged good or outstanding.',
  // 126 of the 127 short inspections of 2018 to 2026 in the reports scraped from Ofsted ran Monday to
  // Friday. Shorter ones are possible; one of two weeks or more would have a standard inspection's shape.
  onSite: weeksOnSite(1, 'Monday to Friday of one week', {
    fewestDays: 1,
    mostDays: 9,
    precedent: "A short inspection has occasionally taken another shape: the Isles of Scilly's took three days (11 to 13 July 2023)",
  }),
  cadence: { role: 'inspection', after: ['outstanding', 'good'] },
  statisticsLabel: 'ILACS short inspection',
});
