import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from './local-date.ts';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  onOrNextWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

// Dates 2000–2040, where the holiday list is cross-checked against date-holidays.
const anyDate = fc
  .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2039-12-31') })
  .map((n) => fromDayNumber(n));

describe('isWorkingDay', () => {
  it.each([
    ['2025-12-24', true], // Christmas Eve, a Wednesday: an ordinary working day in law
    ['2025-12-31', true], // New Year's Eve, a Wednesday
    ['2025-12-25', false], // Christmas Day
    ['2025-05-16', true], // Friday before 17 May
    ['2025-05-17', false], // Saturday and Constitution Day
    ['2026-05-14', false], // Ascension Day, a Thursday
    ['2027-05-17', false], // Constitution Day and Whit Monday
    ['2026-04-07', true], // Tuesday after Easter
  ] as const)('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('says why a day is not a working day', () => {
    expect(nonWorkingReason('2025-05-17')).toEqual({
      nb: 'lørdag og grunnlovsdagen',
      en: 'Saturday and Constitution Day',
    });
    expect(nonWorkingReason('2027-05-17')?.en).toBe('Constitution Day and Whit Monday');
    expect(nonWorkingReason('2025-12-24')).toBeNull();
  });
});

describe('nextWorkingDay / onOrNextWorkingDay', () => {
  it('skips Easter 2026 (Thu 2 – Mon 6 April)', () => {
    expect(nextWorkingDay('2026-04-01')).toBe('2026-04-07');
    expect(onOrNextWorkingDay('2026-04-02')).toBe('2026-04-07');
  });

  it('skips Christmas 2025 (Thu 25, Fri 26, weekend)', () => {
    expect(nextWorkingDay('2025-12-24')).toBe('2025-12-29');
    expect(onOrNextWorkingDay('2025-12-24')).toBe('2025-12-24');
  });
});

describe('addWorkingDays', () => {
  it('5 working days from Tue 31 March 2026, across Easter, is Fri 10 April', () => {
    // Wed 1 (1); Thu 2, Fri 3 holidays; Sat 4, Sun 5; Mon 6 holiday; Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5).
    expect(addWorkingDays('2026-03-31', 5)).toBe('2026-04-10');
  });

  it('counts from a Saturday as from the Friday before: Sat 28 March 2026 + 5 = Wed 8 April', () => {
    // Mon 30 (1), Tue 31 (2), Wed 1 (3), Tue 7 (4), Wed 8 (5).
    expect(addWorkingDays('2026-03-28', 5)).toBe('2026-04-08');
    expect(addWorkingDays('2026-03-27', 5)).toBe('2026-04-08');
  });

  it('returns the start for 0 and refuses negative or fractional counts', () => {
    expect(addWorkingDays('2026-04-04', 0)).toBe('2026-04-04');
    expect(() => addWorkingDays('2026-04-04', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-04-04', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween: (from, to], from not counted, to counted', () => {
  it('counts the working days of whole years, worked by hand', () => {
    // 2025: 261 weekdays − 9 holidays on weekdays (1/1, 17/4, 18/4, 21/4, 1/5, 29/5, 9/6, 25/12, 26/12) = 252.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(252);
    // 2026: 261 − 8 (1/1, 2/4, 3/4, 6/4, 1/5, 14/5, 25/5, 25/12) = 253.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(253);
    // 2027: 261 − 6 (1/1, 25/3, 26/3, 29/3, 6/5, 17/5 which is also Whit Monday) = 255.
    expect(workingDaysBetween('2026-12-31', '2027-12-31')).toBe(255);
  });

  it('counts Christmas week 2025: Fri 19 → Mon 29 December = 22, 23, 24, 29 = 4', () => {
    expect(workingDaysBetween('2025-12-19', '2025-12-29')).toBe(4);
  });

  it('is 0 for the same day and negative backwards', () => {
    expect(workingDaysBetween('2026-04-10', '2026-04-10')).toBe(0);
    expect(workingDaysBetween('2026-04-10', '2026-03-31')).toBe(-5);
  });

  it('agrees with addWorkingDays (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (date, n) => {
        const end = addWorkingDays(date, n);
        expect(workingDaysBetween(date, end)).toBe(n);
        if (n > 0) {
          expect(isWorkingDay(end)).toBe(true);
          // and it is the first such day: the day before has one fewer
          expect(workingDaysBetween(date, addDays(end, -1))).toBe(n - 1);
        }
      }),
    );
  });

  it('is antisymmetric and additive (property)', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0);
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
    );
  });

  it('agrees with counting day by day (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -800, max: 800 }), (from, span) => {
        const to = addDays(from, span);
        let expected = 0;
        for (let day = from; day < to;) {
          day = addDays(day, 1);
          if (isWorkingDay(day)) expected++;
        }
        for (let day = to; day < from;) {
          day = addDays(day, 1);
          if (isWorkingDay(day)) expected--;
        }
        expect(workingDaysBetween(from, to)).toBe(expected);
      }),
    );
  });
});
