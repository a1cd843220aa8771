import { digitRuns } from './digit-runs.js';
import { matchAt, type TextMatch } from './text-match.js';

/**
 * National Insurance numbers: two prefix letters, six digits and a suffix letter A to D, written
 * together ("AB123456C"), in pairs ("AB 12 34 56 C"), as "AB 123456 C", or spaced and hyphenated
 * any other way ("AB12 34 56C", "AB 123 456 C", "JG-12-34-56-A"), in capitals or not (the shape
 * is too particular to occur in prose by chance). HMRC's prefix
 * rules apply: the first letter is never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or V;
 * and BG, GB, KN, NK, NT, TN and ZZ are not allocated (so HMRC's example "QQ 12 34 56 C" and
 * temporary "TN" references are left alone).
 *
 * Without the suffix letter a number counts in capitals as "AB 12 34 56", or in any form after a cue
 * ("NI number", "NINO", "National Insurance", "Nat. Ins."): an unspaced "AB123456" on its own is as
 * likely to be a reference number.
 *
 * Candidates come from the text's digit runs; each is read with a short anchored pattern.
 */
const niNumberAt =
  /([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])([ .-]?)(\d)([ .-]?)(\d)([ .-]?)(\d)([ .-]?)(\d)([ .-]?)(\d)([ .-]?)(\d)(?:([ .-]?)([A-D]))?(?![\p{L}\p{N}])/iuy;
const unallocatedPrefixes = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const cueBefore =
  /(?:^|[^\p{L}])(?:n\.?[ \t]?i\.?|nino|national[ \t]+insurance|nat\.?[ \t]+ins\.?)(?:[ \t]+(?:number|num|no\.?))?[ \t]*[:#=(\-–]?[ \t]*(?:is[ \t]+)?\(?[ \t]*$/iu;

export function findNationalInsuranceNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  const runs = digitRuns(text);
  let consumed = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const run = runs[r]!;
    if (run < consumed) continue;
    // The prefix is two letters just before the digits, or before one separator.
    for (const start of [run - 2, run - 3]) {
      if (start < 0 || (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!))) continue;
      niNumberAt.lastIndex = start;
      const m = niNumberAt.exec(text);
      if (!m || !isNiNumber(text, start, m)) continue;
      found.push(matchAt(text, start, start + m[0].length));
      consumed = start + m[0].length;
      break;
    }
  }
  return found;
}

function isNiNumber(text: string, start: number, m: RegExpExecArray): boolean {
  const prefix = m[1]!;
  const suffix = m[15];
  if (unallocatedPrefixes.has(prefix.toUpperCase())) return false;
  const separators = [m[2], m[4], m[6], m[8], m[10], m[12], ...(suffix ? [m[14]] : [])];
  // One kind of separator at most ("AB 12-34-56 C" is a slip, "AB.12 34-56" is not a layout).
  const kinds = new Set(separators.filter((s) => s !== ''));
  if (kinds.size > 1 && !(kinds.size === 2 && kinds.has(' ') && kinds.has('-'))) return false;
  if (cueBefore.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (suffix) return true;
  // Without a suffix: "AB 12 34 56" in capitals.
  return prefix === prefix.toUpperCase() && separators.join('|') === ' || || |';
}
