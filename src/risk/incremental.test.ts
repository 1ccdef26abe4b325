import { describe, expect, it } from 'vitest';
import { addCase } from './incremental.ts';

// Hand-worked with R = 2 (ln 2 = 0.69314718): S = max(0, S_before + O·ln 2 − E).
describe('adding one case to a unit’s stored CUSUM state', () => {
  const state = { month: 10, cusumBefore: 2, observed: 3, expected: 1.5, threshold: 5 };

  it('adds the case to the current month and re-tests against the threshold', () => {
    const r = addCase(state, 10, 2);
    expect(r.state.observed).toBe(4);
    expect(r.statistic).toBeCloseTo(2 + 4 * 0.6931471806 - 1.5, 9); // 3.2725887
    expect(r.alarm).toBe(false);
    expect(addCase(r.state, 10, 2).statistic).toBeCloseTo(3.9657359, 6);
  });

  it('alarms when the statistic reaches the threshold', () => {
    const r = addCase({ month: 3, cusumBefore: 4, observed: 2, expected: 1, threshold: 5 }, 3, 2);
    expect(r.statistic).toBeCloseTo(5.0794415, 6);
    expect(r.alarm).toBe(true);
  });

  it('rolls the state over months without cases before adding a case in a later month', () => {
    // Month 10 closes at 2 + 3·ln 2 − 1.5 = 2.5794415; month 11 (no cases) at 1.0794415;
    // month 12 with the new case: 1.0794415 + ln 2 − 1.5 = 0.2725887.
    const r = addCase(state, 12, 2);
    expect(r.state.month).toBe(12);
    expect(r.state.observed).toBe(1);
    expect(r.state.cusumBefore).toBeCloseTo(1.0794415, 6);
    expect(r.statistic).toBeCloseTo(0.2725887, 6);
  });

  it('restarts at 0 after a month that closed above the threshold', () => {
    const r = addCase({ month: 3, cusumBefore: 4, observed: 3, expected: 1, threshold: 5 }, 4, 2);
    expect(r.state.cusumBefore).toBe(0);
    expect(r.statistic).toBeCloseTo(0, 9); // max(0, 0 + ln 2 − 1)
  });

  it('refuses a case older than the state', () => {
    expect(() => addCase(state, 9, 2)).toThrow();
  });
});
