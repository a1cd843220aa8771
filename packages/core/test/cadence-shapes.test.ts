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
    expect(checkOnSiteShape('short-inspection', { start: '2025-01-20', end: '2025-01-24' }).valid).toBe(true);
    expect(checkOnSiteShape('standard-inspection', { start: '2024-09-30', end: '2024-10-11' }).valid).toBe(true);
    expect(checkOnSiteShape('focused-visit', { start: '2021-10-05', end: '2021-10-06' }).valid).toBe(true);
    // Monday 19 September 2022 was the state funeral: the inspection began on the Tuesday.
    expect(checkOnSiteShape('standard-inspection', { start: '2022-09-20', end: '2022-09-30' }).valid).toBe(true);
  });

  it('says why a span does not fit', () => {
    expect(checkOnSiteShape('short-inspection', { start: '2025-01-21', end: '2025-01-25' }).reasons).toEqual([
      'it starts on a Tuesday',
      '2025-01-25 is a Saturday',
    ]);
    expect(checkOnSiteShape('standard-inspection', { start: '2024-09-30', end: '2024-10-04' }).reasons).toEqual(['it lasts 5 calendar days, not 12']);
    expect(checkOnSiteShape('short-inspection', { start: '2025-04-14', end: '2025-04-18' }).reasons).toEqual(['2025-04-18 is a bank holiday (Good Friday)']);
    expect(checkOnSiteShape('monitoring-visit', { start: '2021-09-17', end: '2021-09-20' }).reasons).toEqual(['it lasts 4 calendar days, not 2']);
    expect(checkOnSiteShape('focused-visit', { start: '2022-09-20', end: '2022-09-19' }).reasons).toEqual(['the last day is before the first']);
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
    for (const span of aroundChristmas) expect(checkOnSiteShape('standard-inspection', span).valid).toBe(true);
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
