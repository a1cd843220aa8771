import { addDays, dayName, dayOfWeek, daysBetween, isWeekend, type DateSpan, type IsoDate } from './iso-date.js';
import { englandCalendar, type WorkingCalendar } from './working-days.js';

/**
 * How days on site fit a type: `usual`, the shape it normally takes; `unusual`, a shape real
 * inspections or visits have taken, but rarely (worth a warning that says what is usual); `impossible`,
 * a shape none can take (a weekend or bank holiday on site, the last day before the first).
 */
export type ShapeFit = 'usual' | 'unusual' | 'impossible';

export interface ShapeCheck {
  fit: ShapeFit;
  /** The usual shape for the span's period, for messages: "two consecutive working days". */
  usual: string;
  /** How the span departs from the usual shape, or why it cannot be ("starts on a Tuesday"); empty when usual. */
  reasons: string[];
  /** For an unusual span: what real documents show, so that the author can tell a rare visit from a typo. */
  precedent?: string;
}

/**
 * The calendar shape of the days on site of one kind of inspection or visit. A document type's
 * descriptor holds its shape; the cadence rule and completion ask it.
 */
export interface OnSiteShape {
  /** The usual shape, as the framework and practice describe it: "Monday to Friday of one week". */
  description: string;
  /** `calendar` says which days are bank holidays: England's unless a configuration added days. */
  check(span: DateSpan, calendar?: WorkingCalendar): ShapeCheck;
  /** The usual spans nearest a date: the latest starting on or before it and the earliest after it. */
  nearest(around: IsoDate, calendar?: WorkingCalendar): DateSpan[];
  /** The usual span starting on a first day, for new drafts (whether or not that day is valid). */
  spanFrom(first: IsoDate): DateSpan;
}

/** Shapes real documents have taken beyond the usual one, with the evidence for messages. */
export interface UnusualShapes {
  /** What real documents show: "the Isles of Scilly's short inspection took three days (11 to 13 July 2023)". */
  precedent: string;
}

/** A shape's verdicts: the reasons without repeats, and the precedent only for an unusual span. */
function verdictFor(usual: string, unusual: UnusualShapes | undefined) {
  return (fit: ShapeFit, reasons: string[]): ShapeCheck => ({
    fit,
    usual,
    reasons: [...new Set(reasons)],
    ...(fit === 'unusual' && unusual ? { precedent: unusual.precedent } : {}),
  });
}

/** How far either way the nearest valid dates are looked for: far beyond any realistic typo. */
const searchWeeks = 8;

function mondayOfWeek(iso: IsoDate): IsoDate {
  return addDays(iso, -((dayOfWeek(iso) + 6) % 7));
}

function calendarDays(span: DateSpan): number {
  return daysBetween(span.start, span.end) + 1;
}

const lasts = (days: number) => `it lasts ${days} calendar ${days === 1 ? 'day' : 'days'}`;

/** Days on site no inspection or visit can have: a weekend at either end, a bank holiday anywhere. */
function closedDays(span: DateSpan, calendar: WorkingCalendar): string[] {
  const reasons: string[] = [];
  for (const day of span.start === span.end ? [span.start] : [span.start, span.end])
    if (isWeekend(day)) reasons.push(`${day} is a ${dayName(day)}`);
  for (const holiday of calendar.bankHolidaysBetween(span.start, span.end))
    reasons.push(`${holiday.date} is a bank holiday (${holiday.name})`);
  return reasons;
}

function nearestOf(candidates: DateSpan[], around: IsoDate): DateSpan[] {
  const before = candidates.filter((c) => c.start <= around).at(-1);
  const after = candidates.find((c) => c.start > around);
  return [before, after].filter((s): s is DateSpan => s !== undefined);
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
const inWords = (n: number) => numberWords[n] ?? String(n);

/**
 * Monday of the first week to Friday of the last (short inspections: one week; standard: two). A
 * bank holiday on the Monday or the Friday moves that end to the nearest working day (Cumbria's
 * standard inspection began on Tuesday 20 September 2022, the day after the state funeral); a bank
 * holiday inside the span, or two at one end, gives no usual span that week.
 *
 * With `unusual`, other spans that start and end on working days, hold no bank holiday and last from
 * `fewestDays` to `mostDays` calendar days are unusual rather than impossible: real inspections have
 * taken such shapes (a three-day short inspection, a standard inspection spread over three weeks).
 */
export function weeksOnSite(
  weeks: number,
  description: string,
  unusual?: UnusualShapes & { fewestDays: number; mostDays: number },
): OnSiteShape {
  const lastFriday = (monday: IsoDate) => addDays(monday, 7 * (weeks - 1) + 4);
  const spanForWeek = (monday: IsoDate, calendar: WorkingCalendar): DateSpan | undefined => {
    const start = calendar.workingDayOnOrAfter(monday);
    const end = calendar.workingDayOnOrBefore(lastFriday(monday));
    // Only one day may be lost at each end: a Monday or a Friday bank holiday, never more.
    if (daysBetween(monday, start) > 1 || daysBetween(end, lastFriday(monday)) > 1) return undefined;
    if (calendar.bankHolidaysBetween(start, end).length > 0) return undefined;
    return { start, end };
  };
  const expectedDays = 7 * (weeks - 1) + 5;
  return {
    description,
    check(span, calendar = englandCalendar) {
      const verdict = verdictFor(description, unusual);
      if (span.end < span.start) return verdict('impossible', ['the last day is before the first']);
      const expected = spanForWeek(mondayOfWeek(span.start), calendar);
      if (expected && expected.start === span.start && expected.end === span.end) return verdict('usual', []);
      const departures: string[] = [];
      if (span.start !== expected?.start) departures.push(`it starts on a ${dayName(span.start)}`);
      const days = calendarDays(span);
      if (days !== expectedDays) departures.push(`${lasts(days)}, not ${expectedDays}`);
      const closed = closedDays(span, calendar);
      if (closed.length > 0) return verdict('impossible', [...departures, ...closed]);
      if (departures.length === 0) departures.push(`it is not ${description}`);
      const possible = unusual !== undefined && days >= unusual.fewestDays && days <= unusual.mostDays;
      return verdict(possible ? 'unusual' : 'impossible', departures);
    },
    nearest(around, calendar = englandCalendar) {
      const monday = mondayOfWeek(around);
      const candidates: DateSpan[] = [];
      for (let week = -searchWeeks; week <= searchWeeks; week++) {
        const span = spanForWeek(addDays(monday, 7 * week), calendar);
        if (span) candidates.push(span);
      }
      return nearestOf(candidates, around);
    },
    spanFrom: (first) => ({ start: first, end: addDays(first, expectedDays - 1) }),
  };
}

/**
 * A run of consecutive working days, every day of it on site (focused and monitoring visits: two).
 * `days` is the usual length, or the usual lengths with the one new drafts get first. With `unusual`,
 * runs of its other lengths are unusual rather than impossible; a weekend or a bank holiday inside the
 * run never fits.
 */
export function consecutiveWorkingDays(
  days: number | readonly number[],
  description: string,
  unusual?: UnusualShapes & { days: readonly number[] },
): OnSiteShape {
  const usualLengths = typeof days === 'number' ? [days] : days;
  const typical = usualLengths[0]!;
  const runFrom = (start: IsoDate, length: number, calendar: WorkingCalendar): DateSpan | undefined => {
    for (let day = 0; day < length; day++) if (!calendar.isWorkingDay(addDays(start, day))) return undefined;
    return { start, end: addDays(start, length - 1) };
  };
  const possibleLengths = [...usualLengths, ...(unusual?.days ?? [])];
  const lengthsInWords = () => {
    const sorted = [...new Set(possibleLengths)].sort((a, b) => a - b);
    const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
    return contiguous && sorted.length > 2 ? `${inWords(sorted[0]!)} to ${inWords(sorted.at(-1)!)}` : sorted.map(inWords).join(' or ');
  };
  return {
    description,
    check(span, calendar = englandCalendar) {
      const verdict = verdictFor(description, unusual);
      if (span.end < span.start) return verdict('impossible', ['the last day is before the first']);
      const length = calendarDays(span);
      const reasons: string[] = [];
      if (!possibleLengths.includes(length))
        reasons.push(
          `${lasts(length)}: these visits take ${lengthsInWords()} consecutive working ${possibleLengths.length === 1 && typical === 1 ? 'day' : 'days'}`,
        );
      reasons.push(...closedDays(span, calendar));
      const saturday = weekendInside(span);
      if (saturday) reasons.push(`it spans the weekend of ${saturday} and ${addDays(saturday, 1)}`);
      if (reasons.length > 0) return verdict('impossible', reasons);
      // A run of working days of a possible length from here on.
      if (usualLengths.includes(length)) return verdict('usual', []);
      return verdict('unusual', [`${lasts(length)}, not ${typical}`]);
    },
    nearest(around, calendar = englandCalendar) {
      const candidates: DateSpan[] = [];
      for (let day = -7 * searchWeeks; day <= 7 * searchWeeks; day++) {
        const span = runFrom(addDays(around, day), typical, calendar);
        if (span) candidates.push(span);
      }
      return nearestOf(candidates, around);
    },
    spanFrom: (first) => ({ start: first, end: addDays(first, typical - 1) }),
  };
}

/** The first Saturday strictly inside a span, if the span holds a weekend between its ends. */
function weekendInside(span: DateSpan): IsoDate | undefined {
  for (let day = addDays(span.start, 1); day < span.end; day = addDays(day, 1)) {
    if (dayOfWeek(day) === 6 && addDays(day, 1) < span.end) return day;
  }
  return undefined;
}

/**
 * A shape that was different for a while (the remote visits of 2020-21 took one to three days): each
 * span, search and new draft is judged by the shape of the period its first day falls in.
 */
export function shapeByPeriod(base: OnSiteShape, periods: readonly { during: DateSpan; shape: OnSiteShape }[]): OnSiteShape {
  const shapeOn = (day: IsoDate) => periods.find((p) => day >= p.during.start && day <= p.during.end)?.shape ?? base;
  return {
    description: base.description,
    check: (span, calendar) => shapeOn(span.start).check(span, calendar),
    nearest: (around, calendar) => shapeOn(around).nearest(around, calendar),
    spanFrom: (first) => shapeOn(first).spanFrom(first),
  };
}

/** The first usual days on site of a shape starting on or after `date`. */
export function firstValidSpanFrom(shape: OnSiteShape, date: IsoDate, calendar?: WorkingCalendar): DateSpan | undefined {
  return shape.nearest(date, calendar).find((span) => span.start >= date);
}
