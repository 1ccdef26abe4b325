import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  InvalidDateError,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
} from './local-date.ts';

describe('parseIsoDate', () => {
  it.each([
    '2025-02-30',
    '2023-02-29',
    '1900-02-29',
    '2025-2-3',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '',
  ])('rejects %j', (value) => {
    expect(() => parseIsoDate(value)).toThrow(InvalidDateError);
    expect(isIsoDate(value)).toBe(false);
  });

  it('rejects non-strings and accepts real leap days', () => {
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
  });
});

describe('day numbers', () => {
  it('counts from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
  });

  it('agrees with the UTC calendar of Date for every day 1600–9999 (independent oracle)', () => {
    const min = Date.UTC(1600, 0, 1) / 86_400_000;
    const max = Date.UTC(9999, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it('knows the weekday: 1 January 2025 was a Wednesday, 17 May 2027 is a Monday', () => {
    expect(isoWeekday('2025-01-01')).toBe(3);
    expect(isoWeekday('2027-05-17')).toBe(1);
    expect(isoWeekday('2026-05-17')).toBe(7);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-02-10', '2025-03-03')).toBe(21);
  });
});

describe('addMonths (domstolloven § 148 second paragraph)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-02-28', 12, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
