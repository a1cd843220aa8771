import { defineRule } from '../engine/types.js';
import { isSentenceStart, startsUpper } from './text/case.js';
import { isInside, proseBlocks, quotedRanges } from './text/prose.js';

/**
 * Words said twice in a row on purpose: "had had" (past perfect of "have"), "that that" (a conjunction
 * before a demonstrative), "is is" (what it is is), "do do" and "does does" (emphasis after "what"),
 * "her her" (gave her her own room).
 */
const grammaticalRepeats = new Set(['had', 'that', 'is', 'do', 'does', 'her']);

/** A word (letters of any Latin script, with inner apostrophes or hyphens), a gap of spaces or one line break, the same word. */
const word = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g;

export default defineRule({
  meta: {
    id: 'style-repeated-word',
    description: 'No word written twice in a row ("the the").',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `A word typed twice ("the the", "children children") is a slip that a reader notices at once and a
spell checker does not. Reported: a word followed, after spaces or a line break only, by the same word,
in any case ("The the"), in narrative prose. The fix deletes the second word and the space before it.

Left alone: the repeats English grammar allows ("had had", "that that", "what it is is", "what they do
do", "gave her her own room"), numbers ("in 2024 2024" is more likely a table pasted into prose), words
split by punctuation ("good. Good"), two capitalised words in mid-sentence (a name such as
"Baden Baden"), quotations (a child's words are reported as said), code and HTML comments.

Measured on the real corpus (16 reports, 30 letters): no finding; the one repeat there is "had had".`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      let quotes: ReturnType<typeof quotedRanges> | undefined;
      let previous: { start: number; end: number; lower: string } | undefined;
      word.lastIndex = 0;
      for (let m = word.exec(text); m; m = word.exec(text)) {
        const current = { start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() };
        if (previous && previous.lower === current.lower && isGap(text, previous.end, current.start) && !grammaticalRepeats.has(current.lower)) {
          const first = text.slice(previous.start, previous.end);
          const properName = startsUpper(first) && startsUpper(m[0]) && !isSentenceStart(text, previous.start);
          quotes ??= quotedRanges(text);
          if (!properName && !isInside(quotes, current.start)) {
            const range = { start: offset + previous.end, end: offset + current.end };
            report({
              message: `"${m[0]}" is written twice: delete the second.`,
              range: { start: offset + current.start, end: offset + current.end },
              fix: { description: `Delete the repeated "${m[0]}"`, edits: [{ range, newText: '' }] },
            });
            // "the the the": the third word is compared with the first, not reported twice over.
            continue;
          }
        }
        previous = current;
      }
    }
  },
});

/** Only spaces and tabs, or one line break with the indentation around it, lie between the words. */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  let lineBreaks = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') lineBreaks++;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '>') return false;
  }
  return to > from && lineBreaks <= 1;
}
