import { bankHolidaysBetween } from './bank-holidays.js';
import { addDays, dayName, dayOfWeek, daysBetween, isWeekend, type DateSpan, type IsoDate } from './iso-date.js';
import { isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore } from './working-days.js';

export interface ShapeCheck {
  valid: boolean;
  /** Why the span does not fit, in words ("starts on a Tuesday"); empty when valid. */
  reasons: string[];
}

/**
 * The calendar shape of the days on site of one kind of inspection or visit. A document type's
 * descriptor holds its shape; the cadence rule and completion ask it.
 */
export interface OnSiteShape {
  /** What the framework and practice say, for messages: "Monday to Friday of one week". */
  description: string;
  check(span: DateSpan): ShapeCheck;
  /** The valid spans nearest a date: the latest starting on or before it and the earliest after it. */
  nearest(around: IsoDate): DateSpan[];
  /** The usual span starting on a first day, for new drafts (whether or not that day is valid). */
  spanFrom(first: IsoDate): DateSpan;
}

/** How far either way the nearest valid dates are looked for: far beyond any realistic typo. */
const searchWeeks = 8;

function mondayOfWeek(iso: IsoDate): IsoDate {
  return addDays(iso, -((dayOfWeek(iso) + 6) % 7));
}

function calendarDays(span: DateSpan): number {
  return daysBetween(span.start, span.end) + 1;
}

function closedDays(span: DateSpan): string[] {
  const reasons: string[] = [];
  for (const day of [span.start, span.end]) if (isWeekend(day)) reasons.push(`${day} is a ${dayName(day)}`);
  for (const holiday of bankHolidaysBetween(span.start, span.end)) reasons.push(`${holiday.date} is a bank holiday (${holiday.name})`);
  return reasons;
}

function nearestOf(candidates: DateSpan[], around: IsoDate): DateSpan[] {
  const before = candidates.filter((c) => c.start <= around).at(-1);
  const after = candidates.find((c) => c.start > around);
  return [before, after].filter((s): s is DateSpan => s !== undefined);
}

/**
 * Monday of the first week to Friday of the last (short inspections: one week; standard: two). A
 * bank holiday on the Monday or the Friday moves that end to the nearest working day (Cumbria's
 * standard inspection began on Tuesday 20 September 2022, the day after the state funeral); a bank
 * holiday inside the span, or two at one end, gives no valid span that week.
 */
export function weeksOnSite(weeks: number, description: string): OnSiteShape {
  const lastFriday = (monday: IsoDate) => addDays(monday, 7 * (weeks - 1) + 4);
  const spanForWeek = (monday: IsoDate): DateSpan | undefined => {
    const start = workingDayOnOrAfter(monday);
    const end = workingDayOnOrBefore(lastFriday(monday));
    // Only one day may be lost at each end: a Monday or a Friday bank holiday, never more.
    if (daysBetween(monday, start) > 1 || daysBetween(end, lastFriday(monday)) > 1) return undefined;
    if (bankHolidaysBetween(start, end).length > 0) return undefined;
    return { start, end };
  };
  const expectedDays = 7 * (weeks - 1) + 5;
  return {
    description,
    check(span) {
      if (span.end < span.start) return { valid: false, reasons: ['the last day is before the first'] };
      const expected = spanForWeek(mondayOfWeek(span.start));
      if (expected && expected.start === span.start && expected.end === span.end) return { valid: true, reasons: [] };
      const reasons: string[] = [];
      if (span.start !== expected?.start) reasons.push(`it starts on a ${dayName(span.start)}`);
      const days = calendarDays(span);
      if (days !== expectedDays) reasons.push(`it lasts ${days} calendar ${days === 1 ? 'day' : 'days'}, not ${expectedDays}`);
      reasons.push(...closedDays(span));
      if (reasons.length === 0) reasons.push(`it is not ${description}`);
      return { valid: false, reasons: [...new Set(reasons)] };
    },
    nearest(around) {
      const monday = mondayOfWeek(around);
      const candidates: DateSpan[] = [];
      for (let week = -searchWeeks; week <= searchWeeks; week++) {
        const span = spanForWeek(addDays(monday, 7 * week));
        if (span) candidates.push(span);
      }
      return nearestOf(candidates, around);
    },
    spanFrom: (first) => ({ start: first, end: addDays(first, expectedDays - 1) }),
  };
}

/** A run of `days` consecutive working days (focused and monitoring visits: two). */
export function consecutiveWorkingDays(days: number, description: string): OnSiteShape {
  const spanFrom = (start: IsoDate): DateSpan | undefined => {
    for (let day = 0; day < days; day++) if (!isWorkingDay(addDays(start, day))) return undefined;
    return { start, end: addDays(start, days - 1) };
  };
  return {
    description,
    check(span) {
      if (span.end < span.start) return { valid: false, reasons: ['the last day is before the first'] };
      if (spanFrom(span.start)?.end === span.end) return { valid: true, reasons: [] };
      const reasons: string[] = [];
      const length = calendarDays(span);
      if (length !== days) reasons.push(`it lasts ${length} calendar ${length === 1 ? 'day' : 'days'}, not ${days}`);
      reasons.push(...closedDays(span));
      if (reasons.length === 0) reasons.push(`it is not ${description}`);
      return { valid: false, reasons: [...new Set(reasons)] };
    },
    nearest(around) {
      const candidates: DateSpan[] = [];
      for (let day = -7 * searchWeeks; day <= 7 * searchWeeks; day++) {
        const span = spanFrom(addDays(around, day));
        if (span) candidates.push(span);
      }
      return nearestOf(candidates, around);
    },
    spanFrom: (first) => ({ start: first, end: addDays(first, days - 1) }),
  };
}

/** The first valid days on site of a shape starting on or after `date`. */
export function firstValidSpanFrom(shape: OnSiteShape, date: IsoDate): DateSpan | undefined {
  return shape.nearest(date).find((span) => span.start >= date);
}
