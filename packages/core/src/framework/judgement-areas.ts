/** Judgement areas with their exact published wording. Which areas apply depends on the framework version. */
export const judgementAreas = {
  leaders: {
    id: 'leaders',
    title: 'The impact of leaders on social work practice with children and families',
    /** Wording seen in 2026 tables; accepted for the 2026 framework (its final wording is not confirmed). */
    variants: ['The impact of leaders on practice with children and families'],
    description: 'How well leaders and managers know and improve the quality and impact of social work practice: workforce, oversight, partnerships, performance management and learning.',
  },
  helpAndProtection: {
    id: 'helpAndProtection',
    title: 'The experiences and progress of children who need help and protection',
    variants: [] as string[],
    description: 'Early help, the front door, assessments, child protection enquiries and plans, children in need, and the response to children at risk outside the home or missing.',
  },
  childrenInCareAndCareLeavers: {
    id: 'childrenInCareAndCareLeavers',
    title: 'The experiences and progress of children in care and care leavers',
    variants: [] as string[],
    description: 'The combined judgement used until December 2022: decisions to come into care, permanence, placements, education and health, and support for care leavers.',
  },
  childrenInCare: {
    id: 'childrenInCare',
    title: 'The experiences and progress of children in care',
    variants: [] as string[],
    description: 'Decisions for children to come into care, permanence, stability of homes, education, health, and the voice of children in care.',
  },
  careLeavers: {
    id: 'careLeavers',
    title: 'The experiences and progress of care leavers',
    variants: [] as string[],
    description: 'Support for young people leaving care up to the age of 25: pathway plans, personal advisers, accommodation, education, employment, health and relationships.',
  },
  overallEffectiveness: {
    id: 'overallEffectiveness',
    title: 'Overall effectiveness',
    variants: [] as string[],
    description: 'The headline judgement, derived from the others; removed for inspections starting from 27 April 2026.',
  },
} as const;

export type JudgementAreaId = keyof typeof judgementAreas;
export type JudgementArea = (typeof judgementAreas)[JudgementAreaId];

export const allJudgementAreas: readonly JudgementArea[] = Object.values(judgementAreas);

/** Normalises text for comparison: typographic quotes, case, runs of white space. */
export function normaliseForComparison(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface JudgementAreaMatch {
  area: JudgementArea;
  /** True when the wording is one of the area's accepted variants rather than its title. */
  variant: boolean;
}

/** Normalised titles and variants, computed once: headings are matched against them many times. */
const normalisedWordings: { wording: string; area: JudgementArea; variant: boolean }[] = allJudgementAreas.flatMap((area) => [
  { wording: normaliseForComparison(area.title), area, variant: false },
  ...area.variants.map((v) => ({ wording: normaliseForComparison(v), area, variant: true })),
]);

/** Finds the judgement area whose title (or an accepted variant) the text is, case-insensitively. */
export function matchJudgementArea(text: string): JudgementAreaMatch | undefined {
  const wanted = normaliseForComparison(text);
  const found = normalisedWordings.find((w) => w.wording === wanted);
  return found ? { area: found.area, variant: found.variant } : undefined;
}
