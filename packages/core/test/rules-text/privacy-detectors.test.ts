import { describe, expect, it } from 'vitest';
import { findDatesOfBirth } from '../../src/rules/text/dates-of-birth.js';
import { findEmailAddresses } from '../../src/rules/text/email-addresses.js';
import { findNamedChildren } from '../../src/rules/text/named-children.js';
import { findNationalInsuranceNumbers } from '../../src/rules/text/national-insurance-numbers.js';
import { findNhsNumbers, isValidNhsNumber } from '../../src/rules/text/nhs-numbers.js';
import type { TextMatch } from '../../src/rules/text/text-match.js';
import { findUkPhoneNumbers } from '../../src/rules/text/uk-phone-numbers.js';
import { findUkPostcodes } from '../../src/rules/text/uk-postcodes.js';

/**
 * Each detector against what it must find (the matched text is given) and against hard negatives:
 * the kinds of text real reports are full of, which must never be taken for personal data.
 */
const reportLikeText = [
  'dates: 2025-01-20 to 2025-01-24',
  'previous: {type: short-inspection, dates: 2020-02-10 to 2020-02-14}',
  'published: 2025-03-04',
  'lead_inspector: Rebekah Tucker, His Majesty’s Inspector',
  'Inspection dates: 20 to 24 January 2025 and 13 to 16 January 2025.',
  'Since the last inspection in February 2020, when services were judged good,',
  'Children aged 16 and 17 who are homeless, and care leavers aged 16 to 25, including those aged 18-25.',
  'Strategy meetings lead to section 47 enquiries (S47) within 24 hours.',
  'In 2023, 56% of children (130 of 230) had a plan; 1,000 contacts a month; 0–19 services.',
  '12. Most care leavers live in suitable homes (Outcome four). 47. Leaders know their services (Enabler 2).',
  'The quality of pathway plans (outcome 3, national framework). [Outcome 3, national framework].',
  'Harrow, Barnsley and Bournemouth, Christchurch and Poole (BCP) children’s services.',
  '16- and 17-year-olds, 17-year-old young people, a 24-hour service and a 12-session programme.',
  'Key stage 4 results, Year 7 pupils, GCSEs, COVID-19, Care4us council, KS2, S1 to S4.',
  'The report is at https://reports.ofsted.gov.uk/provider/44/80570 and 0044 is a prefix.',
  'From 2018-01-01 to 2022-12-31, and from 27/04/2026, the framework changed.',
  'Paragraphs 1 to 66; 44. COVID-19 affected 2020/21 and 2021-22.',
].join('\n');

function texts(matches: TextMatch[]): string[] {
  return matches.map((m) => m.text);
}

describe('findEmailAddresses', () => {
  it('finds addresses, in links too', () => {
    expect(texts(findEmailAddresses('Email jack.smith@example.co.uk or <mailto:a_b+c@mail.example.com>.'))).toEqual([
      'jack.smith@example.co.uk',
      'a_b+c@mail.example.com',
    ]);
  });
  it('ends at a sentence full stop and reports the right offsets', () => {
    const text = 'Write to mum@example.org.';
    const [match] = findEmailAddresses(text);
    expect(match).toEqual({ start: 9, end: 24, text: 'mum@example.org' });
  });
  it('leaves handles, bare @ and report text alone', () => {
    expect(findEmailAddresses(`Follow @ofstednews, meet @ 10, a@b, x@y.1 ${reportLikeText}`)).toEqual([]);
  });
  it.each([
    ['Email jack.smith at gmail dot com.', 'jack.smith at gmail dot com'],
    ['Email jack dot smith [at] gmail [dot] co [dot] uk', 'jack dot smith [at] gmail [dot] co [dot] uk'],
    ['Email jack(at)hotmail.com', 'jack(at)hotmail.com'],
    ['Email jack.smith @ gmail.com', 'jack.smith @ gmail.com'],
    ['Email j.smith at leeds.gov.uk', 'j.smith at leeds.gov.uk'],
    ['Email jane.smith@leeds.gov.uk', 'jane.smith@leeds.gov.uk'],
  ])('finds %j', (text, expected) => {
    expect(texts(findEmailAddresses(text))).toEqual([expected]);
  });
  it('leaves Ofsted’s addresses, public bodies’ role mailboxes and sentences with "at" alone', () => {
    const text = [
      'enquiries@ofsted.gov.uk, jane.smith@ofsted.gov.uk, mash@leeds.gov.uk, fostering@kent.gov.uk,',
      'psi@nationalarchives.gsi.gov.uk; the report is available at www.gov.uk/ofsted and at',
      'reports.ofsted.gov.uk; staff at Leeds dot their plans.',
    ].join(' ');
    expect(findEmailAddresses(text)).toEqual([]);
  });
});

describe('findUkPhoneNumbers', () => {
  it.each([
    ['Call 020 7946 0000 today', '020 7946 0000'],
    ['Call (01632) 960001.', '(01632) 960001'],
    ['mobile 07700 900123,', '07700 900123'],
    ['mobile 07700-900-123', '07700-900-123'],
    ['ring +44 (0)7700 900123', '+44 (0)7700 900123'],
    ['ring +447700900123', '+447700900123'],
    ['ring 0044 161 496 0000', '0044 161 496 0000'],
    ['ring +44 0207 946 0000', '+44 0207 946 0000'],
    ['ring 0113 - 496 0000', '0113 - 496 0000'],
    ['dotted 0115.496.0321', '0115.496.0321'],
    ['Call 01632 960 123 ext. 45.', '01632 960 123 ext. 45'],
    ['Call 0161 496 0000 x204', '0161 496 0000 x204'],
    ['mobile (07700 900123)', '07700 900123'],
  ])('finds %j', (text, expected) => {
    expect(texts(findUkPhoneNumbers(text))).toEqual([expected]);
  });
  it.each([
    ['Ofsted’s line, a public body’s 0300 number', 'T: 0300 123 1231 or +44 300 123 1231'],
    ['Ofsted’s textphone', 'Textphone: 0161 618 8524'],
    ['a freephone helpline', 'freephone 0800 123 456 or 0808 800 5000'],
    ['a mobile is 10 digits after the 0', '07700 90012'],
    ['too many digits', '020 7946 00001'],
    ['no leading zero', '20 7946 0000'],
    ['inside a longer number', '1020 7946 0000'],
  ])('leaves %s alone', (_why, text) => {
    expect(findUkPhoneNumbers(text)).toEqual([]);
  });
  it('leaves report text alone', () => {
    expect(findUkPhoneNumbers(reportLikeText)).toEqual([]);
  });
});

describe('findUkPostcodes', () => {
  it('finds full postcodes of every shape, case and spacing', () => {
    expect(texts(findUkPostcodes('LS6 2QT, ls6 2qt, Ls6  2Qt, SW1A 1AA, EC1A1BB, B33 8TH, CR2 6XH, DN55 1PT, W1A 0AX.'))).toEqual([
      'LS6 2QT',
      'ls6 2qt',
      'Ls6  2Qt',
      'SW1A 1AA',
      'EC1A1BB',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'W1A 0AX',
    ]);
  });
  it('leaves partial and impossible codes, ordinals and report text alone', () => {
    // Q cannot start a postcode; C and I cannot be inward letters; "b2 3rd" reads as an ordinal.
    expect(findUkPostcodes(`the M1 area, QA1 2AB, M1 2CI, b2 3rd, KS2 SATs, COVID-19 ${reportLikeText}`)).toEqual([]);
  });
  it.each([
    ['Ofsted’s offices', 'Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD'],
    ['The National Archives', 'The National Archives, Kew, London TW9 4DU'],
    ['a council’s address', 'Kingsford Borough Council, Civic Centre, Station Road, Kingsford KT1 1EU'],
    ['a building named before "at"', 'The youth centre at 4 Market Place, KT1 1EU, hosts the group.'],
    ['a letter’s address block', 'Ms A Smith\nDirector of Children’s Services\n1 High Street\nKingsford\nKT1 1EU\n\nDear Ms Smith'],
  ])('leaves %s alone', (_why, text) => {
    expect(findUkPostcodes(text)).toEqual([]);
  });
  it('still finds a home that the council moved a family to, and a home on School Lane', () => {
    expect(texts(findUkPostcodes('The council moved the family to 14 Elm Close, BD5 8PL. They visit 3 School Lane, LS6 2QT.'))).toEqual([
      'BD5 8PL',
      'LS6 2QT',
    ]);
  });
});

describe('NHS numbers', () => {
  it('validates the modulus-11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    // The first nine digits give a check value of 10: no valid NHS number starts this way.
    expect(isValidNhsNumber('0000000060')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });
  it('finds valid numbers written together or 3-3-4', () => {
    expect(texts(findNhsNumbers('NHS 943 476 5919; 943-476-5919; 9434765919.'))).toEqual(['943 476 5919', '943-476-5919', '9434765919']);
  });
  it('leaves numbers that fail the check, other groupings and report text alone', () => {
    const failing = ['9434765918', '943 476 5918', '1234567890'];
    expect(findNhsNumbers(`${failing.join(' ')} 94347 65919 9434 765 919 ${reportLikeText}`)).toEqual([]);
  });
  it('leaves a valid number inside a longer one alone', () => {
    expect(findNhsNumbers('ref 19434765919 and 9434765919-2')).toEqual([]);
  });
  it('after "NHS", finds ten digits in any grouping, even with a wrong check digit', () => {
    expect(texts(findNhsNumbers('NHS number 9434 765 919; NHS no. on file, 123 456 7890; 943 476 5918 (NHS number).'))).toEqual([
      '9434 765 919',
      '123 456 7890',
      '943 476 5918',
    ]);
  });
});

describe('findNationalInsuranceNumbers', () => {
  it('finds the written layouts, in any case and spacing', () => {
    expect(
      texts(findNationalInsuranceNumbers('AB123456C, AB 12 34 56 C, JG 123456 A, AB 12 34 56, ab123456c, AB12 34 56C, JG-12-34-56-A.')),
    ).toEqual(['AB123456C', 'AB 12 34 56 C', 'JG 123456 A', 'AB 12 34 56', 'ab123456c', 'AB12 34 56C', 'JG-12-34-56-A']);
  });
  it('finds a number without its suffix after a cue', () => {
    expect(texts(findNationalInsuranceNumbers('NI number AB123456; National Insurance: jg 12 34 56.'))).toEqual([
      'AB123456',
      'jg 12 34 56',
    ]);
  });
  it.each([
    ['a first letter that is never used', 'QQ123456C'],
    ['a second letter that is never used', 'AO123456C'],
    ['an unallocated prefix', 'GB123456A'],
    ['a temporary reference prefix', 'TN 12 34 56 A'],
    ['a suffix beyond D', 'AB123456E'],
    ['no suffix and no spaces (a reference number)', 'AB123456'],
    ['no suffix in lower case', 'ab 12 34 56'],
    ['separators of three kinds', 'AB.12 34-56 C'],
  ])('leaves %s alone', (_why, text) => {
    expect(findNationalInsuranceNumbers(text)).toEqual([]);
  });
  it('leaves report text alone', () => {
    expect(findNationalInsuranceNumbers(reportLikeText)).toEqual([]);
  });
});

describe('findDatesOfBirth', () => {
  it.each([
    ['Jack was born on 12 March 2015.', 'born on 12 March 2015'],
    ['born 3rd of May 2010', 'born 3rd of May 2010'],
    ['DOB: 12/03/2015', 'DOB: 12/03/2015'],
    ['D.O.B. 12.03.15', 'D.O.B. 12.03.15'],
    ['date of birth is 2015-03-12', 'date of birth is 2015-03-12'],
    ['born March 12, 2015', 'born March 12, 2015'],
    ['born 12 Sept', 'born 12 Sept'],
    ['seen on 12/03/2015 (DOB)', '12/03/2015 (DOB'],
    ['Jack (b. 12/03/2015) lives', 'b. 12/03/2015'],
    ['His birthday is 12 March 2015.', 'birthday is 12 March 2015'],
    ['date-of-birth: 12-Mar-2015', 'date-of-birth: 12-Mar-2015'],
    ['born on Tuesday 3 May 2011', 'born on Tuesday 3 May 2011'],
    ['born in March 2011', 'born in March 2011'],
    ['The date of birth recorded for Jack is 12 March 2015.', 'date of birth recorded for Jack is 12 March 2015'],
    ['March 12, 2015 (DOB)', 'March 12, 2015 (DOB'],
  ])('finds %j', (text, expected) => {
    expect(texts(findDatesOfBirth(text))).toEqual([expected]);
  });
  it.each([
    ['a year alone', 'children born in 2015'],
    ['a month and year', 'babies born in March 2023'],
    ['a cohort', 'children born after 1 September 2010'],
    ['other words', 'unborn babies and newborn infants on 12 March 2015'],
    ['a birth word with no date', 'the date of birth is recorded for all children'],
    ['an impossible date', 'born 45/13/2015'],
    ['children born on a date', 'Children born on 1 September are the oldest in the year.'],
    ['those who were born on a date', 'Those who were born on 31 August 2012 start school in 2016.'],
    ['a cohort from a date', 'Babies born on 1 January 2025 or later are in the new cohort.'],
    ['born on or after', 'born on or after 1 September 2012'],
    ['"b." in a list', 'a. the front door; b. 12 March 2025 visits'],
    ['a birthday with no date', 'a card on their 18th birthday'],
  ])('leaves %s alone', (_why, text) => {
    expect(findDatesOfBirth(text)).toEqual([]);
  });
  it('leaves report text alone', () => {
    expect(findDatesOfBirth(reportLikeText)).toEqual([]);
  });
});

describe('findNamedChildren', () => {
  it.each([
    ['Jack, aged 7, lives with his aunt.', 'Jack, aged 7'],
    ['We met Amira (aged 15) and her mother.', 'Amira (aged 15)'],
    ['Mary-Jane, aged seventeen, moved.', 'Mary-Jane, aged seventeen'],
    ['the seven-year-old Jack was seen', 'seven-year-old Jack'],
    ['Seven-year-old Jack was seen', 'Seven-year-old Jack'],
    ['a 7-year-old Jack', '7-year-old Jack'],
    ['Jack (7) was seen', 'Jack (7)'],
    ['O’Neill, 16, was seen', 'O’Neill, 16'],
    ['Zoë, aged twenty-one, a care leaver', 'Zoë, aged twenty-one'],
    ['J., aged 7, is seen', 'J., aged 7'],
    ['Jack aged 7 is seen', 'Jack aged 7'],
    ['JACK, AGED 7, IS SEEN', 'JACK, AGED 7'],
    ['Jack, who is 7, is seen', 'Jack, who is 7'],
    ['Jack is a 7-year-old boy', 'Jack is a 7-year-old'],
    ['Jack (7 years old) is seen', 'Jack (7 years old)'],
    ['Jack (7yrs) is seen', 'Jack (7yrs)'],
    ['The child, Jack, is seven years old.', 'Jack, is seven years old'],
    ['Leo and Ava, aged 6 and 8, are placed', 'Ava, aged 6 and 8'],
    ['Jack and his sister, aged 7 and 4, live at home', 'Jack and his sister, aged 7 and 4'],
    ['Aged 12, Ethan moved', 'Aged 12, Ethan'],
    ['Baby Amelia (6 months) was seen', 'Amelia (6 months)'],
    ['Jack Smith (7) is seen', 'Jack Smith (7)'],
    ['Child A (aged 6) is seen', 'A (aged 6)'],
  ])('finds %j', (text, expected) => {
    expect(texts(findNamedChildren(text))).toEqual([expected]);
  });
  it.each([
    ['a range', 'Children, aged 16 to 25, are supported.'],
    ['a pair of ages', 'Young people (aged 16 and 17) are seen.'],
    ['a hyphenated range', 'Care leavers, aged 18-25, get help.'],
    ['an open range', 'Jack, aged 16+, in the group'],
    ['a framework tag', 'Outcome (3), Enabler (2), Principle (4)'],
    ['a paragraph reference', 'Paragraph (7) and Section (47)'],
    ['a cohort', 'Children, aged 16, are seen'],
    ['a plural cohort', '17-year-olds and 16-year-old young people'],
    ['an age over 25', 'Jack, aged 40'],
    ['a month', 'In May (2) and March, 3, visits'],
    ['a programme wave', 'The authority is part of Wave (2) of the programme.'],
    ['a programme with a common-word ending', 'Staying Close (14) young people live nearby.'],
    ['a building and its street number', 'The Family Hub, 12, Church Street, opens on Saturdays.'],
    ['a plural noun', 'Visits (14) were late.'],
    ['a name after a determiner', 'The Bridge (12) project offers mentoring.'],
    ['a team that the sentence names as one', 'Anchor (2) is the edge-of-care team.'],
    ['a count after a verb', 'Turnover is 14 this year.'],
    ['an acronym', 'The MASH, aged only 2 years, is new.'],
  ])('leaves %s alone', (_why, text) => {
    expect(findNamedChildren(text)).toEqual([]);
  });
  it('leaves places alone next to a bare number, but not next to "aged"', () => {
    const places = new Set(['devon', 'kent']);
    expect(findNamedChildren('Devon (12) and Kent (9) share a panel.', { places })).toEqual([]);
    expect(texts(findNamedChildren('Devon, aged 7, is seen.', { places }))).toEqual(['Devon, aged 7']);
  });
  it('leaves the names it is told are not children alone', () => {
    expect(findNamedChildren('Tucker (7)', { people: new Set(['tucker']) })).toEqual([]);
    expect(texts(findNamedChildren('Tucker (7)'))).toEqual(['Tucker (7)']);
  });
  it('leaves report text alone', () => {
    expect(findNamedChildren(reportLikeText)).toEqual([]);
  });
});
