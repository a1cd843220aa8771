/**
 * Calendar dates as ISO strings (YYYY-MM-DD) with arithmetic in UTC days. Inspection dates are
 * calendar days in England; no time zone or clock is involved, so plain UTC arithmetic is exact.
 */
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

export type IsoDate = string;

/** Days since 1970-01-01 for a valid ISO date; undefined otherwise (2025-02-30 is not valid). */
export function toDayNumber(iso: string): number | undefined {
  const m = isoPattern.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(ms / dayMs);
}

export function isValidIsoDate(iso: string): boolean {
  return toDayNumber(iso) !== undefined;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso)! + days);
}

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b)! - toDayNumber(a)!;
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return new Date(toDayNumber(iso)! * dayMs).getUTCDay();
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

export function addMonths(iso: IsoDate, months: number): IsoDate {
  const m = isoPattern.exec(iso)!;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
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
