// The namespace import lets bundlers drop zod's 60-odd locales and unused parts (443 KiB to under 100 KiB).
import * as z from 'zod';
import { gradeHeadingLabels } from '../framework/grades.js';

/**
 * Front-matter values several document types share. Only what JSON Schema can express lives in these
 * schemas, so that ajv with the exported JSON Schema accepts and rejects exactly what zod does; date
 * order, weekdays and the like are rules.
 */

export const isoDate = z.iso.date().describe('A date written YYYY-MM-DD, for example 2025-03-04.');

// A real calendar date, leap years included, as a pattern JSON Schema can carry: linear, no nesting.
const day31 = '(?:0[1-9]|[12]\\d|3[01])';
const day30 = '(?:0[1-9]|[12]\\d|30)';
const day28 = '(?:0[1-9]|1\\d|2[0-8])';
const commonDate = `\\d{4}-(?:(?:0[13578]|1[02])-${day31}|(?:0[469]|11)-${day30}|02-${day28})`;
const leapDay = `(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29`;
const realDate = `(?:${commonDate}|${leapDay})`;

/** "YYYY-MM-DD to YYYY-MM-DD" with two real dates. */
export const dateRangePattern = `^${realDate} to ${realDate}$`;
/** The same form without the calendar check, to tell a wrong form from an impossible date. */
export const dateRangeForm = /^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/;

export const dateRange = z
  .string()
  .regex(new RegExp(dateRangePattern), { message: 'expected "YYYY-MM-DD to YYYY-MM-DD" with real dates' })
  .describe('First and last day, written "YYYY-MM-DD to YYYY-MM-DD".');

export const grade = z
  .enum(gradeHeadingLabels)
  .describe('A grade in lower case: outstanding, good, requires improvement to be good, inadequate.');

export const leadInspector = z.string().min(1).describe('The lead inspector, as printed: "Jane Smith, His Majesty’s Inspector".');

export const published = isoDate.describe('The publication date, YYYY-MM-DD.');

/** The days on site, for every type that has them. */
export const daysOnSite = (shape: string) => dateRange.describe(`The days on site (${shape}): "YYYY-MM-DD to YYYY-MM-DD".`);
