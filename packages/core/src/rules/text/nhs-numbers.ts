import { digitRuns } from './digit-runs.js';
import { isDigit, isWordChar, matchAt, type TextMatch } from './text-match.js';

/**
 * NHS numbers: ten digits whose last is the modulus-11 check digit of the first nine, written
 * together ("9434765919") or as 3-3-4 with single spaces or hyphens ("943 476 5919"). With "NHS"
 * just before ("NHS number: ", "NHS no. ", "(NHS 787 890 9474") or just after ("(NHS number)"), any
 * grouping of ten digits counts ("6965 975 725", "71885 90117"), and so does a number that fails the
 * check: the author has said what it is, and a mistyped NHS number still identifies a patient.
 * Without the cue, about one random ten-digit number in eleven passes the check, so most other
 * numbers (statistics, references, phone numbers with their 0) are never flagged.
 *
 * Candidates come from the text's digit runs; each is read with short anchored patterns.
 */
/** "NHS number: ", "NHS no. on the referral, ", "(NHS ": a few words may come between "NHS number" and the number. */
const cueBefore = /(?:^|[^\p{L}])nhs(?:[ \t]*(?:number|num|no\.?|#)[^\n.;!?\d]{0,30})?[ \t]*[:#=(\-–]?[ \t]*(?:is[ \t]+)?\(?[ \t]*$/iu;
const cueAfter = /^[ \t]*[([,-–]?[ \t]*nhs(?![\p{L}])/iu;

export function findNhsNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  const runs = digitRuns(text);
  let consumed = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    if (start < consumed) continue;
    const before = text[start - 1];
    if (isWordChar(before) || /[-/.,:+£$]/.test(before ?? '')) continue;
    const end = readNhsNumber(text, start);
    if (end !== undefined) {
      found.push(matchAt(text, start, end));
      consumed = end;
    }
  }
  return found;
}

function readNhsNumber(text: string, start: number): number | undefined {
  // Ten digits, in groups joined by one space, hyphen or dot.
  let end = start;
  let digits = '';
  while (end < text.length && digits.length < 10) {
    if (isDigit(text[end])) digits += text[end++];
    else if (/[ .-]/.test(text[end]!) && isDigit(text[end + 1])) end++;
    else break;
  }
  const after = text[end];
  if (digits.length !== 10 || isWordChar(after) || (after !== undefined && /[ .\-/]/.test(after) && isDigit(text[end + 1])))
    return undefined;
  // The ways NHS numbers are printed, with a valid check digit; or anything after a cue.
  if (/^\d{10}$|^\d{3}([ -])\d{3}\1\d{4}$/.test(text.slice(start, end)) && isValidNhsNumber(digits)) return end;
  const before = text.slice(Math.max(0, start - 48), start);
  return (/nhs/i.test(before) && cueBefore.test(before)) || cueAfter.test(text.slice(end, end + 16)) ? end : undefined;
}

/** The NHS modulus-11 check: weights 10 down to 2 on the first nine digits. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
