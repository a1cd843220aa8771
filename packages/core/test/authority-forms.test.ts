import { describe, expect, it } from 'vitest';
import {
  authorityForms,
  childrensServicesBodies,
  corporateNames,
  currentAuthorities,
  findAuthority,
  findAuthoritiesByAnyName,
  namesAuthority,
  relatedAuthorities,
} from '../src/framework/index.js';
import { childrensServicesBodyRecords, corporateNameRecords } from '../src/framework/authorities-corporate-data.js';

const authority = (name: string) => findAuthority(name)!;

describe('authorities named by their corporate names and trusts', () => {
  it('every entry in the data names a known authority', () => {
    for (const [short] of corporateNameRecords) expect(findAuthority(short)?.name, short).toBe(short);
    for (const body of childrensServicesBodyRecords)
      for (const short of body.authorities) expect(findAuthority(short)?.name, body.name).toBe(short);
  });

  it('reads corporate names, forgiving case, apostrophes and "&"', () => {
    expect(findAuthoritiesByAnyName('Dudley MBC')).toEqual([authority('Dudley')]);
    expect(findAuthoritiesByAnyName('London Borough of Hackney')).toEqual([authority('Hackney')]);
    expect(findAuthoritiesByAnyName('london borough of barking & dagenham')).toEqual([authority('Barking and Dagenham')]);
    expect(findAuthoritiesByAnyName('City of Bradford Metropolitan District Council')).toEqual([authority('Bradford')]);
    // Forms the name normaliser reads without an entry.
    expect(findAuthoritiesByAnyName('Kent County Council')).toEqual([authority('Kent')]);
    expect(findAuthoritiesByAnyName('Salford City Council')).toEqual([authority('Salford')]);
  });

  it('reads trusts, with straight or typographic apostrophes, as the authorities they serve', () => {
    expect(findAuthoritiesByAnyName("Sandwell Children's Trust")).toEqual([authority('Sandwell')]);
    expect(findAuthoritiesByAnyName('Sandwell Children’s Trust')).toEqual([authority('Sandwell')]);
    expect(findAuthoritiesByAnyName('Slough Children First')).toEqual([authority('Slough')]);
    expect(findAuthoritiesByAnyName('Doncaster Children’s Services Trust')).toEqual([authority('Doncaster')]);
    expect(
      findAuthoritiesByAnyName('Achieving for Children')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Kingston upon Thames', 'Richmond upon Thames', 'Windsor and Maidenhead']);
  });

  it('knows which names are an authority’s own', () => {
    expect(namesAuthority('Birmingham Children’s Trust', authority('Birmingham'))).toBe(true);
    expect(namesAuthority('Birmingham Children’s Trust', authority('Sandwell'))).toBe(false);
    expect(namesAuthority('Achieving for Children', authority('Richmond upon Thames'))).toBe(true);
    expect(namesAuthority('Nowhere Council', authority('Leeds'))).toBe(false);
    expect(findAuthoritiesByAnyName('constructor')).toEqual([]);
    expect(findAuthoritiesByAnyName('__proto__')).toEqual([]);
  });

  it('lists every form of an authority, and each form finds it again', () => {
    for (const record of currentAuthorities) {
      const forms = authorityForms(record);
      expect(forms[0]).toBe(record.name);
      for (const form of forms) expect(findAuthoritiesByAnyName(form), form).toContain(record);
    }
    expect(authorityForms(authority('Sandwell'))).toEqual(['Sandwell', 'Sandwell MBC', 'Sandwell Children’s Trust']);
    expect(corporateNames(authority('Leeds'))).toEqual([]);
    expect(childrensServicesBodies(authority('Leeds'))).toEqual([]);
  });

  it('relates authorities that share a trust, and predecessors to successors', () => {
    const names = (name: string) =>
      relatedAuthorities(authority(name))
        .map((a) => a.name)
        .sort();
    expect(names('North Northamptonshire')).toEqual(['North Northamptonshire', 'Northamptonshire', 'West Northamptonshire']);
    expect(names('Bournemouth, Christchurch and Poole')).toEqual(['Bournemouth', 'Bournemouth, Christchurch and Poole', 'Poole']);
    expect(names('Cumbria')).toEqual(['Cumberland', 'Cumbria', 'Westmorland and Furness']);
    expect(names('Leeds')).toEqual(['Leeds']);
  });
});
