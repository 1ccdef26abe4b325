import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ewmaChart,
  poissonCusum,
  poissonCusumArl,
  poissonCusumReferenceValue,
  poissonCusumThreshold,
  riskAdjustedPoissonCusum,
  targetArlForBudget,
} from './cusum.ts';

function expectSignificant(actual: number, expected: number, digits = 6): void {
  const tolerance = 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

describe('poissonCusum', () => {
  it('accumulates x − k, signals at S ≥ h and restarts', () => {
    // k = 3, h = 5: S = 0, 2, 3, 6 (signal, restart to 0), 0, 4.
    const result = poissonCusum([2, 5, 4, 6, 1, 7], { k: 3, h: 5 });
    expect(result.statistic).toEqual([0, 2, 3, 0, 0, 4]);
    expect(result.signals).toEqual([3]);
    expect(result.firstSignal).toBe(3);
    // Without the restart: 0, 2, 3, 6, 4, 8 → signals where S ≥ 5: periods 3 and 5.
    const running = poissonCusum([2, 5, 4, 6, 1, 7], { k: 3, h: 5, resetAfterSignal: false });
    expect(running.statistic).toEqual([0, 2, 3, 6, 4, 8]);
    expect(running.signals).toEqual([3, 5]);
  });

  it('validates input', () => {
    expect(() => poissonCusum([1, -1], { k: 1, h: 3 })).toThrow(/counts\[1\] must be a non-negative integer/);
    expect(() => poissonCusum([1], { k: -1, h: 3 })).toThrow(/k must be/);
    expect(() => poissonCusum([1], { k: 1, h: 0 })).toThrow(/h must be/);
    expect(() => poissonCusum([1], { k: 1, h: 3, start: 3 })).toThrow(/start/);
  });
});

describe('riskAdjustedPoissonCusum', () => {
  it('uses the log-likelihood-ratio weights x·ln R − (R − 1)·E', () => {
    // R = 2: W = x ln 2 − E → −1, 3 ln 2 − 1, 2 ln 2 − 2, 5 ln 2 − 2; S = 0, 1.0794, 0.4657, 1.9315.
    const ln2 = Math.log(2);
    const result = riskAdjustedPoissonCusum([0, 3, 2, 5], [1, 1, 2, 2], { rateRatio: 2, h: 1.9 });
    expect(result.weights).toEqual([-1, 3 * ln2 - 1, 2 * ln2 - 2, 5 * ln2 - 2]);
    expectSignificant(result.statistic[2] ?? Number.NaN, 5 * ln2 - 3);
    expect(result.signals).toEqual([3]);
    expect(result.statistic[3]).toBe(0);
  });

  it('equals a Poisson CUSUM scaled by ln R when the expected count is constant', () => {
    // W/ln R = x − (R − 1)E/ln R, so S_RA = ln R · S_Poisson with k = (R − 1)E/ln R and h_P = h/ln R.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.2, max: 8, noNaN: true }),
        fc.double({ min: 1.1, max: 4, noNaN: true }),
        (counts, e, ratio) => {
          const h = 3;
          const adjusted = riskAdjustedPoissonCusum(
            counts,
            counts.map(() => e),
            { rateRatio: ratio, h },
          );
          const plain = poissonCusum(counts, {
            k: ((ratio - 1) * e) / Math.log(ratio),
            h: h / Math.log(ratio),
          });
          adjusted.statistic.forEach((s, t) => {
            expect(s).toBeCloseTo((plain.statistic[t] ?? Number.NaN) * Math.log(ratio), 9);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('validates input', () => {
    expect(() => riskAdjustedPoissonCusum([1, 2], [1], { rateRatio: 2, h: 3 })).toThrow(/same length/);
    expect(() => riskAdjustedPoissonCusum([1], [0], { rateRatio: 2, h: 3 })).toThrow(/expected\[0\]/);
    expect(() => riskAdjustedPoissonCusum([1], [1], { rateRatio: 1, h: 3 })).toThrow(/differ from 1/);
  });
});

describe('poissonCusumArl (Brook & Evans Markov chain)', () => {
  it('reproduces the reference ARLs for h = 10, k = 3', () => {
    // Published reference values 548.3623 (λ = 2.4) and 10.17663 (λ = 4); the extra digits are from an
    // independent NumPy/SciPy 1.17 solve of (I − R)·ARL = 1 (548.3622655287, 10.1766262627).
    expectSignificant(poissonCusumArl({ mean: 2.4, k: 3, h: 10 }), 548.3623, 7);
    expectSignificant(poissonCusumArl({ mean: 4, k: 3, h: 10 }), 10.17663, 7);
    expectSignificant(poissonCusumArl({ mean: 2.4, k: 3, h: 10 }), 548.3622655287129, 10);
    expectSignificant(poissonCusumArl({ mean: 4, k: 3, h: 10 }), 10.176626262694011, 10);
  });

  it('is geometric for k = 0, h = 1: ARL = 1/(1 − e^−λ)', () => {
    expectSignificant(poissonCusumArl({ mean: 0.7, k: 0, h: 1 }), 1 / (1 - Math.exp(-0.7)), 12);
  });

  it('honours a head start', () => {
    // NumPy/SciPy solve for k = 4, h = 6, λ = 3, from state 3.
    expectSignificant(poissonCusumArl({ mean: 3, k: 4, h: 6, start: 3 }), 118.72848636033166);
  });

  it('falls as the mean rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        fc.double({ min: 1.05, max: 2, noNaN: true }),
        (m, f) => {
          expect(poissonCusumArl({ mean: m * f, k: 3, h: 8 })).toBeLessThan(
            poissonCusumArl({ mean: m, k: 3, h: 8 }),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('needs integer k and h', () => {
    expect(() => poissonCusumArl({ mean: 2, k: 2.5, h: 10 })).toThrow(/k must be an integer/);
    expect(() => poissonCusumArl({ mean: 2, k: 2, h: 0 })).toThrow(/h must be an integer/);
    expect(() => poissonCusumArl({ mean: 0, k: 2, h: 4 })).toThrow(/mean/);
  });
});

describe('choosing h for a false-alarm budget', () => {
  it('turns 0.5 % of units per year on monthly data into an ARL of 2400 months', () => {
    expect(targetArlForBudget(0.005, 12)).toBeCloseTo(2400, 9);
    expect(() => targetArlForBudget(0)).toThrow(/falseAlarmsPerUnitYear/);
  });

  it('picks the smallest h whose in-control ARL reaches the target', () => {
    // λ = 2.4, k = 3 (SciPy): ARL(h = 9) = 350.0002, ARL(10) = 548.3623, ARL(13) = 2053.126, ARL(14) = 3172.305.
    expect(poissonCusumThreshold({ inControlMean: 2.4, k: 3, targetArl: 500 }).h).toBe(10);
    const budget = poissonCusumThreshold({ inControlMean: 2.4, k: 3, targetArl: targetArlForBudget(0.005) });
    expect(budget.h).toBe(14);
    expectSignificant(budget.arl, 3172.304963053028);
    expect(() => poissonCusumThreshold({ inControlMean: 5, k: 1, targetArl: 1e6, maxH: 20 })).toThrow(
      /no h ≤ 20/,
    );
  });

  it('computes the optimal reference value k = (λ₁ − λ₀)/ln(λ₁/λ₀)', () => {
    expectSignificant(poissonCusumReferenceValue(2, 4), 2 / Math.LN2, 12);
  });
});

describe('ewmaChart', () => {
  it('smooths and widens the band to its asymptote (hand-worked)', () => {
    // λ = 0.2, L = 3, μ₀ = 0, σ² = 1: half-width = 3·√(0.2/1.8·(1 − 0.8^{2t})) = √(1 − 0.64^t).
    // z = 0.2, 0.56, 1.048; half-width = 0.6, √0.5904 = 0.768375, √0.737856 = 0.858985 → signal at t = 3.
    const points = ewmaChart([1, 2, 3], { lambda: 0.2, L: 3, mean: 0, variance: 1 });
    expect(points.map((p) => p.ewma)).toEqual([0.2, 0.56, expect.closeTo(1.048, 12)]);
    expectSignificant(points[0]?.upper ?? Number.NaN, 0.6, 12);
    expectSignificant(points[1]?.upper ?? Number.NaN, Math.sqrt(0.5904), 12);
    expectSignificant(points[2]?.lower ?? Number.NaN, -Math.sqrt(0.737856), 12);
    expect(points.map((p) => p.signal)).toEqual([null, null, 'above']);
    const long = ewmaChart(new Array<number>(200).fill(0), { lambda: 0.2, L: 3, mean: 0, variance: 1 });
    expectSignificant(long[199]?.upper ?? Number.NaN, 1, 12);
  });

  it('signals below the band', () => {
    const points = ewmaChart([4, 0, 0, 0], { lambda: 0.5, L: 2, mean: 4, variance: 4 });
    // z = 4, 2, 1, 0.5; asymptotic half-width 2·2·√(1/3) = 2.309; at t = 2: 4·√(1/3·(1 − 1/16)) = 2.236.
    expect(points.map((p) => p.signal)).toEqual([null, null, 'below', 'below']);
  });

  it('validates input', () => {
    expect(() => ewmaChart([], { lambda: 0.2, L: 3, mean: 0, variance: 1 })).toThrow(/at least one/);
    expect(() => ewmaChart([1], { lambda: 0, L: 3, mean: 0, variance: 1 })).toThrow(/lambda/);
    expect(() => ewmaChart([1], { lambda: 0.2, L: 3, mean: 0, variance: 0 })).toThrow(/variance/);
    expect(() => ewmaChart([Number.NaN], { lambda: 0.2, L: 3, mean: 0, variance: 1 })).toThrow(/series\[0\]/);
  });
});
