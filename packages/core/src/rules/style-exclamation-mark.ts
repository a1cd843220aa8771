import { defineRule } from '../engine/types.js';
import { isInside, proseBlocks, quotedRanges } from './text/prose.js';

/** One or more exclamation marks, not the "![" that opens a Markdown image. */
const exclamation = /!+(?!\[)/g;

export default defineRule({
  meta: {
    id: 'style-exclamation-mark',
    description: 'No exclamation marks in narrative.',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Reports state findings evenly: no exclamation marks in the 2023 to 2026 reports. The rule flags
each run of "!" in narrative prose. Quotations (a child's words, “...”), code, HTML comments and the
"![" of a Markdown image are left alone.

The fix replaces the run with a full stop where it ends a sentence after a word, a number or a
closing bracket (followed by a space, a closing quote or bracket, or the end of the paragraph). In
the middle of a sentence, or after "?", there is no single right rewrite, so there is no fix.`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      if (!text.includes('!')) continue;
      const quotes = quotedRanges(text);
      exclamation.lastIndex = 0;
      for (let m = exclamation.exec(text); m; m = exclamation.exec(text)) {
        if (isInside(quotes, m.index)) continue;
        const before = text[m.index - 1] ?? '';
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        const endsSentence = /[\p{L}\p{N})\]]/u.test(before) && /^(?:[\s)\]”’"']|$)/.test(after) && !/^\s+\p{Ll}/u.test(after);
        const range = { start: offset + m.index, end: offset + m.index + m[0].length };
        report({
          message: 'Avoid exclamation marks in a report: end the sentence with a full stop.',
          range,
          ...(endsSentence ? { fix: { description: 'Write a full stop', edits: [{ range, newText: '.' }] } } : {}),
        });
      }
    }
  },
});
