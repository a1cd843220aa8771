import { builtinDomain } from '@ilacs/core';
import { describe, expect, it } from 'vitest';
import { authorityInText } from '../src/ofsted/authority.js';
import { findDateRange, formatDateRange } from '../src/ofsted/dates.js';
import { isLetterSectionHeading, normaliseLetterHeading, readJudgementHeading } from '../src/ofsted/headings.js';
import { statedFocus, statedPrevious, statedVisitNumber } from '../src/ofsted/stated-facts.js';
import { joinLines } from '../src/pdf/layout.js';

describe('dates as Ofsted prints them', () => {
  const cases: [string, string, string][] = [
    ['Inspection dates: 4 June to 15 June 2018', '2018-06-04', '2018-06-15'],
    ['Inspection dates: 8 October 2018 to 19 October 2018', '2018-10-08', '2018-10-19'],
    ['Inspection dates: 24 January to 4 February 2022', '2022-01-24', '2022-02-04'],
    ['Inspection dates: 6 to 17 December 2021', '2021-12-06', '2021-12-17'],
    ['Inspection dates: 02 March 2020 to 13 March 2020', '2020-03-02', '2020-03-13'],
    ['a visit to the service on 29 and 30 June 2021.', '2021-06-29', '2021-06-30'],
    ['carried out remotely on 13, 14 and 15 October 2020', '2020-10-13', '2020-10-15'],
    ['a one-day visit on 19 February 2020.', '2020-02-19', '2020-02-19'],
    ['from 30 September to 1 October 2020', '2020-09-30', '2020-10-01'],
    ['8 June to 19 June 26', '2026-06-08', '2026-06-19'],
  ];
  for (const [text, start, end] of cases) it(text, () => expect(findDateRange(text)).toMatchObject({ start, end }));
  it('ignores impossible dates and numbers that are not dates', () => {
    expect(findDateRange('31 February 2025')).toBeUndefined();
    expect(findDateRange('children aged 16 to 25 years')).toBeUndefined();
  });
  it('prints ranges the way Ofsted does', () => {
    expect(formatDateRange('2025-01-20', '2025-01-24')).toBe('20 to 24 January 2025');
    expect(formatDateRange('2024-09-30', '2024-10-11')).toBe('30 September to 11 October 2024');
    expect(formatDateRange('2024-12-30', '2025-01-03')).toBe('30 December 2024 to 3 January 2025');
  });
});

describe('judgement headings in every printed form', () => {
  const cases: [string, string, string][] = [
    ['The experiences and progress of children in care: good', 'childrenInCare', 'good'],
    ['The experiences and progress of children in care: Good', 'childrenInCare', 'good'],
    ['The experiences and progress of care leavers are: inadequate', 'careLeavers', 'inadequate'],
    ['The impact of leaders on social work practice with children and families is outstanding', 'leaders', 'outstanding'],
    [
      'The experiences and progress of children who need help and protection requires improvement to be good',
      'helpAndProtection',
      'requires-improvement',
    ],
    [
      'The impact of leaders on social work practice with children and families: requires improvement to be good.',
      'leaders',
      'requires-improvement',
    ],
  ];
  for (const [text, area, grade] of cases)
    it(text, () => expect(readJudgementHeading(text)).toMatchObject({ area: { id: area }, grade: { id: grade } }));
  it('is not fooled by a heading that merely ends in a grade word', () =>
    expect(readJudgementHeading('Why the service is good')).toBeUndefined());
  it('knows letter sections, old and new, and gives the improvement heading its question mark', () => {
    for (const h of [
      'Overview',
      'Findings',
      'Headline findings',
      'Main findings',
      'Areas of strength',
      'Areas for priority action',
      'Area for priority action',
      'Areas covered by the visit',
    ])
      expect(isLetterSectionHeading(h)).toBe(true);
    expect(isLetterSectionHeading('Support for young parents')).toBe(false);
    expect(isLetterSectionHeading('Next steps')).toBe(false);
    expect(normaliseLetterHeading('What needs to improve in this area of social work practice')).toBe(
      'What needs to improve in this area of social work practice?',
    );
    expect(normaliseLetterHeading('What needs to improve in this area of practice:')).toBe(
      'What needs to improve in this area of practice?',
    );
  });
  it('knows every section heading the letter types declare for any first day, whatever the era', () => {
    const letterTypes = builtinDomain.documentTypes.filter((type) => type.form === 'letter');
    expect(letterTypes.length).toBeGreaterThan(0);
    for (let year = 2018; year <= 2026; year++) {
      for (const firstDay of [`${year}-01-15`, `${year}-06-15`, `${year}-10-15`]) {
        for (const type of letterTypes) {
          for (const section of type.sections({ framework: undefined, allOutstanding: false, firstDay })) {
            for (const heading of [section.heading, ...section.variants])
              expect(isLetterSectionHeading(heading), `${type.id} on ${firstDay}: ${heading}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('facts stated in prose', () => {
  it('the focus of a focused visit, from the phrase after "arrangements for"', () => {
    const focus = (s: string) => statedFocus([s])?.focus;
    expect(focus('Inspectors looked at the local authority’s arrangements for the ‘front door’, including contacts.')).toBe('front door');
    expect(focus('Inspectors reviewed the local authority’s arrangements for managing contacts and referrals.')).toBe('front door');
    expect(focus('Inspectors looked at the council’s arrangements for care leavers aged 18 to 25.')).toBe('care leavers');
    expect(
      focus('Inspectors looked at the local authority’s arrangements for children who have a child in need or child protection plan.'),
    ).toBe('children in need or subject to a plan');
    expect(focus('Inspectors looked at the local authority’s arrangements for planning and achieving permanence.')).toBe(
      'achieving permanence',
    );
    expect(focus('Inspectors looked at the local authority’s arrangements for the protection of children from extra-familial harm.')).toBe(
      'vulnerable adolescents',
    );
    expect(focus('This visit looked at decision-making across all services.')).toBeUndefined();
  });
  it('which monitoring visit this is', () => {
    expect(statedVisitNumber(['This was the fourth monitoring visit since the authority was judged inadequate.'])).toBe(4);
    expect(statedVisitNumber(['the 2nd monitoring visit'])).toBe(2);
    expect(statedVisitNumber(['A visit with no number.'])).toBeUndefined();
  });
  it('what the last inspection found, when the document says so', () => {
    expect(
      statedPrevious(['Since the last inspection in March 2019, when services were judged to be good, much has changed.']),
    ).toMatchObject({ when: 'March 2019', year: 2019, grade: { id: 'good' } });
    expect(
      statedPrevious(['At the previous inspection of the service in 2016, services were judged to require improvement to be good.']),
    ).toMatchObject({ year: 2016, grade: { id: 'requires-improvement' }, type: 'sif-inspection' });
    expect(
      statedPrevious(['At the last inspection in October 2021 (4 to 15 October 2021), services were judged to be good.']),
    ).toMatchObject({ dates: { start: '2021-10-04', end: '2021-10-15' }, type: 'standard-inspection', grade: { id: 'good' } });
  });
});

describe('authorities however a title names them', () => {
  for (const [text, name] of [
    ['Dudley MBC', 'Dudley'],
    ['Royal Borough of Kensington and Chelsea', 'Kensington and Chelsea'],
    ['Bristol City of', 'Bristol'],
    ['Wakefield District Metropolitan Council', 'Wakefield'],
    ['the Isle of Wight local authority', 'Isle of Wight'],
    ['Southend-On-Sea', 'Southend-on-Sea'],
    ['North Yorkshire County Council', 'North Yorkshire'],
  ] as const) {
    it(text, () => expect(authorityInText(text)?.name).toBe(name));
  }
  it('names no authority when there is none', () => expect(authorityInText('Somewhere Else Council')).toBeUndefined());
});

describe('joining printed lines', () => {
  it('keeps a hyphen that ends a line and runs the word on, but not before a conjunction', () => {
    expect(joinLines(['a well-', 'coordinated plan'])).toBe('a well-coordinated plan');
    expect(joinLines(['day-', 'to-day work'])).toBe('day-to-day work');
    expect(joinLines(['16-', 'and 17-year-olds'])).toBe('16- and 17-year-olds');
    expect(joinLines(['one line', 'and the next'])).toBe('one line and the next');
  });
});
