/** A piece of text a detector found: offsets into the text it was given. */
export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

export function matchAt(text: string, start: number, end: number): TextMatch {
  return { start, end, text: text.slice(start, end) };
}

/**
 * One finding per stretch of text: overlapping matches merge into one spanning them ("Jack (7 years
 * old)" is found from "7" and from "years old"), as plain matches without a detector's extra fields.
 */
export function withoutOverlaps(text: string, matches: readonly TextMatch[]): TextMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.end > last.end) kept[kept.length - 1] = matchAt(text, last.start, m.end);
      continue;
    }
    kept.push(matchAt(text, m.start, m.end));
  }
  return kept;
}

/** True for ASCII digits only (detectors must not take other scripts' digits for phone numbers). */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Letters and digits of any script: what a detected value must not run into. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Where any of `needles` occurs in `text`, in no particular order. String search skips through text
 * far faster than a regular expression when a needle starts with a rare character ("year", "GED",
 * "("), so detectors find their cues this way and then read around each one.
 */
export function occurrences(text: string, needles: readonly string[]): number[] {
  const found: number[] = [];
  for (const needle of needles) {
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  }
  return found;
}
