import { matchAt, type TextMatch } from './text-match.js';

/**
 * National Insurance numbers: two prefix letters, six digits, a suffix letter A to D, in capitals,
 * written together ("AB123456C"), in pairs ("AB 12 34 56 C") or as "AB 123456 C". HMRC's prefix rules apply: the first
 * letter is never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or V; and BG, GB, KN, NK, NT,
 * TN and ZZ are not allocated. Without the suffix letter only the spaced pairs form counts
 * ("AB 12 34 56"), as an unspaced "AB123456" is as likely to be a reference number.
 * Missed on purpose: numbers in lower case, and temporary reference numbers (TN...).
 */
const niNumber = /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])( ?)(\d{2})( ?)(\d{2})( ?)(\d{2})(?:( ?)([A-D]))?(?![\p{L}\p{N}])/gu;
const unallocatedPrefixes = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function findNationalInsuranceNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  niNumber.lastIndex = 0;
  for (let m = niNumber.exec(text); m; m = niNumber.exec(text)) {
    const [whole, prefix, s1, , s2, , s3, , s4, suffix] = m;
    if (unallocatedPrefixes.has(prefix!)) continue;
    const spacing = [s1, s2, s3, ...(suffix ? [s4] : [])].join('|');
    // The layouts in use: "AB 12 34 56 C", "AB123456C", "AB 123456 C"; without a suffix only "AB 12 34 56".
    const layouts = suffix ? [' | | | ', '|||', ' ||| '] : [' | | '];
    if (!layouts.includes(spacing)) continue;
    found.push(matchAt(text, m.index, m.index + whole.length));
  }
  return found;
}
