/** Small helpers for rewriting words without changing how the author capitalised them. */

/** "for example" written like `original`: "For example" after "E.g.", "FOR EXAMPLE" after "E.G.". */
export function matchCase(replacement: string, original: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  return startsUpper(original) ? capitalise(replacement) : replacement;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function startsUpper(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * True when `index` starts a sentence: only spaces, opening quotes or brackets lie between it and
 * the start of the block or the end of the previous sentence.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s(“‘"'[]/.test(text[i]!)) i--;
  return i < 0 || /[.?!]/.test(text[i]!);
}
