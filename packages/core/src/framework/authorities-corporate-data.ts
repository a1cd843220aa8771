/**
 * How Ofsted's letters and reports name an authority besides its short name: the council's corporate
 * name, and the trust or company that runs its children's services. Written by hand from the councils'
 * own names (2018 to 2026); keyed by the short name in `authorities-data.ts`.
 *
 * Forms that `normaliseAuthorityName` already reduces to the short name ("Kent County Council",
 * "Leeds City Council", "Dudley Metropolitan Borough Council") need no entry here; listed are the forms
 * it cannot reduce ("London Borough of Hackney", "Dudley MBC", "City of Bradford Metropolitan District Council").
 */

/** Corporate names by authority short name, as `[short name, forms]` pairs. */
export const corporateNameRecords: readonly (readonly [string, readonly string[]])[] = [
  // London boroughs
  ['Barking and Dagenham', ['London Borough of Barking and Dagenham', 'London Borough of Barking & Dagenham']],
  ['Barnet', ['London Borough of Barnet']],
  ['Bexley', ['London Borough of Bexley']],
  ['Brent', ['London Borough of Brent']],
  ['Bromley', ['London Borough of Bromley']],
  ['Camden', ['London Borough of Camden']],
  ['City of London', ['City of London Corporation', 'Corporation of London']],
  ['Croydon', ['London Borough of Croydon']],
  ['Ealing', ['London Borough of Ealing']],
  ['Enfield', ['London Borough of Enfield']],
  ['Hackney', ['London Borough of Hackney']],
  ['Hammersmith and Fulham', ['London Borough of Hammersmith and Fulham', 'London Borough of Hammersmith & Fulham']],
  ['Haringey', ['London Borough of Haringey']],
  ['Harrow', ['London Borough of Harrow']],
  ['Havering', ['London Borough of Havering']],
  ['Hillingdon', ['London Borough of Hillingdon']],
  ['Hounslow', ['London Borough of Hounslow']],
  ['Islington', ['London Borough of Islington']],
  ['Lambeth', ['London Borough of Lambeth']],
  ['Lewisham', ['London Borough of Lewisham']],
  ['Merton', ['London Borough of Merton']],
  ['Newham', ['London Borough of Newham']],
  ['Redbridge', ['London Borough of Redbridge']],
  ['Richmond upon Thames', ['London Borough of Richmond upon Thames']],
  ['Southwark', ['London Borough of Southwark']],
  ['Sutton', ['London Borough of Sutton']],
  ['Tower Hamlets', ['London Borough of Tower Hamlets']],
  ['Waltham Forest', ['London Borough of Waltham Forest']],
  ['Wandsworth', ['London Borough of Wandsworth']],
  // Metropolitan districts
  ['Barnsley', ['Barnsley MBC']],
  ['Bolton', ['Bolton MBC']],
  ['Bradford', ['City of Bradford Metropolitan District Council', 'City of Bradford MDC', 'Bradford MDC']],
  ['Bury', ['Bury MBC']],
  ['Calderdale', ['Calderdale MBC']],
  ['Doncaster', ['City of Doncaster Council', 'Doncaster MBC']],
  ['Dudley', ['Dudley MBC']],
  ['Gateshead', ['Gateshead MBC']],
  ['Kirklees', ['Kirklees Metropolitan Council']],
  ['Knowsley', ['Knowsley MBC']],
  ['Oldham', ['Oldham MBC']],
  ['Rochdale', ['Rochdale MBC']],
  ['Rotherham', ['Rotherham MBC']],
  ['St Helens', ['St Helens MBC']],
  ['Sandwell', ['Sandwell MBC']],
  ['Sefton', ['Sefton MBC', 'Metropolitan Borough of Sefton']],
  ['Solihull', ['Solihull MBC']],
  ['Stockport', ['Stockport MBC']],
  ['Tameside', ['Tameside MBC']],
  ['Trafford', ['Trafford MBC']],
  ['Wakefield', ['City of Wakefield Metropolitan District Council', 'Wakefield MDC']],
  ['Walsall', ['Walsall MBC']],
  ['Wigan', ['Wigan MBC']],
  ['Wirral', ['Wirral MBC', 'Metropolitan Borough of Wirral']],
  ['Wolverhampton', ['City of Wolverhampton Council']],
  // Royal boroughs, cities and others whose corporate name is not "<short name> ... Council"
  ['Bournemouth, Christchurch and Poole', ['BCP Council']],
  ['Durham', ['Durham County Council']],
  ['Isles of Scilly', ['Council of the Isles of Scilly']],
  ['Kingston upon Hull', ['Hull City Council']],
  ['Newcastle upon Tyne', ['Newcastle City Council']],
  ['Stockton-on-Tees', ['Stockton-on-Tees Borough Council']],
  ['Windsor and Maidenhead', ['Royal Borough of Windsor and Maidenhead', 'RBWM']],
];

/** A trust, company or partnership that runs an authority's children's services. */
export interface ChildrensServicesBodyRecord {
  /** As the body names itself. */
  name: string;
  /** Other names it has gone by. */
  aliases?: readonly string[];
  /** The authorities (short names) whose services it runs. */
  authorities: readonly string[];
}

export const childrensServicesBodyRecords: readonly ChildrensServicesBodyRecord[] = [
  {
    name: 'Achieving for Children',
    aliases: ['AfC'],
    authorities: ['Kingston upon Thames', 'Richmond upon Thames', 'Windsor and Maidenhead'],
  },
  { name: 'Birmingham Children’s Trust', authorities: ['Birmingham'] },
  { name: 'Bradford Children and Families Trust', authorities: ['Bradford'] },
  { name: 'Brighter Futures for Children', authorities: ['Reading'] },
  { name: 'Doncaster Children’s Services Trust', authorities: ['Doncaster'] },
  {
    name: 'Northamptonshire Children’s Trust',
    aliases: ['Children’s Trust Northamptonshire'],
    authorities: ['North Northamptonshire', 'West Northamptonshire'],
  },
  { name: 'Sandwell Children’s Trust', authorities: ['Sandwell'] },
  { name: 'Slough Children First', aliases: ['Slough Children’s Services Trust'], authorities: ['Slough'] },
  { name: 'Together for Children', authorities: ['Sunderland'] },
  { name: 'Worcestershire Children First', authorities: ['Worcestershire'] },
];
