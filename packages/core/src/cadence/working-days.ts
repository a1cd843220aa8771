import { bankHolidaysInYear } from './bank-holidays.js';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from './iso-date.js';

/**
 * Working days are counted on day numbers (days since 1970-01-01, a Thursday) rather than ISO
 * strings: the cadence rules count a report's publication lag on every lint, so each step must cost
 * next to nothing.
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

function isWorkingDayNumber(dayNumber: number): boolean {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7; // 0 = Sunday
  if (weekday === 0 || weekday === 6) return false;
  // A day number's year: close enough to pick the right year's holidays except at the turn of the
  // year, where both neighbouring years' sets are consulted.
  const approxYear = 1970 + Math.floor(dayNumber / 365.2425);
  return !holidaysIn(approxYear).has(dayNumber) && !holidaysIn(approxYear + 1).has(dayNumber) && !holidaysIn(approxYear - 1).has(dayNumber);
}

/** Working days in England: Monday to Friday, except England and Wales bank holidays. */
export function isWorkingDay(iso: IsoDate): boolean {
  const dayNumber = toDayNumber(iso);
  return dayNumber !== undefined && isWorkingDayNumber(dayNumber);
}

/** The first working day on or after a date. */
export function workingDayOnOrAfter(iso: IsoDate): IsoDate {
  let date = iso;
  while (!isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/** The last working day on or before a date. */
export function workingDayOnOrBefore(iso: IsoDate): IsoDate {
  let date = iso;
  while (!isWorkingDay(date)) date = addDays(date, -1);
  return date;
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

/**
 * Working days after `from` up to and including `to`: a report published the next working day after
 * the last day on site has a lag of 1. Negative when `to` is earlier; 0 on the same day.
 */
export function workingDaysAfter(from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysAfter(to, from);
  const last = toDayNumber(to)!;
  let count = 0;
  for (let day = toDayNumber(from)! + 1; day <= last; day++) if (isWorkingDayNumber(day)) count++;
  return count;
}
