/**
 * The judgement areas ILACS has used, with their exact published wording. Which areas a report has,
 * in which order, and which other wordings are accepted, is up to each framework version
 * (`versions/`); a version may also bring areas of its own.
 */
export interface JudgementArea {
  id: string;
  title: string;
  /**
   * What part the judgement plays: the leaders judgement, an "experiences and progress" judgement,
   * or the headline overall effectiveness that is derived from the others.
   */
  kind: 'leadership' | 'experiences' | 'overall';
  description: string;
}

export const judgementAreas = {
  leaders: {
    id: 'leaders',
    title: 'The impact of leaders on social work practice with children and families',
    kind: 'leadership',
    description:
      'How well leaders and managers know and improve the quality and impact of social work practice: workforce, oversight, partnerships, performance management and learning.',
  },
  helpAndProtection: {
    id: 'helpAndProtection',
    title: 'The experiences and progress of children who need help and protection',
    kind: 'experiences',
    description:
      'Early help, the front door, assessments, child protection enquiries and plans, children in need, and the response to children at risk outside the home or missing.',
  },
  childrenInCareAndCareLeavers: {
    id: 'childrenInCareAndCareLeavers',
    title: 'The experiences and progress of children in care and care leavers',
    kind: 'experiences',
    description:
      'The combined judgement used until December 2022: decisions to come into care, permanence, placements, education and health, and support for care leavers.',
  },
  childrenInCare: {
    id: 'childrenInCare',
    title: 'The experiences and progress of children in care',
    kind: 'experiences',
    description:
      'Decisions for children to come into care, permanence, stability of homes, education, health, and the voice of children in care.',
  },
  careLeavers: {
    id: 'careLeavers',
    title: 'The experiences and progress of care leavers',
    kind: 'experiences',
    description:
      'Support for young people leaving care up to the age of 25: pathway plans, personal advisers, accommodation, education, employment, health and relationships.',
  },
  overallEffectiveness: {
    id: 'overallEffectiveness',
    title: 'Overall effectiveness',
    kind: 'overall',
    description: 'The headline judgement, derived from the others; removed for inspections starting from 27 April 2026.',
  },
} as const satisfies Record<string, JudgementArea>;

/** An area's id. The built-in ids are listed for convenience; a framework version may add others. */
export type JudgementAreaId = string;
export type BuiltinJudgementAreaId = keyof typeof judgementAreas;

/** Normalises text for comparison: typographic quotes, case, runs of white space. */
export function normaliseForComparison(text: string): string {
  return text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface JudgementAreaMatch {
  area: JudgementArea;
  /** True when the wording is one a framework version accepts beside the area's title. */
  variant: boolean;
  /**
   * Set when the text is not the area's wording but a near miss of it (a dropped, added or misspelt
   * word): the wording it misses, which is the fix. The text still counts as the area, so that one slip
   * gets one wording diagnostic rather than "missing row" and "unknown row".
   */
  nearMiss?: { wording: string };
}

/** A wording of an area, for matching: its title, or another wording some version accepts. */
export interface AreaWording {
  area: JudgementArea;
  wording: string;
  variant: boolean;
}

/**
 * Finds which area a heading or table label names, from a list of wordings (a domain builds the
 * list once from its framework versions), forgiving case, quotes and spacing.
 */
export function matchJudgementArea(text: string, wordings: ReadonlyMap<string, AreaWording>): JudgementAreaMatch | undefined {
  const found = wordings.get(normaliseForComparison(text));
  return found ? { area: found.area, variant: found.variant } : undefined;
}

/** Indexes wordings by their normalised text; a title wins over another area's variant. */
export function indexWordings(wordings: readonly AreaWording[]): Map<string, AreaWording> {
  const index = new Map<string, AreaWording>();
  for (const wording of wordings) {
    const key = normaliseForComparison(wording.wording);
    const existing = index.get(key);
    if (!existing || (existing.variant && !wording.variant)) index.set(key, wording);
  }
  return index;
}
