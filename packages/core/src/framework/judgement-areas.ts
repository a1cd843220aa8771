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
  /**
   * Set when the text is not the area's wording but a near miss of it (a dropped, added or misspelt
   * word): the wording it misses, which is the fix. The text still counts as the area, so that one slip
   * gets one wording diagnostic rather than "missing row" and "unknown row".
   */
  nearMiss?: { wording: string };
}

/** Normalised titles and variants, computed once: headings are matched against them many times. */
const normalisedWordings: { wording: string; area: JudgementArea; variant: boolean }[] = allJudgementAreas.flatMap((area) => [
  { wording: normaliseForComparison(area.title), area, variant: false },
  ...area.variants.map((v) => ({ wording: normaliseForComparison(v), area, variant: true })),
]);

/**
 * Finds the judgement area whose title (or an accepted variant) the text is, case-insensitively; else
 * the one area whose wording the text nearly is (see `nearJudgementArea`), marked as a near miss.
 */
export function matchJudgementArea(text: string): JudgementAreaMatch | undefined {
  const wanted = normaliseForComparison(text);
  const found = normalisedWordings.find((w) => w.wording === wanted);
  if (found) return { area: found.area, variant: found.variant };
  return nearJudgementArea(wanted);
}

/** Words of a wording, for the near-miss comparison: letters, digits and apostrophes. */
function wordsOf(normalised: string): string[] {
  return normalised.split(/[^a-z0-9']+/).filter((w) => w !== '');
}

const wordingWords = normalisedWordings.map((w) => ({ ...w, words: wordsOf(w.wording), original: w.variant ? w.area.variants.find((v) => normaliseForComparison(v) === w.wording)! : w.area.title }));

/** No wording has more than 12 words; a label this much longer is prose, not a misworded label. */
const longestLabelWords = 16;

/**
 * The largest word-level edit cost still read as a slip in a wording of `n` words: a quarter of its
 * words, at most 2 ("children care leavers" for "children in care and care leavers" is 1 word from the
 * care leavers wording). "Overall effectiveness" tolerates only one misspelt word.
 */
function tolerance(n: number): number {
  return Math.min(2, n / 4);
}

/**
 * The area whose wording the (normalised) text misses by a dropped, added or misspelt word or two:
 * a word-level edit distance in which a misspelt word ("experience" for "experiences") costs half a
 * word. Only a single best wording within tolerance counts: a tie is no match. Bounded: labels of more
 * than 16 words are not compared, and each comparison is a 16 by 12 table.
 */
export function nearJudgementArea(normalisedText: string): JudgementAreaMatch | undefined {
  const candidates = nearJudgementAreas(normalisedText);
  const nearest = candidates.filter((c) => c.cost === candidates[0]?.cost);
  if (nearest.length === 0 || nearest.some((c) => c.match.area !== nearest[0]!.match.area)) return undefined;
  return nearest[0]!.match;
}

/**
 * Every area whose wording the (normalised) text is within tolerance of, nearest first, each area
 * once (its title before a variant at the same cost). For a table, where a near miss of a row the
 * table already has is more likely the row it lacks.
 */
export function nearJudgementAreas(normalisedText: string): { match: JudgementAreaMatch; cost: number }[] {
  const words = wordsOf(normalisedText);
  if (words.length === 0 || words.length > longestLabelWords) return [];
  const candidates: { match: JudgementAreaMatch; cost: number }[] = [];
  for (const entry of wordingWords) {
    const limit = tolerance(entry.words.length);
    if (Math.abs(entry.words.length - words.length) > limit) continue;
    const cost = wordEditCost(words, entry.words, limit);
    if (cost > limit) continue;
    const known = candidates.find((c) => c.match.area === entry.area);
    if (known && known.cost <= cost) continue;
    const match = { area: entry.area, variant: entry.variant, nearMiss: { wording: entry.original } };
    if (known) Object.assign(known, { match, cost });
    else candidates.push({ match, cost });
  }
  return candidates.sort((x, y) => x.cost - y.cost);
}

/** Levenshtein distance over words, a similar word substituting at half cost; stops once past `limit`. */
function wordEditCost(a: readonly string[], b: readonly string[], limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : similarWords(a[i - 1]!, b[j - 1]!) ? 0.5 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return rowMin;
    previous = current;
  }
  return previous[b.length]!;
}

/** A misspelling rather than another word: one or two letters apart in a word of four letters or more. */
function similarWords(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return false;
  return letterDistance(a, b, allowed) <= allowed;
}

/** Levenshtein distance over letters, for words (short strings); stops once past `limit`. */
function letterDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return rowMin;
    previous = current;
  }
  return previous[b.length]!;
}
