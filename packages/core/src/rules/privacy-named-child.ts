import { authorities } from '../framework/authorities.js';
import { definePrivacyRule } from './text/privacy-scan.js';
import { findNamedChildren } from './text/named-children.js';

/** The words of a name, lower case, apostrophes straightened: "O’Neill" gives "o'neill". */
const words = (name: string): string[] => name.toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u).filter((w) => w.length > 1);
/** Every word of every authority name and alias: "harrow", "blackburn", "darwen"... */
const authorityWords: ReadonlySet<string> = new Set(authorities.flatMap((a) => [a.name, ...(a.aliases ?? [])]).flatMap(words));

export default definePrivacyRule({
  meta: {
    id: 'privacy-named-child',
    description: 'No child named with their age ("Jack, aged 7", "seven-year-old Jack", "Jack (7)").',
    docs: `Catches a capitalised name next to an age from 0 to 25, in digits or words: "Jack, aged 7",
"Jack (aged 7)", "seven-year-old Jack", "7-year-old Jack", "Jack (7)", "Jack, 7, lives with...".
Left alone: age ranges and cohorts ("Children aged 16 to 25", "aged 16 and 17", "aged 16+",
"17-year-olds"); capitalised words that stand where a name would but are not names (Children,
Outcome, Enabler, Paragraph, Section, Year, months, days, and every English authority's name);
the lead inspector's name (from the front matter) and anyone else named without an age.
Misses: a name with no age next to it ("Jack said..."), names in lower case, and ages above 25.
Checked everywhere in the draft, front matter included.`,
  },
  noun: 'a named child',
  find(text, { facts }) {
    // The inspector's name is what comes before the first comma ("Jane Smith, His Majesty’s Inspector").
    const inspectorName = facts.leadInspector?.split(',')[0] ?? '';
    const people = new Set(words(inspectorName));
    const draftPlace = new Set(words(facts.authorityName ?? ''));
    return findNamedChildren(text, { people, places: { has: (word) => authorityWords.has(word) || draftPlace.has(word) } });
  },
});
