import { bankHolidaysBetween } from './bank-holidays.js';
import { addDays, dayName, dayOfWeek, daysBetween, isWeekend, type DateSpan, type IsoDate } from './iso-date.js';
import { isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore } from './working-days.js';

/** Inspections and visits that happen on site, and so have a shape in the calendar. */
export type OnSiteType = 'short-inspection' | 'standard-inspection' | 'focused-visit' | 'monitoring-visit';

export interface OnSiteShape {
  /** What the framework and practice say, for messages: "Monday to Friday of one week". */
  description: string;
  /** Calendar weeks the days on site cover (reports), or 0 for two-day visits. */
  weeks: number;
}

export const onSiteShapes: Record<OnSiteType, OnSiteShape> = {
  'short-inspection': { description: 'Monday to Friday of one week', weeks: 1 },
  'standard-inspection': { description: 'Monday of week 1 to Friday of week 2', weeks: 2 },
  'focused-visit': { description: 'two consecutive working days', weeks: 0 },
  'monitoring-visit': { description: 'two consecutive working days', weeks: 0 },
};

export function isOnSiteType(type: string | undefined): type is OnSiteType {
  return type !== undefined && Object.hasOwn(onSiteShapes, type);
}

/**
 * The valid days on site for an inspection whose first week starts on `monday`: Monday of the first
 * week to Friday of the last. A bank holiday on the Monday or the Friday moves that end to the nearest
 * working day (Cumbria's standard inspection began on Tuesday 20 September 2022, the day after the
 * state funeral); a bank holiday inside the span, or two at one end, gives no valid span that week.
 */
function reportSpanForWeek(type: 'short-inspection' | 'standard-inspection', monday: IsoDate): DateSpan | undefined {
  const weeks = onSiteShapes[type].weeks;
  const start = workingDayOnOrAfter(monday);
  const end = workingDayOnOrBefore(addDays(monday, 7 * (weeks - 1) + 4));
  // Only one day may be lost at each end: a Monday or a Friday bank holiday, never more.
  if (daysBetween(monday, start) > 1 || daysBetween(end, addDays(monday, 7 * (weeks - 1) + 4)) > 1) return undefined;
  if (bankHolidaysBetween(start, end).length > 0) return undefined;
  return { start, end };
}

function visitSpanFrom(start: IsoDate): DateSpan | undefined {
  const end = addDays(start, 1);
  return isWorkingDay(start) && isWorkingDay(end) ? { start, end } : undefined;
}

function mondayOfWeek(iso: IsoDate): IsoDate {
  return addDays(iso, -((dayOfWeek(iso) + 6) % 7));
}

export interface ShapeCheck {
  valid: boolean;
  /** Why the span does not fit, in words ("starts on a Tuesday"); empty when valid. */
  reasons: string[];
}

/** Whether days on site fit the type's shape, and if not, why. */
export function checkOnSiteShape(type: OnSiteType, span: DateSpan): ShapeCheck {
  if (span.end < span.start) return { valid: false, reasons: ['the last day is before the first'] };
  const reasons: string[] = [];
  if (type === 'short-inspection' || type === 'standard-inspection') {
    const expected = reportSpanForWeek(type, mondayOfWeek(span.start));
    if (expected && expected.start === span.start && expected.end === span.end) return { valid: true, reasons };
    if (span.start !== expected?.start) reasons.push(`it starts on a ${dayName(span.start)}`);
    const days = daysBetween(span.start, span.end) + 1;
    const expectedDays = 7 * (onSiteShapes[type].weeks - 1) + 5;
    if (days !== expectedDays) reasons.push(`it lasts ${days} calendar ${days === 1 ? 'day' : 'days'}, not ${expectedDays}`);
  } else {
    if (visitSpanFrom(span.start)?.end === span.end) return { valid: true, reasons };
    const days = daysBetween(span.start, span.end) + 1;
    if (days !== 2) reasons.push(`it lasts ${days} calendar ${days === 1 ? 'day' : 'days'}, not 2`);
  }
  for (const day of [span.start, span.end]) if (isWeekend(day)) reasons.push(`${day} is a ${dayName(day)}`);
  for (const holiday of bankHolidaysBetween(span.start, span.end)) reasons.push(`${holiday.date} is a bank holiday (${holiday.name})`);
  if (reasons.length === 0) reasons.push(`it is not ${onSiteShapes[type].description}`);
  return { valid: false, reasons: [...new Set(reasons)] };
}

/** How far either way the nearest valid dates are looked for: far beyond any realistic typo. */
const searchWeeks = 8;

/**
 * The valid spans nearest a date: the latest starting on or before it and the earliest starting
 * after it (one of them may be missing only at the edge of the search).
 */
export function nearestValidSpans(type: OnSiteType, around: IsoDate): DateSpan[] {
  const candidates: DateSpan[] = [];
  if (type === 'short-inspection' || type === 'standard-inspection') {
    const monday = mondayOfWeek(around);
    for (let week = -searchWeeks; week <= searchWeeks; week++) {
      const span = reportSpanForWeek(type, addDays(monday, 7 * week));
      if (span) candidates.push(span);
    }
  } else {
    for (let day = -7 * searchWeeks; day <= 7 * searchWeeks; day++) {
      const span = visitSpanFrom(addDays(around, day));
      if (span) candidates.push(span);
    }
  }
  const before = candidates.filter((c) => c.start <= around).at(-1);
  const after = candidates.find((c) => c.start > around);
  return [before, after].filter((s): s is DateSpan => s !== undefined);
}
