import type { TextRange } from '../../parse/line-index.js';
import { codeSpans } from '../../parse/code-spans.js';
import type { ParsedDraft, TextBlock } from '../../parse/model.js';

/**
 * Narrative prose for the style rules: each paragraph and list-item paragraph of the body, with
 * the parts that are not the author's prose blanked out. Blanking (rather than cutting) keeps
 * offsets equal to the draft's, so a match at index i of `text` is at `offset + i` in the draft.
 */
export interface ProseBlock {
  block: TextBlock;
  /** Offset of `text[0]` in the draft. */
  offset: number;
  /** The block's text with code spans, HTML comments and link targets replaced by spaces. */
  text: string;
}

export function proseBlocks(draft: ParsedDraft): ProseBlock[] {
  let blocks = proseCache.get(draft);
  if (blocks === undefined) {
    blocks = draft.blocks
      .filter((block) => block.text.trim() !== '')
      .map((block) => ({ block, offset: block.range.start, text: blankNonProse(block.text) }));
    proseCache.set(draft, blocks);
  }
  return blocks;
}

/** Seven style rules read the same prose; the parse is shared, so it is prepared once per parse. */
const proseCache = new WeakMap<ParsedDraft, ProseBlock[]>();

/** Replaces code spans, HTML comments, link destinations and bare URLs with spaces. */
export function blankNonProse(text: string): string {
  if (!/[`<\]]|https?:|www\./i.test(text)) return text;
  return blankRanges(text, [...codeSpans(text), ...htmlComments(text), ...linkDestinations(text), ...bareUrls(text)]);
}

/** The text with each range's characters (line breaks excepted) replaced by spaces; offsets are kept. */
export function blankRanges(text: string, ranges: readonly TextRange[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    parts.push(text.slice(cursor, from), blank(text, from, end));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Spaces for text[from, end), line breaks kept: a run of spaces per line, which beats a regex over every character. */
function blank(text: string, from: number, end: number): string {
  let out = '';
  for (let at = from; at < end; ) {
    const newline = text.indexOf('\n', at);
    const stop = newline === -1 || newline >= end ? end : newline;
    out += ' '.repeat(stop - at);
    if (stop < end) out += '\n';
    at = stop + 1;
  }
  return out;
}

/**
 * From each "<!--" to the first "-->" after it (to the end when there is none). Every opening before
 * a "-->" ends at that same "-->", so it is searched for once, not once per opening.
 */
function htmlComments(text: string): TextRange[] {
  return spansToCloser(text, '<!--', '-->', (open, close) => ({ start: open, end: close === -1 ? text.length : close + 3 }));
}

/** The "(...)" after "](" of an inline link or image, up to the first ")" (nothing when there is none). */
function linkDestinations(text: string): TextRange[] {
  return spansToCloser(text, '](', ')', (open, close) => (close === -1 ? undefined : { start: open + 2, end: close }));
}

/**
 * A span from each `opener` to the first `closer` after it. Openers before the same closer give
 * spans inside the first one's, so they are skipped and the closer is found once: each character is
 * read a bounded number of times however many openers precede a closer.
 */
function spansToCloser(
  text: string,
  opener: string,
  closer: string,
  span: (open: number, close: number) => TextRange | undefined,
): TextRange[] {
  const spans: TextRange[] = [];
  let close = -1;
  for (let open = text.indexOf(opener); open !== -1; open = text.indexOf(opener, open + opener.length)) {
    if (open + opener.length <= close) continue;
    close = text.indexOf(closer, open + opener.length);
    const found = span(open, close);
    if (found) spans.push(found);
    if (close === -1) break;
  }
  return spans;
}

/** http(s):// and www. addresses up to the next space or closing bracket. */
export function bareUrls(text: string): TextRange[] {
  const spans: TextRange[] = [];
  const starts = /https?:\/\/|www\./gi;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && !/[\s<>)\]"”]/.test(text[end]!)) end++;
    // A full stop or comma after an address ends the sentence, not the address.
    while (end > m.index && /[.,;:]/.test(text[end - 1]!)) end--;
    spans.push({ start: m.index, end });
    starts.lastIndex = Math.max(end, m.index + 1);
  }
  return spans;
}

/**
 * Quoted speech: “...”, ‘...’, "..." and '...'. Style rules leave quotations alone, as a child's
 * own words are reported as said. An apostrophe inside a word (children’s) is not a quote mark, and
 * a quotation never runs over a blank line.
 *
 * Where a quote may close does not depend on where it opened, so the closing positions of each kind
 * are listed once and walked with a pointer: one pass, however many quotes are left open.
 */
export function quotedRanges(text: string): TextRange[] {
  const closings = { double: [] as number[], single: [] as number[] };
  const paragraphBreaks: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '\n' && text[j + 1] === '\n') paragraphBreaks.push(j);
    else if (ch === '”' || ch === '"') closings.double.push(j);
    // ’ or ' followed by a letter is an apostrophe (children’s), not the end of a quotation.
    else if ((ch === '’' || ch === "'") && !letterOrDigit.test(text[j + 1] ?? '')) closings.single.push(j);
  }
  const next = { double: 0, single: 0 };
  let nextBreak = 0;
  const spans: TextRange[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = openingQuote(text, i);
    if (kind === undefined) {
      i++;
      continue;
    }
    const list = closings[kind];
    while (next[kind] < list.length && list[next[kind]]! <= i) next[kind]++;
    while (nextBreak < paragraphBreaks.length && paragraphBreaks[nextBreak]! < i) nextBreak++;
    const close = list[next[kind]];
    const blankLine = paragraphBreaks[nextBreak];
    if (close === undefined || (blankLine !== undefined && blankLine < close)) {
      i++;
      continue;
    }
    spans.push({ start: i, end: close + 1 });
    i = close + 1;
  }
  return spans;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

function openingQuote(text: string, i: number): 'double' | 'single' | undefined {
  const ch = text[i]!;
  if (ch === '“') return 'double';
  if (ch === '‘') return 'single';
  if (ch !== '"' && ch !== "'") return undefined;
  const before = text[i - 1];
  const after = text[i + 1];
  // A straight quote opens a quotation only after a space or bracket, before a word.
  if (before !== undefined && letterOrDigit.test(before)) return undefined;
  if (after === undefined || /\s/.test(after)) return undefined;
  return ch === '"' ? 'double' : 'single';
}

/** Whether `index` lies in one of `ranges` (sorted and not overlapping, as the functions here return them). */
export function isInside(ranges: readonly TextRange[], index: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid]!;
    if (index < range.start) high = mid - 1;
    else if (index >= range.end) low = mid + 1;
    else return true;
  }
  return false;
}
