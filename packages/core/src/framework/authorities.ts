import { authorityRecords } from './authorities-data.js';
import { childrensServicesBodyRecords, corporateNameRecords, type ChildrensServicesBodyRecord } from './authorities-corporate-data.js';

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

/** A trust, company or partnership that runs one or more authorities' children's services. */
export type ChildrensServicesBody = ChildrensServicesBodyRecord;

const recordByName = new Map<string, AuthorityRecord>(authorityRecords.map((record) => [record.name, record]));
const corporateNamesByAuthority = new Map<AuthorityRecord, readonly string[]>();
for (const [short, names] of corporateNameRecords) {
  const record = recordByName.get(short);
  if (record) corporateNamesByAuthority.set(record, names);
}
const bodiesByAuthority = new Map<AuthorityRecord, ChildrensServicesBody[]>();
/** Every corporate name and body name, normalised, to the authorities it designates. */
const byNormalisedOtherName = new Map<string, AuthorityRecord[]>();
for (const [record, names] of corporateNamesByAuthority) {
  for (const name of names) byNormalisedOtherName.set(normaliseAuthorityName(name), [record]);
}
for (const body of childrensServicesBodyRecords) {
  const served = body.authorities.map((short) => recordByName.get(short)).filter((r): r is AuthorityRecord => r !== undefined);
  for (const record of served) bodiesByAuthority.set(record, [...(bodiesByAuthority.get(record) ?? []), body]);
  for (const name of [body.name, ...(body.aliases ?? [])]) byNormalisedOtherName.set(normaliseAuthorityName(name), served);
}

/** The council's corporate names that are not its short name plus "Council" ("London Borough of Hackney", "Dudley MBC"). */
export function corporateNames(record: AuthorityRecord): readonly string[] {
  return corporateNamesByAuthority.get(record) ?? [];
}

/** The trusts, companies and partnerships that run the authority's children's services (none for most). */
export function childrensServicesBodies(record: AuthorityRecord): readonly ChildrensServicesBody[] {
  return bodiesByAuthority.get(record) ?? [];
}

/**
 * Every form a draft may name the authority by: short name, aliases, corporate names, and the names of
 * the bodies that run its children's services ("Sandwell", "Sandwell MBC", "Sandwell Children’s Trust").
 * "<name> Council" and "<name> County Council" are not listed: `findAuthorityByAnyName` reads them.
 */
export function authorityForms(record: AuthorityRecord): string[] {
  return [
    record.name,
    ...(record.aliases ?? []),
    ...corporateNames(record),
    ...childrensServicesBodies(record).flatMap((body) => [body.name, ...(body.aliases ?? [])]),
  ];
}

/**
 * The authorities a name designates, in any of its forms: one for a short name, alias or corporate
 * name; every authority a shared trust serves ("Achieving for Children": Kingston upon Thames,
 * Richmond upon Thames, Windsor and Maidenhead); none for a name that is no authority's.
 */
export function findAuthoritiesByAnyName(name: string): readonly AuthorityRecord[] {
  const direct = findAuthority(name);
  if (direct) return [direct];
  return byNormalisedOtherName.get(normaliseAuthorityName(name)) ?? [];
}

/** Whether the name is one of the authority's own forms (short name, alias, corporate name or its trust). */
export function namesAuthority(name: string, record: AuthorityRecord): boolean {
  return findAuthoritiesByAnyName(name).includes(record);
}

/**
 * Authorities whose names a draft about `record` may use as its own: itself, the authorities that share
 * its children's services body (North and West Northamptonshire share a trust), the abolished
 * authorities it succeeded and those that succeeded it (a Bournemouth, Christchurch and Poole report
 * names Poole).
 */
export function relatedAuthorities(record: AuthorityRecord): readonly AuthorityRecord[] {
  const related = new Set<AuthorityRecord>([record]);
  for (const body of childrensServicesBodies(record))
    for (const short of body.authorities) {
      const partner = recordByName.get(short);
      if (partner) related.add(partner);
    }
  for (const other of authorityRecords) {
    if (other.successors?.includes(record.name)) related.add(other);
  }
  for (const short of record.successors ?? []) {
    const successor = recordByName.get(short);
    if (successor) related.add(successor);
  }
  return [...related];
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
  return scored
    .filter((s) => s.score > 0.45)
    .slice(0, limit)
    .map((s) => s.name);
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
