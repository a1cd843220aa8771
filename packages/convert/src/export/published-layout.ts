import { formatDate, formatDateRange } from '../ofsted/dates.js';
import type { DraftDocument } from '../draft/read-draft.js';

/**
 * What Ofsted prints around a document's text, taken from its front matter: a report's title block
 * and running footer, a letter's date and signature. Shared by every export format and the preview.
 */

const rangePattern = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/;

/** "20 to 24 January 2025" from "2025-01-20 to 2025-01-24"; the text as written when it is not a range. */
export function printedDates(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const m = rangePattern.exec(value.trim());
  return m ? formatDateRange(m[1]!, m[2]!) : value.trim();
}

export function printedDate(value: unknown): string | undefined {
  if (value instanceof Date) return formatDate(value.toISOString().slice(0, 10));
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim()))
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  return formatDate(value.trim());
}

export interface TitleBlock {
  title: string;
  /** "Inspection dates" (reports) with the days on site as Ofsted prints them. */
  dates?: { label: string; value: string };
  leadInspector?: { label: string; value: string };
}

export function titleBlock(doc: DraftDocument): TitleBlock {
  const dates = printedDates(doc.frontMatter.dates ?? doc.frontMatter.period);
  const lead = typeof doc.frontMatter.lead_inspector === 'string' ? doc.frontMatter.lead_inspector.trim() : undefined;
  return {
    title: doc.title ?? '',
    ...(dates
      ? {
          dates: {
            label: doc.frontMatter.period !== undefined && doc.frontMatter.dates === undefined ? 'Period' : 'Inspection dates',
            value: dates,
          },
        }
      : {}),
    ...(lead ? { leadInspector: { label: 'Lead inspector', value: lead } } : {}),
  };
}

/** The two lines of a report's running footer: its title and its days on site. */
export function runningFooter(doc: DraftDocument): string[] {
  return [doc.title ?? '', printedDates(doc.frontMatter.dates) ?? ''].filter(Boolean);
}

export interface LetterFrame {
  date?: string;
  valediction: string;
  /** The signature: the lead inspector's name, then their title on its own line. */
  signature: string[];
}

/** A letter's date (the publication date) and its signature, from the lead inspector. */
export function letterFrame(doc: DraftDocument): LetterFrame {
  const lead = typeof doc.frontMatter.lead_inspector === 'string' ? doc.frontMatter.lead_inspector.trim() : '';
  const comma = lead.lastIndexOf(',');
  const signature = !lead ? [] : comma > 0 ? [lead.slice(0, comma).trim(), lead.slice(comma + 1).trim()] : [lead];
  const date = printedDate(doc.frontMatter.published);
  return { ...(date ? { date } : {}), valediction: 'Yours sincerely', signature };
}
