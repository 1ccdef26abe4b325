import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  estimateOverdispersion,
  funnelPlot,
  overdispersedFunnelLimits,
  poissonFunnelLimits,
} from './funnel.ts';

/** |actual − expected| within half a unit in the 6th significant digit. */
function expectSignificant(actual: number, expected: number, digits = 6): void {
  const tolerance = 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

describe('poissonFunnelLimits', () => {
  // FunnelPlotR tests/testthat/test-poisson_limits.R: calculate_limits(number_seq = c(15, 20, 30), target = 1,
  // draw_adjusted = FALSE), rounded there to 7 significant digits.
  const reference = [
    { e: 15, lower95: 0.5596924, upper95: 1.649348, lower998: 0.386265, upper998: 2.082907 },
    { e: 20, lower95: 0.610826, upper95: 1.544419, lower998: 0.4479107, upper998: 1.902094 },
    { e: 30, lower95: 0.6746958, upper95: 1.427562, lower998: 0.5289724, upper998: 1.702771 },
  ];
  it.each(reference)('reproduces FunnelPlotR at E = $e', (row) => {
    const limits = poissonFunnelLimits(row.e);
    expectSignificant(limits.lower95, row.lower95, 7);
    expectSignificant(limits.upper95, row.upper95, 7);
    expectSignificant(limits.lower998, row.lower998, 7);
    expectSignificant(limits.upper998, row.upper998, 7);
  });

  it('scales with the multiplier', () => {
    const limits = poissonFunnelLimits(20, 100);
    expectSignificant(limits.lower95, 61.0826);
    expectSignificant(limits.upper95, 154.4419);
  });

  it('narrows as the expected count grows and always brackets 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        (e, f) => {
          const small = poissonFunnelLimits(e);
          const large = poissonFunnelLimits(e * f);
          expect(small.lower998).toBeLessThan(small.lower95);
          expect(small.lower95).toBeLessThan(1);
          expect(small.upper95).toBeGreaterThan(1);
          expect(small.upper998).toBeGreaterThan(small.upper95);
          expect(large.lower95).toBeGreaterThanOrEqual(small.lower95);
          expect(large.upper95).toBeLessThanOrEqual(small.upper95);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects zero or negative expected counts', () => {
    expect(() => poissonFunnelLimits(0)).toThrow(/expected must be a finite number > 0/);
    expect(() => poissonFunnelLimits(-3)).toThrow(RangeError);
  });
});

describe('overdispersion (Spiegelhalter 2005)', () => {
  // The data of FunnelPlotR's test-OD_adjust_func.R. Expected values computed independently with NumPy 2 /
  // SciPy 1.17: z = 2(√O − √E) (sqrt) or √E·ln(O/E) (log), np.quantile (R type 7) at 0.1/0.9, np.clip,
  // φ = mean(z_W²), τ² = (nφ − (n − 1)) / (Σw − Σw²/Σw), limits with scipy.stats.norm.ppf(0.975 | 0.999).
  const units = [
    { observed: 100, expected: 108 },
    { observed: 150, expected: 112 },
    { observed: 180, expected: 165 },
    { observed: 80, expected: 95 },
    { observed: 120, expected: 100 },
    { observed: 225, expected: 220 },
  ];

  it('estimates φ and τ² on the square-root scale', () => {
    const { phi, tau2, zScores } = estimateOverdispersion(units, 'sqrt');
    expectSignificant(zScores[1] ?? Number.NaN, 3.32888694);
    expectSignificant(phi, 2.3271782575941193);
    expectSignificant(tau2, 0.003439780154186274);
  });

  it('estimates φ and τ² on the log scale', () => {
    const { phi, tau2 } = estimateOverdispersion(units, 'log');
    expectSignificant(phi, 2.149053099170452);
    expectSignificant(tau2, 0.012118491459176522);
  });

  it('gives additive random-effects limits on each scale', () => {
    const sqrt = overdispersedFunnelLimits(108, 0.003439780154186274, 'sqrt');
    expectSignificant(sqrt.lower95, 0.7247440406645825);
    expectSignificant(sqrt.upper95, 1.3194680385418);
    expectSignificant(sqrt.lower998, 0.586109556362886);
    expectSignificant(sqrt.upper998, 1.5237978638981595);
    const log = overdispersedFunnelLimits(112, 0.012118491459176522, 'log');
    expectSignificant(log.lower95, 0.752507849931986);
    expectSignificant(log.upper95, 1.3288897917681297);
    expectSignificant(log.lower998, 0.6387010820342232);
    expectSignificant(log.upper998, 1.5656776356399182);
  });

  it('uses adjusted limits and classifies each unit', () => {
    const result = funnelPlot(units);
    expect(result.adjusted).toBe(true);
    expect(result.scale).toBe('sqrt');
    expectSignificant(result.tau2, 0.003439780154186274);
    const second = result.units[1];
    // 150/112 = 1.339286 lies above the adjusted 95 % limit 1.317007 and below the 99.8 % limit 1.519628.
    expectSignificant(second?.ratio ?? Number.NaN, 150 / 112);
    expectSignificant(second?.limits.upper95 ?? Number.NaN, 1.3170067418705118);
    expect(second?.band).toBe('above95');
    expect(result.units.map((u) => u.band)).toEqual([
      'within',
      'above95',
      'within',
      'within',
      'within',
      'within',
    ]);
    expect(second?.adjustedZScore).toBeLessThan(second?.zScore ?? 0);
  });

  it('falls back to Poisson limits when there is no overdispersion (φ ≤ 1)', () => {
    const calm = [10, 20, 40, 80, 160].map((e) => ({ observed: e, expected: e }));
    const result = funnelPlot(calm);
    expect(result.phi).toBe(0);
    expect(result.tau2).toBe(0);
    expect(result.adjusted).toBe(false);
    expect(result.units[0]?.limits).toEqual(poissonFunnelLimits(10));
    expect(result.units.every((u) => u.band === 'within')).toBe(true);
  });

  it('flags units beyond the exact Poisson limits when not adjusting', () => {
    // E = 20: 99.8 % upper limit 1.902094 → O = 39 (1.95) is above 99.8 %, O = 32 (1.6) above 95 % only;
    // lower 99.8 % limit 0.4479107 → O = 8 (0.4) is below 99.8 %.
    const result = funnelPlot(
      [39, 32, 20, 8].map((observed) => ({ observed, expected: 20 })),
      { adjustForOverdispersion: false },
    );
    expect(result.units.map((u) => u.band)).toEqual(['above99.8', 'above95', 'within', 'below99.8']);
  });

  it('validates input', () => {
    expect(() => funnelPlot([])).toThrow(/at least one/);
    expect(() =>
      funnelPlot([
        { observed: -1, expected: 2 },
        { observed: 1, expected: 2 },
      ]),
    ).toThrow(/units.observed\[0\] must be a non-negative integer/);
    expect(() =>
      funnelPlot([
        { observed: 1, expected: 0 },
        { observed: 1, expected: 2 },
      ]),
    ).toThrow(/units.expected\[0\] must be a finite number > 0/);
    expect(() => funnelPlot([{ observed: 1, expected: 2 }])).toThrow(/at least 2 units/);
    expect(() =>
      estimateOverdispersion(
        [
          { observed: 0, expected: 2 },
          { observed: 1, expected: 2 },
        ],
        'log',
      ),
    ).toThrow(/'log' scale needs O > 0/);
    expect(() => overdispersedFunnelLimits(10, -0.1)).toThrow(/tau2/);
  });
});
