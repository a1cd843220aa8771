import { digitRuns } from './digit-runs.js';
import { isDigit, isWordChar, matchAt, type TextMatch } from './text-match.js';

/** A number must not continue something else: a date (2025-01-20), a reference (A/0123), a decimal. */
const notBefore = /[\p{L}\p{N}\-/.:+£$%]/u;
/** An extension after the number belongs to it: "ext. 45", "extension 12", "x204". */
const extension = /^[ \t]*(?:ext(?:ension)?\.?|x)[ \t]*\d{1,5}(?![\p{L}\p{N}])/iu;

/**
 * Numbers that belong to organisations, never to a child or family: 030x numbers, which Ofcom
 * reserves for public bodies and charities (Ofsted's 0300 123 1231 among them), the free 0800 and
 * 0808 numbers of helplines, and Ofsted's published textphone line. National digits, after the 0.
 */
function isOrganisationNumber(national: string): boolean {
  return national.startsWith('30') || national.startsWith('800') || national.startsWith('808') || national === ofstedTextphone;
}
const ofstedTextphone = '1616188524';

/**
 * UK phone numbers: landlines (01, 02), mobiles (07), non-geographic (03, 05, 08, 09), written with
 * a leading 0, or as +44 / 0044 with an optional "(0)", in groups split by a space, a hyphen or a
 * dot (" - " too), with the area code optionally in brackets and an extension after:
 * "020 7946 0000", "(01632) 960001", "+44 (0)7700 900123", "+44 0207 946 0000", "07700-900-123",
 * "0115.496.0321", "01632 960 123 ext. 45".
 *
 * The national number after the 0 must have 9 or 10 digits (10 for mobiles), and the first group
 * (with its 0) 3 to 6 digits, so dates, years, times, statistics and paragraph numbers are never taken
 * for one. Left alone: organisations' lines (see `isOrganisationNumber`). Missed on purpose: numbers
 * without the leading 0 or +44, and foreign numbers.
 *
 * Candidates come from the text's digit runs (a run starting with 0, or 44 after a +), so the cost
 * is one pass over the text plus a short read at each candidate.
 */
export function findUkPhoneNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  const runs = digitRuns(text);
  let consumed = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const run = runs[r]!;
    if (run < consumed) continue;
    let start: number;
    if (text[run] === '0') start = text[run - 1] === '(' ? run - 1 : run;
    else if (text.startsWith('44', run) && text[run - 1] === '+') start = run - 1;
    else continue;
    const before = text[start - 1];
    if (before !== undefined && notBefore.test(before)) continue;
    let number = readPhoneNumber(text, start);
    // "(07700 900123)": a bracket around the whole number is not an area code's.
    if (number === undefined && text[start] === '(') {
      start = run;
      number = readPhoneNumber(text, run);
    }
    if (number === undefined || isOrganisationNumber(number.national)) continue;
    const ext = extension.exec(text.slice(number.end, number.end + 20));
    const end = number.end + (ext ? ext[0].length : 0);
    found.push(matchAt(text, start, end));
    consumed = end;
  }
  return found;
}

/** The separator between two groups at `pos` (" ", "-", " - ", "."), or 0 when there is none. */
function separatorLength(text: string, pos: number): number {
  if (text[pos] === '.') return 1;
  let next = pos;
  if (text[next] === ' ') next++;
  if (text[next] === '-') {
    next++;
    if (text[next] === ' ') next++;
  }
  return next - pos;
}

/** The phone number starting at `start`: its end and national digits, or undefined when there is none. */
function readPhoneNumber(text: string, start: number): { end: number; national: string } | undefined {
  let pos = start;
  let international = false;
  let openBracket = false;
  if (text.startsWith('+44', pos) || text.startsWith('0044', pos)) {
    international = true;
    pos += text[pos] === '+' ? 3 : 4;
    pos += separatorLength(text, pos);
    // "(0)" is the usual way to show the national 0; a bare "0" ("+44 0207...") is a common slip.
    if (text.startsWith('(0)', pos) || (text[pos] === '0' && isDigit(text[pos + 1]) && text[pos + 1] !== '0')) {
      pos += text[pos] === '(' ? 3 : 1;
      pos += separatorLength(text, pos);
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
    const closing = ch === ')' && openBracket;
    if (closing) {
      next++;
      if (text[next] === ' ' || text[next] === '-') next++;
    } else {
      next += separatorLength(text, pos);
    }
    if (next === pos || !isDigit(text[next])) break;
    if (closing) openBracket = false;
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
  return { end: pos, national };
}
