import { addDays, dayOfWeek, isoOf, isWeekend, type IsoDate } from './iso-date.js';

/**
 * England and Wales bank holidays, computed from the rules in the Banking and Financial Dealings Act
 * 1971 and the royal proclamations that move or add days. No list to keep up to date: the regular
 * days follow from the calendar and Easter; the one-off and moved days are the table below.
 */

export interface BankHoliday {
  date: IsoDate;
  name: string;
}

/** Days added by proclamation (royal occasions), and regular days moved to another date. */
interface ProclaimedChange {
  year: number;
  /** The regular holiday that moved, by name; absent for an added day. */
  moves?: string;
  date: IsoDate;
  name: string;
}

const proclaimedChanges: readonly ProclaimedChange[] = [
  { year: 2011, date: '2011-04-29', name: 'Royal wedding' },
  { year: 2012, moves: 'Spring bank holiday', date: '2012-06-04', name: 'Spring bank holiday' },
  { year: 2012, date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
  { year: 2020, moves: 'Early May bank holiday', date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
  { year: 2022, moves: 'Spring bank holiday', date: '2022-06-02', name: 'Spring bank holiday' },
  { year: 2022, date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { year: 2022, date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { year: 2023, date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/** The first given weekday (0 = Sunday) on or after a date. */
function weekdayOnOrAfter(iso: IsoDate, weekday: number): IsoDate {
  return addDays(iso, (weekday - dayOfWeek(iso) + 7) % 7);
}

/** The last given weekday on or before a date. */
function weekdayOnOrBefore(iso: IsoDate, weekday: number): IsoDate {
  return addDays(iso, -((dayOfWeek(iso) - weekday + 7) % 7));
}

const monday = 1;

/**
 * New Year's Day, Christmas Day and Boxing Day falling on a weekend are "substituted" by the next
 * weekday that is not already a holiday, so Christmas on a Saturday gives Monday 27 and Tuesday 28.
 */
function withSubstitutes(days: readonly BankHoliday[]): BankHoliday[] {
  // Weekday holidays keep their dates; weekend ones then take the next free weekday, in order.
  const taken = new Set(days.filter((d) => !isWeekend(d.date)).map((d) => d.date));
  return days.map((day) => {
    if (!isWeekend(day.date)) return day;
    let date = weekdayOnOrAfter(day.date, monday);
    while (taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    return { date, name: `${day.name} (substitute day)` };
  });
}

const cache = new Map<number, readonly BankHoliday[]>();

/** The days the Act sets every year (with substitutes), before proclamations add or move any. */
function regularHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  return [
    ...withSubstitutes([{ date: isoOf(year, 1, 1), name: 'New Year’s Day' }]),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: weekdayOnOrAfter(isoOf(year, 5, 1), monday), name: 'Early May bank holiday' },
    { date: weekdayOnOrBefore(isoOf(year, 5, 31), monday), name: 'Spring bank holiday' },
    { date: weekdayOnOrBefore(isoOf(year, 8, 31), monday), name: 'Summer bank holiday' },
    ...withSubstitutes([
      { date: isoOf(year, 12, 25), name: 'Christmas Day' },
      { date: isoOf(year, 12, 26), name: 'Boxing Day' },
    ]),
  ];
}

/** Bank holidays in England and Wales for a year, in date order; none outside four-digit years. */
export function bankHolidaysInYear(year: number): readonly BankHoliday[] {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return [];
  const cached = cache.get(year);
  if (cached) return cached;
  const regular = regularHolidays(year);
  const changes = proclaimedChanges.filter((c) => c.year === year);
  const moved = new Set(changes.flatMap((c) => (c.moves ? [c.moves] : [])));
  const days = [...regular.filter((d) => !moved.has(d.name)), ...changes.map((c) => ({ date: c.date, name: c.name }))].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  cache.set(year, days);
  return days;
}

const proclaimedYears = new Set(proclaimedChanges.map((c) => c.year));
let regularCount: number | undefined;

/**
 * How many bank holidays fall on weekdays in a year. Every regular holiday is on a weekday or is
 * substituted by one within the year, so a year without a proclamation always has the same count:
 * counting working days over centuries then costs one step per year, not one per day.
 */
export function weekdayBankHolidayCount(year: number): number {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return 0;
  if (proclaimedYears.has(year)) return bankHolidaysInYear(year).filter((d) => !isWeekend(d.date)).length;
  // The same for every year: the Act's list, each day on or moved to a weekday.
  regularCount ??= regularHolidays(year).length;
  return regularCount;
}

/** The bank holiday on a date, if there is one. */
export function bankHolidayOn(iso: IsoDate): BankHoliday | undefined {
  const year = Number(iso.slice(0, 4));
  return bankHolidaysInYear(year).find((d) => d.date === iso);
}

/** Bank holidays from `start` to `end` inclusive. */
export function bankHolidaysBetween(start: IsoDate, end: IsoDate): BankHoliday[] {
  const from = Number(start.slice(0, 4));
  const to = Number(end.slice(0, 4));
  const result: BankHoliday[] = [];
  for (let year = from; year <= to; year++) {
    for (const day of bankHolidaysInYear(year)) if (day.date >= start && day.date <= end) result.push(day);
  }
  return result;
}
