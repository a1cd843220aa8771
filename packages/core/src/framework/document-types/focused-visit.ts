import * as z from 'zod';
import { focusAreaIds } from '../focus-areas.js';
import { letterSection, visitLetter } from './visit-letter.js';

export default visitLetter({
  id: 'focused-visit',
  name: 'Focused visit',
  description: 'Two days on site looking at one area of practice; an ungraded letter. Not for inadequate authorities.',
  titleBefore: 'Focused visit to ',
  keys: { focus: z.enum(focusAreaIds).describe('The area of practice the visit looked at.') },
  sections: [
    letterSection('headline-findings', 'Headline findings', { description: 'A short summary of what the visit found.' }),
    letterSection('strengths', 'Strengths', { required: false, inSkeleton: true, description: 'What the authority does well in the area visited.' }),
    letterSection('what-needs-to-improve', 'What needs to improve in this area of social work practice?', {
      variants: ['Areas for improvement', 'Areas for development', 'Areas for priority action'],
      description: 'What the authority must improve. "Areas for priority action" marks serious weaknesses that require an action plan.',
    }),
    letterSection('main-findings', 'Main findings', { description: 'The evidence behind the headline findings.' }),
  ],
  cadence: { role: 'visit', after: ['outstanding', 'good', 'requires-improvement'], atLeastBetweenInspections: 1 },
  skeletonKeys: ['focus: front door'],
  statisticsLabel: 'ILACS focused visit',
});
