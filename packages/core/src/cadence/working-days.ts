import { type BankHoliday, bankHolidaysInYear, weekdayBankHolidayCount } from './bank-holidays.js';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOfDayNumber, type IsoDate } from './iso-date.js';

/**
 * Working days in England: Monday to Friday, except England and Wales bank holidays, with any days a
 * configuration adds (a newly proclaimed holiday needs no release). The on-site shapes and publication
 * lags take a calendar; the functions exported below use England's as the law sets it.
 */
export interface WorkingCalendar {
  /** Bank holidays from `start` to `end` inclusive, in date order. */
  bankHolidaysBetween(start: IsoDate, end: IsoDate): BankHoliday[];
  bankHolidayOn(iso: IsoDate): BankHoliday | undefined;
  isWorkingDay(iso: IsoDate): boolean;
  /** The first working day on or after a date (day numbers run on past 9999, so this always ends). */
  workingDayOnOrAfter(iso: IsoDate): IsoDate;
  /** The last working day on or before a date. */
  workingDayOnOrBefore(iso: IsoDate): IsoDate;
  /** The date `count` working days after `iso` (before it for a negative count). */
  addWorkingDays(iso: IsoDate, count: number): IsoDate;
  /**
   * Working days after `from` up to and including `to`: a report published the next working day after
   * the last day on site has a lag of 1. Negative when `to` is earlier; 0 on the same day.
   */
  workingDaysAfter(from: IsoDate, to: IsoDate): number;
}

function isWeekdayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday !== 0 && weekday !== 6;
}

/** Monday-to-Friday days from day number `first` to `last` inclusive. */
function weekdaysBetween(first: number, last: number): number {
  if (last < first) return 0;
  const days = last - first + 1;
  let count = Math.floor(days / 7) * 5;
  for (let day = first + days - (days % 7); day <= last; day++) if (isWeekdayNumber(day)) count++;
  return count;
}

const byDate = (a: BankHoliday, b: BankHoliday) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * A calendar with England and Wales bank holidays and `added` days. Working days are counted on day
 * numbers (days since 1970-01-01) rather than ISO strings: the cadence rules count a report's
 * publication lag on every lint, so each step must cost next to nothing, and a span of any length is
 * counted in one step per year, not one per day.
 */
export function createWorkingCalendar(added: readonly BankHoliday[] = []): WorkingCalendar {
  // Added days that are already bank holidays change nothing; the rest, by year.
  const addedByYear = new Map<number, BankHoliday[]>();
  for (const day of added) {
    const dayNumber = toDayNumber(day.date);
    if (dayNumber === undefined) continue;
    const year = yearOfDayNumber(dayNumber);
    if (bankHolidaysInYear(year).some((d) => d.date === day.date)) continue;
    const list = addedByYear.get(year) ?? [];
    if (!list.some((d) => d.date === day.date)) list.push({ date: day.date, name: day.name });
    addedByYear.set(year, list);
  }
  const holidaysByYear = new Map<number, readonly BankHoliday[]>();
  const holidaysIn = (year: number): readonly BankHoliday[] => {
    let days = holidaysByYear.get(year);
    if (!days) {
      const extra = addedByYear.get(year);
      days = extra ? [...bankHolidaysInYear(year), ...extra].sort(byDate) : bankHolidaysInYear(year);
      holidaysByYear.set(year, days);
    }
    return days;
  };
  const dayNumbersByYear = new Map<number, ReadonlySet<number>>();
  const holidayNumbersIn = (year: number): ReadonlySet<number> => {
    let days = dayNumbersByYear.get(year);
    if (!days) {
      days = new Set(holidaysIn(year).map((d) => toDayNumber(d.date)!));
      dayNumbersByYear.set(year, days);
    }
    return days;
  };
  const addedWeekdays = (year: number) => (addedByYear.get(year) ?? []).filter((d) => isWeekdayNumber(toDayNumber(d.date)!)).length;
  const isWorkingDayNumber = (dayNumber: number) =>
    isWeekdayNumber(dayNumber) && !holidayNumbersIn(yearOfDayNumber(dayNumber)).has(dayNumber);

  /** Bank holidays on weekdays from day number `first` to `last` inclusive: whole years by their count. */
  const weekdayHolidaysBetween = (first: number, last: number): number => {
    if (last < first) return 0;
    const firstYear = yearOfDayNumber(first);
    const lastYear = yearOfDayNumber(last);
    const inPart = (year: number) => {
      let count = 0;
      for (const day of holidayNumbersIn(year)) if (day >= first && day <= last && isWeekdayNumber(day)) count++;
      return count;
    };
    if (firstYear === lastYear) return inPart(firstYear);
    let count = inPart(firstYear) + inPart(lastYear);
    for (let year = firstYear + 1; year < lastYear; year++) count += weekdayBankHolidayCount(year) + addedWeekdays(year);
    return count;
  };

  const calendar: WorkingCalendar = {
    bankHolidaysBetween(start, end) {
      const from = Number(start.slice(0, 4));
      const to = Number(end.slice(0, 4));
      const result: BankHoliday[] = [];
      for (let year = from; year <= to; year++)
        for (const day of holidaysIn(year)) if (day.date >= start && day.date <= end) result.push(day);
      return result;
    },
    bankHolidayOn: (iso) => holidaysIn(Number(iso.slice(0, 4))).find((d) => d.date === iso),
    isWorkingDay(iso) {
      const dayNumber = toDayNumber(iso);
      return dayNumber !== undefined && isWorkingDayNumber(dayNumber);
    },
    workingDayOnOrAfter(iso) {
      let day = toDayNumber(iso)!;
      while (!isWorkingDayNumber(day)) day++;
      return fromDayNumber(day);
    },
    workingDayOnOrBefore(iso) {
      let day = toDayNumber(iso)!;
      while (!isWorkingDayNumber(day)) day--;
      return fromDayNumber(day);
    },
    addWorkingDays(iso, count) {
      const step = count < 0 ? -1 : 1;
      let day = toDayNumber(iso)!;
      for (let left = Math.abs(count); left > 0; ) {
        day += step;
        if (isWorkingDayNumber(day)) left--;
      }
      return fromDayNumber(day);
    },
    workingDaysAfter(from, to) {
      if (to < from) return -calendar.workingDaysAfter(to, from);
      const first = toDayNumber(from)! + 1;
      const last = toDayNumber(to)!;
      return weekdaysBetween(first, last) - weekdayHolidaysBetween(first, last);
    },
  };
  return calendar;
}

/** England's working days as the law and proclamations set them, with nothing added. */
export const englandCalendar: WorkingCalendar = createWorkingCalendar();

export const isWorkingDay = (iso: IsoDate): boolean => englandCalendar.isWorkingDay(iso);
export const workingDayOnOrAfter = (iso: IsoDate): IsoDate => englandCalendar.workingDayOnOrAfter(iso);
export const workingDayOnOrBefore = (iso: IsoDate): IsoDate => englandCalendar.workingDayOnOrBefore(iso);
export const addWorkingDays = (iso: IsoDate, count: number): IsoDate => englandCalendar.addWorkingDays(iso, count);
export const workingDaysAfter = (from: IsoDate, to: IsoDate): number => englandCalendar.workingDaysAfter(from, to);
