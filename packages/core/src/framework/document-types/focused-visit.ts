import * as z from 'zod';
import type { DateSpan, IsoDate } from '../../cadence/iso-date.js';
import { consecutiveWorkingDays, shapeByPeriod } from '../../cadence/visit-shapes.js';
import { focusAreaIds } from '../focus-areas.js';
import type { ExpectedSection, SectionContext } from './document-type.js';
import { letterSection, visitDays, visitLetter } from './visit-letter.js';

/**
 * The remote visits of the COVID-19 period. Letters of October 2020 to May 2021 say the visit was
 * "carried out by remote means", look at every area rather than one (so name no focus), went to
 * authorities last judged inadequate too, and took one to three days. Letters from the end of June
 * 2021, when routine inspection resumed, name a focus again; the period runs to the end of that summer
 * term so that no letter of it is held to the later rules.
 */
export const remoteVisits: DateSpan = { start: '2020-09-01', end: '2021-07-31' };
const remoteVisitsWhy = 'the remote visits of autumn 2020 to summer 2021 looked at every area of practice';

/** Letters of spring 2021 sometimes open with no heading at all: the summary follows the introduction. */
const unheadedOpenings: DateSpan = { start: '2021-01-01', end: '2021-05-31' };
/** Letters from June 2021 say "Headline findings" and "Main findings"; earlier ones "Overview" and "Findings". */
const headlineFindingsFrom: IsoDate = '2021-06-01';
/** Letters of 2018 set out strengths as a list under "Areas of strength", some with no "Findings" after. */
const areasOfStrengthUntil: IsoDate = '2018-12-31';

const within = (day: IsoDate | undefined, span: DateSpan) => day !== undefined && day >= span.start && day <= span.end;

/**
 * The sections of a letter on its first day. Every heading real letters have used is recognised in
 * every era (a few later letters keep "Overview" and "Findings"); the era decides what completion and
 * new drafts offer and what a letter is expected to have.
 */
function sections({ firstDay }: SectionContext): readonly ExpectedSection[] {
  const current = firstDay === undefined || firstDay >= headlineFindingsFrom;
  const [opening, earlierOpening] = current ? ['Headline findings', 'Overview'] : ['Overview', 'Headline findings'];
  const [findings, earlierFindings] = current ? ['Main findings', 'Findings'] : ['Findings', 'Main findings'];
  return [
    letterSection('headline-findings', opening, {
      variants: [earlierOpening],
      // Expected, not certain: letters of spring 2021 may have no opening heading.
      required: !within(firstDay, unheadedOpenings),
      missing: 'usual',
      inSkeleton: true,
      description: 'A short summary of what the visit found.',
    }),
    letterSection('areas-of-strength', 'Areas of strength', {
      variants: ['Strengths'],
      required: false,
      earlier: firstDay === undefined || firstDay > areasOfStrengthUntil,
      description: 'What the authority does well in the area visited, as a list (letters of 2018).',
    }),
    letterSection('areas-for-priority-action', 'Areas for priority action', {
      variants: ['Area for priority action'],
      required: false,
      description: 'Serious weaknesses the authority must act on now; printed together with what needs to improve.',
    }),
    letterSection('what-needs-to-improve', 'What needs to improve in this area of social work practice?', {
      variants: [
        'What needs to improve in this area of practice',
        'What needs to improve',
        'Areas for improvement',
        'Areas for development',
      ],
      // A letter that finds nothing to improve has no improvement section at all.
      required: false,
      inSkeleton: true,
      expectedWith: ['areas-for-priority-action'],
      description: 'What the authority must improve; left out when the visit found nothing to improve.',
    }),
    letterSection('main-findings', findings, {
      variants: [earlierFindings],
      // Letters of 2018 may set out their findings as "Areas of strength" and stop there.
      satisfiedBy: ['areas-of-strength'],
      description: 'The evidence behind the headline findings.',
    }),
  ];
}

export default visitLetter({
  id: 'focused-visit',
  name: 'Focused visit',
  description: 'Usually two days on site looking at one area of practice; an ungraded letter. Not for inadequate authorities.',
  titleBefore: 'Focused visit to ',
  keys: {
    // Some letters name two areas (children in care and care leavers, say).
    focus: z
      .union([z.enum(focusAreaIds), z.array(z.enum(focusAreaIds)).min(1).max(2)])
      .optional()
      .describe(
        'The area of practice the visit looked at, or a list of the two some letters name; required except for the remote visits of autumn 2020 to summer 2021, which looked at every area.',
      ),
  },
  optionalDuring: { focus: [{ during: remoteVisits, why: remoteVisitsWhy }] },
  sections,
  structure: 'published',
  onSite: shapeByPeriod(visitDays, [
    {
      during: remoteVisits,
      shape: consecutiveWorkingDays([2, 1, 3], 'one to three consecutive working days (the remote visits of 2020-21)'),
    },
  ]),
  cadence: {
    role: 'visit',
    after: ['outstanding', 'good', 'requires-improvement'],
    atLeastBetweenInspections: 1,
    exceptions: [
      {
        during: remoteVisits,
        alsoAfter: ['inadequate'],
        why: 'the remote visits of autumn 2020 to summer 2021 also went to authorities judged inadequate',
      },
    ],
  },
  skeletonKeys: ['focus: front door'],
  statisticsLabel: 'ILACS focused visit',
});
