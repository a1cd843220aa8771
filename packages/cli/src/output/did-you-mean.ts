import { distance } from 'fastest-levenshtein';

/**
 * The known words closest to a mistyped one, for "did you mean" messages: within about a third of
 * the word's length in edits (at least two), closest first, at most `limit`.
 */
export function closestWords(typed: string, known: readonly string[], limit = 2): string[] {
  if (typed.length > 64) return [];
  const allowed = Math.max(2, Math.floor(typed.length / 3));
  return known
    .map((word) => ({ word, edits: distance(typed.toLowerCase(), word.toLowerCase()) }))
    .filter(({ edits }) => edits <= allowed)
    .sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word))
    .slice(0, limit)
    .map(({ word }) => word);
}

/** `: did you mean "a" or "b"?`, or nothing. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const close = closestWords(typed, known);
  return close.length ? `; did you mean ${close.map((word) => `"${word}"`).join(' or ')}?` : '';
}
