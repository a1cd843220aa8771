import { defineRule } from '../engine/types.js';
import { proseBlocks } from './text/prose.js';

const judgment = /\b(judg)(ments?)\b/gi;
/** "the court's judgment": British English keeps this spelling for a court's decision. */
const courtBefore = /\bcourt(?:['’]s|s['’]?)?\s+(?:\S+\s+)?$/i;

export default defineRule({
  meta: {
    id: 'style-judgement-spelling',
    description: 'Write "judgement", not "judgment".',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Ofsted spells it "judgement" (196 to 1 in the 2023 to 2026 reports). The rule flags "judgment" and
"judgments" in narrative prose, any case, and the fix inserts the "e" keeping the author's capitals.

Left alone: a court's decision ("the court's judgment", "a High Court judgment"), where British
English keeps "judgment"; the rule skips the word when "court" is one or two words before it.
Headings, the front matter, code and HTML comments are not checked.`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      judgment.lastIndex = 0;
      for (let m = judgment.exec(text); m; m = judgment.exec(text)) {
        if (courtBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        const start = offset + m.index;
        const insertAt = start + m[1]!.length;
        const e = m[1] === m[1]!.toUpperCase() ? 'E' : 'e';
        report({
          message: `Write "${m[1]}${e}${m[2]}": Ofsted spells it "judgement".`,
          range: { start, end: start + m[0].length },
          fix: { description: 'Spell it "judgement"', edits: [{ range: { start: insertAt, end: insertAt }, newText: e }] },
        });
      }
    }
  },
});
