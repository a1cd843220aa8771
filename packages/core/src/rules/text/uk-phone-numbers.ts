import { isDigit, isWordChar, matchAt, type TextMatch } from './text-match.js';

/** Separators allowed between digit groups: one space, no-break space or hyphen. */
const separators = new Set([' ', '\u00a0', '-']);
/** A number must not continue something else: a date (2025-01-20), a reference (A/0123), a decimal. */
const notBefore = /[\p{L}\p{N}\-/.:+£$%]/u;

/**
 * UK phone numbers: landlines (01, 02, 03), mobiles (07), non-geographic (05, 08, 09), written with
 * a leading 0, or as +44 / 0044 with an optional "(0)", with single spaces or hyphens between the
 * groups and the area code optionally in brackets: "020 7946 0000", "(01632) 960001",
 * "+44 (0)7700 900123", "+44 0207 946 0000", "07700-900-123".
 *
 * The national number after the 0 must have 9 or 10 digits (10 for mobiles), and the first group
 * (with its 0) 3 to 6 digits, so dates, years, times, statistics and paragraph numbers are never taken
 * for one. Missed on purpose: numbers without the leading 0 or +44, dotted groups (0161.618.8524),
 * and foreign numbers.
 */
export function findUkPhoneNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  // Jump between the characters a number can start with, using the native regex engine.
  const nextStart = /[+0(]/g;
  let i = 0;
  while (i < text.length) {
    nextStart.lastIndex = i;
    const next = nextStart.exec(text);
    if (!next) break;
    i = next.index;
    const before = text[i - 1];
    const end = before !== undefined && notBefore.test(before) ? undefined : readPhoneNumber(text, i);
    if (end !== undefined) {
      found.push(matchAt(text, i, end));
      i = end;
    } else {
      i++;
    }
  }
  return found;
}

/** The end of a phone number starting at `start`, or undefined when there is none there. */
function readPhoneNumber(text: string, start: number): number | undefined {
  let pos = start;
  let international = false;
  let openBracket = false;
  if (text.startsWith('+44', pos) || text.startsWith('0044', pos)) {
    international = true;
    pos += text[pos] === '+' ? 3 : 4;
    if (separators.has(text[pos]!)) pos++;
    // "(0)" is the usual way to show the national 0; a bare "0" ("+44 0207...") is a common slip.
    if (text.startsWith('(0)', pos) || (text[pos] === '0' && isDigit(text[pos + 1]) && text[pos + 1] !== '0')) {
      pos += text[pos] === '(' ? 3 : 1;
      if (separators.has(text[pos]!)) pos++;
    }
  } else {
    if (text[pos] === '(') {
      openBracket = true;
      pos++;
    }
    if (text[pos] !== '0' || !isDigit(text[pos + 1]) || text[pos + 1] === '0') return undefined;
  }

  let digits = '';
  let firstGroup = 0;
  let groupIndex = 0;
  while (pos < text.length && digits.length <= 12) {
    const ch = text[pos]!;
    if (isDigit(ch)) {
      digits += ch;
      if (groupIndex === 0) firstGroup++;
      pos++;
      continue;
    }
    let next = pos;
    if (ch === ')' && openBracket) {
      openBracket = false;
      next++;
      if (separators.has(text[next]!)) next++;
    } else if (separators.has(ch)) {
      next++;
    } else {
      break;
    }
    if (!isDigit(text[next])) break;
    groupIndex++;
    pos = next;
  }
  if (openBracket || isWordChar(text[pos])) return undefined;

  const national = international ? digits : digits.slice(1);
  const kind = national[0];
  if (kind === undefined || !'1235789'.includes(kind)) return undefined;
  const length = national.length;
  if (kind === '7' ? length !== 10 : length !== 9 && length !== 10) return undefined;
  if (!international && (firstGroup < 3 || firstGroup > 6) && digits.length !== firstGroup) return undefined;
  return pos;
}
