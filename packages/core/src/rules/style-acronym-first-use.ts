import { defineRule } from '../engine/types.js';
import { glossaryWith, spelledOut, type GlossaryEntry } from '../framework/glossary.js';
import { capitalise, isSentenceStart } from './text/case.js';
import { proseBlocks } from './text/prose.js';
import { standaloneMatches } from './text/standalone-matches.js';

const letterDigitOrAmpersand = /[\p{L}\p{N}&]/u;

/**
 * Acronyms as whole words, singular or plural: one alternation, one pass over the text. Only letters,
 * digits and "&" (what the configuration schema allows) are taken, so nothing needs escaping.
 */
function acronymPattern(acronyms: readonly string[]): RegExp | undefined {
  const usable = acronyms.filter((a) => /^[A-Za-z0-9&]+$/.test(a)).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return undefined;
  // Standing alone (no letter, digit or "&" either side) is checked by standaloneMatches.
  return new RegExp(`(?:${usable.join('|')})s?`, 'g');
}

export default defineRule({
  meta: {
    id: 'style-acronym-first-use',
    description: 'Spell sector acronyms out at first use, as "independent reviewing officer (IRO)".',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Ofsted spells an acronym out the first time it is used and puts the acronym in brackets after it
("personal advisers (PAs)"); later uses may be bare. In the 2023 to 2026 reports this holds for about
95% of first uses. The other 5% (CAMHS, DCS or PAs used bare in some published reports and letters)
are departures from Ofsted's own style guide, so a real document that has one keeps the warning. The rule knows the acronyms in the glossary (\`@ilacs/core\` \`glossary\`, the same
list completion and hover use) plus any the configuration adds under \`glossary\`.

Reported: the first use, in narrative prose in document order, of a glossary acronym (or its plural,
"IROs") that is not written as a definition. A definition is the acronym in brackets straight after
words, "(IRO)", whatever the words before it (reports write "the out-of-hours service (EDT)"), or
the acronym followed by its expansion in brackets, "IRO (independent reviewing officer)".

The fix writes the expansion in front: "IROs" becomes "independent reviewing officers (IROs)", with a
capital at the start of a sentence. It is not offered for a plural the glossary has no plural for.
Not checked: everyday abbreviations marked common in the glossary (UK, GP, NHS, COVID, GCSE, BTEC),
acronyms the glossary does not know, headings, the judgement table, the front matter, code and HTML
comments. Case matters: "send" and "Send" are words, "SEND" is the acronym.`,
  },
  check({ draft, config, report }) {
    const entries = new Map<string, GlossaryEntry>();
    for (const entry of glossaryWith(config.glossary)) if (!entry.common) entries.set(entry.acronym, entry);
    const seen = new Set<string>();
    const word = acronymPattern([...entries.keys()]);
    if (!word) return;
    for (const { text, offset } of proseBlocks(draft)) {
      for (const m of standaloneMatches(text, word, letterDigitOrAmpersand)) {
        const token = m[0];
        const singular = entries.get(token);
        const plural = singular ? undefined : token.endsWith('s') ? entries.get(token.slice(0, -1)) : undefined;
        const entry = singular ?? plural;
        if (!entry || seen.has(entry.acronym)) continue;
        seen.add(entry.acronym);
        const end = m.index + token.length;
        if (isDefinition(text, m.index, end, entry)) continue;
        const isPlural = plural !== undefined;
        const range = { start: offset + m.index, end: offset + end };
        const canFix = !isPlural || entry.plural !== undefined;
        const written = spelledOut(entry, isPlural);
        const newText = isSentenceStart(text, m.index) ? capitalise(written) : written;
        report({
          message: `Spell "${token}" out at first use: "${written}".`,
          range,
          data: { acronym: entry.acronym, expansion: entry.expansion },
          ...(canFix ? { fix: { description: `Write "${newText}"`, edits: [{ range, newText }] } } : {}),
        });
      }
    }
  },
});

/** "(IRO)" after words, or "IRO (independent reviewing officer)". */
function isDefinition(text: string, start: number, end: number, entry: GlossaryEntry): boolean {
  if (text[start - 1] === '(' && text[end] === ')') return true;
  if (text.startsWith(' (', end)) {
    const close = text.indexOf(')', end + 2);
    const inBrackets = text
      .slice(end + 2, close === -1 ? undefined : close)
      .toLowerCase()
      .replace(/[’']/g, '’');
    return inBrackets.startsWith(entry.expansion.toLowerCase().replace(/[’']/g, '’').split(' ')[0]!);
  }
  return false;
}
