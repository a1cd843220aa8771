/**
 * Calendar dates as ISO strings (YYYY-MM-DD) with arithmetic on day numbers (days since 1970-01-01).
 * Inspection dates are calendar days in England; no time zone or clock is involved. The arithmetic is
 * the proleptic Gregorian calendar's, done in integers rather than with `Date`, so every four-digit
 * year works alike (`Date.UTC` reads years 0 to 99 as 1900 to 1999) and nothing can throw.
 *
 * A date is written with four digits, 0000-01-01 to 9999-12-31. Arithmetic that would leave that
 * range stops at its first or last day: a window three years after an inspection typed in 9999 closes
 * on 9999-12-31, where a fifth digit would break every comparison of dates as strings.
 */
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDate = string;

/** Days since 1970-01-01 of a year (any integer), month (1-12) and day: Howard Hinnant's days_from_civil. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1-12) and day of a day number: Howard Hinnant's civil_from_days. */
function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The first and last day numbers a four-digit date can name. */
export const firstDayNumber = daysFromCivil(0, 1, 1);
export const lastDayNumber = daysFromCivil(9999, 12, 31);

/** Days since 1970-01-01 for a valid ISO date; undefined otherwise (2025-02-30 is not valid). */
export function toDayNumber(iso: string): number | undefined {
  const m = isoPattern.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

export function isValidIsoDate(iso: string): boolean {
  return toDayNumber(iso) !== undefined;
}

/** The ISO date of a day number; day numbers outside four-digit years give 0000-01-01 or 9999-12-31. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const clamped = Math.min(lastDayNumber, Math.max(firstDayNumber, Number.isFinite(dayNumber) ? Math.trunc(dayNumber) : firstDayNumber));
  const { year, month, day } = civilFromDays(clamped);
  return isoOf(year, month, day);
}

/** The year of a day number (any integer year, not only four-digit ones). */
export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDays(dayNumber).year;
}

/** "YYYY-MM-DD" for a year, month (1-12) and day. */
export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso)! + days);
}

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b)! - toDayNumber(a)!;
}

/** 0 = Sunday ... 6 = Saturday, of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(iso)!);
}

/** Saturday or Sunday. */
export function isWeekend(iso: IsoDate): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}

/** The earlier and the later of two ISO dates (they compare correctly as strings). */
export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The same day `months` later (earlier when negative), or the month's last day when it is shorter. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const m = isoPattern.exec(iso)!;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  if (year < 0) return fromDayNumber(firstDayNumber);
  if (year > 9999) return fromDayNumber(lastDayNumber);
  const month = total - year * 12 + 1;
  return isoOf(year, month, Math.min(Number(m[3]), daysInMonth(year, month)));
}

/** English month names, January first: for writing dates and for reading them in prose. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "4 March 2025", as Ofsted writes dates. */
export function formatLongDate(iso: IsoDate): string {
  const m = isoPattern.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${monthNames[Number(m[2]) - 1]} ${m[1]}`;
}

export function dayName(iso: IsoDate): string {
  return dayNames[dayOfWeek(iso)]!;
}

export interface DateSpan {
  start: IsoDate;
  end: IsoDate;
}

/** "20 to 24 January 2025", "30 September to 11 October 2024": Ofsted's way of writing a span. */
export function formatDateSpan(span: DateSpan): string {
  const [startYear, startMonth] = [span.start.slice(0, 4), span.start.slice(5, 7)];
  const [endYear, endMonth] = [span.end.slice(0, 4), span.end.slice(5, 7)];
  const startDay = String(Number(span.start.slice(8, 10)));
  if (span.start === span.end) return formatLongDate(span.start);
  if (startYear === endYear && startMonth === endMonth) return `${startDay} to ${formatLongDate(span.end)}`;
  if (startYear === endYear) return `${startDay} ${monthNames[Number(startMonth) - 1]} to ${formatLongDate(span.end)}`;
  return `${formatLongDate(span.start)} to ${formatLongDate(span.end)}`;
}

/** "YYYY-MM-DD to YYYY-MM-DD", as front matter writes a span. */
export function writeDateSpan(span: DateSpan): string {
  return `${span.start} to ${span.end}`;
}

const rangePattern = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/;

/** Reads "YYYY-MM-DD to YYYY-MM-DD" with both dates valid; undefined otherwise. */
export function parseDateSpan(text: unknown): DateSpan | undefined {
  if (typeof text !== 'string') return undefined;
  const m = rangePattern.exec(text.trim());
  if (!m || !isValidIsoDate(m[1]!) || !isValidIsoDate(m[2]!)) return undefined;
  return { start: m[1]!, end: m[2]! };
}
