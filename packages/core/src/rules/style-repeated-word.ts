import { defineRule } from '../engine/types.js';
import { isSentenceStart, startsUpper } from './text/case.js';
import { isInside, proseBlocks, quotedRanges } from './text/prose.js';

/**
 * Words said twice in a row on purpose: "had had" (past perfect of "have"), "that that" (a conjunction
 * before a demonstrative), "is is" (what it is is), "do do" and "does does" (emphasis after "what"),
 * "her her" (gave her her own room).
 */
const grammaticalRepeats = new Set(['had', 'that', 'is', 'do', 'does', 'her']);

/**
 * A word, white space, and the same word again, its first letter in either case ("The the"): one
 * native regex with a back-reference, so that only the rare repeats reach JavaScript. The
 * back-reference fails at the first differing letter, and the word is taken whole (a look-ahead is
 * atomic), so a word not followed by white space fails at once: the scan is linear. Words with an
 * apostrophe (children’s) are not compared.
 */
const repeat = /\b([A-Za-z])(?=([A-Za-z]*))\2\s+([A-Za-z])\2\b/g;

export default defineRule({
  meta: {
    id: 'style-repeated-word',
    description: 'No word written twice in a row ("the the").',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `A word typed twice ("the the", "children children") is a slip that a reader notices at once and a
spell checker does not. Reported: a word followed, after spaces or a line break only, by the same word,
in any case ("The the"), in narrative prose. The fix deletes the second word and the space before it;
a run ("the the the") is one finding, and its fix deletes every repeat.

Left alone: the repeats English grammar allows ("had had", "that that", "what it is is", "what they do
do", "gave her her own room"), numbers ("in 2024 2024" is more likely a table pasted into prose), words
split by punctuation ("good. Good"), two capitalised words in mid-sentence (a name such as
"Baden Baden"), quotations (a child's words are reported as said), code and HTML comments.

Words of English letters only are compared (not "café café" or "children’s children’s").

Measured on the real corpus (16 reports, 30 letters): no finding; the one repeat there is "had had".`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      let quotes: ReturnType<typeof quotedRanges> | undefined;
      repeat.lastIndex = 0;
      for (let m = repeat.exec(text); m; m = repeat.exec(text)) {
        const pair = readPair(text, m);
        // Resume at the second word: in "the the the" it is compared with the third.
        repeat.lastIndex = pair.secondStart;
        if (!pair.slip) continue;
        quotes ??= quotedRanges(text);
        if (isInside(quotes, pair.secondStart)) continue;
        // "the the the" is one slip: the run's repeats are reported and deleted together.
        let last = pair;
        let count = 2;
        for (let next = repeat.exec(text); next && next.index === last.secondStart; next = repeat.exec(text)) {
          const more = readPair(text, next);
          if (!more.slip) break;
          last = more;
          count++;
          repeat.lastIndex = more.secondStart;
        }
        const runEnd = last.end;
        // The next slip starts after the run (a match past it, found above, is searched for again).
        repeat.lastIndex = runEnd;
        const second = text.slice(pair.secondStart, pair.end);
        const deleted = { start: offset + pair.firstEnd, end: offset + runEnd };
        report({
          message:
            count === 2 ? `"${second}" is written twice: delete the second.` : `"${second}" is written ${count} times: delete the repeats.`,
          range: { start: offset + pair.secondStart, end: offset + runEnd },
          // The space before the second word goes with it: the fix reaches past the reported words by that gap.
          fix: {
            description: count === 2 ? `Delete the repeated "${second}"` : `Delete the ${count - 1} repeats of "${second}"`,
            edits: [{ range: deleted, newText: '' }],
            scope: deleted,
          },
        });
      }
    }
  },
});

/** Where a match's two words are, and whether the second is a slip. */
function readPair(text: string, m: RegExpExecArray): { firstEnd: number; secondStart: number; end: number; slip: boolean } {
  const firstEnd = m.index + 1 + m[2]!.length;
  const secondStart = m.index + m[0].length - 1 - m[2]!.length;
  const end = m.index + m[0].length;
  const slip =
    m[1]!.toLowerCase() === m[3]!.toLowerCase() && isGap(text, firstEnd, secondStart) && isRepeatedWord(text, m.index, secondStart, end);
  return { firstEnd, secondStart, end, slip };
}

/** The second of two equal words is a slip: not a grammatical repeat, not part of a longer word, not a name. */
function isRepeatedWord(text: string, firstStart: number, secondStart: number, secondEnd: number): boolean {
  const first = text.slice(firstStart, secondStart).trimEnd();
  if (grammaticalRepeats.has(first.toLowerCase())) return false;
  // Letters of other scripts, digits or a hyphen continue a word: "re-re" or "café café" are not these words.
  if (/[\p{L}\p{N}'’-]/u.test(text[secondEnd] ?? '') || /[\p{L}\p{N}'’-]/u.test(text[firstStart - 1] ?? '')) return false;
  return !(startsUpper(first) && startsUpper(text[secondStart]!) && !isSentenceStart(text, firstStart));
}

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
