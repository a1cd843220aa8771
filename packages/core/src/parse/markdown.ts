import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { codeSpans } from './code-spans.js';
import { findMarkdownLimit } from './markdown-limits.js';
import type { LineIndex, TextRange } from './line-index.js';
import type { GradedHeading, Heading, HtmlComment, ParseProblem, Section, Table, TableCell, TableRow, TextBlock } from './model.js';

/**
 * Block structure comes from markdown-it (CommonMark with GFM tables). Only its block pass runs:
 * every check works on source text, so inline parsing would cost time and give nothing back.
 * Columns are computed on the original text from markdown-it's line maps.
 */
const markdown = new MarkdownIt('commonmark', { html: true }).enable('table');
markdown.core.ruler.disable(['inline', 'text_join']);

export interface MarkdownBody {
  title?: Heading;
  headings: Heading[];
  sections: Section[];
  tables: Table[];
  blocks: TextBlock[];
  comments: HtmlComment[];
  /** Set when the body was cut at a limit: where, and why. */
  limit?: ParseProblem;
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const closingHashes = /[ \t]+#+[ \t]*$/;
const listMarker = /^[ \t>]*(?:(\d{1,9})[.)]|[-*+])(?:[ \t]+|$)/;

export function parseMarkdownBody(text: string, lines: LineIndex, bodyStart: number): MarkdownBody {
  const lineBase = lines.lineOf(bodyStart);
  // Past a limit, the Markdown is not handed to markdown-it at all (see markdown-limits.ts).
  const limit = findMarkdownLimit(text, lines, lineBase);
  const body = text.slice(bodyStart, limit ? lines.lineStart(limit.line) : text.length);
  const tokens = markdown.parse(body, {});
  const result: MarkdownBody = { headings: [], sections: [], tables: [], blocks: [], comments: [] };
  if (limit) {
    const start = lines.lineStart(limit.line);
    result.limit = {
      code: 'markdown-limit',
      message: limit.message,
      range: { start, end: Math.max(start + 1, lines.lineEnd(limit.line)) },
    };
  }

  const listStack: boolean[] = [];
  let pendingItem: { ordered: boolean; number?: number; line: number } | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const map = token.map;
    switch (token.type) {
      case 'heading_open': {
        if (!map) break;
        const heading = readHeading(lines, lineBase + map[0], Number(token.tag.slice(1)), tokens[i + 1]);
        result.headings.push(heading);
        if (heading.level === 1 && !result.title) result.title = heading;
        if (heading.level === 2) {
          const previous = result.sections.at(-1);
          if (previous) previous.range.end = heading.range.start;
          result.sections.push({
            heading: gradeHeading(heading),
            range: { start: heading.range.start, end: text.length },
            subheadings: [],
          });
        } else if (heading.level >= 3) {
          result.sections.at(-1)?.subheadings.push(heading);
        }
        break;
      }
      case 'bullet_list_open':
        listStack.push(false);
        break;
      case 'ordered_list_open':
        listStack.push(true);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listStack.pop();
        break;
      case 'list_item_open': {
        const ordered = listStack.at(-1) ?? false;
        const line = lineBase + (map ? map[0] : 0);
        pendingItem = ordered ? { ordered, number: Number(token.info), line } : { ordered, line };
        break;
      }
      case 'list_item_close':
        // An item with no paragraph ("- " alone) is kept as an empty block, so drafts with blanks can be told apart.
        if (pendingItem)
          result.blocks.push(
            readParagraph(text, lines, pendingItem.line, pendingItem.line, result.sections.length - 1, listStack.length, pendingItem),
          );
        pendingItem = undefined;
        break;
      case 'paragraph_open': {
        if (!map) break;
        const block = readParagraph(
          text,
          lines,
          lineBase + map[0],
          lineBase + map[1] - 1,
          result.sections.length - 1,
          listStack.length,
          pendingItem,
        );
        pendingItem = undefined;
        result.blocks.push(block);
        collectInlineComments(block, result.comments, lines);
        break;
      }
      case 'table_open': {
        if (!map) break;
        result.tables.push(readTable(lines, lineBase + map[0], lineBase + map[1], result.sections.length - 1));
        break;
      }
      case 'html_block': {
        if (!map) break;
        const range = { start: lines.lineStart(lineBase + map[0]), end: lines.lineEnd(lineBase + map[1] - 1) };
        collectComments(text.slice(range.start, range.end), range.start, result.comments, lines);
        break;
      }
      default:
        break;
    }
  }
  return result;
}

function readHeading(lines: LineIndex, line: number, level: number, inline: Token | undefined): Heading {
  const lineText = lines.lineText(line);
  const lineStart = lines.lineStart(line);
  let start = 0;
  let end = lineText.length;
  const atx = atxHeading.exec(lineText);
  if (atx) {
    start = atx[0].length;
    const closing = closingHashes.exec(lineText.slice(start));
    if (closing) end = start + closing.index;
  } else {
    // Setext heading: the text is the line itself (the underline follows).
    start = lineText.length - lineText.trimStart().length;
  }
  while (end > start && /\s/.test(lineText[end - 1]!)) end--;
  const textValue = inline?.content ?? lineText.slice(start, end);
  return {
    level,
    text: textValue,
    range: { start: lineStart, end: lineStart + lineText.length },
    textRange: { start: lineStart + start, end: lineStart + end },
  };
}

/** Splits "Name: grade" at the last colon (which judgement area the name is, the domain decides). */
export function gradeHeading(heading: Heading): GradedHeading {
  const colon = heading.text.lastIndexOf(':');
  const base = heading.textRange.start;
  if (colon === -1) {
    return { ...heading, name: heading.text, nameRange: { ...heading.textRange } };
  }
  const rawName = heading.text.slice(0, colon);
  const name = rawName.trimEnd();
  const rawGrade = heading.text.slice(colon + 1);
  const gradeLead = rawGrade.length - rawGrade.trimStart().length;
  const gradeText = rawGrade.trim();
  return {
    ...heading,
    name,
    nameRange: { start: base, end: base + name.length },
    grade: { text: gradeText, range: { start: base + colon + 1 + gradeLead, end: base + colon + 1 + gradeLead + gradeText.length } },
  };
}

function readParagraph(
  text: string,
  lines: LineIndex,
  firstLine: number,
  lastLine: number,
  sectionIndex: number,
  listDepth: number,
  item: { ordered: boolean; number?: number; line: number } | undefined,
): TextBlock {
  const lineText = lines.lineText(firstLine);
  let startColumn = lineText.length - lineText.replace(/^[ \t>]*/, '').length;
  let listItem: TextBlock['listItem'];
  if (item) {
    // The marker stands on the item's own line, which is not always the paragraph's first line
    // ("12." alone on a line, then the text). Its number is read from the source, which is what a fix edits.
    const markerLine = lines.lineText(item.line);
    const marker = listMarker.exec(markerLine);
    if (marker) {
      const markerText = marker[0].trimEnd();
      const markerStart = lines.lineStart(item.line) + markerText.length - markerText.trimStart().length;
      if (item.line === firstLine) startColumn = marker[0].length;
      const digits = marker[1];
      listItem = {
        ordered: item.ordered && digits !== undefined,
        ...(item.ordered && digits !== undefined ? { number: Number(digits) } : {}),
        markerRange: { start: markerStart, end: lines.lineStart(item.line) + markerText.length },
      };
    }
  }
  const start = lines.lineStart(firstLine) + Math.min(startColumn, lineText.length);
  const end = Math.max(start, lines.lineEnd(lastLine));
  return {
    kind: 'paragraph',
    range: { start, end },
    text: text.slice(start, end),
    sectionIndex,
    listDepth,
    ...(listItem ? { listItem } : {}),
  };
}

function readTable(lines: LineIndex, firstLine: number, endLine: number, sectionIndex: number): Table {
  const header = readRow(lines, firstLine);
  const rows: TableRow[] = [];
  for (let line = firstLine + 2; line < endLine; line++) rows.push(readRow(lines, line));
  return { range: { start: lines.lineStart(firstLine), end: lines.lineEnd(endLine - 1) }, header, rows, sectionIndex };
}

/** Splits a GFM table row into cells with source ranges (escaped pipes and code spans respected). */
export function readRow(lines: LineIndex, line: number): TableRow {
  const lineText = lines.lineText(line);
  const base = lines.lineStart(line);
  const cells: TableCell[] = [];
  let i = 0;
  while (i < lineText.length && (lineText[i] === ' ' || lineText[i] === '\t')) i++;
  if (lineText[i] === '|') i++;
  let cellStart = i;
  let inCode = false;
  const pushCell = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(lineText[s]!)) s++;
    while (e > s && /\s/.test(lineText[e - 1]!)) e--;
    cells.push({ text: lineText.slice(s, e), range: { start: base + s, end: base + e } });
  };
  for (; i < lineText.length; i++) {
    const ch = lineText[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
    } else if (ch === '|' && !inCode) {
      pushCell(cellStart, i);
      cellStart = i + 1;
    }
  }
  if (lineText.slice(cellStart).trim().length > 0) pushCell(cellStart, lineText.length);
  return { line, range: { start: base, end: base + lineText.length }, cells };
}

/**
 * HTML comments inside a paragraph. Only real ones count (they can be directives): "<!--" written in
 * a code span (`<!-- ilacs-disable -->`, as documentation shows it) or escaped as "\<!--" is text.
 */
function collectInlineComments(block: TextBlock, out: HtmlComment[], lines: LineIndex): void {
  if (!block.text.includes('<!--')) return;
  const code = block.text.includes('`') ? codeSpans(block.text) : [];
  // Code spans are in order and openings are met in order: one pointer walks them.
  let next = 0;
  collectComments(block.text, block.range.start, out, lines, (open) => {
    let backslashes = 0;
    while (block.text[open - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) return open + 1;
    while (next < code.length && code[next]!.end <= open) next++;
    const span = code[next];
    return span && span.start <= open ? span.end : undefined;
  });
}

/**
 * Comments in `source` (at `base` in the draft). `skipFrom(open)` says where to search on when the
 * "<!--" at `open` does not start a comment; undefined when it does.
 */
function collectComments(
  source: string,
  base: number,
  out: HtmlComment[],
  lines: LineIndex,
  skipFrom: (open: number) => number | undefined = () => undefined,
): void {
  let from = 0;
  for (;;) {
    const open = source.indexOf('<!--', from);
    if (open === -1) return;
    const skipTo = skipFrom(open);
    if (skipTo !== undefined) {
      from = skipTo;
      continue;
    }
    const close = source.indexOf('-->', open + 4);
    if (close === -1) return;
    const range: TextRange = { start: base + open, end: base + close + 3 };
    out.push({ text: source.slice(open + 4, close), range, line: lines.lineOf(range.end) });
    from = close + 3;
  }
}
