import { defineRule, type Fix } from '../engine/types.js';
import { expansionsOf, glossaryWith, type GlossaryEntry } from '../framework/glossary.js';
import { capitalise, startsUpper } from './text/case.js';
import { proseBlocks } from './text/prose.js';

/** A word as expansions are written: letters and digits joined by apostrophes, hyphens, "/" or "&"; a trailing apostrophe (officers’). */
const wordPattern = /[\p{L}\p{N}]+(?:['’/&-][\p{L}\p{N}]+)*['’]?/gu;

/** "(IRO)", "(IROs)", "(IRO’s)", "(IROs’)": an acronym in brackets, with a plural or possessive ending. */
const bracketedAcronym = /\(([A-Za-z&]{2,12}?)(s?)(['’]s?)?\)/g;

/** Lower case, straight apostrophes, no possessive ending: "Officers’" and "officer's" compare as "officers" and "officer". */
function comparable(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
}

interface Expansion {
  entry: GlossaryEntry;
  plural: boolean;
  words: string[];
}

/** Words before "(" that a glossary expansion can be compared with; at most this many are read. */
const longestExpansionWords = 8;

export default defineRule({
  meta: {
    id: 'style-acronym-expansion',
    description: 'An acronym in brackets follows its own expansion: not "independent reviewing officer (LADO)".',
    category: 'style',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `A first use writes the words and then the acronym in brackets, "independent reviewing officer (IRO)".
When a draft is edited from another text, the two can come apart: "independent reviewing officer
(LADO)". Reported: an acronym of the glossary (\`@ilacs/core\` \`glossary\`, with the configuration's
additions) in brackets, singular, plural or possessive ("(IROs)", "(IROs’)"), straight after words
that are another glossary acronym's expansion, singular or plural ("independent reviewing officers’
(LADO)"). Compared without case, possessive endings, commas and typographic apostrophes.

The fix depends on the rest of the draft: when the acronym of the words is used elsewhere and the
bracketed one is not, the acronym in brackets is wrong and the fix writes the right one ("(IRO)");
when the bracketed acronym is used elsewhere and the other is not, the words are wrong and the fix
writes its expansion ("local authority designated officer (LADO)"). Otherwise both are offered as
suggestions, as only the author knows which was meant.

Left alone: acronyms the glossary does not know (local teams and services, such as "the out-of-hours
service (EDT)"), words that are no glossary expansion ("family group conferencing (FGC)"), a plural
acronym after singular words or the reverse (real reports write "directors of children’s services
(DCS)"), code and HTML comments.

Measured on the real corpus (16 reports, 30 letters): no finding. In each of the 23 documents that
define a glossary acronym, putting another acronym in the first definition's brackets is found.`,
  },
  check({ draft, config, report }) {
    const { byAcronym, expansions } = prepared(glossaryWith(config.glossary));
    const blocks = proseBlocks(draft);
    // Counted only when a mismatch needs them: most drafts have none.
    let uses: Map<string, number> | undefined;
    for (const { text, offset } of blocks) {
      if (!text.includes('(')) continue;
      bracketedAcronym.lastIndex = 0;
      for (let m = bracketedAcronym.exec(text); m; m = bracketedAcronym.exec(text)) {
        const written = byAcronym.get(m[1]!) ?? (m[2] === '' ? undefined : byAcronym.get(m[1]! + m[2]!));
        if (!written) continue;
        const words = wordsBefore(text, m.index);
        if (words.length === 0) continue;
        if (endsWithExpansionOf(words, expansions, written)) continue;
        const other = longestExpansionEndingWords(words, expansions);
        if (!other || other.entry.acronym === written.acronym) continue;
        const expansionStart = words[words.length - other.words.length]!.start;
        const acronymStart = m.index + 1;
        const acronymEnd = acronymStart + m[1]!.length;
        const wordsRange = { start: offset + expansionStart, end: offset + words[words.length - 1]!.end };
        const writtenWords = text.slice(expansionStart, words[words.length - 1]!.end);
        const rightAcronym: Fix = {
          description: `Write "(${other.entry.acronym}${m[2]}${m[3] ?? ''})"`,
          edits: [{ range: { start: offset + acronymStart, end: offset + acronymEnd }, newText: other.entry.acronym }],
        };
        const writtenExpansion = expansionsOf(written)[other.plural ? expansionsOf(written).length - 1 : 0]!;
        const possessive = /['’]s?$/.exec(writtenWords)?.[0] ?? '';
        const newWords = (startsUpper(writtenWords) ? capitalise(writtenExpansion) : writtenExpansion) + possessive;
        const rightWords: Fix = { description: `Write "${newWords}"`, edits: [{ range: wordsRange, newText: newWords }] };
        uses ??= acronymUses(
          blocks.map((b) => b.text),
          byAcronym,
        );
        const acronymUsed = (uses.get(written.acronym) ?? 0) > 1;
        const otherUsed = (uses.get(other.entry.acronym) ?? 0) > 0;
        const fix = otherUsed && !acronymUsed ? rightAcronym : acronymUsed && !otherUsed ? rightWords : undefined;
        report({
          message: `"${writtenWords}" is the expansion of ${other.entry.acronym}, not of ${written.acronym} (${written.expansion}).`,
          range: { start: offset + expansionStart, end: offset + m.index + m[0].length },
          data: { written: written.acronym, expansionOf: other.entry.acronym },
          ...(fix ? { fix } : { suggestions: [rightAcronym, rightWords] }),
        });
      }
    }
  },
});

/** The glossary's acronyms and expansions as compared, once per glossary (the built-in one is shared by every lint). */
const preparedGlossaries = new WeakMap<readonly GlossaryEntry[], { byAcronym: Map<string, GlossaryEntry>; expansions: Expansion[] }>();

function prepared(entries: readonly GlossaryEntry[]): { byAcronym: Map<string, GlossaryEntry>; expansions: Expansion[] } {
  let found = preparedGlossaries.get(entries);
  if (!found) {
    found = {
      byAcronym: new Map(entries.map((e) => [e.acronym, e])),
      expansions: entries.flatMap((entry) =>
        expansionsOf(entry).map((text, i) => ({ entry, plural: i === 1, words: text.replace(/,/g, '').split(/\s+/).map(comparable) })),
      ),
    };
    preparedGlossaries.set(entries, found);
  }
  return found;
}

/** Up to eight words straight before `end` (spaces and commas between them), with their offsets. */
function wordsBefore(text: string, end: number): { start: number; end: number; word: string }[] {
  let from = end;
  while (from > 0 && text[from - 1] === ' ') from--;
  if (from === end) return []; // "(IRO)" must follow a space
  const windowStart = Math.max(0, from - 160);
  const slice = text.slice(windowStart, from);
  const words: { start: number; end: number; word: string }[] = [];
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(slice); m; m = wordPattern.exec(slice)) {
    const between = slice.slice(words.length > 0 ? words[words.length - 1]!.end - windowStart : m.index, m.index);
    // A sentence or clause break ends the words an expansion can be made of.
    if (/[.;:!?()[\]]/.test(between)) words.length = 0;
    words.push({ start: windowStart + m.index, end: windowStart + m.index + m[0].length, word: comparable(m[0]) });
  }
  if (words.length > 0 && words[words.length - 1]!.end !== from) return [];
  return words.slice(-longestExpansionWords);
}

function endsWith(words: readonly { word: string }[], expansion: Expansion): boolean {
  if (expansion.words.length > words.length) return false;
  const offset = words.length - expansion.words.length;
  return expansion.words.every((w, i) => words[offset + i]!.word === w);
}

function endsWithExpansionOf(words: readonly { word: string }[], expansions: readonly Expansion[], entry: GlossaryEntry): boolean {
  return expansions.some((e) => e.entry === entry && endsWith(words, e));
}

function longestExpansionEndingWords(words: readonly { word: string }[], expansions: readonly Expansion[]): Expansion | undefined {
  let best: Expansion | undefined;
  for (const e of expansions) if (endsWith(words, e) && (!best || e.words.length > best.words.length)) best = e;
  return best;
}

/** How often each glossary acronym is written as a word, singular or plural, in the prose. */
function acronymUses(texts: readonly string[], byAcronym: ReadonlyMap<string, GlossaryEntry>): Map<string, number> {
  const counts = new Map<string, number>();
  const token = /[A-Za-z&]{2,12}/g;
  for (const text of texts) {
    token.lastIndex = 0;
    for (let m = token.exec(text); m; m = token.exec(text)) {
      const before = text[m.index - 1];
      const after = text[m.index + m[0].length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      const entry = byAcronym.get(m[0]) ?? (m[0].endsWith('s') ? byAcronym.get(m[0].slice(0, -1)) : undefined);
      if (entry) counts.set(entry.acronym, (counts.get(entry.acronym) ?? 0) + 1);
    }
  }
  return counts;
}
