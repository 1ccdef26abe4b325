import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  disproportionality,
  informationComponent,
  proportionalReportingRatio,
  reportingOddsRatio,
} from './disproportionality.ts';

function expectSignificant(actual: number, expected: number, digits = 6): void {
  const tolerance = 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

// Reference table: a = 20, b = 380, c = 1000, d = 98600 (N = 100 000).
const table = { a: 20, b: 380, c: 1000, d: 98600 };

describe('proportionalReportingRatio', () => {
  it('gives PRR 4.98 (95 % CI 3.234–7.668)', () => {
    // PRR = (20/400)/(1000/99600) = 0.05 · 99.6 = 4.98 exactly.
    // SE = √(1/20 − 1/400 + 1/1000 − 1/99600) = √0.048489960 = 0.2202044; z = 1.959964:
    // 4.98·e^{∓0.431592} = 3.234380 / 7.667745 (SciPy 1.17: 3.2343800706, 7.6677445008).
    const prr = proportionalReportingRatio(table);
    expectSignificant(prr.estimate, 4.98, 12);
    expectSignificant(prr.lower, 3.234, 4);
    expectSignificant(prr.upper, 7.668, 4);
    expectSignificant(prr.lower, 3.2343800706388786);
    expectSignificant(prr.upper, 7.667744500757217);
    expectSignificant(prr.logStandardError, Math.sqrt(1 / 20 - 1 / 400 + 1 / 1000 - 1 / 99600), 12);
  });

  it('needs a > 0 and c > 0', () => {
    expect(() => proportionalReportingRatio({ ...table, a: 0 })).toThrow(/PRR needs a > 0/);
    expect(() => proportionalReportingRatio({ ...table, c: 0 })).toThrow(/PRR needs c > 0/);
  });
});

describe('reportingOddsRatio', () => {
  it('gives ROR 5.189474 (95 % CI 3.295939–8.170853)', () => {
    // ROR = (20 · 98600)/(380 · 1000) = 1 972 000 / 380 000 = 5.1894737.
    // SE = √(1/20 + 1/380 + 1/1000 + 1/98600) = √0.053641695 = 0.2316067; ×1.959964 = 0.4539408;
    // 5.1894737·e^{∓0.4539408} = 3.295939 / 8.170853 (SciPy 1.17: 3.2959394752, 8.1708530516).
    const ror = reportingOddsRatio(table);
    expectSignificant(ror.estimate, 1972000 / 380000, 12);
    expectSignificant(ror.lower, 3.295939475221611);
    expectSignificant(ror.upper, 8.170853051633424);
  });

  it('needs every cell > 0', () => {
    expect(() => reportingOddsRatio({ ...table, d: 0 })).toThrow(/d is 0/);
  });
});

describe('informationComponent', () => {
  it('gives IC 2.162204, IC025 1.460835 (Norén 2006 / 2013)', () => {
    // E = (20 + 380)(20 + 1000)/100000 = 400 · 1020 / 100000 = 4.08.
    // IC = log₂(20.5/4.58) = log₂ 4.4759825 = 2.1622044.
    // IC025 = log₂ of the 2.5 % point of Gamma(shape 20.5, rate 4.58): SciPy 1.17
    // log2(stats.gamma.ppf(0.025, 20.5, scale=1/4.58)) = 1.4608352; at 0.975: 2.7249593.
    const ic = informationComponent(table);
    expectSignificant(ic.expected, 4.08, 12);
    expectSignificant(ic.ic, Math.log2(20.5 / 4.58), 12);
    expectSignificant(ic.ic, 2.1622044062958645);
    expectSignificant(ic.ic025, 1.4608351801178951);
    expectSignificant(ic.ic975, 2.7249593220197355);
  });

  it('is defined for a = 0 and brackets the point estimate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 100000 }),
        (a, b, c, d) => {
          const ic = informationComponent({ a, b, c, d });
          expect(ic.ic025).toBeLessThan(ic.ic975);
          // IC is log₂ of the posterior mean (a+½)/(E+½); for a Gamma with shape ≥ ½ the mean lies between
          // its 2.5 % and 97.5 % points (P(X < mean) ≤ P(χ²₁ < 1) = 0.683).
          expect(ic.ic025).toBeLessThan(ic.ic);
          expect(ic.ic).toBeLessThan(ic.ic975);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects empty margins and bad counts', () => {
    expect(() => informationComponent({ a: 0, b: 0, c: 4, d: 10 })).toThrow(/a \+ b > 0/);
    expect(() => informationComponent({ a: 0, b: 3, c: 0, d: 10 })).toThrow(/a \+ c > 0/);
    expect(() => informationComponent({ ...table, b: -1 })).toThrow(/b must be a non-negative integer/);
    expect(() => informationComponent({ ...table, c: 2.5 })).toThrow(/c must be a non-negative integer/);
  });
});

describe('disproportionality', () => {
  it('combines the three measures', () => {
    const all = disproportionality(table);
    expectSignificant(all.prr?.estimate ?? Number.NaN, 4.98);
    expectSignificant(all.ror?.estimate ?? Number.NaN, 5.189473684210526);
    expectSignificant(all.ic.ic025, 1.4608351801178951);
  });

  it('returns null for measures a zero cell leaves undefined, yet still shrinks the IC', () => {
    const sparse = disproportionality({ a: 0, b: 50, c: 30, d: 9000 });
    expect(sparse.prr).toBeNull();
    expect(sparse.ror).toBeNull();
    expect(sparse.ic.ic).toBeLessThan(0);
    expect(() => disproportionality({ a: -1, b: 50, c: 30, d: 9000 })).toThrow(/a must be/);
  });
});
