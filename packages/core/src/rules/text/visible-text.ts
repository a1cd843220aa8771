/**
 * The text as a reader sees it, for the privacy detectors. A leak can hide from a pattern while
 * showing plainly on screen: a zero-width space inside a phone number, a soft hyphen inside a name,
 * an email address typed backwards after a right-to-left override (U+202E), which displays it the
 * right way round, or digits typed in full-width forms. So, before detection:
 * - format characters that render as nothing are removed: zero-width space, joiners, soft hyphen,
 *   word joiner, invisible operators, byte-order marks, and every bidirectional control;
 * - a run after a right-to-left override, up to its closing pop (U+202C) or the end of the line,
 *   is reversed, as it is displayed;
 * - full-width ASCII forms (０-９, Ａ-Ｚ, ＠) and the small commercial at become ASCII, other spaces
 *   (no-break, thin, ideographic...) a plain space, and hyphen look-alikes a hyphen-minus.
 * Detectors run on the result; `sourceRange` maps what they find back to the draft.
 */
export interface VisibleText {
  text: string;
  /** The range in the source text that shows the visible range [start, end). */
  sourceRange(start: number, end: number): { start: number; end: number };
}

/** Any character that the rewriting below would change: the common case is none, and a single test. */
const rewritten =
  /[\u00A0\u00AD\u061C\u115F\u1160\u180E\u2000-\u200F\u2010-\u2012\u2028-\u202F\u205F-\u206F\u2212\u3000\u3164\uFE6B\uFEFF\uFF01-\uFF5E\uFFA0]/;
const rightToLeftOverride = 0x202e;
const popDirectionalFormatting = 0x202c;
const newline = 0x0a;
const space = 0x20;
const hyphen = 0x2d;
const at = 0x40;

export function visibleText(source: string): VisibleText {
  if (!rewritten.test(source)) return { text: source, sourceRange: (start, end) => ({ start, end }) };
  const codes = new Uint16Array(source.length);
  /** For each character of the visible text, the index of the source character it came from. */
  const origin = new Int32Array(source.length);
  let length = 0;
  const keep = (code: number, at: number) => {
    codes[length] = code;
    origin[length++] = at;
  };
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code === rightToLeftOverride) {
      let end = i + 1;
      while (end < source.length && source.charCodeAt(end) !== popDirectionalFormatting && source.charCodeAt(end) !== newline) end++;
      for (let j = end - 1; j > i; j--) {
        const shown = visibleCode(source.charCodeAt(j));
        if (shown >= 0) keep(shown, j);
      }
      i = end < source.length && source.charCodeAt(end) === popDirectionalFormatting ? end + 1 : end;
      continue;
    }
    const shown = visibleCode(code);
    if (shown >= 0) keep(shown, i);
    i++;
  }
  let text = '';
  for (let from = 0; from < length; from += 8192) text += String.fromCharCode(...codes.subarray(from, Math.min(length, from + 8192)));
  return {
    text,
    sourceRange(start, end) {
      if (end <= start) {
        const at = start < length ? origin[start]! : source.length;
        return { start: at, end: at };
      }
      // A reversed run maps a visible range onto source positions in the opposite order.
      let low = Infinity;
      let high = -Infinity;
      for (let j = start; j < Math.min(end, length); j++) {
        low = Math.min(low, origin[j]!);
        high = Math.max(high, origin[j]!);
      }
      return { start: low, end: high + 1 };
    },
  };
}

/** The character shown for `code`, or -1 for one that shows nothing. */
function visibleCode(code: number): number {
  if (code < 0xa0) return code;
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return space;
  if (
    code === 0xad ||
    code === 0x61c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0x3164 ||
    code === 0xfeff ||
    code === 0xffa0
  ) {
    return -1;
  }
  if ((code >= 0x2010 && code <= 0x2012) || code === 0x2212) return hyphen;
  if (code === 0x2028 || code === 0x2029) return newline;
  if (code === 0xfe6b) return at;
  // Full-width forms U+FF01-U+FF5E are ASCII U+0021-U+007E shifted up.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code;
}
