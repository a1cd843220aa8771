import { describe, expect, it } from 'vitest';
import type { CadenceEvent } from '../src/cadence/history.js';
import { readCadenceHistory } from '../src/cadence/history-schema.js';
import { inspectionWindowAfter, planCadence } from '../src/cadence/schedule.js';
import { covidPause, suspensionShift } from '../src/cadence/suspensions.js';
import { replayHistories } from '../src/cadence/replay.js';
import { daysBetween } from '../src/cadence/iso-date.js';

const pauseLength = daysBetween(covidPause.from, covidPause.until) + 1;

describe('inspection window', () => {
  it('is six months either side of the third anniversary when no pause intervenes', () => {
    const window = inspectionWindowAfter('2021-11-22');
    expect([window.opens, window.anniversary, window.closes]).toEqual(['2024-05-22', '2024-11-22', '2025-05-22']);
    expect(window.shiftDays).toEqual({ opens: 0, closes: 0 });
    expect(window.shiftedBy).toEqual([]);
  });

  it('moves later by the whole pause when the previous inspection came before it', () => {
    const without = inspectionWindowAfter('2019-11-11', []);
    const withPause = inspectionWindowAfter('2019-11-11');
    expect(daysBetween(without.opens, withPause.opens)).toBe(pauseLength);
    expect(daysBetween(without.closes, withPause.closes)).toBe(pauseLength);
    expect(withPause.shiftedBy).toEqual([covidPause]);
  });

  it('moves only the bounds the pause came before', () => {
    // Opens 2019-06-16, before the pause; closes 2020-06-16, inside it.
    const window = inspectionWindowAfter('2016-12-16');
    expect(window.opens).toBe('2019-06-16');
    expect(window.shiftDays.opens).toBe(0);
    expect(window.shiftDays.closes).toBe(daysBetween(covidPause.from, '2020-06-16') + 1);
  });

  it('counts the clock from the later of the previous inspection and the pause start', () => {
    expect(suspensionShift('2021-01-01', '2024-01-01', [covidPause])).toBe(daysBetween('2021-01-01', covidPause.until) + 1);
    expect(suspensionShift('2021-07-01', '2024-01-01', [covidPause])).toBe(0);
    expect(suspensionShift('2015-01-01', '2019-01-01', [covidPause])).toBe(0);
  });
});

const harrow: CadenceEvent[] = [
  { type: 'short-inspection', dates: { start: '2020-02-10', end: '2020-02-14' }, overallEffectiveness: 'good', published: '2020-03-16' },
  { type: 'focused-visit', dates: { start: '2022-11-15', end: '2022-11-16' } },
];

describe('planCadence', () => {
  it('expects a short inspection and a focused visit after a good judgement', () => {
    const plan = planCadence(harrow, { today: '2024-06-01' });
    expect(plan.next?.type).toBe('short-inspection');
    expect(plan.next?.status).toBe('open');
    expect(plan.visitsBetween).toMatchObject({ type: 'focused-visit', expected: 1, done: 1, satisfied: true });
    expect(plan.recurringVisits).toBeUndefined();
    expect(plan.events[0]!.publicationLag).toBe(21);
    expect(plan.events[0]!.frameworkId).toBe('2018');
  });

  it('uses the injected today only for status, never for the dates', () => {
    const early = planCadence(harrow, { today: '2021-01-01' });
    const late = planCadence(harrow, { today: '2026-01-01' });
    expect(early.next?.window).toEqual(late.next?.window);
    expect([early.next?.status, late.next?.status]).toEqual(['not-yet-open', 'passed']);
  });

  it('expects quarterly monitoring visits and no focused visit after inadequate', () => {
    const devon: CadenceEvent[] = [
      { type: 'standard-inspection', dates: { start: '2020-01-20', end: '2020-01-31' }, overallEffectiveness: 'inadequate' },
      { type: 'monitoring-visit', dates: { start: '2021-07-06', end: '2021-07-07' } },
    ];
    const plan = planCadence(devon, { today: '2021-08-01', suspensions: [] });
    expect(plan.next?.type).toBe('standard-inspection');
    expect(plan.recurringVisits).toEqual({
      type: 'monitoring-visit',
      name: 'Monitoring visit',
      intervalMonths: 3,
      done: 1,
      nextDue: '2021-10-07',
      overdue: false,
    });
    expect(plan.visitsBetween).toBeUndefined();
    expect(plan.next?.window.opens).toBe('2022-07-20');
  });

  it('says what it cannot decide rather than guessing', () => {
    expect(
      planCadence([{ type: 'focused-visit', dates: { start: '2024-01-09', end: '2024-01-10' } }], { today: '2024-02-01' }).notes[0],
    ).toMatch(/No graded inspection/);
    // A 2026 inspection has no overall effectiveness: without its judgements the next type is not known,
    // but the window still runs from it.
    const noGrade = planCadence([{ type: 'standard-inspection', dates: { start: '2026-06-08', end: '2026-06-19' } }], {
      today: '2026-07-01',
    });
    expect(noGrade.next?.type).toBeUndefined();
    expect(noGrade.next?.window.anniversary).toBe('2029-06-08');
    expect(noGrade.notes[0]).toMatch(/not known.*framework 2026: the four judgements/);
    const judged = planCadence(
      [
        {
          type: 'standard-inspection',
          dates: { start: '2026-06-08', end: '2026-06-19' },
          judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'requires-improvement', careLeavers: 'good' },
        },
      ],
      { today: '2026-07-01' },
    );
    expect(judged.next?.type).toBe('short-inspection');
    expect(judged.lastGraded?.standing).toBe('good');
    expect(noGrade.events[0]!.typicalPublication).toBe('2026-07-31');
  });
});

describe('history files', () => {
  it('reads events written like front matter', () => {
    const result = readCadenceHistory({
      authority: 'Leeds',
      events: [
        { type: 'short-inspection', dates: '2018-10-29 to 2018-11-02', overall_effectiveness: 'Outstanding', published: '2018-12-13' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      authority: 'Leeds',
      events: [
        {
          type: 'short-inspection',
          dates: { start: '2018-10-29', end: '2018-11-02' },
          overallEffectiveness: 'outstanding',
          published: '2018-12-13',
        },
      ],
    });
  });

  it('reports each problem with its path', () => {
    const result = readCadenceHistory({
      events: [
        { type: 'short-inspection', dates: '2018-11-02 to 2018-10-29' },
        { type: 'visit', dates: 'soon' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path.join('.'))).toEqual(['events.0.dates', 'events.1.type', 'events.1.dates']);
    expect(result.issues[0]!.message).toMatch(/before the first/);
  });
});

describe('replayHistories', () => {
  it('scores each prediction against what happened next', () => {
    const report = replayHistories([
      {
        authority: 'In window, right type',
        events: [
          {
            type: 'standard-inspection',
            dates: { start: '2022-01-10', end: '2022-01-21' },
            overallEffectiveness: 'good',
            published: '2022-03-04',
          },
          { type: 'short-inspection', dates: { start: '2025-01-13', end: '2025-01-17' }, overallEffectiveness: 'good' },
        ],
      },
      {
        authority: 'Early, wrong type',
        events: [
          { type: 'short-inspection', dates: { start: '2022-01-10', end: '2022-01-14' }, overallEffectiveness: 'outstanding' },
          { type: 'standard-inspection', dates: { start: '2023-01-09', end: '2023-01-20' }, overallEffectiveness: 'good' },
        ],
      },
      {
        authority: 'Only one',
        events: [{ type: 'short-inspection', dates: { start: '2024-01-08', end: '2024-01-12' }, overallEffectiveness: 'good' }],
      },
    ]);
    expect(report.authorities).toBe(3);
    expect(report.gradedInspections).toBe(5);
    expect(report.total).toEqual({ pairs: 2, typeMatched: 1, inWindow: 1, inWindowWithoutSuspension: 1, early: 1, late: 0 });
    expect(report.byPreviousGrade.outstanding?.early).toBe(1);
    expect(report.pairs[1]!.daysOutside).toBe(daysBetween('2024-07-10', '2023-01-09'));
    expect(report.publicationLag['standard-inspection']).toEqual({ median: 30, count: 1 });
  });

  it('shows the pause mattering for histories that span it', () => {
    const history = [
      {
        authority: 'Across the pause',
        events: [
          { type: 'short-inspection' as const, dates: { start: '2019-01-07', end: '2019-01-11' }, overallEffectiveness: 'good' as const },
          { type: 'short-inspection' as const, dates: { start: '2023-05-08', end: '2023-05-12' } },
        ],
      },
    ];
    expect(replayHistories(history).total.inWindow).toBe(1);
    expect(replayHistories(history, []).total.inWindow).toBe(0);
  });
});
