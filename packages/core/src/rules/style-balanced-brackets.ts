import { defineRule } from '../engine/types.js';
import { blankRanges, proseBlocks } from './text/prose.js';

const letterOrDigit = /[\p{L}\p{N}]/u;

const names: Record<string, string> = {
  '(': 'bracket "("',
  '[': 'square bracket "["',
  ')': 'bracket ")"',
  ']': 'square bracket "]"',
  '“': 'quotation mark “',
  '”': 'quotation mark ”',
  '‘': 'quotation mark ‘',
  '"': 'quotation mark "',
  "'": "quotation mark '",
};

interface Mark {
  ch: string;
  index: number;
}

/**
 * The brackets and quotation marks of one paragraph that have no partner, in text order (the first
 * `limit` of them): unclosed openers and closers with nothing to close. One pass with a stack. A
 * closing ’ or ' may also be an apostrophe (officers’ views), so one with nothing open is not
 * reported, and an unclosed ‘ is reported only when no such mark follows it. Marks are kept as their
 * offsets (the text says which mark), so a paragraph made of marks costs no object per mark.
 */
export function unbalancedMarks(text: string, limit = Number.POSITIVE_INFINITY): Mark[] {
  const open = new OpenMarks(text);
  const lone: number[] = [];
  const closeTo = (at: number, opener: string) => {
    // Anything opened inside the pair and not closed is unbalanced; the pair itself is done.
    for (const inner of open.removeFrom(at)) if (text[inner] !== opener) lone.push(inner);
  };
  for (let i = 0; i < text.length; i++) {
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    switch (ch) {
      case '(':
      case '[':
      case '“':
        open.push(i);
        break;
      case '‘':
        // Between letters it stands for an apostrophe (children‘s), typed with the wrong key.
        if (!(letterOrDigit.test(text[i - 1] ?? '') && letterOrDigit.test(text[i + 1] ?? ''))) open.push(i);
        break;
      case ')':
      case ']':
      case '”': {
        const opener = ch === ')' ? '(' : ch === ']' ? '[' : '“';
        const at = open.lastIndexOf(opener);
        if (at !== -1) closeTo(at, opener);
        else if (!(ch === ')' && isEnumerator(text, i))) lone.push(i);
        break;
      }
      case '’':
      case "'": {
        if (letterOrDigit.test(text[i + 1] ?? '')) break; // children’s: an apostrophe inside a word
        const opener = ch === '’' ? '‘' : "'";
        const at = open.lastIndexOf(opener);
        if (at !== -1) closeTo(at, opener);
        else if (ch === "'" && isStraightOpener(text, i)) open.push(i);
        break;
      }
      case '"': {
        const at = open.lastIndexOf('"');
        if (at !== -1) closeTo(at, '"');
        else open.push(i);
        break;
      }
    }
  }
  // Lone marks are in text order but for the openers a later pair swallowed: nearly sorted, which the
  // sort handles in linear time. The marks still open are in order; the first `limit` of both are taken.
  lone.sort((x, y) => x - y);
  const first: Mark[] = [];
  let i = 0;
  let j = 0;
  while (first.length < limit && (i < lone.length || j < open.offsets.length)) {
    const index = j >= open.offsets.length || (i < lone.length && lone[i]! < open.offsets[j]!) ? lone[i++]! : open.offsets[j++]!;
    first.push({ ch: text[index]!, index });
  }
  return first;
}

/** \\ ( ) [ ] “ ” ‘ ’ " ' */
function isMarkCode(code: number): boolean {
  return (
    code === 0x5c ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x22 ||
    code === 0x27 ||
    (code >= 0x2018 && code <= 0x201d && code !== 0x201a && code !== 0x201b)
  );
}

/**
 * The offsets of the marks still open, with a count per kind so that a closer with no opener of its
 * kind costs nothing; a search past other marks removes them, so each mark is passed over once: linear.
 */
class OpenMarks {
  readonly offsets: number[] = [];
  // Counts by the opener's code unit (all are below 0x2020): a plain array is cheaper than a map per mark.
  private readonly counts = new Uint32Array(0x2020);

  constructor(private readonly text: string) {}

  push(offset: number): void {
    this.offsets.push(offset);
    this.counts[this.text.charCodeAt(offset)]!++;
  }

  lastIndexOf(ch: string): number {
    if (this.counts[ch.charCodeAt(0)] === 0) return -1;
    for (let k = this.offsets.length - 1; k >= 0; k--) if (this.text[this.offsets[k]!] === ch) return k;
    return -1;
  }

  removeFrom(at: number): number[] {
    const removed = this.offsets.splice(at);
    for (const offset of removed) this.counts[this.text.charCodeAt(offset)]!--;
    return removed;
  }
}

/** A straight ' after a space or bracket and before a letter opens a quotation ('front door'). */
function isStraightOpener(text: string, i: number): boolean {
  const before = text[i - 1];
  return (before === undefined || /[\s([“‘]/.test(before)) && letterOrDigit.test(text[i + 1] ?? '');
}

/** "a)", "ii)", "3)" after a space or at the start: a list written inside a paragraph, not a bracket. */
function isEnumerator(text: string, close: number): boolean {
  let start = close;
  while (start > 0 && /[a-z0-9]/i.test(text[start - 1]!)) start--;
  const token = text.slice(start, close);
  if (!/^(?:[a-z]|[ivx]{1,4}|\d{1,2})$/i.test(token)) return false;
  return start === 0 || /\s/.test(text[start - 1]!);
}

/** Findings per paragraph or list item at most. */
const mostPerParagraph = 5;

export default defineRule({
  meta: {
    id: 'style-balanced-brackets',
    description: 'Brackets and quotation marks are closed within the paragraph or list item that opens them.',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A bracket or quotation mark left open ("(NEET" with no ")"), or a closing one with nothing to close, is
a slip that Ofsted has printed. Each paragraph and list item is checked on its own: brackets "(" ")"
and "[" "]", typographic quotation marks “ ” and ‘ ’, and straight " and ' quotes. Reported once, at
the mark without a partner.

Apostrophes are not quotation marks: ’ or ' inside a word (children’s) is never counted, and a
closing ’ after a word (officers’ views) closes an open ‘ if there is one and is otherwise read as an
apostrophe, so a possessive plural is never reported. A ‘ typed between letters for an apostrophe is
not an opening quote. "a)", "ii)" and "3)" after a space are a list written in a sentence, not a
closing bracket. Code spans, HTML comments, link targets and escaped marks ("\\(") are left alone.

No fix: where the missing mark belongs is for the author to say. At most five marks are reported in one
paragraph or list item: a slip leaves one or two, and more is text that is not prose.

Measured on the real corpus (16 reports, 30 letters): no finding.`,
  },
  check({ draft, report }) {
    for (const { block, text, offset } of proseBlocks(draft)) {
      if (!/[()[\]“”‘’"']/.test(text)) continue;
      const kind = block.listDepth > 0 ? 'list item' : 'paragraph';
      // A slip leaves a mark or two; past a few, the paragraph is not prose the rule can read, and a
      // finding at every mark would only bury the first ones.
      for (const mark of unbalancedMarks(withoutLinkTargets(text, block.text), mostPerParagraph)) {
        const opening = mark.ch === '(' || mark.ch === '[' || mark.ch === '“' || mark.ch === '‘' || isStraightOpenerMark(text, mark);
        report({
          message: opening
            ? `The ${names[mark.ch]} is not closed in this ${kind}.`
            : `The ${names[mark.ch]} closes nothing opened in this ${kind}.`,
          range: { start: offset + mark.index, end: offset + mark.index + 1 },
        });
      }
    }
  },
});

function isStraightOpenerMark(text: string, mark: Mark): boolean {
  return (mark.ch === '"' || mark.ch === "'") && !letterOrDigit.test(text[mark.index - 1] ?? '') && !/\s/.test(text[mark.index + 1] ?? ' ');
}

/**
 * The prose with every link target blanked to its own closing bracket: a target may hold brackets of
 * its own ("](https://example.org/a_(b))"), which the shared prose blanking stops short of.
 */
function withoutLinkTargets(prose: string, source: string): string {
  if (!source.includes('](')) return prose;
  const targets: { start: number; end: number }[] = [];
  // One pass: the brackets open on the line, each as its offset, negated (less one) when it opens a
  // link target; numbers, not objects, as a line may hold a great many.
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') open.length = 0;
    else if (ch === '(') open.push(source[i - 1] === ']' ? -i - 1 : i);
    else if (ch === ')') {
      const opener = open.pop();
      if (opener !== undefined && opener < 0) targets.push({ start: -opener - 1, end: i + 1 });
    }
  }
  return blankRanges(prose, targets);
}
