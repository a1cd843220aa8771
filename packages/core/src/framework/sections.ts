import { normaliseForComparison } from './judgement-areas.js';

/** The heading of the improvement bullets in inspection reports; variants end in ":" or nothing. */
export const whatNeedsToImproveHeading = 'What needs to improve?';

export function isWhatNeedsToImproveHeading(text: string): boolean {
  const t = normaliseForComparison(text).replace(/\s*\d+$/, '');
  return t === 'what needs to improve?' || t === 'what needs to improve' || t === 'what needs to improve:';
}

/** A named (ungraded) section of a letter, with the headings Ofsted has used for it over time. */
export interface LetterSection {
  id: string;
  /** The heading completion offers. */
  heading: string;
  /** Earlier headings the checks accept for the same section. */
  variants: readonly string[];
  required: boolean;
  description: string;
}

/** Focused-visit letters: sections in order. One of the improvement headings is required. */
export const focusedVisitSections: readonly LetterSection[] = [
  { id: 'headline-findings', heading: 'Headline findings', variants: [], required: true,
    description: 'A short summary of what the visit found.' },
  { id: 'strengths', heading: 'Strengths', variants: [], required: false,
    description: 'What the authority does well in the area visited.' },
  { id: 'what-needs-to-improve', heading: 'What needs to improve in this area of social work practice?',
    variants: ['Areas for improvement', 'Areas for development', 'Areas for priority action'], required: true,
    description: 'What the authority must improve. "Areas for priority action" marks serious weaknesses that require an action plan.' },
  { id: 'main-findings', heading: 'Main findings', variants: [], required: true,
    description: 'The evidence behind the headline findings.' },
];

/** Monitoring-visit letters: sections in order, all required. */
export const monitoringVisitSections: readonly LetterSection[] = [
  { id: 'areas-covered', heading: 'Areas covered by the visit', variants: [], required: true,
    description: 'The areas of concern from the last inspection that this visit reviewed.' },
  { id: 'headline-findings', heading: 'Headline findings', variants: [], required: true,
    description: 'A short summary of progress since the inadequate judgement.' },
  { id: 'findings-and-progress', heading: 'Findings and progress', variants: [], required: true,
    description: 'The evidence of progress, area by area.' },
];

/** Self-evaluation sub-headings under each judgement area, in order; the lists must not be empty. */
export const selfEvaluationSubsections = [
  { id: 'what-we-know', heading: 'What we know about the quality and impact of practice', list: false },
  { id: 'how-we-know', heading: 'How we know it', list: false },
  { id: 'strengths', heading: 'Strengths', list: true },
  { id: 'areas-for-development', heading: 'Areas for development', list: true },
  { id: 'our-plans', heading: 'Our plans', list: false },
] as const;

export type SelfEvaluationSubsection = (typeof selfEvaluationSubsections)[number];
export type SelfEvaluationSubsectionId = SelfEvaluationSubsection['id'];

/** Which self-evaluation sub-heading a level-3 heading is (case, quotes and a trailing "?" or ":" forgiven). */
export function matchSelfEvaluationSubsection(text: string): SelfEvaluationSubsection | undefined {
  const wanted = normaliseForComparison(text).replace(/[?:]$/, '');
  return selfEvaluationSubsections.find((s) => normaliseForComparison(s.heading) === wanted);
}

/** Which letter section a heading is, by its heading or an accepted variant. */
export function matchLetterSection(sections: readonly LetterSection[], text: string): LetterSection | undefined {
  const wanted = normaliseForComparison(text).replace(/[?:]$/, '');
  return sections.find((s) =>
    [s.heading, ...s.variants].some((h) => normaliseForComparison(h).replace(/[?:]$/, '') === wanted),
  );
}
