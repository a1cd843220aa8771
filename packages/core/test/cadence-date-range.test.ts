import { describe, expect, it } from 'vitest';
import { bankHolidaysInYear, weekdayBankHolidayCount } from '../src/cadence/bank-holidays.js';
import { addDays, addMonths, dayOfWeek, fromDayNumber, isValidIsoDate, isWeekend, toDayNumber } from '../src/cadence/iso-date.js';
import { planCadence } from '../src/cadence/schedule.js';
import { renderTimelineSvg } from '../src/cadence/timeline-svg.js';
import { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysAfter } from '../src/cadence/working-days.js';
import { lintText } from '../src/index.js';

/** Working days counted one day at a time: the definition the fast count must agree with. */
function workingDaysByDay(from: string, to: string): number {
  let count = 0;
  // Day numbers, as addDays stops at 9999-12-31.
  for (let day = toDayNumber(from)! + 1; day <= toDayNumber(to)!; day++) if (isWorkingDay(fromDayNumber(day))) count++;
  return count;
}

describe('dates from 0000 to 9999', () => {
  it('every four-digit year is a year: 0025 is not 1925, and 0000 and 9999 round-trip', () => {
    for (const iso of ['0000-01-01', '0000-02-29', '0025-03-04', '0099-12-31', '1600-02-29', '1970-01-01', '9999-12-31']) {
      expect(isValidIsoDate(iso), iso).toBe(true);
      expect(fromDayNumber(toDayNumber(iso)!)).toBe(iso);
    }
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('0100-02-29')).toBe(false);
    expect(toDayNumber('0025-03-04')! - toDayNumber('0024-03-04')!).toBe(365);
    // Known weekdays: 1 January 2000 was a Saturday; the proleptic 1 January 0001 a Monday.
    expect([dayOfWeek('2000-01-01'), dayOfWeek('0001-01-01'), dayOfWeek('9999-12-31')]).toEqual([6, 1, 5]);
  });

  it('arithmetic stops at the ends of the range instead of failing', () => {
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(addDays('9999-12-01', 60)).toBe('9999-12-31');
    expect(addDays('0000-01-02', -5)).toBe('0000-01-01');
    expect(addMonths('9999-06-30', 42)).toBe('9999-12-31');
    expect(addMonths('0000-03-31', -4)).toBe('0000-01-01');
    expect(addMonths('0003-03-31', -1)).toBe('0003-02-28');
    expect(addWorkingDays('9999-12-30', 30)).toBe('9999-12-31');
    // 0000-01-01 is a Saturday and the range has no day before it: the search still ends.
    expect(isWeekend('0000-01-01')).toBe(true);
    expect(workingDayOnOrBefore('0000-01-01')).toBe('0000-01-01');
    expect(workingDayOnOrAfter('9999-12-31')).toBe('9999-12-31');
  });

  it('bank holidays exist in every year, and their weekday count per year is the one the fast count uses', () => {
    for (let year = 0; year <= 9999; year++) {
      const days = bankHolidaysInYear(year);
      expect(days.every((d) => d.date.startsWith(String(year).padStart(4, '0')))).toBe(true);
      expect(weekdayBankHolidayCount(year), String(year)).toBe(days.filter((d) => !isWeekend(d.date)).length);
    }
    expect(bankHolidaysInYear(10_000)).toEqual([]);
    expect(bankHolidaysInYear(-1)).toEqual([]);
  });

  it('counts working days over any span as counting them one by one does', () => {
    const spans: [string, string][] = [
      ['2025-01-24', '2025-03-07'],
      ['2022-05-27', '2022-06-10'],
      ['2019-12-20', '2021-01-08'],
      ['2010-11-30', '2024-02-01'],
      ['9998-12-20', '9999-12-31'],
      ['0000-01-01', '0003-02-01'],
    ];
    for (const [from, to] of spans) {
      expect(workingDaysAfter(from, to), `${from} to ${to}`).toBe(workingDaysByDay(from, to));
      expect(workingDaysAfter(to, from)).toBe(-workingDaysByDay(from, to));
    }
    // From now to the end of the range: about 251 working days a year for 7,975 years, at once.
    const lag = workingDaysAfter('2025-01-24', '9999-12-31');
    expect(lag).toBeGreaterThan(7974 * 250);
    expect(lag).toBeLessThan(7975 * 253);
  });
});

describe('drafts and histories dated 9999', () => {
  const draft = (frontMatter: string) =>
    `---\nilacs: short-inspection\nlocal_authority: Harrow\n${frontMatter}\n---\n\n# Inspection of Harrow local authority children's services\n`;
  const cases: Record<string, string> = {
    'published on 9999-12-31': draft('dates: 2025-01-20 to 2025-01-24\npublished: 9999-12-31'),
    'on site in the last week of 9999': draft('dates: 9999-12-27 to 9999-12-31\npublished: 9999-12-31'),
    'a previous inspection in 9999': draft(
      'dates: 2025-01-20 to 2025-01-24\nprevious:\n  type: standard-inspection\n  dates: 9999-01-04 to 9999-01-15\n  overall_effectiveness: good',
    ),
    'on site in the year 0000': draft('dates: 0000-01-03 to 0000-01-07\npublished: 0000-02-01'),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: every cadence rule runs and none fails`, () => {
      const { diagnostics } = lintText(text);
      expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
      for (const d of diagnostics) expect(d.message).not.toMatch(/NaN|Invalid|undefined/);
    });
  }

  it('plans and draws a history in 9999, with year labels thinned over a long span', () => {
    const plan = planCadence(
      [
        { type: 'short-inspection', dates: { start: '2018-01-08', end: '2018-01-12' }, overallEffectiveness: 'good' },
        {
          type: 'standard-inspection',
          dates: { start: '9999-01-04', end: '9999-01-15' },
          overallEffectiveness: 'inadequate',
          published: '9999-12-31',
        },
      ],
      { today: '2025-06-01' },
    );
    expect(plan.next?.window.closes).toBe('9999-12-31');
    expect(plan.recurringVisits?.nextDue).toBe('9999-04-15');
    expect(plan.events[1]!.publicationLag).toBeGreaterThan(200);
    const svg = renderTimelineSvg(plan, { title: 'Far future' });
    expect(svg).not.toMatch(/NaN|Infinity/);
    const yearLabels = [...svg.matchAll(/text-anchor="middle"[^>]*>(\d{4})</g)].map((m) => Number(m[1]));
    expect(yearLabels.length).toBeGreaterThan(3);
    expect(yearLabels.length).toBeLessThanOrEqual(25);
  });
});
