import { letterOrDigit, standaloneMatches } from './standalone-matches.js';
import { matchAt, type TextMatch } from './text-match.js';

/**
 * Dates of birth: a date written next to "born", "DOB", "D.O.B.", "date of birth" or "birth date":
 * "born on 12 March 2015", "DOB: 12/03/2015", "date of birth 2015-03-12", "12.03.15 (DOB)".
 * A date is a day and a month (with or without a year) in words or digits, or an ISO date.
 *
 * Not flagged: a year or a month alone ("born in 2015", "babies born in March"), which describe a
 * cohort rather than a child; dates after "born before", "after", "since" or "between" (cohorts
 * again); and "unborn", "newborn", which are other words. All searches run on short slices of text
 * with anchored patterns, so the cost is linear.
 */
const cue = /(born|d\.?o\.?b\.?|date of birth|birth ?date)/gi;
/** What may sit between the cue and the date: "born on", "DOB:", "date of birth is", "born -". */
const filler = /^[ \t]*(?:(?:on|is|was|of|the|[:=\-–—(])[ \t]*){0,2}/i;
const month =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const datePatterns: readonly RegExp[] = [
  new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${month}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, 'iu'),
  new RegExp(`^${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, 'iu'),
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\p{L}\p{N}])/u,
  /^(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/u,
];
/** A date just before "(DOB)" or ", date of birth": numeric or "12 March 2015". */
const dateBefore = [
  /(?<![\p{N}])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})[ \t]*[(,]?[ \t]*$/u,
  new RegExp(`(?<![\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+${month}(?:\\s+\\d{4})?[ \\t]*[(,]?[ \\t]*$`, 'iu'),
];

export function findDatesOfBirth(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const m of standaloneMatches(text, cue, letterOrDigit)) {
    const cueEnd = m.index + m[0].length;
    const window = text.slice(cueEnd, cueEnd + 40);
    const lead = filler.exec(window)?.[0].length ?? 0;
    const date = readDate(window.slice(lead));
    if (date !== undefined) {
      found.push(matchAt(text, m.index, cueEnd + lead + date));
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    for (const pattern of dateBefore) {
      const b = pattern.exec(before);
      if (b && isPlausibleDayMonth(b[0])) {
        found.push(matchAt(text, m.index - before.length + b.index, cueEnd));
        break;
      }
    }
  }
  return found;
}

/** The length of the date at the start of `text`, or undefined when it does not start with one. */
function readDate(text: string): number | undefined {
  for (const pattern of datePatterns) {
    const m = pattern.exec(text);
    if (m && isPlausibleDayMonth(m[0])) return m[0].length;
  }
  return undefined;
}

/** Days 1 to 31 and numeric months 1 to 12 (in either order for d/m/y, as both are in use). */
function isPlausibleDayMonth(date: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (iso) return inRange(Number(iso[2]), 1, 12) && inRange(Number(iso[3]), 1, 31);
  const numeric = /(\d{1,2})[/.-](\d{1,2})[/.-]/.exec(date);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    return (inRange(a, 1, 31) && inRange(b, 1, 12)) || (inRange(a, 1, 12) && inRange(b, 1, 31));
  }
  const day = /\d{1,2}/.exec(date);
  return day !== null && inRange(Number(day[0]), 1, 31);
}

function inRange(n: number, low: number, high: number): boolean {
  return n >= low && n <= high;
}
