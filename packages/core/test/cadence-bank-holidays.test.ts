import { describe, expect, it } from 'vitest';
import { bankHolidayOn, bankHolidaysInYear, easterSunday } from '../src/cadence/bank-holidays.js';
import { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDaysAfter } from '../src/cadence/working-days.js';

/** The England and Wales lists published on gov.uk/bank-holidays, 2018 to 2027, copied as data. */
const published: Record<number, string[]> = {
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

describe('England and Wales bank holidays, computed from the rules', () => {
  for (const [year, days] of Object.entries(published)) {
    it(`match the published list for ${year}`, () => {
      expect(bankHolidaysInYear(Number(year)).map((d) => d.date)).toEqual(days.map((d) => `${year}-${d}`));
    });
  }

  it('compute Easter for years with known dates, including the earliest and latest possible', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(2000)).toBe('2000-04-23');
  });

  it('name the moved, added and substitute days', () => {
    expect(bankHolidayOn('2020-05-08')?.name).toMatch(/VE day/);
    expect(bankHolidayOn('2020-05-04')).toBeUndefined();
    expect(bankHolidayOn('2022-09-19')?.name).toMatch(/State Funeral/);
    expect(bankHolidayOn('2023-05-08')?.name).toMatch(/coronation/);
    expect(bankHolidayOn('2022-05-30')).toBeUndefined();
    expect(bankHolidayOn('2021-12-27')?.name).toMatch(/Christmas Day \(substitute day\)/);
    expect(bankHolidayOn('2021-12-28')?.name).toMatch(/Boxing Day \(substitute day\)/);
  });
});

describe('working days', () => {
  it('skip weekends and bank holidays', () => {
    expect(isWorkingDay('2025-04-17')).toBe(true);
    expect(isWorkingDay('2025-04-18')).toBe(false);
    expect(isWorkingDay('2025-04-19')).toBe(false);
    expect(workingDayOnOrAfter('2025-04-18')).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-17');
  });

  it('count the lag after a day, so the next working day is 1 and the order of arguments gives the sign', () => {
    expect(workingDaysAfter('2025-01-24', '2025-01-27')).toBe(1);
    expect(workingDaysAfter('2025-01-24', '2025-01-24')).toBe(0);
    expect(workingDaysAfter('2025-01-27', '2025-01-24')).toBe(-1);
    // Christmas 2020: Friday 25, Monday 28 (Boxing Day substitute) are holidays.
    expect(workingDaysAfter('2020-12-24', '2020-12-31')).toBe(3);
    // Harrow 2025: last day on site Friday 24 January, published Tuesday 4 March.
    expect(workingDaysAfter('2025-01-24', '2025-03-04')).toBe(27);
  });
});
