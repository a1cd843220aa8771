import { normaliseForComparison, type AreaWording, type JudgementAreaMatch } from './judgement-areas.js';

/**
 * Near misses of the judgement wordings: a heading or table label with a dropped, added or misspelt
 * word or two ("The experience and progress of children in care", "children care leavers") still
 * names its judgement, so that one slip is one wording finding rather than a missing and an unknown
 * row. A domain builds one index from its framework versions' wordings.
 */
export interface NearMissIndex {
  /** The one area whose wording the text nearly is; a tie between areas is no match. */
  nearest(text: string): JudgementAreaMatch | undefined;
  /** Every area whose wording the text is within tolerance of, nearest first, each area once. */
  all(text: string): { match: JudgementAreaMatch; cost: number }[];
}

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

/** Words of a wording, for the comparison: letters, digits and apostrophes. */
function wordsOf(normalised: string): string[] {
  return normalised.split(/[^a-z0-9']+/).filter((w) => w !== '');
}

/**
 * Bounded: labels of more than 16 words are not compared, and each comparison is a 16 by 12 table
 * that stops once past the tolerance.
 */
export function nearMissIndex(wordings: readonly AreaWording[]): NearMissIndex {
  const entries = wordings.map((w) => ({ ...w, words: wordsOf(normaliseForComparison(w.wording)) }));
  const all = (text: string) => {
    const words = wordsOf(normaliseForComparison(text));
    if (words.length === 0 || words.length > longestLabelWords) return [];
    const candidates: { match: JudgementAreaMatch; cost: number }[] = [];
    for (const entry of entries) {
      const limit = tolerance(entry.words.length);
      if (Math.abs(entry.words.length - words.length) > limit) continue;
      const cost = wordEditCost(words, entry.words, limit);
      if (cost > limit) continue;
      const known = candidates.find((c) => c.match.area.id === entry.area.id);
      if (known && known.cost <= cost) continue;
      const match = { area: entry.area, variant: entry.variant, nearMiss: { wording: entry.wording } };
      if (known) Object.assign(known, { match, cost });
      else candidates.push({ match, cost });
    }
    return candidates.sort((x, y) => x.cost - y.cost);
  };
  return {
    all,
    nearest(text) {
      const candidates = all(text);
      const nearest = candidates.filter((c) => c.cost === candidates[0]?.cost);
      if (nearest.length === 0 || nearest.some((c) => c.match.area.id !== nearest[0]!.match.area.id)) return undefined;
      return nearest[0]!.match;
    },
  };
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
