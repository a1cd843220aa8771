import * as z from 'zod';
import { letterSection, visitLetter } from './visit-letter.js';

export default visitLetter({
  id: 'monitoring-visit',
  name: 'Monitoring visit',
  description: 'Two days on site, about quarterly, for authorities judged inadequate; an ungraded letter.',
  titleBefore: 'Monitoring visit to ',
  // No real monitoring letters were available: a missing or misplaced section is a warning.
  structure: 'assumed',
  keys: { visit_number: z.int().min(1).max(12).describe('Which monitoring visit this is since the inadequate judgement (1, 2, ...).') },
  sections: [
    letterSection('areas-covered', 'Areas covered by the visit', {
      description: 'The areas of concern from the last inspection that this visit reviewed.',
    }),
    letterSection('headline-findings', 'Headline findings', { description: 'A short summary of progress since the inadequate judgement.' }),
    letterSection('findings-and-progress', 'Findings and progress', { description: 'The evidence of progress, area by area.' }),
  ],
  cadence: { role: 'visit', after: ['inadequate'], everyMonths: 3 },
  skeletonKeys: ['visit_number: 1'],
  statisticsLabel: 'LA monitoring visit',
});
