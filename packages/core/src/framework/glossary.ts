/**
 * Sector acronyms and their expansions: one source for the acronym rule, completion and hover.
 * Ofsted's house style spells an acronym out at first use, as "independent reviewing officer (IRO)",
 * and leaves a handful of everyday abbreviations bare (UK, GP, NHS, COVID, GCSE).
 *
 * Expansions are written as they appear mid-sentence: lower case unless the words are a proper name.
 * The entries were chosen from the acronyms defined in published ILACS reports.
 */
export interface GlossaryEntry {
  /** As written in reports, case and all ("IRO", "CAMHS"). */
  acronym: string;
  /** The singular expansion ("independent reviewing officer"). */
  expansion: string;
  /** The plural expansion, for "IROs"; omitted when the acronym is not used in the plural. */
  plural?: string;
  /** An everyday abbreviation readers know: it needs no expansion at first use. */
  common?: boolean;
  /** Where the entry came from: the built-in list or the user's configuration. */
  source: 'builtin' | 'config';
}

type BuiltinEntry = Omit<GlossaryEntry, 'source'>;

/** Plural by adding "s" to the last word, the usual case ("personal advisers"). */
const s = (expansion: string): BuiltinEntry => ({ acronym: '', expansion, plural: `${expansion}s` });

const sectorAcronyms: readonly BuiltinEntry[] = [
  { ...s('agency decision maker'), acronym: 'ADM' },
  { ...s('assessed and supported year in employment'), acronym: 'ASYE', plural: undefined },
  { acronym: 'CAMHS', expansion: 'child and adolescent mental health services' },
  { acronym: 'CCE', expansion: 'child criminal exploitation' },
  { ...s('clinical commissioning group'), acronym: 'CCG' },
  { acronym: 'CSE', expansion: 'child sexual exploitation' },
  { acronym: 'DCS', expansion: 'director of children’s services', plural: 'directors of children’s services' },
  { acronym: 'DoLS', expansion: 'deprivation of liberty safeguards' },
  { ...s('designated safeguarding lead'), acronym: 'DSL' },
  { acronym: 'EET', expansion: 'education, employment or training' },
  { acronym: 'EHCP', expansion: 'education, health and care plan', plural: 'education, health and care plans' },
  { acronym: 'EHE', expansion: 'elective home education' },
  { ...s('family group conference'), acronym: 'FGC' },
  { acronym: 'FDAC', expansion: 'family drug and alcohol court' },
  { acronym: 'HMO', expansion: 'house in multiple occupation', plural: 'houses in multiple occupation' },
  { ...s('integrated care board'), acronym: 'ICB' },
  { ...s('initial child protection conference'), acronym: 'ICPC' },
  { ...s('independent domestic violence adviser'), acronym: 'IDVA' },
  { ...s('independent reviewing officer'), acronym: 'IRO' },
  { ...s('joint targeted area inspection'), acronym: 'JTAI' },
  { ...s('local authority designated officer'), acronym: 'LADO' },
  { ...s('local child safeguarding practice review'), acronym: 'LCSPR' },
  { acronym: 'LSCP', expansion: 'local safeguarding children partnership', plural: 'local safeguarding children partnerships' },
  { acronym: 'MACE', expansion: 'multi-agency child exploitation' },
  { acronym: 'MAPPA', expansion: 'multi-agency public protection arrangements' },
  { ...s('multi-agency risk assessment conference'), acronym: 'MARAC' },
  { acronym: 'MASH', expansion: 'multi-agency safeguarding hub', plural: 'multi-agency safeguarding hubs' },
  { acronym: 'NEET', expansion: 'not in education, employment or training' },
  { acronym: 'NRM', expansion: 'national referral mechanism' },
  { ...s('personal adviser'), acronym: 'PA' },
  { ...s('personal education plan'), acronym: 'PEP' },
  { acronym: 'PLO', expansion: 'Public Law Outline' },
  { ...s('regional adoption agency'), acronym: 'RAA', plural: 'regional adoption agencies' },
  { ...s('return home interview'), acronym: 'RHI' },
  { acronym: 'SEND', expansion: 'special educational needs and/or disabilities' },
  { ...s('special guardianship order'), acronym: 'SGO' },
  { acronym: 'SIF', expansion: 'single inspection framework' },
  { acronym: 'UASC', expansion: 'unaccompanied asylum-seeking children' },
  { ...s('virtual school head'), acronym: 'VSH' },
  { acronym: 'YJS', expansion: 'youth justice service', plural: 'youth justice services' },
  { acronym: 'YOT', expansion: 'youth offending team', plural: 'youth offending teams' },
];

const commonAbbreviations: readonly BuiltinEntry[] = [
  { acronym: 'BTEC', expansion: 'Business and Technology Education Council qualification', common: true },
  { acronym: 'COVID', expansion: 'coronavirus disease', common: true },
  { acronym: 'GCSE', expansion: 'General Certificate of Secondary Education', common: true },
  { acronym: 'GP', expansion: 'general practitioner', plural: 'general practitioners', common: true },
  { acronym: 'NHS', expansion: 'National Health Service', common: true },
  { acronym: 'UK', expansion: 'United Kingdom', common: true },
];

function withoutUndefined(entry: BuiltinEntry): GlossaryEntry {
  const { plural, ...rest } = entry;
  return { ...rest, ...(plural !== undefined ? { plural } : {}), source: 'builtin' };
}

/** The built-in glossary, sorted by acronym. */
export const glossary: readonly GlossaryEntry[] = [...sectorAcronyms, ...commonAbbreviations]
  .map(withoutUndefined)
  .sort((a, b) => a.acronym.localeCompare(b.acronym));

/** A glossary with the user's additions: the shape of `LintConfig.glossary` (acronym to expansion). */
export type GlossaryAdditions = Readonly<Record<string, string>>;

/**
 * The built-in glossary with the configuration's entries added; a configured acronym replaces the
 * built-in one of the same spelling (a team may expand "PA" its own way).
 */
export function glossaryWith(additions: GlossaryAdditions | undefined): readonly GlossaryEntry[] {
  if (!additions || Object.keys(additions).length === 0) return glossary;
  const byAcronym = new Map(glossary.map((entry) => [entry.acronym, entry]));
  for (const [acronym, expansion] of Object.entries(additions)) {
    // No plural is guessed for a configured expansion: "IROs" is only expanded when the plural is known.
    byAcronym.set(acronym, { acronym, expansion, source: 'config' });
  }
  return [...byAcronym.values()].sort((a, b) => a.acronym.localeCompare(b.acronym));
}

/**
 * Looks an acronym up as written ("IRO"), or in the plural ("IROs"). Case matters: "Send" is a word,
 * "SEND" an acronym.
 */
export function findAcronym(text: string, additions?: GlossaryAdditions): GlossaryEntry | undefined {
  const entries = glossaryWith(additions);
  const exact = entries.find((entry) => entry.acronym === text);
  if (exact) return exact;
  if (text.endsWith('s')) return entries.find((entry) => entry.acronym === text.slice(0, -1));
  return undefined;
}

/** "independent reviewing officer (IRO)": the first-use form Ofsted prints. */
export function spelledOut(entry: GlossaryEntry, plural = false): string {
  const expansion = plural && entry.plural ? entry.plural : entry.expansion;
  return `${expansion} (${entry.acronym}${plural ? 's' : ''})`;
}

/** The entry's expansions, singular then plural where it has one: what may stand before "(IRO)" or "(IROs)". */
export function expansionsOf(entry: GlossaryEntry): string[] {
  return entry.plural ? [entry.expansion, entry.plural] : [entry.expansion];
}
