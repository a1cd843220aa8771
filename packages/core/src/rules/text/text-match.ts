/** A piece of text a detector found: offsets into the text it was given. */
export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

export function matchAt(text: string, start: number, end: number): TextMatch {
  return { start, end, text: text.slice(start, end) };
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
