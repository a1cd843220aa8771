import { isWordChar, matchAt, occurrences, type TextMatch } from './text-match.js';

/**
 * Dates of birth: a date next to a birth word. The cues are "born", "birthday", "date of birth"
 * (with hyphens or in capitals too), "birth date", "birthdate", "DOB", "DoB", "D.O.B." and "b."
 * after a name ("Jack (b. 12/03/2015)"). A date is a day and a month, with or without a year, in
 * words or digits ("12 March 2015", "12th of March, 2015", "March 12, 2015", "Tuesday 12 March",
 * "12/03/2015", "12.3.15", "12-Mar-2015", "12 March ’15", "2015-03-12"); after "born" or "DOB",
 * a month and a year ("born in March 2011") is enough too. The date follows the cue, with a few
 * words between ("date of birth recorded for Jack is ..."), or comes just before it
 * ("12/03/2015 (DOB)").
 *
 * Not flagged: cohorts, which are no one's birth date: "children born on 1 September", "babies
 * born in March 2023", "born on or after 1 September 2012", "born between ...", "born ... or
 * later"; a year alone ("born in 2015"); "b." in a list ("a. ...; b. 12 March 2025 visits"); and
 * "unborn", "newborn", "birthday" with no date. All reads are anchored on short slices, so the cost
 * is linear in the text.
 */
const month =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const weekday = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?';
const year = "(?:\\d{4}|['’]\\d{2})";
const day = '(\\d{1,2})(?:st|nd|rd|th)?';
const end = '(?![\\p{L}\\p{N}])';
const dayMonth = new RegExp(`^(?:${weekday}[ \\t]+)?(?:the[ \\t]+)?${day}(?:[ \\t]+of)?[ \\t]+${month}(?:,?[ \\t]+${year})?${end}`, 'iu');
const monthDay = new RegExp(`^(?:${weekday}[ \\t]+)?${month}[ \\t]+(?:the[ \\t]+)?${day}(?:,?[ \\t]+${year})?${end}`, 'iu');
const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\p{L}\p{N}]|[/.-]\d)/u;
const namedMonthNumeric = new RegExp(`^(\\d{1,2})[ /.-]${month}[ /.-](?:\\d{4}|\\d{2})${end}`, 'iu');
const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})(?![\p{L}\p{N}])/u;
const monthYear = new RegExp(`^${month}[ \\t]+\\d{4}${end}`, 'iu');
const datePatterns = [dayMonth, monthDay, numeric, namedMonthNumeric, iso];

/** Between the cue and the date: "born on", "DOB:", "date of birth is", "birthday falls on the", "date of birth (DOB):". */
const filler = /^[ \t]*(?:(?:on|is|was|of|the|as|falls|recorded|given|listed|noted|dob|:|=|-|–|—|\(|\)|\||,)[ \t]*){0,4}/i;
/** A few words before the date: "date of birth recorded for Jack is 12 March 2015". */
const words =
  /^[ \t]*(?:[\p{L}’'.-]+,?[ \t]+){1,5}?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+\d)/iu;
/** A plural subject born on a date is a cohort: "children born on", "those who were born on". */
const cohortBefore =
  /(?:^|[^\p{L}])(?:children|babies|infants|pupils|students|learners|people|persons|those|anyone|everyone|all|cohorts?|boys|girls|leavers|adolescents|teenagers|toddlers|families)(?:[ \t]*,)?[ \t]+(?:who[ \t]+(?:were|are|was|is)[ \t]+|that[ \t]+(?:were|are)[ \t]+)?$/iu;
/** "born on or after", "born before", "born between": a cohort again. */
const cohortAfterCue = /^[ \t]*(?:(?:on|in)[ \t]+or[ \t]+)?(?:before|after|since|between|from|during|within|by)(?![\p{L}])/iu;
/** "... 1 January 2025 or later", "... onwards". */
const cohortAfterDate = /^[ \t]*(?:or|and)[ \t]+(?:later|after|earlier|before|since)|^[ \t]*onwards/iu;
/** A date just before "(DOB)" or ", date of birth": "12/03/2015 (DOB)", "March 12, 2015 (DOB)". */
const dateBefore = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}[-/]\\d{2}[-/]\\d{2}|\\d{1,2}[ /.-]${month}[ /.-](?:\\d{4}|\\d{2})|` +
    `(?:the[ \\t]+)?${day}(?:[ \\t]+of)?[ \\t]+${month}(?:,?[ \\t]+${year})?|${month}[ \\t]+${day}(?:,?[ \\t]+${year})?)[ \\t]*[(,]?[ \\t]*$`,
  'iu',
);

export function findDatesOfBirth(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  let consumed = 0;
  for (const { start, end: cueEnd, word } of birthCues(text)) {
    if (start < consumed) continue;
    if (word === 'b.' && !isBornAbbreviation(text, start)) continue;
    if (
      word === 'born' &&
      (cohortBefore.test(text.slice(Math.max(0, start - 40), start)) || cohortAfterCue.test(text.slice(cueEnd, cueEnd + 24)))
    )
      continue;
    const after = text.slice(cueEnd, cueEnd + 80);
    const date = dateAfterCue(after, word);
    if (date !== undefined) {
      const dateEnd = cueEnd + date;
      if (!cohortAfterDate.test(text.slice(dateEnd, dateEnd + 16))) {
        found.push(matchAt(text, start, dateEnd));
        consumed = dateEnd;
      }
      continue;
    }
    const before = text.slice(Math.max(0, start - 40), start);
    const b = dateBefore.exec(before);
    if (b && isPlausibleDate(b[0])) {
      found.push(matchAt(text, start - before.length + b.index, cueEnd));
      consumed = cueEnd;
    }
  }
  return found;
}

interface BirthCue {
  start: number;
  end: number;
  /** "born", "birthday", "date of birth", "dob" or "b.". */
  word: string;
}

/** Birth words standing alone, in order: found by string search, then read around. */
function birthCues(text: string): BirthCue[] {
  const cues: BirthCue[] = [];
  const standalone = (start: number, end: number) => !isWordChar(text[start - 1]) && !isWordChar(text[end]);
  for (const at of occurrences(text, ['born', 'Born', 'BORN'])) {
    if (standalone(at, at + 4)) cues.push({ start: at, end: at + 4, word: 'born' });
  }
  for (const at of occurrences(text, ['birth', 'Birth', 'BIRTH'])) {
    const dateOf = /date[- ]of[- ]$/i.exec(text.slice(Math.max(0, at - 8), at));
    const dayOrDate = /^(?:day|[- ]?date)/i.exec(text.slice(at + 5, at + 10));
    const start = dateOf ? at - dateOf[0].length : at;
    const end = at + 5 + (dayOrDate ? dayOrDate[0].length : 0);
    if (!standalone(start, end)) continue;
    const word = dateOf ? 'date of birth' : dayOrDate?.[0].toLowerCase() === 'day' ? 'birthday' : dayOrDate ? 'date of birth' : '';
    // "Birth: 12/03/2015" on its own counts; "at birth" does not.
    if (word !== '' || /^[ \t]*:/.test(text.slice(end, end + 3))) cues.push({ start, end, word: word || 'date of birth' });
  }
  for (const at of occurrences(text, ['dob', 'DOB', 'DoB', 'Dob'])) {
    if (standalone(at, at + 3)) cues.push({ start: at, end: at + 3, word: 'dob' });
  }
  for (const at of occurrences(text, ['d.o.b', 'D.O.B'])) {
    const end = at + (text[at + 5] === '.' ? 6 : 5);
    if (!isWordChar(text[at - 1])) cues.push({ start: at, end, word: 'dob' });
  }
  for (const at of occurrences(text, ['b.'])) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + 2])) cues.push({ start: at, end: at + 2, word: 'b.' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** "b." stands for "born" after a name or an opening bracket, with a full date right after it. */
function isBornAbbreviation(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const before = text[i];
  if (before === undefined || !/[([,\p{L}]/u.test(before)) return false;
  const after = text.slice(at + 2, at + 40).replace(/^[ \t]+/, '');
  const date = readDate(after);
  // With its year ("b. 12/03/2015", "b. 12 March 2015"), or in brackets ("Jack (b. 12 March)").
  return date !== undefined && (before === '(' || /(?:\d{4}|['’]\d{2}|[/.-]\d{2})$/.test(after.slice(0, date)));
}

/** The length of the text after the cue up to the end of its date, or undefined. */
function dateAfterCue(after: string, cueWord: string): number | undefined {
  const lead = filler.exec(after)?.[0].length ?? 0;
  const direct = readDate(after.slice(lead), cueWord);
  if (direct !== undefined) return lead + direct;
  // A few words between: never across a sentence's end or a line.
  const between = words.exec(after);
  if (!between || /[.!?;\n]\s/.test(between[0])) return undefined;
  const later = readDate(after.slice(between[0].length), cueWord);
  return later === undefined ? undefined : between[0].length + later;
}

/** The length of the date at the start of `text`, or undefined when it does not start with one. */
function readDate(text: string, cueWord = ''): number | undefined {
  for (const pattern of datePatterns) {
    const m = pattern.exec(text);
    if (m && isPlausibleDate(m[0])) return m[0].length;
  }
  // "born in March 2011", "DOB March 2011": a month and a year after a direct cue.
  const inMonth = /^(?:in[ \t]+)?/i.exec(text)![0].length;
  const m = monthYear.exec(text.slice(inMonth));
  if (m && cueWord !== 'birthday') return inMonth + m[0].length;
  return undefined;
}

/** Days 1 to 31, numeric months 1 to 12 (in either order for d/m/y, as both are in use), years 1900 to 2099. */
function isPlausibleDate(date: string): boolean {
  const isoDate = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(date);
  if (isoDate) return inRange(Number(isoDate[1]), 1900, 2099) && inRange(Number(isoDate[2]), 1, 12) && inRange(Number(isoDate[3]), 1, 31);
  const numericDate = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})/.exec(date);
  if (numericDate) {
    const a = Number(numericDate[1]);
    const b = Number(numericDate[2]);
    const y = numericDate[3]!;
    if (y.length === 4 && !inRange(Number(y), 1900, 2099)) return false;
    return (inRange(a, 1, 31) && inRange(b, 1, 12)) || (inRange(a, 1, 12) && inRange(b, 1, 31));
  }
  const dayNumber = /\d{1,2}/.exec(date);
  return dayNumber !== null && inRange(Number(dayNumber[0]), 1, 31);
}

function inRange(n: number, low: number, high: number): boolean {
  return n >= low && n <= high;
}
