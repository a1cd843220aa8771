import type { LineIndex } from './line-index.js';

/**
 * Limits on the Markdown handed to markdown-it, whose block pass costs far more per byte on some
 * shapes than on prose: every heading is three tokens and a model object that the structure rules
 * each report on, and every table row gets as many cells as the header has columns, so a header of
 * a thousand columns followed by short lines makes a thousand cells of each. Real drafts have a few
 * dozen headings and a judgement table of a dozen cells; the Markdown from the first line past a
 * limit on is not parsed, with one located notice (the privacy checks still read the whole text).
 *
 * The counts are read in one pass without parsing and never fall below the parser's: ATX lines and
 * setext underlines count as headings wherever they are (in code blocks too), and a table's cells are
 * its columns (pipes in its delimiter row, plus one) times its lines up to the next blank one.
 */
export const maxHeadings = 1000;
export const maxTableCells = 20_000;

export interface MarkdownLimitHit {
  /** The first line not parsed. */
  line: number;
  message: string;
}

export function findMarkdownLimit(text: string, lines: LineIndex, firstLine: number): MarkdownLimitHit | undefined {
  let headings = 0;
  let cells = 0;
  /** Columns of the table being read, and the line of its header; 0 outside tables. */
  let tableColumns = 0;
  let tableHeader = 0;
  let previousHasPipe = false;
  for (let line = firstLine; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    let at = start;
    while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
    if (at === end) {
      tableColumns = 0;
      previousHasPipe = false;
      continue;
    }
    const first = text.charCodeAt(at);
    if (
      (first === 0x23 && at - start <= 3 && isAtxStart(text, at, end)) ||
      ((first === 0x3d || first === 0x2d) && isUnderline(text, at, end, first))
    ) {
      if (++headings > maxHeadings) {
        return {
          line,
          message: `The draft has more than ${maxHeadings} headings: the Markdown from this one on was not read, so its structure and style are not checked (the privacy checks still read all of it). Real drafts have a few dozen.`,
        };
      }
    }
    if (tableColumns === 0 && previousHasPipe && isDelimiterRow(text, at, end)) {
      tableColumns = countPipes(text, at, end) + 1;
      tableHeader = line - 1;
      cells += tableColumns;
    } else if (tableColumns > 0) {
      cells += tableColumns;
    }
    if (cells > maxTableCells) {
      return {
        line: tableHeader,
        message: `The draft's tables have more than ${maxTableCells} cells: the Markdown from this table on was not read, so its structure and style are not checked (the privacy checks still read all of it). A judgement table has a dozen.`,
      };
    }
    previousHasPipe = countPipes(text, at, end) > 0;
  }
  return undefined;
}

function isAtxStart(text: string, at: number, end: number): boolean {
  let hashes = 0;
  while (at + hashes < end && text.charCodeAt(at + hashes) === 0x23) hashes++;
  const next = text.charCodeAt(at + hashes);
  return hashes <= 6 && (at + hashes === end || next === 0x20 || next === 0x09);
}

function isUnderline(text: string, at: number, end: number, marker: number): boolean {
  let i = at;
  while (i < end && text.charCodeAt(i) === marker) i++;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i === end;
}

/** Only "|", "-", ":" and spaces, with at least one "-": what a GFM delimiter row is made of. */
function isDelimiterRow(text: string, at: number, end: number): boolean {
  let dash = false;
  for (let i = at; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x2d) dash = true;
    else if (ch !== 0x7c && ch !== 0x3a && ch !== 0x20 && ch !== 0x09) return false;
  }
  return dash;
}

function countPipes(text: string, at: number, end: number): number {
  let pipes = 0;
  for (let i = at; i < end; i++) if (text.charCodeAt(i) === 0x7c) pipes++;
  return pipes;
}
