import { digitRuns } from './digit-runs.js';
import { matchAt, type TextMatch } from './text-match.js';

/**
 * Full UK postcodes, in any case, with up to two spaces or none between the outward and inward
 * codes: "M1 2WD", "TW9 4DU", "SW1A 1AA", "EC1A1BB", "ls6 2qt", "Ls6  2Qt". The letters follow Royal
 * Mail's rules (the first letter is never Q, V or X; the second never I, J or Z; the inward code's
 * letters never C, I, K, M, O or V), which rules out most codes that only look alike. In lower or
 * mixed case an inward code that reads as an ordinal ("b2 3rd") is not a postcode.
 *
 * Left alone, as public buildings rather than anyone's home: a postcode whose address names one
 * (council, civic centre or offices, town, county or city hall, a family hub, a children's centre, a
 * school, a hospital, a PO box, Ofsted, The National Archives...), and the postcodes of Ofsted's
 * offices and The National Archives, which Ofsted prints on every report and letter, and the address
 * block of a letter (followed by "Dear ..."), which is the authority's. The address is
 * what comes before the postcode back to the end of the previous sentence, a blank line or the "at",
 * "to", "in" or "from" that introduces it, so "the council moved the family to 14 Elm Close, BD5 8PL"
 * is still flagged.
 *
 * Missed on purpose: partial postcodes ("M1", "the SW1 area"), which do not identify a home.
 * Candidates come from the text's digit runs; each is read with a fixed-length anchored pattern.
 */
const postcodeAt =
  /([A-PR-UWYZ](?:[0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9]{1,2}|[A-HK-Y][0-9][ABEHMNPRV-Y]))[ \t]{0,2}([0-9][ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/iuy;
const ordinal = /^(?:1st|2nd|3rd|[04-9]th)$/i;

/** Ofsted's offices and The National Archives, as printed on Ofsted's reports and letters. */
const publishedPostcodes: ReadonlySet<string> = new Set(['M12WD', 'WC2B6SE', 'SW1H9EX', 'NG16HJ', 'TW94DU']);

const publicBuilding =
  /(?:^|[^\p{L}])(council|borough|director|civic|town[ \t]+hall|county[ \t]+hall|city[ \t]+hall|guildhall|offices|headquarters|p\.?[ \t]?o\.?[ \t]+box|ofsted|national[ \t]+archives|department|directorate|ministry|parliament|hubs?|centre|center|school|academy|college|university|hospital|clinic|surgery|police[ \t]+station|library|tribunal|services)(?![\p{L}])/giu;
/** "School Lane", "Hospital Road": a street named after a building is still a street. */
const streetAfter =
  /^[ \t]+(?:lane|road|street|avenue|close|drive|way|hill|walk|view|row|gardens|terrace|place|crescent|grove|green|court|square|mews|yard|fields|rise|park|st|rd|ave)(?![\p{L}])/iu;
/** The address block of a letter, which is addressed to an official at the authority: "...\n\nDear Ms Smith". */
const salutationAfter = /^\s*(?:\d{1,2}[ \t]+\p{L}+[ \t]+\d{4}\s*)?Dear[ \t]/u;
/** A building, or Ofsted, named just before "at": "the family hub at", "the council offices at", "write to Ofsted at". */
const buildingBeforeAt =
  /(?:^|[^\p{L}])(?:offices|hall|hubs?|centre|center|school|academy|college|hospital|clinic|surgery|library|station|ofsted)$/iu;
/** Where the address that ends at the postcode begins: after a sentence, a blank line or "at"/"to"/"in"/"from". */
const addressBreak = /[.!?](?:[ \t]+|\n)|\n[ \t]*\n|(?:^|[ \t])(?:at|to|in|from|is|are)[ \t]+/giu;

export function findUkPostcodes(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  const runs = digitRuns(text);
  let consumed = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const run = runs[r]!;
    if (run < consumed) continue;
    // The outward code is one or two letters, then this run: find where those letters start.
    let start = run;
    while (start > run - 2 && start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
    if (start === run || (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!))) continue;
    postcodeAt.lastIndex = start;
    const m = postcodeAt.exec(text);
    if (!m) continue;
    const [whole, outward, inward] = m;
    if (!isPostcodeCase(outward!, inward!)) continue;
    const end = start + whole.length;
    consumed = end;
    if (
      publishedPostcodes.has((outward! + inward!).toUpperCase()) ||
      isPublicBuilding(text, start) ||
      salutationAfter.test(text.slice(end, end + 80))
    )
      continue;
    found.push(matchAt(text, start, end));
  }
  return found;
}

/** Capitals as printed; lower or mixed case unless the inward code reads as an ordinal ("3rd"). */
function isPostcodeCase(outward: string, inward: string): boolean {
  if (outward === outward.toUpperCase() && inward === inward.toUpperCase()) return true;
  return !ordinal.test(inward);
}

function isPublicBuilding(text: string, postcodeStart: number): boolean {
  let address = text.slice(Math.max(0, postcodeStart - 160), postcodeStart);
  let cut = 0;
  let cutWord = '';
  addressBreak.lastIndex = 0;
  for (let m = addressBreak.exec(address); m; m = addressBreak.exec(address)) {
    cut = m.index + m[0].length;
    cutWord = m[0].trim().toLowerCase();
  }
  // "The youth centre at 4 Market Place": the building is named just before "at".
  if (
    cutWord === 'at' &&
    buildingBeforeAt.test(
      address
        .slice(0, cut)
        .trimEnd()
        .replace(/[ \t]+at$/i, ''),
    )
  )
    return true;
  address = address.slice(cut);
  publicBuilding.lastIndex = 0;
  for (let m = publicBuilding.exec(address); m; m = publicBuilding.exec(address)) {
    if (!streetAfter.test(address.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  }
  return false;
}
