import { matchGrade } from '@ilacs/core/framework';
import type { Block } from '../blocks.js';
import { joinRuns, type Line } from './lines.js';

/** The measurements of a document's body text that the layout decisions are made against. */
export interface BodyMetrics {
  size: number;
  /** The usual left edge of body text. */
  left: number;
  /** The right edge body lines reach when full. */
  right: number;
  /** Baseline to baseline within a paragraph. */
  pitch: number;
}

const mostCommon = (values: number[]): number => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
};

export function bodyMetrics(pages: readonly Line[][], size: number): BodyMetrics {
  const body = pages.flat().filter((l) => Math.abs(l.size - size) < 0.6 && !l.bold);
  const left = mostCommon(body.map((l) => Math.round(l.x0)));
  const ends = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.98)] ?? left + 400;
  const steps: number[] = [];
  for (const lines of pages) {
    const onPage = lines.filter((l) => Math.abs(l.size - size) < 0.6);
    for (let i = 1; i < onPage.length; i++) {
      const step = Math.round((onPage[i - 1]!.y - onPage[i]!.y) * 2) / 2;
      // Only steps that can be a line within a paragraph (about 1.1 to 1.4 times the size): in a short
      // document the gaps between paragraphs could otherwise be the commonest step.
      if (step >= 0.9 * size && step <= 1.7 * size) steps.push(step);
    }
  }
  return { size, left, right, pitch: steps.length ? mostCommon(steps) : size * 1.2 };
}

/** Bullet marks as Ofsted's documents print them (Wingdings squares come through as ◼ or a private-use glyph). */
const bulletGlyph = /^[◼■▪●•◦○▫□◾–−\-§Øü\uf000-\uf0ff]$/u;
const paragraphNumber = /^(\d{1,3})\.$/;

interface Start {
  kind: 'bullet' | 'numbered';
  number?: number;
  /** Where the glyph or number is printed. */
  markX: number;
  /** Where the text after it starts: continuation lines align here. */
  textX: number;
  text: string;
}

/** A line that starts a bullet or a numbered paragraph: a mark, a gap, then text. */
function listStart(line: Line): Start | undefined {
  const visible = line.runs.filter((r) => r.text.trim());
  const first = visible[0];
  if (!first) return undefined;
  const firstText = first.text.trim();
  const [mark, ...restWords] = firstText.split(/\s+/);
  let textX: number | undefined;
  let rest: string;
  if (restWords.length === 0) {
    const next = visible[1];
    // The mark is a run of its own; the text after it may sit at a tab stop only a hair away.
    if (!next || next.x < first.x + first.width - 0.5) return undefined;
    textX = next.x;
    rest = line.text.slice(line.text.indexOf(mark!) + mark!.length).trim();
  } else {
    // Mark and text in one run ("1.\tContacts", "◼ The quality"): a number needs the wide gap of a tab
    // after it, or "2019. The year..." would be read as paragraph 2019.
    if (paragraphNumber.test(mark!) && !/^\S+(\t|\s{2,})/.test(first.text.trimStart())) return undefined;
    // The text starts after the mark's share of the run.
    textX = first.x + (first.width * (firstText.length - restWords.join(' ').length)) / firstText.length;
    rest = line.text.slice(line.text.indexOf(mark!) + mark!.length).trim();
  }
  if (!rest) return undefined;
  if (bulletGlyph.test(mark!)) return { kind: 'bullet', markX: first.x, textX, text: rest };
  const number = paragraphNumber.exec(mark!);
  if (number) return { kind: 'numbered', number: Number(number[1]), markX: first.x, textX, text: rest };
  return undefined;
}

// "16- and 17-year-olds" keeps its space; "day-" + "to-day" does not.
/**
 * "12. Text" printed in one run, recognised by the hanging indent of the line after it, or, on a line
 * of its own, as the next number at the place of the numbered paragraph before it.
 */
function hangingNumber(
  line: Line,
  next: Line | undefined,
  before: { number: number; markX: number; textX: number } | undefined,
): { number: number; text: string; textX: number } | undefined {
  const m = /^(\d{1,3})\.\s+(\S.*)$/.exec(line.text);
  if (!m) return undefined;
  if (before && Number(m[1]) === before.number + 1 && Math.abs(line.x0 - before.markX) < 3)
    return { number: Number(m[1]), text: m[2]!, textX: before.textX };
  if (!next || next.page !== line.page || next.x0 <= line.x0 + 4 || line.y - next.y > 2 * line.size) return undefined;
  // The hanging indent: past the number, and no further than a tab stop or two.
  if (next.x0 < line.x0 + 0.8 * line.size || next.x0 > line.x0 + 4 * line.size) return undefined;
  return { number: Number(m[1]), text: m[2]!, textX: next.x0 };
}

const conjunction = /^(and|or|to|nor)\s/i;

/** Joins a block's printed lines: a line ending in a hyphen runs on ("well-" + "coordinated"), others take a space. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (/[\p{L}\p{N}][-‐]$/u.test(text) && !conjunction.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

interface Open {
  kind: 'heading' | 'paragraph' | 'bullet' | 'numbered';
  lines: Line[];
  texts: string[];
  /** Continuation lines start here. */
  x: number;
  number?: number;
  markX?: number;
  level?: number;
  bold?: boolean;
}

/**
 * Turns printed lines into blocks: headings (bold or large lines), bullets, numbered paragraphs,
 * paragraphs, and Ofsted's two-column judgement table. A paragraph that runs over a page break is
 * joined again unless the first word of the next page would have fitted on the line before it
 * (then the line ended where the author ended the paragraph).
 */
export function layoutBlocks(pages: readonly Line[][], metrics: BodyMetrics): Block[] {
  const blocks: Block[] = [];
  const bulletDepthX: number[] = [];
  let open: Open | undefined;
  let previous: Line | undefined;
  let lastNumbered: { number: number; markX: number; textX: number } | undefined;

  const close = () => {
    if (!open) return;
    const source = { page: open.lines[0]!.page };
    const text = joinLines(open.texts);
    if (open.kind === 'heading') blocks.push({ kind: 'heading', level: open.level ?? 2, text, source });
    else if (open.kind === 'bullet') blocks.push({ kind: 'bullet', depth: bulletDepth(open.markX!), text, source });
    else if (open.kind === 'numbered') {
      blocks.push({ kind: 'numbered', number: open.number!, text, source });
      lastNumbered = { number: open.number!, markX: open.markX!, textX: open.x };
    } else
      blocks.push({
        kind: 'paragraph',
        text,
        source,
        ...(open.bold ? { bold: true } : {}),
        ...(open.x > metrics.left + 8 ? { indented: true } : {}),
      });
    open = undefined;
  };
  const bulletDepth = (markX: number) => {
    let depth = bulletDepthX.findIndex((x) => Math.abs(x - markX) < 3);
    if (depth < 0) {
      bulletDepthX.push(markX);
      bulletDepthX.sort((a, b) => a - b);
      depth = bulletDepthX.findIndex((x) => Math.abs(x - markX) < 3);
    }
    return Math.min(depth, 3);
  };

  for (const lines of pages) {
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const isHeading = (line.bold && line.size >= metrics.size - 0.6) || line.size >= metrics.size * 1.3;
      if (isTableHeader(line)) {
        close();
        const { block, used } = readJudgementTable(lines, index, metrics);
        if (block) {
          blocks.push(block);
          index += used - 1;
          previous = lines[index];
          continue;
        }
      }
      const start = isHeading ? undefined : listStart(line);
      if (open && !start && continues(open, line, previous, metrics, isHeading)) {
        open.lines.push(line);
        open.texts.push(line.text);
        previous = line;
        continue;
      }
      close();
      if (isHeading) {
        open = { kind: 'heading', lines: [line], texts: [line.text], x: line.x0, level: line.size >= metrics.size * 1.6 ? 1 : 2 };
      } else if (start) {
        open = {
          kind: start.kind,
          lines: [line],
          texts: [start.text],
          x: start.textX,
          markX: start.markX,
          ...(start.number !== undefined ? { number: start.number } : {}),
        };
      } else if (hangingNumber(line, lines[index + 1], lastNumbered)) {
        const { number, text, textX } = hangingNumber(line, lines[index + 1], lastNumbered)!;
        open = { kind: 'numbered', lines: [line], texts: [text], x: textX, markX: line.x0, number };
      } else {
        open = { kind: 'paragraph', lines: [line], texts: [line.text], x: line.x0, bold: line.bold };
      }
      previous = line;
    }
  }
  close();
  return blocks;
}

function continues(open: Open, line: Line, previous: Line | undefined, metrics: BodyMetrics, isHeading: boolean): boolean {
  if (!previous) return false;
  if (open.kind === 'heading') {
    return isHeading && line.page === previous.page && Math.abs(line.size - previous.size) < 0.6 && previous.y - line.y <= 1.6 * line.size;
  }
  if (isHeading) return false;
  // A list item's lines hang between its mark and its first line's text: a justified first line can
  // start its text a few points right of the tab stop the rest align to (East Sussex 2018, paragraph 27).
  const hangs = open.markX !== undefined && line.x0 > open.markX + 3 && line.x0 < open.x;
  // A line that starts in lower case after one without a full stop runs on even a little out of line
  // (Stockton-on-Tees 2022: a paragraph's first line 3 points left of the rest).
  const runsOn = /^[a-z]/.test(line.text) && !/[.?!:;]$/.test(previous.text);
  if (Math.abs(line.x0 - open.x) > (runsOn ? 6 : 3) && !hangs) return false;
  if (line.page === previous.page) return previous.y - line.y <= 1.35 * metrics.pitch && previous.y > line.y;
  // Over a page break: a paragraph ends at a full stop (or the like) on a line that left room for
  // the next page's first word; a lower-case start always runs on.
  if (!/[.?!:;)\]”’"']$/.test(previous.text) || /^[a-z]/.test(line.text)) return true;
  const firstWord = line.text.split(' ')[0] ?? '';
  const firstRun = line.runs.find((r) => r.text.trim());
  const wordWidth = firstRun ? (firstRun.width * firstWord.length) / Math.max(1, firstRun.text.length) : firstWord.length * 0.5 * line.size;
  const room = metrics.right - previous.x1;
  return room < wordWidth + 1.5 * line.size;
}

function isTableHeader(line: Line): boolean {
  return line.cells.length === 2 && /^judgements?$/i.test(line.cells[0]!.text) && /^grades?$/i.test(line.cells[1]!.text);
}

/**
 * Ofsted's judgement table: a "Judgement | Grade" header, then rows of a judgement (one to three lines)
 * and its grade (wrapped in some years, vertically centred in others). Rows are told apart by the
 * larger gap between them; the table ends at the first row without a grade.
 */
function readJudgementTable(lines: readonly Line[], headerIndex: number, metrics: BodyMetrics): { block?: Block; used: number } {
  const header = lines[headerIndex]!;
  const gradeX = header.cells[1]!.x - 3;
  const rows: string[][] = [[header.cells[0]!.text, header.cells[1]!.text]];
  let index = headerIndex + 1;
  let used = 1;
  while (index < lines.length) {
    const group: Line[] = [lines[index]!];
    let next = index + 1;
    while (next < lines.length && group[group.length - 1]!.y - lines[next]!.y <= 1.4 * metrics.pitch) group.push(lines[next++]!);
    const labels: string[] = [];
    const gradeParts: string[] = [];
    for (const line of group) {
      const label = joinRuns(line.runs.filter((r) => r.x < gradeX));
      const grade = joinRuns(line.runs.filter((r) => r.x >= gradeX));
      if (label) labels.push(label);
      if (grade) gradeParts.push(grade);
    }
    const grade = gradeParts.join(' ');
    if (!labels.length || !grade || !matchGrade(grade)) break;
    rows.push([joinLines(labels), grade.replace(/\s+/g, ' ').trim()]);
    used = next - headerIndex;
    index = next;
  }
  if (rows.length < 2) return { used: 1 };
  return { block: { kind: 'table', rows, source: { page: header.page } }, used };
}
