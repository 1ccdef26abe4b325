import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, fromDayNumber } from './dates.ts';

describe('generator date arithmetic', () => {
  it('agrees with hand-known day numbers', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('agrees with the JavaScript Date for every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        return fromDayNumber(n) === iso && dayNumber(iso) === n;
      }),
      { numRuns: 5000 },
    );
  });
});
