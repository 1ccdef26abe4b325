import { describe, expect, it } from 'vitest';
import { zeroAwareBand } from './pictures.ts';

describe('zeroAwareBand: no cases is an outlier only when no cases is unlikely', () => {
  it('keeps a zero within when P(0) = e^(−E) is above the tail', () => {
    // e^(−0.3) = 0.74: most providers of that size have no cases in a year.
    expect(zeroAwareBand('below99.8', 0, 0.3)).toBe('within');
    // e^(−3.6) = 0.027 ≥ 0.025.
    expect(zeroAwareBand('below99.8', 0, 3.6)).toBe('within');
  });
  it('moves a zero to the band its Poisson tail reaches', () => {
    // e^(−4) = 0.018: below the 2.5 % tail, above the 0.1 % tail.
    expect(zeroAwareBand('below99.8', 0, 4)).toBe('below95');
    // e^(−7) = 0.0009 < 0.001.
    expect(zeroAwareBand('below99.8', 0, 7)).toBe('below99.8');
  });
  it('never makes a band more extreme, and leaves units with cases alone', () => {
    expect(zeroAwareBand('within', 0, 7)).toBe('within');
    expect(zeroAwareBand('below95', 0, 7)).toBe('below95');
    expect(zeroAwareBand('below99.8', 1, 0.3)).toBe('below99.8');
  });
});
