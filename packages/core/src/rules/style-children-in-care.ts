import { defineRule } from '../engine/types.js';
import { matchCase } from './text/case.js';
import { proseBlocks } from './text/prose.js';

/** "looked after children" / "looked-after children", and the acronyms LAC, CLA, CiC as whole words. */
const phrase = /(?<![\p{L}\p{N}])looked[ -]after children(['’]s?)?(?![\p{L}\p{N}])/giu;
const acronym = /(?<![\p{L}\p{N}&])(LAC|CLA|CiC)(?![\p{L}\p{N}&])/gu;
const adverbBefore = /(\p{L}+ly)\s+$/iu;

export default defineRule({
  meta: {
    id: 'style-children-in-care',
    description: 'Write "children in care", not "looked after children", LAC, CLA or CiC.',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `The ILACS framework says "children in care" for all looked-after children, because children prefer
it, and reports follow it (1,682 uses to 52 of "looked after children" in 2023 to 2026; LAC, CLA
and CiC never). Those 52, and the letters that name a "looked after children team", depart from the
framework's wording and keep the warning: a service may still be called by its own name if the author
chooses, by disabling the rule for that line. The rule flags "looked after children" and "looked-after children" in narrative
prose, and the acronyms LAC, CLA and CiC as whole words.

The fix rewrites "looked after children" as "children in care" (capital kept). It is not offered
- after an adverb ("newly looked after children"): "newly children in care" is not English, and
  the sentence needs rewording;
- for the possessive ("looked after children’s"), which reads better rewritten ("of children in care");
- for LAC, CLA and CiC, which also stand for "looked after child" and "child looked after" and can be
  nouns or adjectives ("a LAC review"); a suggestion offers "children in care" instead.
Left alone: "previously looked after children", the legal category of children who left care through
adoption or special guardianship (they are not in care); a service's name defined with an acronym,
as "mental health services for looked after children (LACCAMHS)"; "children looked after" and
"become looked after", which describe legal status; and "CiCC" or "LACCAMHS", which are other names.`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      phrase.lastIndex = 0;
      for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const adverb = adverbBefore.exec(before)?.[1];
        if (adverb?.toLowerCase() === 'previously') continue;
        const end = m.index + m[0].length;
        if (/^\s*\([A-Z][A-Za-z]*\)/.test(text.slice(end, end + 20))) continue;
        const range = { start: offset + m.index, end: offset + end };
        const newText = matchCase('children in care', m[0]);
        const canFix = adverb === undefined && m[1] === undefined;
        report({
          message: canFix
            ? `Write "${newText}" rather than "${m[0]}".`
            : `Write "children in care" rather than "${m[0]}"; reword the phrase.`,
          range,
          ...(canFix ? { fix: { description: `Write "${newText}"`, edits: [{ range, newText }] } } : {}),
        });
      }
      acronym.lastIndex = 0;
      for (let m = acronym.exec(text); m; m = acronym.exec(text)) {
        const range = { start: offset + m.index, end: offset + m.index + m[0].length };
        report({
          message: `Avoid "${m[0]}": write "children in care" (or "child in care"), as Ofsted does.`,
          range,
          suggestions: [{ description: 'Write "children in care"', edits: [{ range, newText: 'children in care' }] }],
        });
      }
    }
  },
});
