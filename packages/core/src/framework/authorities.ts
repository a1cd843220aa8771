import { authorityRecords } from './authorities-data.js';

export interface AuthorityRecord {
  /** The name Ofsted's statistics use. */
  name: string;
  /** ONS region. */
  region: string;
  /** Other names seen in report titles and in common use ("Hull", "City of York Council"). */
  aliases?: readonly string[];
  /** First day the authority existed, where it was created after ILACS began (YYYY-MM-DD). */
  from?: string;
  /** Last day the authority existed, for abolished predecessors (YYYY-MM-DD). */
  until?: string;
  /** Authorities that took over from an abolished one. */
  successors?: readonly string[];
}

/** Every authority known to the model: the 153 current ones, then abolished predecessors. */
export const authorities: readonly AuthorityRecord[] = authorityRecords;

/** The 153 English authorities with children's services today. */
export const currentAuthorities: readonly AuthorityRecord[] = authorityRecords.filter((a) => a.until === undefined);

/** Normalises a name for lookup: case, typographic apostrophes, "&", punctuation, a trailing "council". */
export function normaliseAuthorityName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (county|city|borough|metropolitan borough|district)? ?council$/, '')
    .trim();
}

const byNormalisedName = new Map<string, AuthorityRecord>();
for (const record of authorityRecords) {
  for (const name of [record.name, ...(record.aliases ?? [])]) {
    byNormalisedName.set(normaliseAuthorityName(name), record);
  }
}

/** Finds an authority by its name or an alias, forgiving case, "&" and a "Council" suffix. */
export function findAuthority(name: string): AuthorityRecord | undefined {
  return byNormalisedName.get(normaliseAuthorityName(name));
}

/** Every accepted spelling: names and aliases. */
export function authorityNamesAndAliases(): string[] {
  return authorityRecords.flatMap((a) => [a.name, ...(a.aliases ?? [])]);
}

/** Whether the authority existed on an ISO date. */
export function authorityExistedOn(record: AuthorityRecord, isoDate: string): boolean {
  if (record.from !== undefined && isoDate < record.from) return false;
  if (record.until !== undefined && isoDate > record.until) return false;
  return true;
}

/** Up to `limit` authority names closest to a misspelt one, for "did you mean" messages. */
/** No authority's name or alias is near this long; longer text is not a misspelt name. */
const longestPlausibleName = 80;

export function suggestAuthorities(name: string, limit = 3): string[] {
  if (name.length > longestPlausibleName) return [];
  const wanted = normaliseAuthorityName(name);
  if (wanted.length === 0) return [];
  const scored = authorityRecords.map((a) => ({ name: a.name, score: similarity(wanted, normaliseAuthorityName(a.name)) }));
  scored.sort((x, y) => y.score - x.score);
  return scored.filter((s) => s.score > 0.45).slice(0, limit).map((s) => s.name);
}

/** Dice coefficient over character bigrams: cheap, bounded, good enough for names. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const bigrams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    bigrams.set(g, (bigrams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = bigrams.get(g) ?? 0;
    if (n > 0) {
      bigrams.set(g, n - 1);
      shared++;
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}
