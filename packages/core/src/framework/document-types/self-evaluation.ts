import { addDays, addMonths } from '../../cadence/iso-date.js';
import { dateRange } from '../../schema/fields.js';
import { normaliseForComparison } from '../judgement-areas.js';
import { defineDocumentType, type ExpectedSection, type ExpectedSubsection } from './document-type.js';

/** The sub-headings under each judgement area, in order: the framework's three questions and the two lists. */
export const selfEvaluationSubsections = [
  { id: 'what-we-know', heading: 'What we know about the quality and impact of practice', list: false },
  { id: 'how-we-know', heading: 'How we know it', list: false },
  { id: 'strengths', heading: 'Strengths', list: true },
  { id: 'areas-for-development', heading: 'Areas for development', list: true },
  { id: 'our-plans', heading: 'Our plans', list: false },
] as const satisfies readonly ExpectedSubsection[];

export type SelfEvaluationSubsection = (typeof selfEvaluationSubsections)[number];
export type SelfEvaluationSubsectionId = SelfEvaluationSubsection['id'];

/** Which sub-heading a level-3 heading is (case, quotes and a trailing "?" or ":" forgiven). */
export function matchSelfEvaluationSubsection(text: string): SelfEvaluationSubsection | undefined {
  const wanted = normaliseForComparison(text).replace(/[?:]$/, '');
  return selfEvaluationSubsections.find((s) => normaliseForComparison(s.heading) === wanted);
}

/** The authority's own annual self-evaluation, written in the shape of the judgements. */
export default defineDocumentType({
  id: 'self-evaluation',
  name: 'Self-evaluation',
  description: 'The authority’s own annual self-evaluation of social work practice, in the shape of the judgements.',
  form: 'self-evaluation',
  graded: true,
  // The self-assessed grade after the colon is optional.
  gradeRequired: false,
  judgementTable: false,
  numberedParagraphs: false,
  frontMatter: { period: dateRange.describe('The period the self-evaluation covers: "YYYY-MM-DD to YYYY-MM-DD".') },
  // The framework in force at the end of the period is the one the next inspection will use.
  span: { key: 'period', frameworkDay: 'last' },
  // Written by each authority in its own way, with no published samples: structure findings are warnings.
  structure: 'assumed',
  title: {
    before: '',
    after: " children's services self-evaluation",
    ending: (span) => (span ? ` ${span.start.slice(0, 4)} to ${span.end.slice(0, 4)}` : ''),
  },
  sections({ framework }) {
    if (!framework) return [];
    const sections: ExpectedSection[] = framework.narrative.map((area) => ({
      key: area.id,
      heading: `${area.title}: `,
      variants: [],
      graded: true,
      required: true,
      area: area.id,
      description: area.description,
      subsections: selfEvaluationSubsections,
    }));
    // Overall effectiveness, where the framework has it, may close the document without sub-headings.
    for (const area of framework.table) {
      if (area.kind === 'overall')
        sections.push({
          key: area.id,
          heading: `${area.title}: `,
          variants: [],
          graded: true,
          required: false,
          area: area.id,
          description: area.description,
        });
    }
    return sections;
  },
  skeleton: {
    frontMatter: [],
    defaultSpan: (first) => ({ start: first, end: dayBeforeAnniversary(first) }),
    // The financial year that contains today.
    suggestedStart: (today) => `${Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0)}-04-01`,
  },
});

/** One year on, less a day: 1 April 2024 to 31 March 2025; from 29 February 2024, to 28 February 2025. */
function dayBeforeAnniversary(first: string): string {
  const anniversary = addMonths(first, 12);
  // A 29 February has no anniversary: addMonths gives 28 February, itself the last day of the year.
  return anniversary.slice(8) < first.slice(8) ? anniversary : addDays(anniversary, -1);
}
