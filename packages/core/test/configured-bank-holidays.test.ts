import { describe, expect, it } from 'vitest';
import { builtinDomain, configSchema, lintText } from '../src/index.js';
import { createWorkingCalendar, englandCalendar, planCadence } from '../src/cadence/index.js';
import { configuredDomain } from '../src/tools.js';

/** A newly proclaimed bank holiday, added by configuration instead of waiting for a release. */
const proclaimed = { '2025-03-05': 'A proclaimed bank holiday' };

const letter = `---
ilacs: focused-visit
local_authority: Harrow
dates: 2025-03-04 to 2025-03-05
focus: children in need
lead_inspector: Sam Example, His Majesty’s Inspector
---

# Focused visit to Harrow children’s services
`;

describe('a calendar with added bank holidays', () => {
  const calendar = createWorkingCalendar([
    { date: '2025-03-05', name: 'A proclaimed bank holiday' },
    { date: '2031-06-04', name: 'Another' },
  ]);

  it('treats an added day as a bank holiday, and England’s own days as before', () => {
    expect(calendar.isWorkingDay('2025-03-05')).toBe(false);
    expect(englandCalendar.isWorkingDay('2025-03-05')).toBe(true);
    expect(calendar.bankHolidayOn('2025-03-05')?.name).toBe('A proclaimed bank holiday');
    expect(calendar.bankHolidaysBetween('2025-01-01', '2025-04-30').map((d) => d.date)).toEqual([
      '2025-01-01',
      '2025-03-05',
      '2025-04-18',
      '2025-04-21',
    ]);
    expect(calendar.addWorkingDays('2025-03-04', 1)).toBe('2025-03-06');
  });

  it('counts working days over years with an added day in a middle year, as day-by-day counting would', () => {
    const byDay = (from: string, to: string) => {
      let count = 0;
      for (let day = calendar.addWorkingDays(from, 0); day < to; ) {
        day = calendar.addWorkingDays(day, 1);
        if (day <= to) count++;
      }
      return count;
    };
    expect(calendar.workingDaysAfter('2029-12-20', '2033-01-10')).toBe(byDay('2029-12-20', '2033-01-10'));
    expect(calendar.workingDaysAfter('2029-12-20', '2033-01-10')).toBe(englandCalendar.workingDaysAfter('2029-12-20', '2033-01-10') - 1);
  });

  it('ignores an added day that is already a bank holiday', () => {
    const twice = createWorkingCalendar([{ date: '2025-12-25', name: 'Christmas again' }]);
    expect(twice.workingDaysAfter('2025-12-01', '2026-01-31')).toBe(englandCalendar.workingDaysAfter('2025-12-01', '2026-01-31'));
    expect(twice.bankHolidaysBetween('2025-12-25', '2025-12-25').map((d) => d.name)).toEqual(['Christmas Day']);
  });
});

describe('bankHolidays in the configuration', () => {
  it('makes days on site that include the added day impossible, naming it', () => {
    const without = lintText(letter).diagnostics.filter((d) => d.ruleId === 'cadence-dates-fit-type');
    expect(without).toEqual([]);
    const [finding, ...rest] = lintText(letter, { config: { bankHolidays: proclaimed } }).diagnostics.filter(
      (d) => d.ruleId === 'cadence-dates-fit-type',
    );
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('2025-03-05 is a bank holiday (A proclaimed bank holiday)');
  });

  it('moves the typical publication date and the lag the cadence plan gives', () => {
    const events = [{ type: 'focused-visit', dates: { start: '2025-03-03', end: '2025-03-04' }, published: '2025-03-06' }];
    const plain = planCadence(events, { today: '2025-03-01' });
    const configured = planCadence(events, { today: '2025-03-01', domain: configuredDomain(builtinDomain, { bankHolidays: proclaimed }) });
    expect(plain.events[0]!.publicationLag).toBe(2);
    expect(configured.events[0]!.publicationLag).toBe(1);
  });

  it('builds the configured domain once per setting', () => {
    expect(configuredDomain(builtinDomain, { bankHolidays: { ...proclaimed } })).toBe(
      configuredDomain(builtinDomain, { bankHolidays: proclaimed }),
    );
    expect(configuredDomain(builtinDomain, {})).toBe(builtinDomain);
  });

  it('accepts real dates with names and refuses anything else', () => {
    expect(configSchema.safeParse({ bankHolidays: proclaimed }).success).toBe(true);
    for (const bankHolidays of [{ '2025-02-30': 'No such day' }, { '5 March 2025': 'Written out' }, { '2025-03-05': '' }, ['2025-03-05']]) {
      expect(configSchema.safeParse({ bankHolidays }).success, JSON.stringify(bankHolidays)).toBe(false);
    }
  });
});
