import { bankHolidayOn } from './bank-holidays.js';
import { addDays, isWeekend, type IsoDate } from './iso-date.js';

/** Working days in England: Monday to Friday, except England and Wales bank holidays. */
export function isWorkingDay(iso: IsoDate): boolean {
  return !isWeekend(iso) && bankHolidayOn(iso) === undefined;
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
  let date = iso;
  for (let left = Math.abs(count); left > 0; ) {
    date = addDays(date, step);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

/**
 * Working days after `from` up to and including `to`: a report published the next working day after
 * the last day on site has a lag of 1. Negative when `to` is earlier; 0 on the same day.
 */
export function workingDaysAfter(from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysAfter(to, from);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (isWorkingDay(date)) count++;
  return count;
}
