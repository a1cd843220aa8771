import { glossary } from '../../framework/glossary.js';
import { digitRuns } from './digit-runs.js';
import {
  calendarWords,
  countedNouns,
  determiners,
  functionWords,
  hasCommonEnding,
  labelNouns,
  looksPlural,
  personNouns,
} from './name-words.js';
import { matchAt, occurrences, type TextMatch, withoutOverlaps } from './text-match.js';

/**
 * A child named together with an age, in the many ways a careless author writes it:
 * - a name, then "aged" or "age": "Jack, aged 7", "Jack aged 7", "JACK, AGED 7", "Amira (aged 15)",
 *   "Kofi, age: 12", "Sienna is aged 6", "Baby Amelia (aged 6 months)";
 * - a name, then an age with its unit: "Jack (7 years old)", "Jack (7yrs)", "Leon (15 yo)",
 *   "Jack, 7 years old,", "Kai (11 years)", "Rosie (4 months)";
 * - a name, then a verb and an age: "Jack, who is 7", "Jack is a 7-year-old boy", "Oliwia is 11 and...",
 *   "Zara turned 18", "The child, Jack, is seven years old";
 * - a name and a bare number in brackets or between commas: "Jack (7)", "Priya, 14, has...",
 *   "Noah, 3, and Isla, 5";
 * - the age first: "seven-year-old Jack", "16yo Connor", "a 14-year-old named Maddison",
 *   "Aged 12, Ethan moved...";
 * - several children: "Leo and Ava, aged 6 and 8", "Jack and Amy (7 and 9)", "Jack and his sister,
 *   aged 7 and 4".
 * A name is a capitalised word (Jack, Mary-Jane, O’Neill, McKenzie, Zoë), a word in capitals, an
 * initial or initials (J., A.B., Child A) or a nickname in quotes, optionally with a surname. Ages run
 * from 0 to 25 years (care leavers are supported to 25) or in months and weeks, in digits or words.
 *
 * Not a child: the capitalised words of report prose that stand where a name would (cohorts, framework
 * tags, programmes, teams, buildings: see name-words.ts), common-word endings ("Staying Close"),
 * plural nouns ("Visits (14)"), a name after "the" or "our" ("The Bridge (12)"), acronyms, authority
 * names next to a bare number, and ranges ("aged 16 to 25", "aged 16+"). A bare number in brackets or
 * commas is also left alone when what follows shows it counts things ("Wave (2) of the programme",
 * "Staying Close (14) young people", "Anchor (2) is the edge-of-care team").
 *
 * Cost: candidates come from the text's digit runs and from string searches for the cues that
 * come with a number in words ("aged", "year", "-old", "who", "("); each is read backwards and forwards over
 * at most a few dozen characters, so the whole is linear in the text.
 */

const ageWords = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const numberWord = String.raw`(?:twenty[- ](?:one|two|three|four|five)|${[...ageWords].reverse().join('|')})`;
const ageNumber = String.raw`(?:\d{1,2}|${numberWord})`;
/** What may join a number to its unit, and a unit to "old": "7yrs", "7 yrs", "7-year-old", "7 - year - old". */
const join = String.raw`[ \t]?-?[ \t]?`;
const unit = new RegExp(
  String.raw`${join}(?:(y\/o|y\.o\.?|yo|yrs?|yr|y)(?:${join}(old))?|(years?)(?:${join}(old)|[ \t]+(of)[ \t]+age)?|(months?|mths?|mos?|weeks?|wks?)(?:${join}(old))?)(?![\p{L}])`,
  'iuy',
);
const rangeAfter = new RegExp(
  String.raw`[ \t]*(?:(?:to|-|–|—)[ \t]*${ageNumber}|\+|plus\b|(?:or|and)[ \t]+(?:over|older|above|more|under|younger|upwards|up)\b|years?[ \t]+(?:and|or)[ \t]+(?:over|older|above|under|younger))`,
  'iuy',
);
const listItem = new RegExp(String.raw`[ \t]*(?:,|,?[ \t]*(?:and|&))[ \t]+(${ageNumber})(?![\p{L}\p{N}])`, 'iuy');

const title = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?`;
const capitals = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Lu}+(?:-\p{Lu}+)?`;
const initials = String.raw`\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2}`;
const nameToken = String.raw`${initials}|${title}|${capitals}|\p{Lu}`;
/** Words that may stand between a name and its age: "Jack, who is now aged 7", "Jack is a 7-year-old". */
const fillerWords = [
  'who',
  'who’s',
  "who's",
  'whos',
  'that',
  'is',
  'was',
  'has',
  'had',
  'have',
  'will',
  'would',
  'be',
  'been',
  'being',
  'turned',
  'turns',
  'turning',
  'just',
  'now',
  'only',
  'still',
  'already',
  'currently',
  'then',
  'recently',
  'nearly',
  'almost',
  'about',
  'around',
  'approximately',
  'roughly',
  'aged',
  'age',
  'ages',
  'a',
  'an',
  'the',
  'also',
  'both',
  'each',
];
/**
 * Fillers, in lower case, and in capitals the ones that cannot be names ("JACK, AGED 7"): "WILL" and
 * "A" in capitals are a name and an initial ("WILL, AGED 7", "Child A").
 */
const fillers: ReadonlySet<string> = new Set([
  ...fillerWords,
  ..."WHO WHO’S WHO'S IS WAS AGED AGE AGES NOW TURNED TURNS JUST ONLY NEARLY ALMOST ABOUT THE AN".split(' '),
]);
const gapChar = /[ \t,([:\-–—]/;
/** How far back from the age the name may start. */
const maxGap = 60;
const nameShape = new RegExp(String.raw`^(?:${nameToken})$`, 'u');
const titleShape = new RegExp(String.raw`^(?:${title})$`, 'u');
const relatives: ReadonlySet<string> = new Set(
  'brother sister siblings sibling twin cousin half-brother half-sister stepbrother stepsister'.split(' '),
);
const ageWordInGap = /(?:^|[^\p{L}])(?:aged?|ages)(?![\p{L}])/iu;
const verbInGap = /(?:^|[^\p{L}])(?:is|was|turned|turns|turning|be|been|who[’']?s)(?![\p{L}])/iu;
/** "seven-year-old Jack", "a 14-year-old named Maddison", "The 15-year-old, Reece,". */
const nameAfter = new RegExp(
  String.raw`[ \t]*(?:(?:boy|girl|child|son|daughter|baby|brother|sister|sibling|toddler|teenager|infant|lad|youngster|young person)[ \t]*)?(?:,[ \t]*|[ \t]+(?:called|named|known[ \t]+as)[ \t]+|[ \t]*)([‘'"“]?)(${title}|${capitals}|${initials})(?![\p{L}\p{N}])`,
  'uy',
);
const agedNumberWord = new RegExp(
  String.raw`[ \t]*:?[ \t]*(?:(?:just|only|nearly|almost|about|around|now)[ \t]+)?(${numberWord})(?![\p{L}])`,
  'diuy',
);
/** A number in words before "year" ("seven-year-old", "seven years old") or before "month-" of "-old". */
const numberWordBeforeUnit = new RegExp(String.raw`(?:^|[^\p{L}])(${numberWord})${join}(?:months?|weeks?)?$`, 'diu');
/** "who is seven", "who’s nine", "who turned seventeen", "who will be ten". */
const whoNumberWord = new RegExp(
  String.raw`who(?:['’]s|[ \t]+(?:is|was|turned|turns|will[ \t]+be))(?:[ \t]+(?:now|only|just|nearly|almost|about))?[ \t]+(${numberWord})(?![\p{L}])`,
  'diuy',
);
/** An opening bracket and a number in words: "Shannon (sixteen)". */
const bracketNumberWord = new RegExp(String.raw`[ \t]*(${numberWord})[ \t]*[)\]]`, 'diuy');

const acronyms: ReadonlySet<string> = new Set(glossary.map((entry) => entry.acronym.toLowerCase()));

/** Words, lower case with straight apostrophes. */
interface WordSet {
  has(word: string): boolean;
}

export interface NotChildren {
  /** Names of people who are not children (the lead inspector): never flagged. */
  people?: WordSet;
  /** Place names (authorities): not a name next to a bare number ("Leeds (14)"). */
  places?: WordSet;
}

interface AgeNumber {
  start: number;
  end: number;
  value: number;
}

/** Finds named children. */
export function findNamedChildren(text: string, notChildren: NotChildren = {}): TextMatch[] {
  const found: TextMatch[] = [];
  const seen = new Set<number>();
  const consider = (age: AgeNumber) => {
    if (seen.has(age.start)) return;
    seen.add(age.start);
    const child = readChild(text, age, notChildren);
    if (child) found.push(matchAt(text, child.start, child.end));
  };
  const runs = digitRuns(text);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    const end = runs[r + 1]!;
    if (end - start <= 2 && isStandaloneNumber(text, start, end)) consider({ start, end, value: Number(text.slice(start, end)) });
  }
  // Numbers in words come with a cue: "aged seven", "seven-year-old", "six-month-old", "who is seven", "(sixteen)".
  for (const at of occurrences(text, ['ged', 'GED'])) {
    const end = at + 3;
    if (!/[aA]/.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at - 2] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
    agedNumberWord.lastIndex = end;
    const word = agedNumberWord.exec(text);
    if (word) consider(wordNumberAt(word.indices![1]![0], word[1]!));
  }
  for (const at of occurrences(text, ['year', 'Year', 'YEAR', '-old', '-OLD'])) {
    const from = Math.max(0, at - 40);
    const word = numberWordBeforeUnit.exec(text.slice(from, at));
    if (word) consider(wordNumberAt(from + word.indices![1]![0], word[1]!));
  }
  for (const at of occurrences(text, ['who'])) {
    whoNumberWord.lastIndex = at;
    const word = whoNumberWord.exec(text);
    if (word && !/\p{L}/u.test(text[at - 1] ?? '')) consider(wordNumberAt(word.indices![1]![0], word[1]!));
  }
  for (const open of occurrences(text, ['('])) {
    bracketNumberWord.lastIndex = open + 1;
    const word = bracketNumberWord.exec(text);
    if (word) consider(wordNumberAt(word.indices![1]![0], word[1]!));
  }
  return withoutOverlaps(text, found);
}

function wordNumberAt(start: number, word: string): AgeNumber {
  const lower = word.toLowerCase();
  const value = ageWords.includes(lower) ? ageWords.indexOf(lower) : 20 + ageWords.indexOf(lower.slice(7));
  return { start, end: start + word.length, value };
}

/** A one- or two-digit number that is not part of a date, time, decimal, ordinal or longer code. */
function isStandaloneNumber(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && /[\p{L}.,/:£$€#\-'’]/u.test(before)) return false;
  const after = text[end];
  if (after === undefined) return true;
  if (/[%/£$€]/.test(after)) return false;
  if (/[.:,\-–]/.test(after) && /\d/.test(text[end + 1] ?? '')) return false;
  if (/\p{L}/u.test(after)) {
    unit.lastIndex = end;
    return unit.test(text);
  }
  return true;
}

interface Unit {
  end: number;
  /** "old": an age by itself (7-year-old, 7yrs, 7 yo); "years" or "months": needs the name close by. */
  kind: 'none' | 'old' | 'years' | 'months';
}

function readUnit(text: string, at: number): Unit {
  unit.lastIndex = at;
  const m = unit.exec(text);
  if (!m) return { end: at, kind: 'none' };
  const [, abbreviation, abbreviationOld, years, yearsOld, ofAge, months, monthsOld] = m;
  // "13y" is an age; "13 y" is too loose to be one.
  if (abbreviation?.toLowerCase() === 'y' && !abbreviationOld && m[0] !== abbreviation) return { end: at, kind: 'none' };
  const kind = abbreviation || abbreviationOld || yearsOld || ofAge || monthsOld ? 'old' : years ? 'years' : months ? 'months' : 'none';
  return { end: at + m[0].length, kind };
}

/** The end of "and 9", ", 9 and 11" after a first age, with their units. */
function readList(text: string, at: number): number {
  let end = at;
  for (let guard = 0; guard < 6; guard++) {
    listItem.lastIndex = end;
    const m = listItem.exec(text);
    if (!m) break;
    end = readUnit(text, end + m[0].length).end;
  }
  return end;
}

function readChild(text: string, age: AgeNumber, notChildren: NotChildren): { start: number; end: number } | undefined {
  const ageUnit = readUnit(text, age.end);
  // Only a name, a quote, a bracket, a comma, a colon or a dash can lead to an age; anything else
  // ("2019 7", ". 7") leaves only "7-year-old Jack".
  let before = age.start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  if (ageUnit.kind !== 'old' && !/[\p{L}’'"”([,:\-–—]/u.test(text[before] ?? '')) return undefined;
  const limit = ageUnit.kind === 'months' ? 104 : 25;
  if (age.value > limit) return undefined;
  rangeAfter.lastIndex = ageUnit.end;
  if (rangeAfter.test(text)) return undefined;
  const listEnd = readList(text, ageUnit.end);
  return childBefore(text, age, ageUnit, listEnd, notChildren) ?? childAfter(text, age, ageUnit, listEnd, notChildren);
}

/**
 * The name that ends where the words between it and the age begin, read backwards from the age:
 * punctuation and filler words ("Jack, who is now aged 7"), then one name token, in quotes or not.
 */
function nameBefore(text: string, at: number): { name: string; start: number; gap: string } | undefined {
  const pos = gapStart(text, at);
  if (at - pos > maxGap) return undefined;
  const gap = text.slice(pos, at);
  const closingQuote = /[’'"”]/.test(text[pos - 1] ?? '') ? 1 : 0;
  const token = wordEndingAt(text, pos - closingQuote, /[\p{L}'’.-]/u);
  if (token === undefined || !nameShape.test(token.word)) return undefined;
  if (closingQuote && !/[‘'"“]/.test(text[token.start - 1] ?? '')) return undefined;
  return { name: token.word, start: token.start, gap };
}

/** Where the punctuation and filler words before the age begin: ", who is now aged " in "Jack, who is now aged 7". */
function gapStart(text: string, at: number): number {
  let pos = at;
  for (let guard = 0; guard < 10 && at - pos <= maxGap; guard++) {
    while (pos > 0 && at - pos <= maxGap && gapChar.test(text[pos - 1]!)) pos--;
    const word = wordEndingAt(text, pos, /[\p{L}'’]/u);
    if (word === undefined || !fillers.has(word.word)) break;
    pos = word.start;
  }
  return pos;
}

/** "Jack and his sister, aged 7 and 4": the name before "and his/her/their [younger] sister". */
function nameBeforeRelative(text: string, at: number): { name: string; start: number; gap: string } | undefined {
  const pos = gapStart(text, at);
  if (at - pos > maxGap) return undefined;
  const gap = text.slice(pos, at);
  const relative = wordEndingAt(text, pos, /[\p{L}-]/u);
  if (relative === undefined || !relatives.has(relative.word.toLowerCase())) return undefined;
  let word = wordBefore(text, relative.start);
  if (word && !/^(?:his|her|their)$/i.test(word.word)) word = wordBefore(text, word.start);
  if (!word || !/^(?:his|her|their)$/i.test(word.word)) return undefined;
  const and = wordBefore(text, word.start);
  if (!and || !/^(?:and|&)$/i.test(and.word)) return undefined;
  const name = wordBefore(text, and.start);
  if (!name || !titleShape.test(name.word)) return undefined;
  return { name: name.word, start: name.start, gap };
}

/** The word of `chars` that ends exactly at `end` (at most 40 long). */
function wordEndingAt(text: string, end: number, chars: RegExp): { word: string; start: number } | undefined {
  let start = end;
  while (start > 0 && end - start < 40 && chars.test(text[start - 1]!)) start--;
  while (start < end && /['’.-]/.test(text[start]!)) start++;
  return start === end ? undefined : { word: text.slice(start, end), start };
}

/** The name before the age: "Jack, aged 7", "Jack (7)", "Jack is 7". */
function childBefore(text: string, age: AgeNumber, ageUnit: Unit, listEnd: number, notChildren: NotChildren) {
  let found = nameBefore(text, age.start);
  if (!found) {
    found = nameBeforeRelative(text, age.start);
    if (!found || !ageWordInGap.test(found.gap)) return undefined;
  }
  const { name, start: nameStart, gap: gapText } = found;
  const hasAgeWord = ageWordInGap.test(gapText);
  const hasVerb = verbInGap.test(gapText);
  const bracket = /[([]/.test(gapText);
  const separated = /[,:\-–—]/.test(gapText);
  let strength: 'strong' | 'medium' | 'weak';
  // "who is 7" and "turned 16" are said of people only.
  const personVerb = /(?:^|[^\p{L}])(?:who|who[’']?s|turned|turns|turning)(?![\p{L}])/iu.test(gapText);
  if (hasAgeWord || ageUnit.kind === 'old' || personVerb) strength = 'strong';
  else if (ageUnit.kind !== 'none') {
    if (!(bracket || separated || hasVerb)) return undefined;
    strength = 'medium';
  } else if (hasVerb) {
    // "Oliwia is 11 and lives...", "Tom was 14 when...", "Jack is 7."; not "Turnover is 14 this year".
    if (
      !/^[ \t]*(?:[,.;:!?)\]–—](?!\d)|\n|$|(?:and|but|when|so|as|while|now|yet|or|because)(?![\p{L}]))/u.test(
        text.slice(listEnd, listEnd + 10),
      )
    )
      return undefined;
    strength = 'medium';
  } else if (bracket) {
    if (!/^[ \t]*[)\]]/.test(text.slice(listEnd, listEnd + 4))) return undefined;
    strength = 'weak';
  } else if (separated) {
    if (!/^(?:[ \t]*[,.;:)\]–—-](?!\d)|[ \t]+(?:and|&)[ \t]|[ \t]*(?:\n|$))/.test(text.slice(listEnd, listEnd + 6))) return undefined;
    strength = 'weak';
  } else return undefined;
  // "Jack, the 7" is not a way to give an age; "Jack is a 7-year-old" is.
  if (/(?:^|[^\p{L}])(?:a|an|the|A|AN|THE)(?![\p{L}])/u.test(gapText) && ageUnit.kind !== 'old') return undefined;

  const shapeEnd = closeOf(text, listEnd, bracket);
  if (!isChildName(text, nameStart, name, strength, notChildren)) return undefined;
  if (strength === 'weak' && countsThings(text, shapeEnd)) return undefined;
  if (strength === 'weak' && /^\p{Lu}{2,}/u.test(name) && !shoutedAfter(text, shapeEnd)) return undefined;
  return { start: leadingNameStart(text, nameStart), end: shapeEnd };
}

/** "seven-year-old Jack", "16yo Connor", "Aged 12, Ethan". */
function childAfter(text: string, age: AgeNumber, ageUnit: Unit, listEnd: number, notChildren: NotChildren) {
  let agedFirst = false;
  if (ageUnit.kind !== 'old') {
    // Only "Aged 12, Ethan" and "When she was 15, Amber" put a bare age before the name.
    const previous = wordBefore(text, age.start)?.word.toLowerCase();
    if (previous === undefined || !/^(?:aged?|was|is|turned)$/.test(previous)) return undefined;
    const lead = text.slice(Math.max(0, age.start - 24), age.start);
    agedFirst = /(?:^|[.!?]\s+|\n[ \t>*-]*|[(“"‘]\s*)aged?[ \t]+$/i.test(lead.slice(-12));
    if (!agedFirst && !/(?:^|[^\p{L}])(?:she|he)[ \t]+(?:was|is|turned)[ \t]+$/iu.test(lead)) return undefined;
  }
  nameAfter.lastIndex = listEnd;
  const m = nameAfter.exec(text);
  if (!m) return undefined;
  if (ageUnit.kind !== 'old' && !m[0].includes(',')) return undefined;
  const name = m[2]!;
  const nameStart = listEnd + m[0].length - name.length;
  if (!isChildName(text, nameStart, name, 'strong', notChildren, true)) return undefined;
  const start = agedFirst ? age.start - /aged?[ \t]+$/i.exec(text.slice(Math.max(0, age.start - 12), age.start))![0].length : age.start;
  return { start, end: nameStart + name.length };
}

/** The end of the finding: past the closing bracket of "(aged 7)". */
function closeOf(text: string, at: number, bracket: boolean): number {
  if (!bracket) return at;
  const m = /^[ \t]*[)\]]/.exec(text.slice(at, at + 4));
  return m ? at + m[0].length : at;
}

/** True when `name` at `start` reads as a person's name in this place. */
function isChildName(
  text: string,
  start: number,
  name: string,
  strength: 'strong' | 'medium' | 'weak',
  notChildren: NotChildren,
  after = false,
): boolean {
  const lower = name.replace(/’/g, "'").toLowerCase();
  const bare = lower.replace(/\./g, '');
  if (bare.length === 1) {
    // A single letter is an initial ("Child A", "J. (7)", "M (aged 11)"); "A" and "I" alone are words.
    const previous = wordBefore(text, start)?.word.toLowerCase();
    if (!name.includes('.') && (bare === 'a' || bare === 'i') && !(previous !== undefined && personNouns.has(previous))) return false;
  } else {
    if (functionWords.has(lower) || personNouns.has(lower) || labelNouns.has(lower)) return false;
    // "April, aged 7" and "Blessing (aged 9)" are children; "In May (2)" and "Staying Close (14)" are not.
    if (strength !== 'strong' && (calendarWords.has(lower) || hasCommonEnding(lower))) return false;
    if (notChildren.people?.has(lower)) return false;
    if (strength !== 'strong' && notChildren.places?.has(lower)) return false;
    if (/^\p{Lu}{2,}/u.test(name) && !name.includes('.') && (acronyms.has(bare) || !/[aeiouy]/.test(bare))) return false;
  }
  if (after) return true;
  // What comes before the name: a determiner makes it a noun phrase; a label or another non-name
  // capitalised word makes it part of a title ("Staying Close", "Family Hub", "Appendix B").
  let pos = start;
  let names = 1;
  for (let guard = 0; guard < 3; guard++) {
    const previous = wordBefore(text, pos);
    if (!previous) break;
    const word = previous.word.replace(/’/g, "'").toLowerCase();
    if (determiners.has(word)) return false;
    if (personNouns.has(word) || functionWords.has(word) || calendarWords.has(word)) break;
    if (!/^\p{Lu}/u.test(previous.word)) break;
    if (labelNouns.has(word) || hasCommonEnding(word) || looksPlural(word) || notChildren.places?.has(word)) return false;
    names++;
    pos = previous.start;
  }
  if (names === 1 && bare.length > 1 && looksPlural(lower)) return false;
  return true;
}

/** Where a full name that ends at `start` begins: "Jack Smith (7)" starts at "Jack". */
function leadingNameStart(text: string, start: number): number {
  let pos = start;
  for (let guard = 0; guard < 3; guard++) {
    const previous = wordBefore(text, pos);
    if (!previous || !/^\p{Lu}/u.test(previous.word)) break;
    const word = previous.word.replace(/’/g, "'").toLowerCase();
    if (functionWords.has(word) || calendarWords.has(word) || personNouns.has(word) || determiners.has(word)) break;
    pos = previous.start;
  }
  return pos;
}

/** The word just before `at`, across spaces only (not across punctuation or a line break). */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && end - start < 30 && /[\p{L}'’\-.]/u.test(text[start - 1]!)) start--;
  // A full stop ends the sentence unless it belongs to an initial ("J. Smith").
  while (start < end && /['’\-.]/.test(text[start]!)) start++;
  const word = text.slice(start, end);
  if (word === '' || (word.endsWith('.') && !/^\p{Lu}\.$/u.test(word))) return undefined;
  return { word, start };
}

/** "Wave (2) of the programme", "Staying Close (14) young people", "Anchor (2) is the edge-of-care team". */
function countsThings(text: string, at: number): boolean {
  const after = text.slice(at, at + 80);
  if (/^[ \t]*,?[ \t]*of(?![\p{L}])/u.test(after)) return true;
  if (startsWithCountedNoun(text, at)) return true;
  // "... is the edge-of-care team", "..., which is our youth service", "..., the exploitation team".
  const predicate =
    /^[ \t]*,?[ \t]*(?:(?:which[ \t]+)?(?:is|was|are|were|remains|has[ \t]+been)[ \t]+)?(?:the|a|an|our|its|their|this)[ \t]+((?:[\p{L}'’-]+[ \t]*){1,5})/u.exec(
      after,
    );
  return predicate !== null && predicate[1]!.split(/[ \t]+/).some((w) => countedNouns.has(w.toLowerCase()));
}

function startsWithCountedNoun(text: string, at: number): boolean {
  const next = /^[ \t]+([\p{Ll}][\p{L}'’-]*)(?:[ \t]+([\p{Ll}][\p{L}'’-]*))?/u.exec(text.slice(at, at + 40));
  return next !== null && (countedNouns.has(next[1]!) || (next[2] !== undefined && countedNouns.has(`${next[1]} ${next[2]}`)));
}

/** A name in capitals with a bare number counts only in capitals text: "JACK (7) WAS SEEN". */
function shoutedAfter(text: string, at: number): boolean {
  const next = /^[ \t,]*([\p{L}]+)?/u.exec(text.slice(at, at + 30));
  return next?.[1] === undefined || /^\p{Lu}+$/u.test(next[1]);
}
