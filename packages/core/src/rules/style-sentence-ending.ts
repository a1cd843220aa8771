import { defineRule, type Fix } from '../engine/types.js';
import type { ParsedDraft, TextBlock } from '../parse/model.js';
import { proseBlocks, type ProseBlock } from './text/prose.js';

/** How a paragraph or list item ends. */
type Ending = 'stop' | 'colon' | 'clause' | 'none';

/** A National Framework tag at the very end: "(outcome 3, national framework)", "[Enabler two]". */
const trailingTag = /\s*[([]\s*(?:outcome|enabler|principle)\b[^()[\]]{0,120}[)\]](\.?)\s*$/i;

/** Words a sentence does not end on: a paragraph ending on one was cut off, and a full stop would hide it. */
const unfinishedWords = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'as',
  'their',
  'its',
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'than',
  'into',
  'not',
  'this',
  'these',
]);

interface Read {
  prose: ProseBlock;
  ending: Ending;
  /** Offset in the draft of the end of the text, tag excluded. */
  textEnd: number;
  /** Offset of the end of the block's text, tag included. */
  blockEnd: number;
  /** Where the full stop stands around a trailing National Framework tag. */
  tag: 'stop-before' | 'stop-after' | 'no-stop' | undefined;
  lastWord: string;
  words: number;
}

/** Where the text ends without trailing white space and emphasis marks: a loop, as a regex anchored at the end rescans long runs. */
function trimmedEnd(text: string, end = text.length): number {
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    // space, tab, line feed, carriage return, "*", "_"
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 42 && c !== 95) break;
    end--;
  }
  return end;
}

/** A tag and a sentence's end fit in the last 240 characters: only they are read. */
const tailLength = 240;
const closers = '”’"\')]';
const letter = /[A-Za-z\u00C0-\u024F]/;

function readEnding(prose: ProseBlock): Read | undefined {
  const text = prose.text;
  const trimmed = trimmedEnd(text);
  if (trimmed === 0 || !letter.test(text)) return undefined;
  const last = text[trimmed - 1];
  const beforeLast = text[trimmed - 2];
  // A tag ends in ")" or "]", with a full stop after it or not: only then is the tag pattern tried.
  const endsInBracket = last === ')' || last === ']' || (last === '.' && (beforeLast === ')' || beforeLast === ']'));
  const tailStart = Math.max(0, trimmed - tailLength);
  const tagMatch = endsInBracket ? trailingTag.exec(text.slice(tailStart, trimmed)) : null;
  // "... children. (outcome 3, national framework)" and "... children (outcome 3)." both end their sentence.
  const bodyEnd = tagMatch ? trimmedEnd(text, tailStart + tagMatch.index) : trimmed;
  let lastEnd = bodyEnd;
  while (lastEnd > 0 && closers.includes(text[lastEnd - 1]!)) lastEnd--;
  const ch = text[lastEnd - 1] ?? '';
  const stopAfterTag = tagMatch?.[1] === '.';
  const ending: Ending =
    stopAfterTag || ch === '.' || ch === '?' || ch === '!' || ch === '…'
      ? 'stop'
      : ch === ':'
        ? 'colon'
        : ch === ';' || ch === ',' || /[;,]\s+(?:and|or)$/.test(text.slice(Math.max(0, lastEnd - 8), lastEnd))
          ? 'clause'
          : 'none';
  const tag = tagMatch ? (stopAfterTag ? 'stop-after' : ending === 'stop' ? 'stop-before' : 'no-stop') : undefined;
  const { lastWord, words } = tailWords(text, bodyEnd);
  return { prose, ending, textEnd: prose.offset + bodyEnd, blockEnd: prose.offset + trimmed, tag, lastWord, words };
}

/** The last word (letters only, lower case) and how many words, up to four, end the text: read backwards, no copies. */
function tailWords(text: string, end: number): { lastWord: string; words: number } {
  let words = 0;
  let lastWord = '';
  let i = end;
  while (i > 0 && words < 4) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    const wordEnd = i;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
    if (wordEnd === i) break;
    const word = text.slice(i, wordEnd);
    if (!letter.test(word)) continue;
    if (words === 0) lastWord = word.toLowerCase().replace(/[^a-z\u00C0-\u024F]/g, '');
    words++;
  }
  return { lastWord, words };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Yours sincerely, a name under a letter, a label: too short to be a sentence. */
function isSentenceLike(read: Read): boolean {
  return read.words >= 4 && !/^yours\s+(?:sincerely|faithfully)/i.test(read.prose.text.trim());
}

/** Items ending with a full stop and with nothing, counted once per list. */
interface Tally {
  items: number;
  stops: number;
  bare: number;
  /** Items whose full stop stands before a trailing National Framework tag, and after one. */
  stopBeforeTag: number;
  stopAfterTag: number;
}

interface List extends Tally {
  /** The paragraph before the list ends with a colon: its items may be parts of that sentence. */
  introduced: boolean;
  /** Items ending with a comma or semicolon. */
  clauses: number;
}

function tally(reads: readonly Read[]): Tally {
  const counts = { items: reads.length, stops: 0, bare: 0, stopBeforeTag: 0, stopAfterTag: 0 };
  for (const r of reads) {
    if (r.ending === 'stop') counts.stops++;
    else if (r.ending === 'none') counts.bare++;
    if (r.tag === 'stop-before') counts.stopBeforeTag++;
    else if (r.tag === 'stop-after') counts.stopAfterTag++;
  }
  return counts;
}

/**
 * Lists: runs of list blocks in one section, with no paragraph between them; items of one list are
 * the blocks of the same depth in a run.
 */
function listsOf(reads: readonly Read[]): Map<Read, List> {
  const lists = new Map<Read, List>();
  let run: Read[] = [];
  let introduced = false;
  const close = () => {
    const byDepth = new Map<number, Read[]>();
    for (const r of run) {
      const depth = r.prose.block.listDepth;
      const items = byDepth.get(depth);
      if (items) items.push(r);
      else byDepth.set(depth, [r]);
    }
    for (const items of byDepth.values()) {
      const list = { ...tally(items), introduced, clauses: items.filter((r) => r.ending === 'clause').length };
      for (const r of items) lists.set(r, list);
    }
    run = [];
  };
  let previous: Read | undefined;
  for (const read of reads) {
    const block = read.prose.block;
    const sectionChanged = previous !== undefined && previous.prose.block.sectionIndex !== block.sectionIndex;
    if (block.listDepth === 0 || sectionChanged) {
      if (run.length > 0) close();
      if (sectionChanged && block.listDepth > 0) introduced = false;
    }
    if (block.listDepth > 0) {
      if (run.length === 0 && !sectionChanged) introduced = previous?.prose.block.listDepth === 0 && previous.ending === 'colon';
      run.push(read);
    }
    previous = read;
  }
  close();
  return lists;
}

/** Most of the others end with a full stop: at least two, and more than end with nothing. */
function mostlyStopped(counts: Tally, except: Read): boolean {
  const stops = counts.stops - (except.ending === 'stop' ? 1 : 0);
  const bare = counts.bare - (except.ending === 'none' ? 1 : 0);
  return stops >= 2 && stops > bare;
}

export default defineRule({
  meta: {
    id: 'style-sentence-ending',
    description: 'Paragraphs and list items end as sentences: with a full stop, or a colon before a list.',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `A paragraph whose full stop was lost, or that stops mid-sentence, is easy to miss in a long draft.

Reported:
- a paragraph that does not end with a full stop, question mark, exclamation mark or colon (a closing
  quotation mark or bracket after it is fine), or that ends with a comma or semicolon;
- a list item (numbered paragraphs are list items) that ends with nothing when most of its list ends
  with a full stop. Real lists differ in house style: some reports and letters end no bullet with a full
  stop (Wakefield 2018, several letters of 2019), some write "...; and" between items; a list is
  judged against itself, or, when it has fewer than three items, against the draft's other lists.

A National Framework tag at the end counts with the sentence before it, whichever side of it the
full stop stands: "... children (outcome 3, national framework)." and "... children. (outcome 3,
national framework)" both end properly; "... children (outcome 3, national framework)" in a list of
full stops does not.

The fix writes a full stop where the others have it (before or after a tag, as the list does), or
replaces a final comma or semicolon. When the text ends on a word no sentence ends on ("the", "of",
"and"), something was lost, so there is no fix.

Left alone: lines of fewer than four words (a name, "Yours sincerely", a label), headings, tables,
code and HTML comments, and a paragraph whose sentence runs on into the next paragraph, which starts
in lower case (a stray blank line, often left where a page broke: a full stop there would be wrong).

Measured on the real corpus (16 reports, 30 letters): one finding, a genuine defect: East Sussex 2018's
paragraph 3 ends "...had taken place" without its full stop, as printed.`,
  },
  check({ draft, report }) {
    const blocks = proseBlocks(draft);
    const reads = blocks.map(readEnding).filter((r): r is Read => r !== undefined);
    const lists = listsOf(reads);
    const continued = continuedBlocks(blocks);
    let documentItems: Tally | undefined;
    for (const read of reads) {
      if (read.ending === 'stop' || read.ending === 'colon' || !isSentenceLike(read)) continue;
      // The sentence goes on in the next paragraph ("...has enabled leaders" / "and managers to..."):
      // a stray blank line, not a lost full stop, and a full stop there would be wrong.
      if (continued.has(read.prose.block)) continue;
      const block = read.prose.block;
      let peers: Tally | undefined;
      if (block.listDepth > 0) {
        // "including: - timely plans - swifter progression.": an item in lower case continues a sentence.
        if (/^[\s*_]*\p{Ll}/u.test(read.prose.text)) continue;
        const list = lists.get(read);
        if (!list) continue;
        if (list.items >= 3) peers = list;
        else if (!list.introduced) peers = documentItems ??= tally(reads.filter((r) => r.prose.block.listDepth > 0));
        if (!peers || !mostlyStopped(peers, read)) continue;
        // "...;" "...; and" "...." is a list written as one sentence.
        if (read.ending === 'clause' && list.clauses > 1) continue;
      }
      const fix = fullStop(draft, read, peers);
      const where = block.listItem?.ordered ? 'numbered paragraph' : block.listDepth > 0 ? 'list item' : 'paragraph';
      // Reported where the fix writes (the last character), so the fix changes exactly what is flagged.
      const at = fix?.edits[0]?.range ?? { start: Math.max(read.prose.offset, read.textEnd - 1), end: read.blockEnd };
      report({
        message:
          read.ending === 'clause'
            ? `This ${where} ends with "${draft.text[read.textEnd - 1]}": end it with a full stop.`
            : fix
              ? `This ${where} does not end with a full stop.`
              : `This ${where} stops at "${read.lastWord}": a sentence seems to be unfinished.`,
        range: at,
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** Blocks whose sentence runs on into the next paragraph of their section, which starts in lower case. */
function continuedBlocks(blocks: readonly ProseBlock[]): Set<TextBlock> {
  const continued = new Set<TextBlock>();
  for (let k = 0; k + 1 < blocks.length; k++) {
    const next = blocks[k + 1]!;
    if (next.block.sectionIndex === blocks[k]!.block.sectionIndex && !next.block.listItem && /^[\s*_]*\p{Ll}/u.test(next.text))
      continued.add(blocks[k]!.block);
  }
  return continued;
}

function fullStop(draft: ParsedDraft, read: Read, peers: Tally | undefined): Fix | undefined {
  if (unfinishedWords.has(read.lastWord)) return undefined;
  if (read.ending === 'clause') {
    const at = read.textEnd - 1;
    if (!/[;,]/.test(draft.text[at]!)) return undefined;
    return { description: 'Write a full stop', edits: [{ range: { start: at, end: at + 1 }, newText: '.' }] };
  }
  // After a tag, the full stop goes where the rest of the list puts it; after the tag by default, as in "(Outcome four).".
  const at = read.tag && (peers?.stopAfterTag ?? 0) >= (peers?.stopBeforeTag ?? 0) ? read.blockEnd : read.textEnd;
  // The last character is rewritten with the full stop after it: an edit over a character, not an empty one, can be reported.
  return { description: 'End with a full stop', edits: [{ range: { start: at - 1, end: at }, newText: `${draft.text[at - 1]}.` }] };
}
