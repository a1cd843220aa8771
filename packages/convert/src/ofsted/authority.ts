import { authorityNamesAndAliases, findAuthority, normaliseAuthorityName, type AuthorityRecord } from '@ilacs/core/framework';

/** Every authority name and alias, normalised, longest first: the longest name printed wins ("North Yorkshire" over "York"). */
let names: { normalised: string; record: AuthorityRecord }[] | undefined;

function knownNames() {
  names ??= authorityNamesAndAliases()
    .map((name) => ({ normalised: normaliseAuthorityName(name), record: findAuthority(name)! }))
    .filter((n) => n.record && n.normalised.length > 0)
    .sort((a, b) => b.normalised.length - a.normalised.length);
  return names;
}

/**
 * The authority a title names, however Ofsted printed it: "Dudley MBC", "Royal Borough of Kensington
 * and Chelsea", "Bristol City of", "Wakefield District Metropolitan Council", "the Isle of Wight". The
 * exact name is tried first (through the core's lookup), then the longest known name inside the text.
 */
export function authorityInText(text: string): AuthorityRecord | undefined {
  const exact = findAuthority(text);
  if (exact) return exact;
  const wanted = ` ${normaliseAuthorityName(text)
    .replace(/[^a-z0-9' -]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  for (const { normalised, record } of knownNames()) {
    if (wanted.includes(` ${normalised} `)) return record;
  }
  return undefined;
}
