import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SHAPE, empiricalBayes, fitGammaPrior, gammaPosterior } from './empirical-bayes.ts';

function expectSignificant(actual: number, expected: number, digits = 6): void {
  const tolerance = 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

// Twelve units with extra-Poisson spread (ΣO/ΣE = 51/31.8 = 1.6038).
const observed = [0, 2, 5, 1, 8, 3, 12, 4, 1, 6, 0, 9];
const expected = [1.2, 2.5, 3.1, 1.8, 4.0, 2.2, 5.5, 3.9, 0.7, 2.4, 1.5, 3.0];
const units = observed.map((o, i) => ({ observed: o, expected: expected[i] ?? Number.NaN }));

describe('gammaPosterior', () => {
  it('matches a hand-checkable case: prior Gamma(2, 2), O = 5, E = 2 → Gamma(7, 4)', () => {
    const post = gammaPosterior({ shape: 2, rate: 2 }, { observed: 5, expected: 2 });
    expect(post.shape).toBe(7);
    expect(post.rate).toBe(4);
    expect(post.mean).toBe(1.75); // 7 / 4
    // For an integer shape n, P(X > x) for X ~ Gamma(n, rate β) equals P(N ≤ n − 1) for N ~ Poisson(βx)
    // (waiting time to the n-th event). Here βx = 4 · 1.5 = 6 and n − 1 = 6:
    //   P = e^-6 · (1 + 6 + 36/2 + 216/6 + 1296/24 + 7776/120 + 46656/720) = 244.6 · e^-6 = 0.606302782…
    expectSignificant(post.probabilityAbove, 244.6 * Math.exp(-6));
    // Equal-tailed 95 % interval from SciPy 1.17: stats.gamma(7, scale=0.25).ppf([0.025, 0.975]).
    expectSignificant(post.lower, 0.7035907628799664);
    expectSignificant(post.upper, 3.2648685056296713);
  });

  it('validates its input', () => {
    expect(() => gammaPosterior({ shape: 0, rate: 1 }, { observed: 1, expected: 1 })).toThrow(/prior.shape/);
    expect(() => gammaPosterior({ shape: 1, rate: 1 }, { observed: -2, expected: 1 })).toThrow(/observed/);
    expect(() => gammaPosterior({ shape: 1, rate: 1 }, { observed: 2, expected: 0 })).toThrow(/expected/);
    expect(() => gammaPosterior({ shape: 1, rate: 1 }, { observed: 2, expected: 1 }, 1.5, 1)).toThrow(
      /level/,
    );
  });
});

describe('fitGammaPrior', () => {
  it('finds the maximum-likelihood negative-binomial prior', () => {
    // Reference: SciPy 1.17, independently: β̂(α) by brentq on Σ[α/β − (α+o)/(β+E)] = 0, then brentq on the
    // profile score Σ[digamma(α+o) − digamma(α) + ln β̂ − ln(β̂+E)] = 0 (xtol 1e-14): α = 25.1199642,
    // β = 15.9500678; ℓ = Σ[gammaln(α+o) − gammaln(α) − gammaln(o+1) + α ln β − (α+o) ln(β+E) + o ln E].
    // (A plain BFGS minimisation stops at α = 25.11996 — right to 6 digits, not to 7.)
    const fit = fitGammaPrior(units);
    expect(fit.method).toBe('maximum-likelihood');
    expect(fit.atBoundary).toBe(false);
    expectSignificant(fit.shape, 25.11996420581956, 9);
    expectSignificant(fit.rate, 15.950067804262085, 9);
    expectSignificant(fit.logLikelihood, -25.06109778045351, 9);
  });

  it('fits Marshall’s global method of moments', () => {
    // m = 51/31.8 = 1.60377358; s² = Σ E(O/E − m)²/ΣE = 0.69910320; A = s² − m/Ē = 0.09390562 (Ē = 2.65);
    // α = m²/A = 27.3901581, β = m/A = 17.0785692 (NumPy).
    const fit = fitGammaPrior(units, 'moments');
    expectSignificant(fit.shape, 27.39015809302852);
    expectSignificant(fit.rate, 17.07856916388837);
    expectSignificant(fit.mean, 51 / 31.8);
  });

  it('fits areas with hundreds of thousands of cases (long runs from the asymptotic series) to the term-by-term optimum', () => {
    // Ten office-sized units. At the fitted (α, β) the log-likelihood and both scores, summed here term by
    // term over every j < o (the definition, no series), must agree. ℓ ≈ −109 is what is left of terms of
    // about 1.4e7, so it agrees to rounding at that scale (1e-13 of Σ ln Γ-ratio), and the scores are ≈ 0.
    const big = [377_071, 120_455, 98_002, 151_230, 64_871, 88_120, 135_999, 71_433, 102_345, 93_210].map(
      (o, i) => ({ observed: o, expected: o * (0.8 + 0.04 * i) }),
    );
    const fit = fitGammaPrior(big);
    const { shape: a, rate: b } = fit;
    let ell = 0;
    let scale = 0;
    let alphaScore = 0;
    let betaScore = 0;
    for (const { observed: o, expected: e } of big) {
      let logRatio = 0;
      let digammaDiff = 0;
      for (let j = 0; j < o; j++) {
        logRatio += Math.log(a + j);
        digammaDiff += 1 / (a + j);
      }
      let lnFactorial = 0;
      for (let j = 2; j <= o; j++) lnFactorial += Math.log(j);
      scale += logRatio;
      ell += logRatio - lnFactorial + a * Math.log(b) - (a + o) * Math.log(b + e) + o * Math.log(e);
      alphaScore += digammaDiff + Math.log(b) - Math.log(b + e);
      betaScore += a / b - (a + o) / (b + e);
    }
    expect(fit.atBoundary).toBe(false);
    expect(Math.abs(fit.logLikelihood - ell)).toBeLessThan(1e-13 * scale);
    expect(Math.abs(alphaScore)).toBeLessThan(1e-6);
    expect(Math.abs(betaScore * b)).toBeLessThan(1e-6);
  });

  it('falls back to near-complete pooling when there is no extra-Poisson spread', () => {
    const calm = [2, 4, 6, 8].map((o) => ({ observed: o, expected: o }));
    for (const method of ['maximum-likelihood', 'moments'] as const) {
      const fit = fitGammaPrior(calm, method);
      expect(fit.atBoundary).toBe(true);
      expect(fit.shape).toBe(MAX_SHAPE);
      expectSignificant(fit.mean, 1, 4);
    }
  });

  it('rejects data it cannot fit', () => {
    expect(() => fitGammaPrior([{ observed: 1, expected: 1 }])).toThrow(/at least 2 units/);
    expect(() =>
      fitGammaPrior([
        { observed: 0, expected: 1 },
        { observed: 0, expected: 2 },
      ]),
    ).toThrow(/no unit/);
    expect(() =>
      fitGammaPrior([
        { observed: 1.5, expected: 1 },
        { observed: 0, expected: 2 },
      ]),
    ).toThrow(/units.observed\[0\] must be a non-negative integer/);
    expect(() =>
      fitGammaPrior([
        { observed: 1, expected: 0 },
        { observed: 0, expected: 2 },
      ]),
    ).toThrow(/units.expected\[0\] must be a finite number > 0/);
  });
});

describe('empiricalBayes', () => {
  it('reports posterior mean, interval and P(RR > 1.5) under the fitted prior', () => {
    // Unit 6 (O = 12, E = 5.5) under the reference prior: Gamma(37.1199642, 21.4500678); SciPy 1.17
    // stats.gamma(a, scale=1/b).mean(), .ppf(0.025), .ppf(0.975), .sf(1.5).
    const result = empiricalBayes(units);
    const unit = result.units[6];
    expectSignificant(unit?.mean ?? Number.NaN, 1.7305289915421105);
    expectSignificant(unit?.lower ?? Number.NaN, 1.2192049253127126);
    expectSignificant(unit?.upper ?? Number.NaN, 2.3299926944962577);
    expectSignificant(unit?.probabilityAbove ?? Number.NaN, 0.7867997093474542);
    expect(unit?.threshold).toBe(1.5);
  });

  it('uses a given prior as is', () => {
    const result = empiricalBayes([{ observed: 5, expected: 2 }], {
      prior: { shape: 2, rate: 2 },
      threshold: 2,
    });
    expect(result.prior).toEqual({ shape: 2, rate: 2, method: 'given', mean: 1 });
    expect(result.units[0]?.mean).toBe(1.75);
    expect(result.units[0]?.threshold).toBe(2);
  });

  it('pulls small units toward the prior mean more than large units with the same raw ratio', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0.2, max: 20, noNaN: true })), {
          minLength: 3,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 10 }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (rows, small, factor, ratio) => {
          const base = rows.map(([o, e]) => ({ observed: o, expected: e }));
          // Two extra units with the same O/E = ratio, one `factor` times larger than the other.
          const data = [
            ...base,
            { observed: small, expected: small / ratio },
            { observed: small * factor, expected: (small * factor) / ratio },
          ];
          const { prior, units: post } = empiricalBayes(data);
          const smallUnit = post[data.length - 2];
          const largeUnit = post[data.length - 1];
          if (!smallUnit || !largeUnit) throw new Error('missing units');
          const pullSmall = Math.abs(smallUnit.mean - prior.mean);
          const pullLarge = Math.abs(largeUnit.mean - prior.mean);
          // Posterior means lie between the prior mean and the raw ratio; the small unit lies nearer the prior.
          expect(pullSmall).toBeLessThanOrEqual(pullLarge + 1e-12);
          expect(pullLarge).toBeLessThanOrEqual(Math.abs(ratio - prior.mean) + 1e-12);
          expect(Math.min(prior.mean, ratio) - 1e-12).toBeLessThanOrEqual(smallUnit.mean);
          expect(smallUnit.mean).toBeLessThanOrEqual(Math.max(prior.mean, ratio) + 1e-12);
        },
      ),
      { numRuns: 100 },
    );
  });
});
