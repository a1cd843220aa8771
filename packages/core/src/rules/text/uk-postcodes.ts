import { letterOrDigit, standaloneMatches } from './standalone-matches.js';
import { matchAt, type TextMatch } from './text-match.js';

/**
 * UK postcodes, in capitals, with one space or none between the outward and inward codes: "M1 2WD",
 * "TW9 4DU", "SW1A 1AA", "EC1A1BB". The letters follow Royal Mail's rules (the first letter is never
 * Q, V or X; the second never I, J or Z; the inward code's letters never C, I, K, M, O or V), which
 * rules out most capitalised codes that only look alike. Fixed length, no nested repetition: linear.
 *
 * Missed on purpose: postcodes in lower case (prose would give too many false alarms) and partial
 * postcodes ("M1", "the SW1 area"), which do not identify a home.
 */
const postcode =
  /([A-PR-UWYZ](?:[0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9]{1,2}|[A-HK-Y][0-9][ABEHMNPRV-Y])) ?([0-9][ABD-HJLNP-UW-Z]{2})/g;

export function findUkPostcodes(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const m of standaloneMatches(text, postcode, letterOrDigit)) found.push(matchAt(text, m.index, m.index + m[0].length));
  return found;
}
