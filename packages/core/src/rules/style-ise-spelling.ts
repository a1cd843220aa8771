import { defineRule } from '../engine/types.js';
import { isSentenceStart } from './text/case.js';
import { proseBlocks } from './text/prose.js';

/** A word with an -ize family ending: organize, organizes, organized, organizing, organizer(s), organization(s), organizational. */
const izeWord = /(?<![\p{L}\p{N}'’-])(\p{L}{2,})(iz)(e|es|ed|ing|er|ers|ation|ations|ational)(?![\p{L}\p{N}])/giu;

/**
 * Words whose z belongs to the root, not to the -ize suffix: "size" and its compounds (capsize,
 * downsize, resize, bite-size), prize, seize, maize, baize, assize. Matched on what precedes "iz".
 */
const rootZ = /^(?:caps|downs|overs|outs|res|ups|unders|supers|bites|mids|pr|se|ma|ba|ass)$/i;

export default defineRule({
  meta: {
    id: 'style-ise-spelling',
    description: 'Use -ise spellings (organise, prioritise, recognise), not -ize.',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Ofsted's house style uses -ise (1,203 -ise spellings to 1 -ize in the 2023 to 2026 reports). The
rule flags words with an -ize ending (organize, organizes, organized, organizing, organizer,
organization, organizational) in narrative prose; the fix changes the "z" to "s", keeping capitals.

Left alone:
- words whose "z" is part of the root: size and its compounds (capsize, downsize, resize, oversize,
  bite-size), prize, seize, maize, baize, assize;
- proper names: a capitalised word that does not start a sentence ("the World Health Organization");
- words in capitals, code, HTML comments, headings and the front matter.

-yze spellings (analyze) are a different pattern and are not checked.`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      if (!/iz/i.test(text)) continue;
      izeWord.lastIndex = 0;
      for (let m = izeWord.exec(text); m; m = izeWord.exec(text)) {
        const [word, stem, iz] = m as unknown as [string, string, string];
        if (rootZ.test(stem.toLowerCase()) || isShouted(word)) continue;
        if (/^\p{Lu}/u.test(word) && !isSentenceStart(text, m.index)) continue;
        const zAt = offset + m.index + stem.length + 1;
        const s = iz[1] === 'Z' ? 'S' : 's';
        const corrected = `${word.slice(0, stem.length + 1)}${s}${word.slice(stem.length + 2)}`;
        report({
          message: `Write "${corrected}": Ofsted uses -ise spellings.`,
          range: { start: offset + m.index, end: offset + m.index + word.length },
          fix: { description: `Write "${corrected}"`, edits: [{ range: { start: zAt, end: zAt + 1 }, newText: s }] },
        });
      }
    }
  },
});

function isShouted(word: string): boolean {
  return word === word.toUpperCase();
}
