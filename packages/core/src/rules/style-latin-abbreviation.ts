import { defineRule } from '../engine/types.js';
import { matchCase } from './text/case.js';
import { proseBlocks } from './text/prose.js';
import { letterOrDigit, standaloneMatches } from './text/standalone-matches.js';

/** e.g., eg, i.e., ie, etc., with or without their full stops; standing alone as words (checked below). */
const abbreviation = /(e\.\s?g\.?|eg\.?|i\.\s?e\.?|ie\.?|etc\.?)/gi;
const letterDigitOrDot = /[\p{L}\p{N}.]/u;

const replacements: Record<string, string> = { eg: 'for example', ie: 'that is' };

export default defineRule({
  meta: {
    id: 'style-latin-abbreviation',
    description: 'No "e.g.", "i.e." or "etc.": write "for example", "that is", or name the items.',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Ofsted's house style never uses "eg", "ie" or "etc" (none in the 2023 to 2026 reports). The rule flags
them in narrative prose with or without full stops ("e.g.", "eg", "e. g.", "i.e.", "ie", "etc.", "etc").
Undotted capitals ("IE", "ETC") are left alone: they are names, not Latin.

The fix writes "for example" for "e.g." and "that is" for "i.e.", keeping a capital at the start of a
sentence. It is offered only where the abbreviation is followed by a space, a comma, a colon or a
closing bracket: at the end of a sentence its last full stop may also end the sentence, and which
it is needs a person. "etc." has no fix: the list should be finished or introduced with "such as".`,
  },
  check({ draft, report }) {
    for (const { text, offset } of proseBlocks(draft)) {
      for (const m of standaloneMatches(text, abbreviation, letterDigitOrDot, letterOrDigit)) {
        const written = m[0];
        // "IE", "EG", "ETC" in capitals without full stops are names (Internet Explorer), not Latin.
        if (!written.includes('.') && written === written.toUpperCase()) continue;
        const key = written.toLowerCase().replace(/[.\s]/g, '');
        const start = offset + m.index;
        const range = { start, end: start + written.length };
        const replacement = replacements[key];
        if (!replacement) {
          report({ message: `Avoid "${written}": finish the list, or introduce it with "such as" or "including".`, range });
          continue;
        }
        const next = text[m.index + written.length];
        const fixable = next === ' ' || next === ',' || next === ':' || next === ')' || next === '\n';
        const newText = matchCase(replacement, written);
        report({
          message: `Write "${replacement}" instead of "${written}".`,
          range,
          ...(fixable ? { fix: { description: `Write "${newText}"`, edits: [{ range, newText }] } } : {}),
        });
      }
    }
  },
});
