import { defineRule } from '../engine/types.js';
import { matchCase } from './text/case.js';
import { isInside, proseBlocks, quotedRanges } from './text/prose.js';

/** Contracted endings after an apostrophe, and what each stands for where that is unambiguous. */
const endings: Record<string, string | undefined> = { re: 'are', ve: 'have', ll: 'will', m: 'am', d: undefined };
/** Words whose 's stands for "is", "has" or "us"; after any other word 's is a possessive. */
const sWords = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'let']);
/** Negatives that do not split into "<word> not" ("ca" is what is left of "can't"). */
const irregularNegatives: Record<string, string | undefined> = { ca: 'cannot', wo: 'will not', sha: 'shall not', ai: undefined };
const letter = /\p{L}/u;
const apostrophe = /['’]/g;

interface Contraction {
  start: number;
  end: number;
  /** The words in full, lower case; undefined where that is ambiguous. */
  full: string | undefined;
}

/** Finds contractions by looking either side of each apostrophe: linear, whatever the text. */
function findContractions(text: string): Contraction[] {
  const found: Contraction[] = [];
  apostrophe.lastIndex = 0;
  for (let m = apostrophe.exec(text); m; m = apostrophe.exec(text)) {
    const j = m.index;
    let start = j;
    while (start > 0 && letter.test(text[start - 1]!)) start--;
    let end = j + 1;
    while (end < text.length && letter.test(text[end]!)) end++;
    if (start === j || end === j + 1 || /[\p{N}]/u.test(text[start - 1] ?? '') || /[\p{N}]/u.test(text[end] ?? '')) continue;
    const before = text.slice(start, j);
    const after = text.slice(j + 1, end).toLowerCase();
    const lowerBefore = before.toLowerCase();
    if (after === 't' && lowerBefore.endsWith('n') && before.length > 1) {
      const stem = lowerBefore.slice(0, -1);
      const full = stem in irregularNegatives ? irregularNegatives[stem] : `${stem} not`;
      found.push({ start, end, full });
    } else if (after in endings) {
      const word = endings[after];
      found.push({ start, end, full: word === undefined ? undefined : `${lowerBefore === 'i' ? 'I' : lowerBefore} ${word}` });
    } else if (after === 's' && sWords.has(lowerBefore)) {
      found.push({ start, end, full: lowerBefore === 'let' ? 'let us' : undefined });
    }
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'style-contraction',
    description: 'No contractions (don’t, isn’t, it’s) in narrative: write the words in full.',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Reports are formal: 5 contractions in 166 reports of 2023 to 2026. The few published reports and
letters that have one ("don’t", "it’s" in two 2018-19 focused-visit letters) depart from house style,
and keep the warning. The rule flags n't, 're, 've, 'll,
'm and 'd endings with straight or typographic apostrophes, and 's after it, that, there, here,
what, who, where, he, she and let (where it stands for "is", "has" or "us"; after a noun it is a
possessive and is left alone).

The fix writes the words in full, keeping a capital: "don't" becomes "do not", "can't" "cannot",
"won't" "will not", "they're" "they are", "we've" "we have", "let's" "let us". There is no fix where
the full form is ambiguous: 's ("it's" is "it is" or "it has") and 'd ("would" or "had"), or "ain't".
Quotations (“...”, ‘...’, "...") are left alone, as a child's words are reported as said; so are
code and HTML comments.`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      const contractions = findContractions(text);
      if (contractions.length === 0) continue;
      const quotes = quotedRanges(text);
      for (const { start, end, full } of contractions) {
        if (isInside(quotes, start)) continue;
        const written = text.slice(start, end);
        const range = { start: offset + start, end: offset + end };
        const newText = full ? matchCase(full, written) : undefined;
        report({
          message: newText
            ? `Write "${newText}" rather than "${written}".`
            : `Write "${written}" in full: reports do not use contractions.`,
          range,
          ...(newText ? { fix: { description: `Write "${newText}"`, edits: [{ range, newText }] } } : {}),
        });
      }
    }
  },
});
