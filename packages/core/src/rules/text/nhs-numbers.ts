import { isDigit, isWordChar, matchAt, type TextMatch } from './text-match.js';

/**
 * NHS numbers: ten digits written together ("9434765919") or as 3-3-4 with single spaces or hyphens
 * ("943 476 5919"), whose last digit is the modulus-11 check digit of the first nine. About one
 * random ten-digit number in eleven passes the check, so most other numbers are never flagged.
 * Missed on purpose: other groupings, and numbers that fail the check (a mistyped NHS number).
 */
export function findNhsNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  // Jump from digit to digit with the native regex engine: prose is mostly not digits.
  const nextDigit = /[0-9]/g;
  let i = 0;
  while (i < text.length) {
    nextDigit.lastIndex = i;
    const next = nextDigit.exec(text);
    if (!next) break;
    i = next.index;
    if (isWordChar(text[i - 1]) || /[-/.,:+£$]/.test(text[i - 1] ?? '')) {
      while (isDigit(text[i])) i++;
      continue;
    }
    const end = readNhsNumber(text, i);
    if (end !== undefined) {
      found.push(matchAt(text, i, end));
      i = end;
    } else {
      while (isDigit(text[i])) i++;
    }
  }
  return found;
}

function readNhsNumber(text: string, start: number): number | undefined {
  let end = start;
  while (isDigit(text[end])) end++;
  let digits: string;
  if (end - start === 10) {
    digits = text.slice(start, end);
  } else if (end - start === 3) {
    const sep = text[end];
    if (sep !== ' ' && sep !== '-') return undefined;
    const rest = text.slice(end + 1, end + 9);
    if (!/^\d{3}[ -]\d{4}$/.test(rest) || rest[3] !== sep) return undefined;
    digits = text.slice(start, end) + rest.slice(0, 3) + rest.slice(4);
    end += 9;
  } else {
    return undefined;
  }
  const after = text[end];
  if (isWordChar(after) || (after !== undefined && /[-/]/.test(after) && isDigit(text[end + 1]))) return undefined;
  return isValidNhsNumber(digits) ? end : undefined;
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
