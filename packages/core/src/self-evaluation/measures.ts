import { scanWords, type Word } from './words.js';

/**
 * What makes a plan measurable: a date, a timescale or a figure. Each test looks at one word and at
 * most a few words either side of it, so a text is read in linear time. `areas-for-development-
 * measurable` documents these tests word for word; change both together.
 */

export type MeasureKind = 'date' | 'timescale' | 'figure';

export interface Measure {
  kind: MeasureKind;
  /** The words that made it, as scanned (lower case). */
  evidence: string;
}

const months = new Set([
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** Words before a month or year that make it a deadline or a point in time. */
const dateLeads = new Set(['by', 'before', 'until', 'till', 'during', 'in', 'end', 'from']);
/** Words before "<number> <unit>" that make it a timescale ("within 20 working days", "in the next six months"). */
const timescaleLeads = new Set(['within', 'in', 'over', 'after', 'next', 'following', 'first', 'every']);
const units = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'quarter',
  'quarters',
  'term',
  'terms',
]);
const unitQualifiers = new Set(['working', 'calendar', 'school', 'clear', 'full']);
/** Periods named relative to now or by their end: "this academic year", "by the end of the quarter". */
const periods = new Set(['year', 'quarter', 'term', 'month', 'spring', 'summer', 'autumn', 'winter']);
const relativePeriodLeads = new Set(['this', 'next', 'coming', 'current']);
const seasons = new Set(['spring', 'summer', 'autumn', 'winter']);
const deadlineLeads = new Set(['by', 'before', 'until']);
const ofWord = new Set(['of']);
const endWord = new Set(['end']);
/** Words before a number that make it a label or an age rather than a target. */
const labelLeads = new Set([
  'aged',
  'age',
  'ages',
  'section',
  's',
  'outcome',
  'enabler',
  'principle',
  'year',
  'stage',
  'ks',
  'tier',
  'level',
  'article',
  'part',
  'schedule',
  'regulation',
  'paragraph',
  'phase',
  'step',
  'chapter',
  'page',
  'appendix',
  'version',
]);
/** Words before a number written as a word that make it a target ("to fewer than ten", "by twelve"). */
const targetLeads = new Set(['to', 'from', 'by', 'below', 'above', 'under', 'over', 'least', 'most', 'than', 'target', 'reach', 'exceed']);
const countFollowers = new Set(['more', 'fewer', 'additional', 'extra', 'new', 'less']);
const multipliers = new Set([
  'halve',
  'halved',
  'halving',
  'half',
  'double',
  'doubled',
  'doubling',
  'treble',
  'trebled',
  'triple',
  'tripled',
]);

const isYear = (w: Word | undefined): boolean => !!w && w.digits && w.text.length === 4 && w.value! >= 2000 && w.value! <= 2099;
const isDayOfMonth = (w: Word | undefined): boolean => !!w && w.digits && w.value! >= 1 && w.value! <= 31 && !w.text.includes('.');
const isNumber = (w: Word | undefined): boolean => w?.value !== undefined;

function leadWithin(words: readonly Word[], index: number, distance: number, leads: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, index - distance); k < index; k++) if (leads.has(words[k]!.text)) return true;
  return false;
}

function span(words: readonly Word[], from: number, to: number): string {
  return words
    .slice(Math.max(0, from), to + 1)
    .map((w) => w.text)
    .join(' ');
}

/** A number that names an age, a section, a school year and the like: "aged 16 to 18", "section 47", "17-year-olds". */
function isLabelNumber(words: readonly Word[], i: number): boolean {
  const before = words[i - 1]?.text;
  if (before !== undefined && labelLeads.has(before)) return true;
  const after = words[i + 1]?.text;
  if ((after === 'year' || after === 'years') && (words[i + 2]?.text === 'old' || words[i + 2]?.text === 'olds')) return true;
  if (after === 's') return true; // "under-18s", "the 1990s"
  // The second number of a range that starts with a label: "aged 19 to 21"; the first of "16- and 17-year-olds".
  if ((before === 'to' || before === 'and' || before === 'or') && isNumber(words[i - 2]) && labelLeads.has(words[i - 3]?.text ?? ''))
    return true;
  if (
    (after === 'to' || after === 'and' || after === 'or') &&
    isNumber(words[i + 2]) &&
    words[i + 3] &&
    (words[i + 3]!.text === 'year' || words[i + 3]!.text === 'years') &&
    (words[i + 4]?.text === 'old' || words[i + 4]?.text === 'olds')
  )
    return true;
  return false;
}

function dateAt(words: readonly Word[], i: number): Measure | undefined {
  const w = words[i]!;
  if (months.has(w.text) || w.text === 'may') {
    // "may" is also a verb: only a date with a day or a year beside it.
    const named = isYear(words[i + 1]) || isDayOfMonth(words[i - 1]) || (w.text !== 'may' && leadWithin(words, i, 2, dateLeads));
    if (named) return { kind: 'date', evidence: span(words, i - 1, i + (isYear(words[i + 1]) ? 1 : 0)) };
  }
  if (isYear(w)) {
    if (leadWithin(words, i, 3, dateLeads)) return { kind: 'date', evidence: span(words, i - 3, i) };
    // 2026-03-31 or 31/03/2026; 2025/26 or 2025-26 for a financial or academic year.
    if (words[i + 1]?.digits && words[i + 1]!.text.length === 2) return { kind: 'date', evidence: span(words, i, i + 1) };
    if (isDayOfMonth(words[i - 1]) && isDayOfMonth(words[i - 2])) return { kind: 'date', evidence: span(words, i - 2, i) };
  }
  if (w.text === 'q' && words[i + 1]?.digits && w.value === undefined && words[i + 1]!.value! >= 1 && words[i + 1]!.value! <= 4) {
    return { kind: 'date', evidence: span(words, i, i + 1) };
  }
  if (seasons.has(w.text) && isYear(words[i + 1])) return { kind: 'date', evidence: span(words, i, i + 1) };
  if (periods.has(w.text)) {
    if (leadWithin(words, i, 3, relativePeriodLeads)) return { kind: 'timescale', evidence: span(words, i - 3, i) };
    if (leadWithin(words, i, 3, ofWord) && leadWithin(words, i, 5, endWord)) return { kind: 'date', evidence: span(words, i - 5, i) };
    if (seasons.has(w.text) && leadWithin(words, i, 2, deadlineLeads)) return { kind: 'date', evidence: span(words, i - 2, i) };
  }
  return undefined;
}

function timescaleAt(words: readonly Word[], i: number): Measure | undefined {
  if (!units.has(words[i]!.text)) return undefined;
  let n = i - 1;
  while (n >= 0 && unitQualifiers.has(words[n]!.text)) n--;
  const amount = words[n];
  if (!amount) return undefined;
  // "within a month" is a deadline; "in a year" is usually a rate ("three moves in a year").
  if (amount.text === 'a') return words[n - 1]?.text === 'within' ? { kind: 'timescale', evidence: span(words, n - 1, i) } : undefined;
  if (!isNumber(amount)) return undefined;
  if (!leadWithin(words, n, 3, timescaleLeads)) return undefined;
  return { kind: 'timescale', evidence: span(words, n - 3, i) };
}

function figureAt(words: readonly Word[], i: number): Measure | undefined {
  const w = words[i]!;
  if (multipliers.has(w.text)) return { kind: 'figure', evidence: w.text };
  if (!isNumber(w) || isYear(w)) return undefined;
  const after = words[i + 1]?.text;
  if (after === '%' || (after === 'per' && words[i + 2]?.text === 'cent') || after === 'percent')
    return { kind: 'figure', evidence: span(words, i, i + 1) };
  if (isLabelNumber(words, i)) return undefined;
  if (w.digits) return { kind: 'figure', evidence: w.text };
  // Numbers written as words are common in plain prose ("three or more moves"): only a target counts.
  if (w.text === 'one') return undefined;
  if (targetLeads.has(words[i - 1]?.text ?? '') || (after !== undefined && countFollowers.has(after)))
    return { kind: 'figure', evidence: span(words, i - 1, i + 1) };
  return undefined;
}

/** The first date, timescale or figure in the text, or undefined when there is none. */
export function findMeasure(text: string): Measure | undefined {
  const words = scanWords(text);
  // Dates and timescales first, so that "within 20 working days" is a timescale rather than the figure 20.
  for (const test of [dateAt, timescaleAt, figureAt]) {
    for (let i = 0; i < words.length; i++) {
      const found = test(words, i);
      if (found) return found;
    }
  }
  return undefined;
}

/** A figure (not a date or an age) in the words: a count, a percentage, "halved". */
export function hasFigure(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) if (figureAt(words, i)) return true;
  return false;
}
