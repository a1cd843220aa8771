import { authorities } from '../framework/authorities.js';
import { definePrivacyRule } from './text/privacy-scan.js';
import { findNamedChildren } from './text/named-children.js';

/** The words of a name, lower case, apostrophes straightened: "O’Neill" gives "o'neill". */
const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}']+/u)
    .filter((w) => w.length > 1);
/** Every word of every authority name and alias: "harrow", "blackburn", "darwen"... */
const authorityWords: ReadonlySet<string> = new Set(authorities.flatMap((a) => [a.name, ...(a.aliases ?? [])]).flatMap(words));

export default definePrivacyRule({
  meta: {
    id: 'privacy-named-child',
    description: 'No child named with their age ("Jack, aged 7", "seven-year-old Jack", "Jack (7)").',
    docs: `Catches a child named with an age, in the ways a careless author writes it: "Jack, aged 7",
"Jack aged 7", "JACK, AGED 7", "J., aged 7", "Child A (aged 6)", "Jack (7)", "Jack (7 years old)",
"Jack (7yrs)", "Leon (15 yo)", "Priya, 14,", "Jack, who is 7", "Jack is a 7-year-old boy", "The child,
Jack, is seven years old", "Zara turned 18", "seven-year-old Jack", "a 14-year-old named Maddison",
"Aged 12, Ethan", and several children together ("Leo and Ava, aged 6 and 8", "Jack (7) and Amy (9)",
"Jack and his sister, aged 7 and 4"). A name is a capitalised word, a word in capitals, an initial or
initials, or a nickname in quotes, with or without a surname; an age is 0 to 25 years, or months and
weeks, in digits or words. Invisible and right-to-left characters are undone first.
Left alone: cohorts and ranges ("Children aged 16 and 17", "care leavers aged 18 to 25", "aged 16+",
"17-year-olds"); the capitalised words of report prose that stand where a name would: framework and
document labels, programmes, teams, buildings and streets ("Outcome (3)", "Wave (2)", "Pillar (3)",
"Staying Close (14)", "The Family Hub, 12, Church Street"), words with common-word endings, plural
nouns ("Visits (14)"), acronyms, authority names next to a bare number ("Leeds (14)"), a word after
"the" or "our", and a bare number that the sentence shows counts things ("Wave (2) of the programme",
"(14) young people", "Anchor (2) is the edge-of-care team"); the lead inspector's name.
Misses: a number in words after a verb or between commas ("Stanley is seven", "Nia, twelve,"), names
in lower case, and ages above 25. A one-word service or place name unknown to the rule, with a bare
number in brackets ("Horizon (14) supports..."), is reported: say so with \`ilacs-disable-next-line\`.
Measured on the project's labelled set (\`packages/core/test/corpus/privacy-variants.yaml\`, 493 hard
negatives from report language): recall 96.8% of 188 positives, 2 false positives (0.4%).`,
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
