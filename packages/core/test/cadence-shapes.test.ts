import { describe, expect, it } from 'vitest';
import { builtinDomain } from '../src/framework/domain.js';
import type { DateSpan } from '../src/cadence/iso-date.js';
import { inspectorTitleOn, writtenInspectorTitle } from '../src/cadence/inspector-title.js';

const shapeOf = (type: string) => builtinDomain.documentType(type)!.onSite!;
const checkOnSiteShape = (type: string, span: DateSpan) => shapeOf(type).check(span);
const nearestValidSpans = (type: string, around: string) => shapeOf(type).nearest(around);
const frameworkInForceOn = (date: string) => builtinDomain.frameworkInForceOn(date);

describe('days on site fit the type', () => {
  it('accepts the shapes Ofsted uses', () => {
    expect(checkOnSiteShape('short-inspection', { start: '2025-01-20', end: '2025-01-24' }).fit).toBe('usual');
    expect(checkOnSiteShape('standard-inspection', { start: '2024-09-30', end: '2024-10-11' }).fit).toBe('usual');
    expect(checkOnSiteShape('focused-visit', { start: '2021-10-05', end: '2021-10-06' }).fit).toBe('usual');
    // Monday 19 September 2022 was the state funeral: the inspection began on the Tuesday.
    expect(checkOnSiteShape('standard-inspection', { start: '2022-09-20', end: '2022-09-30' }).fit).toBe('usual');
  });

  it('says why a span cannot be: a weekend or bank holiday on site, a visit of four days, the days the wrong way round', () => {
    const short = checkOnSiteShape('short-inspection', { start: '2025-01-21', end: '2025-01-25' });
    expect(short).toMatchObject({ fit: 'impossible', usual: 'Monday to Friday of one week' });
    expect(short.reasons).toEqual(['it starts on a Tuesday', '2025-01-25 is a Saturday']);
    expect(checkOnSiteShape('short-inspection', { start: '2025-04-14', end: '2025-04-18' })).toMatchObject({
      fit: 'impossible',
      reasons: ['2025-04-18 is a bank holiday (Good Friday)'],
    });
    expect(checkOnSiteShape('monitoring-visit', { start: '2021-09-17', end: '2021-09-20' })).toMatchObject({
      fit: 'impossible',
      reasons: [
        'it lasts 4 calendar days: these visits take one to three consecutive working days',
        'it spans the weekend of 2021-09-18 and 2021-09-19',
      ],
    });
    expect(checkOnSiteShape('focused-visit', { start: '2024-06-10', end: '2024-06-13' })).toMatchObject({
      fit: 'impossible',
      reasons: ['it lasts 4 calendar days: these visits take one to three consecutive working days'],
    });
    expect(checkOnSiteShape('focused-visit', { start: '2024-06-14', end: '2024-06-15' })).toMatchObject({
      fit: 'impossible',
      reasons: ['2024-06-15 is a Saturday'],
    });
    expect(checkOnSiteShape('focused-visit', { start: '2022-09-19', end: '2022-09-19' })).toMatchObject({
      fit: 'impossible',
      reasons: ['2022-09-19 is a bank holiday (Bank Holiday for the State Funeral of Queen Elizabeth II)'],
    });
    expect(checkOnSiteShape('focused-visit', { start: '2022-09-20', end: '2022-09-19' })).toMatchObject({
      fit: 'impossible',
      reasons: ['the last day is before the first'],
    });
    expect(checkOnSiteShape('short-inspection', { start: '2025-01-06', end: '2025-01-31' })).toMatchObject({
      fit: 'impossible',
      reasons: ['it lasts 26 calendar days, not 5'],
    });
  });

  it('tells an unusual but real shape from an impossible one, and says what real documents show', () => {
    // The Isles of Scilly's short inspection took three days.
    const scilly = checkOnSiteShape('short-inspection', { start: '2023-07-11', end: '2023-07-13' });
    expect(scilly).toMatchObject({
      fit: 'unusual',
      usual: 'Monday to Friday of one week',
      reasons: ['it starts on a Tuesday', 'it lasts 3 calendar days, not 5'],
    });
    expect(scilly.precedent).toContain('Isles of Scilly');
    // A standard inspection spread over three weeks (Monday to Wednesday of week 3).
    const threeWeeks = checkOnSiteShape('standard-inspection', { start: '2019-06-03', end: '2019-06-19' });
    expect(threeWeeks).toMatchObject({ fit: 'unusual', reasons: ['it lasts 17 calendar days, not 12'] });
    expect(threeWeeks.precedent).toContain('three weeks');
    expect(checkOnSiteShape('standard-inspection', { start: '2024-09-23', end: '2024-10-02' })).toMatchObject({
      fit: 'unusual',
      reasons: ['it lasts 10 calendar days, not 12'],
    });
    // One week is a short inspection's shape, not a standard one's; four weeks is longer than any.
    expect(checkOnSiteShape('standard-inspection', { start: '2024-09-30', end: '2024-10-04' })).toMatchObject({
      fit: 'impossible',
      reasons: ['it lasts 5 calendar days, not 12'],
    });
    expect(checkOnSiteShape('standard-inspection', { start: '2024-09-02', end: '2024-09-27' }).fit).toBe('impossible');
    // Single-day and three-day visits.
    for (const span of [
      { start: '2023-05-23', end: '2023-05-23' },
      { start: '2025-07-22', end: '2025-07-24' },
    ]) {
      const visit = checkOnSiteShape('focused-visit', span);
      expect(visit.fit).toBe('unusual');
      expect(visit.precedent).toMatch(/Single-day and three-day visits are real/);
    }
    expect(checkOnSiteShape('monitoring-visit', { start: '2023-05-23', end: '2023-05-23' }).reasons).toEqual([
      'it lasts 1 calendar day, not 2',
    ]);
  });

  it('judges a focused visit of the remote period of 2020-21 by that period: one to three days were usual', () => {
    for (const span of [
      { start: '2020-10-13', end: '2020-10-13' },
      { start: '2021-02-09', end: '2021-02-11' },
      { start: '2021-05-19', end: '2021-05-20' },
    ]) {
      expect(checkOnSiteShape('focused-visit', span)).toMatchObject({ fit: 'usual', reasons: [] });
    }
    expect(checkOnSiteShape('focused-visit', { start: '2020-10-16', end: '2020-10-19' })).toMatchObject({
      fit: 'impossible',
      usual: 'one to three consecutive working days (the remote visits of 2020-21)',
    });
    // Before and after it, the usual two days.
    expect(checkOnSiteShape('focused-visit', { start: '2020-02-19', end: '2020-02-19' }).fit).toBe('unusual');
    expect(checkOnSiteShape('focused-visit', { start: '2021-10-13', end: '2021-10-13' }).fit).toBe('unusual');
    expect(shapeOf('focused-visit').spanFrom('2020-10-13')).toEqual({ start: '2020-10-13', end: '2020-10-14' });
  });

  it('finds the nearest valid dates either side', () => {
    expect(nearestValidSpans('short-inspection', '2025-01-21')).toEqual([
      { start: '2025-01-20', end: '2025-01-24' },
      { start: '2025-01-27', end: '2025-01-31' },
    ]);
    // Easter week 2025: Good Friday ends the week on Thursday; Easter Monday moves the next start.
    expect(nearestValidSpans('short-inspection', '2025-04-16')).toEqual([
      { start: '2025-04-14', end: '2025-04-17' },
      { start: '2025-04-22', end: '2025-04-25' },
    ]);
    // Christmas 2025 falls on Thursday and Friday, New Year's Day 2026 on a Thursday: no standard
    // inspection can start on 15, 22 or 29 December.
    const aroundChristmas = nearestValidSpans('standard-inspection', '2025-12-22');
    expect(aroundChristmas.map((s) => s.start)).toEqual(['2025-12-08', '2026-01-05']);
    for (const span of aroundChristmas) expect(checkOnSiteShape('standard-inspection', span).fit).toBe('usual');
    expect(nearestValidSpans('focused-visit', '2022-09-18')).toEqual([
      { start: '2022-09-15', end: '2022-09-16' },
      { start: '2022-09-20', end: '2022-09-21' },
    ]);
  });
});

describe('dates and titles', () => {
  it('picks the framework in force on a date, none before ILACS', () => {
    expect(frameworkInForceOn('2017-12-31')).toBeUndefined();
    expect(frameworkInForceOn('2018-01-29')?.id).toBe('2018');
    expect(frameworkInForceOn('2023-01-01')?.id).toBe('2023');
    expect(frameworkInForceOn('2026-04-26')?.id).toBe('2023');
    expect(frameworkInForceOn('2026-04-27')?.id).toBe('2026');
  });

  it('gives the Majesty title by date and reads it in any apostrophe or case', () => {
    expect(inspectorTitleOn('2022-09-07')).toBe('Her Majesty’s Inspector');
    expect(inspectorTitleOn('2022-09-08')).toBe('His Majesty’s Inspector');
    expect(writtenInspectorTitle("Jan Edwards, Her Majesty's Inspector")).toEqual({ title: 'Her Majesty’s Inspector', start: 13, end: 16 });
    expect(writtenInspectorTitle('A Person, HIS MAJESTY’S INSPECTOR')?.title).toBe('His Majesty’s Inspector');
    expect(writtenInspectorTitle('Neil Penswick HMI')).toBeUndefined();
  });
});
