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
 * The brackets and quotation marks of one paragraph that have no partner: unclosed openers and
 * closers with nothing to close. One pass with a stack. A closing ’ or ' may also be an apostrophe
 * (officers’ views), so one with nothing open is not reported, and an unclosed ‘ is reported only when
 * no such mark follows it.
 */
export function unbalancedMarks(text: string): Mark[] {
  const open = new OpenMarks();
  const lone: Mark[] = [];
  const closeTo = (at: number, opener: string) => {
    // Anything opened inside the pair and not closed is unbalanced; the pair itself is done.
    for (const inner of open.removeFrom(at)) if (inner.ch !== opener) lone.push(inner);
  };
  // Jump from mark to mark: most characters of a paragraph are none of these.
  const marks = /[\\()[\]“”‘’"']/g;
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const i = found.index;
    const ch = text[i]!;
    if (ch === '\\') {
      marks.lastIndex = i + 2;
      continue;
    }
    switch (ch) {
      case '(':
      case '[':
      case '“':
        open.push({ ch, index: i });
        break;
      case '‘':
        // Between letters it stands for an apostrophe (children‘s), typed with the wrong key.
        if (!(letterOrDigit.test(text[i - 1] ?? '') && letterOrDigit.test(text[i + 1] ?? ''))) open.push({ ch, index: i });
        break;
      case ')':
      case ']':
      case '”': {
        const opener = ch === ')' ? '(' : ch === ']' ? '[' : '“';
        const at = open.lastIndexOf(opener);
        if (at !== -1) closeTo(at, opener);
        else if (!(ch === ')' && isEnumerator(text, i))) lone.push({ ch, index: i });
        break;
      }
      case '’':
      case "'": {
        if (letterOrDigit.test(text[i + 1] ?? '')) break; // children’s: an apostrophe inside a word
        const opener = ch === '’' ? '‘' : "'";
        const at = open.lastIndexOf(opener);
        if (at !== -1) closeTo(at, opener);
        else if (ch === "'" && isStraightOpener(text, i)) open.push({ ch, index: i });
        break;
      }
      case '"': {
        const at = open.lastIndexOf('"');
        if (at !== -1) closeTo(at, '"');
        else open.push({ ch, index: i });
        break;
      }
    }
  }
  return [...lone, ...open.marks].sort((a, b) => a.index - b.index);
}

/**
 * The marks still open, with a count per kind so that a closer with no opener of its kind costs
 * nothing; a search past other marks removes them, so each mark is passed over once: linear.
 */
class OpenMarks {
  readonly marks: Mark[] = [];
  private readonly counts = new Map<string, number>();

  push(mark: Mark): void {
    this.marks.push(mark);
    this.counts.set(mark.ch, (this.counts.get(mark.ch) ?? 0) + 1);
  }

  lastIndexOf(ch: string): number {
    if (!this.counts.get(ch)) return -1;
    for (let k = this.marks.length - 1; k >= 0; k--) if (this.marks[k]!.ch === ch) return k;
    return -1;
  }

  removeFrom(at: number): Mark[] {
    const removed = this.marks.splice(at);
    for (const mark of removed) this.counts.set(mark.ch, this.counts.get(mark.ch)! - 1);
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

No fix: where the missing mark belongs is for the author to say.

Measured on the real corpus (16 reports, 30 letters): no finding.`,
  },
  check({ draft, report }) {
    for (const { block, text, offset } of proseBlocks(draft)) {
      if (!/[()[\]“”‘’"']/.test(text)) continue;
      const kind = block.listDepth > 0 ? 'list item' : 'paragraph';
      for (const mark of unbalancedMarks(withoutLinkTargets(text, block.text))) {
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
  // One pass: the brackets open on the line, each marked as a link target's or not.
  const open: { link: boolean; start: number }[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') open.length = 0;
    else if (ch === '(') open.push({ link: source[i - 1] === ']', start: i });
    else if (ch === ')') {
      const opener = open.pop();
      if (opener?.link) targets.push({ start: opener.start, end: i + 1 });
    }
  }
  return blankRanges(prose, targets);
}
