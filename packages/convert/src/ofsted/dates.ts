import { isValidIsoDate } from '@ilacs/core/cadence';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const day = '(\\d{1,2})(?:st|nd|rd|th)?';
const year = '(\\d{4}|\\d{2}(?!\\d))';

export interface DateRange {
  start: string;
  end: string;
  /** The words as printed. */
  printed: string;
  /** Where the printed words start in the text searched. */
  index: number;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return months.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function iso(dayText: string, monthName: string, yearText: string): string | undefined {
  const y = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const value = `${y}-${String(monthNumber(monthName)).padStart(2, '0')}-${dayText.padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : undefined;
}

const joiner = '\\s*(?:,\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*)*(?:and|to|until|–|-|—)\\s*';
// "4 June 2018 to 15 June 2018", "30 September to 11 October 2024", "20 to 24 January 2025", "29 and 30 June 2021",
// "13, 14 and 15 October 2020", "19 February 2020". Each part is bounded, and the text is searched once.
const rangePatterns = [
  new RegExp(`\\b${day}\\s+${monthPattern}\\s+${year}${joiner}${day}\\s+${monthPattern}\\s+${year}\\b`, 'i'),
  new RegExp(`\\b${day}\\s+${monthPattern}${joiner}${day}\\s+${monthPattern}\\s+${year}\\b`, 'i'),
  new RegExp(`\\b${day}${joiner}${day}\\s+${monthPattern}\\s+${year}\\b`, 'i'),
  new RegExp(`\\b${day}\\s+${monthPattern}\\s+${year}\\b`, 'i'),
];

/** Finds the first date or range of days printed in the text (the earliest in the text wins). */
export function findDateRange(text: string): DateRange | undefined {
  let best: DateRange | undefined;
  for (const [which, pattern] of rangePatterns.entries()) {
    const m = pattern.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    let start: string | undefined;
    let end: string | undefined;
    if (which === 0) [start, end] = [iso(m[1]!, m[2]!, m[3]!), iso(m[4]!, m[5]!, m[6]!)];
    else if (which === 1) [start, end] = [iso(m[1]!, m[2]!, m[5]!), iso(m[3]!, m[4]!, m[5]!)];
    else if (which === 2) [start, end] = [iso(m[1]!, m[3]!, m[4]!), iso(m[2]!, m[3]!, m[4]!)];
    else start = end = iso(m[1]!, m[2]!, m[3]!);
    if (!start || !end || end < start) continue;
    best = { start, end, printed: m[0], index: m.index };
  }
  return best;
}

/** A line that is nothing but a date ("09 August 2021"), as at the head of a letter. */
export function readDateLine(text: string): string | undefined {
  const m = new RegExp(`^\\s*${day}\\s+${monthPattern}\\s+${year}\\s*$`, 'i').exec(text);
  return m ? iso(m[1]!, m[2]!, m[3]!) : undefined;
}

/** Calendar days from the first to the last day, both counted. */
export function spanDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** "20 to 24 January 2025", "30 September to 11 October 2024", "19 February 2020": how Ofsted prints days on site. */
export function formatDateRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const month = (m: number) => months[m - 1]!.replace(/^./, (c) => c.toUpperCase());
  if (start === end) return `${sd} ${month(sm)} ${sy}`;
  if (sy !== ey) return `${sd} ${month(sm)} ${sy} to ${ed} ${month(em)} ${ey}`;
  if (sm !== em) return `${sd} ${month(sm)} to ${ed} ${month(em)} ${ey}`;
  return `${sd} to ${ed} ${month(em)} ${ey}`;
}

/** "4 March 2025". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]!.replace(/^./, (c) => c.toUpperCase())} ${y}`;
}
