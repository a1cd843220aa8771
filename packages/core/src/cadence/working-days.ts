import { bankHolidaysInYear, weekdayBankHolidayCount } from './bank-holidays.js';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOfDayNumber, type IsoDate } from './iso-date.js';

/**
 * Working days are counted on day numbers (days since 1970-01-01) rather than ISO strings: the
 * cadence rules count a report's publication lag on every lint, so each step must cost next to
 * nothing, and a span of any length is counted in one step per year, not one per day.
 */
const holidayDayNumbers = new Map<number, ReadonlySet<number>>();

function holidaysIn(year: number): ReadonlySet<number> {
  let days = holidayDayNumbers.get(year);
  if (!days) {
    days = new Set(bankHolidaysInYear(year).map((d) => toDayNumber(d.date)!));
    holidayDayNumbers.set(year, days);
  }
  return days;
}

function isWeekdayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday !== 0 && weekday !== 6;
}

function isWorkingDayNumber(dayNumber: number): boolean {
  return isWeekdayNumber(dayNumber) && !holidaysIn(yearOfDayNumber(dayNumber)).has(dayNumber);
}

/** Working days in England: Monday to Friday, except England and Wales bank holidays. */
export function isWorkingDay(iso: IsoDate): boolean {
  const dayNumber = toDayNumber(iso);
  return dayNumber !== undefined && isWorkingDayNumber(dayNumber);
}

/** The first working day on or after a date (day numbers run on past 9999, so this always ends). */
export function workingDayOnOrAfter(iso: IsoDate): IsoDate {
  let day = toDayNumber(iso)!;
  while (!isWorkingDayNumber(day)) day++;
  return fromDayNumber(day);
}

/** The last working day on or before a date. */
export function workingDayOnOrBefore(iso: IsoDate): IsoDate {
  let day = toDayNumber(iso)!;
  while (!isWorkingDayNumber(day)) day--;
  return fromDayNumber(day);
}

/** The date `count` working days after `iso` (before it for a negative count). */
export function addWorkingDays(iso: IsoDate, count: number): IsoDate {
  const step = count < 0 ? -1 : 1;
  let day = toDayNumber(iso)!;
  for (let left = Math.abs(count); left > 0; ) {
    day += step;
    if (isWorkingDayNumber(day)) left--;
  }
  return fromDayNumber(day);
}

/** Monday-to-Friday days from day number `first` to `last` inclusive. */
function weekdaysBetween(first: number, last: number): number {
  if (last < first) return 0;
  const days = last - first + 1;
  let count = Math.floor(days / 7) * 5;
  for (let day = first + days - (days % 7); day <= last; day++) if (isWeekdayNumber(day)) count++;
  return count;
}

/** Bank holidays on weekdays from day number `first` to `last` inclusive: whole years by their count. */
function weekdayHolidaysBetween(first: number, last: number): number {
  if (last < first) return 0;
  const firstYear = yearOfDayNumber(first);
  const lastYear = yearOfDayNumber(last);
  const inPart = (year: number) => {
    let count = 0;
    for (const day of holidaysIn(year)) if (day >= first && day <= last && isWeekdayNumber(day)) count++;
    return count;
  };
  if (firstYear === lastYear) return inPart(firstYear);
  let count = inPart(firstYear) + inPart(lastYear);
  for (let year = firstYear + 1; year < lastYear; year++) count += weekdayBankHolidayCount(year);
  return count;
}

/**
 * Working days after `from` up to and including `to`: a report published the next working day after
 * the last day on site has a lag of 1. Negative when `to` is earlier; 0 on the same day.
 */
export function workingDaysAfter(from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysAfter(to, from);
  const first = toDayNumber(from)! + 1;
  const last = toDayNumber(to)!;
  return weekdaysBetween(first, last) - weekdayHolidaysBetween(first, last);
}
