import type { IsoDate } from './iso-date.js';

// Formats parts as numbers in England's time zone (GMT or BST), whatever the machine's zone is.
const englandDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in England, YYYY-MM-DD. Inspections happen on English calendar days, so "today" is
 * England's date: at 00:30 BST it is already tomorrow in England but still today in UTC, and a
 * laptop set to another zone would be wrong by a day. The one definition every tool uses; the cadence
 * engine itself takes "today" as a parameter and never reads a clock.
 */
export function todayInEngland(now: Date = new Date()): IsoDate {
  const parts = Object.fromEntries(englandDate.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
