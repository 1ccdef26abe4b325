/**
 * Poisson–Gamma empirical Bayes shrinkage of rate ratios (relative risks).
 *
 * Model (Clayton & Kaldor 1987, Biometrics 43:671): O_i | θ_i ~ Poisson(θ_i·E_i), θ_i ~ Gamma(α, β) with
 * shape α and RATE β (prior mean α/β). Marginally O_i is negative binomial,
 *   P(O_i = o) = Γ(α + o) / (Γ(α)·o!) · (β/(β + E_i))^α · (E_i/(β + E_i))^o,
 * and the posterior is θ_i | O_i ~ Gamma(α + O_i, β + E_i). A small unit's raw O/E is pulled strongly
 * toward the prior mean; a large unit keeps close to its own ratio: posterior mean
 *   (α + O)/(β + E) = w·(α/β) + (1 − w)·(O/E),  w = β/(β + E).
 *
 * The prior is fitted by maximum likelihood of the negative-binomial marginal (default), or by Marshall's
 * (1991, Appl Stat 40:283) global method of moments. ML: for fixed α the β-score has one root (solved by
 * safeguarded Newton); α then solves the profile score (envelope theorem) found by a grid scan and bisection on
 * ln α. Γ-ratios are evaluated exactly as Σ_{j<o} ln(α + j) / Σ 1/(α + j) (cost O(ΣO) per step), avoiding the
 * cancellation of lnΓ(α + o) − lnΓ(α) for large α.
 *
 * Fallback when the data show no extra-Poisson spread (ML score still rising at the cap, or the moment
 * estimate of the prior variance ≤ 0): α is set to MAX_SHAPE = 1e4 (prior coefficient of variation 1 %),
 * i.e. near-complete pooling toward ΣO/ΣE, and `atBoundary` is true. Symmetrically α ≥ MIN_SHAPE = 1e-4.
 *
 * Posterior summaries use jstat's gamma CDF and inverse (which take a SCALE, 1/rate).
 */
import jStat from 'jstat';
import { assertCount, assertNonEmpty, assertOpenUnit, assertPositive } from './validate.ts';

export interface RateUnit {
  observed: number;
  expected: number;
}

/** Gamma distribution with shape α and rate β (mean α/β). */
export interface GammaPrior {
  shape: number;
  rate: number;
}

export type PriorMethod = 'maximum-likelihood' | 'moments';

export interface PriorFit extends GammaPrior {
  method: PriorMethod;
  /** Prior mean relative risk α/β. */
  mean: number;
  /** True when α was held at MIN_SHAPE or MAX_SHAPE (no detectable, or extreme, heterogeneity). */
  atBoundary: boolean;
  /** Marginal (negative-binomial) log-likelihood at the fitted prior. */
  logLikelihood: number;
}

export interface PosteriorSummary {
  observed: number;
  expected: number;
  /** O/E. */
  rawRatio: number;
  /** Posterior Gamma(shape, rate) of the unit's relative risk. */
  shape: number;
  rate: number;
  mean: number;
  /** Equal-tailed credible interval at `level`. */
  lower: number;
  upper: number;
  threshold: number;
  /** P(RR > threshold | data). */
  probabilityAbove: number;
}

export interface EmpiricalBayesOptions {
  /** Use this prior instead of fitting one. */
  prior?: GammaPrior;
  method?: PriorMethod;
  /** Relative risk of concern for P(RR > threshold). Default 1.5. */
  threshold?: number;
  /** Credible level. Default 0.95. */
  level?: number;
}

export interface EmpiricalBayesResult {
  prior: PriorFit | (GammaPrior & { method: 'given'; mean: number });
  units: PosteriorSummary[];
}

export const MIN_SHAPE = 1e-4;
export const MAX_SHAPE = 1e4;

function checkUnits(units: readonly RateUnit[]): void {
  assertNonEmpty(units, 'units');
  units.forEach((u, i) => {
    assertCount(u.observed, 'units.observed', i);
    assertPositive(u.expected, 'units.expected', i);
  });
}

/**
 * The units as flat arrays, with the α- and β-free part of the log-likelihood, Σ(−ln o! + o·ln E), summed
 * once: the fit evaluates the likelihood a hundred times or more, each a pass over every unit (50,000
 * providers), so each pass does one logarithm per unit.
 */
interface Sample {
  observed: Float64Array;
  expected: Float64Array;
  /** The distinct observed counts, ascending, and each unit's index among them. */
  levels: Float64Array;
  levelOf: Int32Array;
  constant: number;
}

function sampleOf(units: readonly RateUnit[]): Sample {
  const observed = new Float64Array(units.length);
  const expected = new Float64Array(units.length);
  let constant = 0;
  units.forEach((u, i) => {
    observed[i] = u.observed;
    expected[i] = u.expected;
    constant += u.observed * Math.log(u.expected) - lnFactorial(u.observed);
  });
  const levels = Float64Array.from(new Set(observed)).sort();
  const index = new Map<number, number>();
  levels.forEach((o, k) => index.set(o, k));
  const levelOf = Int32Array.from(observed, (o) => index.get(o)!);
  return { observed, expected, levels, levelOf, constant };
}

/** β̂(α): root of h(β) = Σ[α − (α + o)·β/(β + E)] = 0, strictly decreasing in β from nα > 0 to −ΣO < 0. */
function profileRate(alpha: number, sample: Sample, totalObserved: number, totalExpected: number): number {
  const { observed, expected } = sample;
  const n = observed.length;
  const h = (beta: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += alpha - ((alpha + observed[i]!) * beta) / (beta + expected[i]!);
    return sum;
  };
  let lo = (alpha * totalExpected) / totalObserved; // moment start: prior mean = pooled ratio
  let hi = lo;
  while (h(lo) <= 0) lo /= 2;
  while (h(hi) >= 0) hi *= 2;
  let beta = (lo + hi) / 2;
  for (let k = 0; k < 200; k++) {
    // h and its derivative in one pass.
    let value = 0;
    let slope = 0;
    for (let i = 0; i < n; i++) {
      const a = alpha + observed[i]!;
      const be = beta + expected[i]!;
      value += alpha - (a * beta) / be;
      slope -= (a * expected[i]!) / (be * be);
    }
    if (value > 0) lo = beta;
    else if (value < 0) hi = beta;
    else return beta;
    const newton = beta - value / slope;
    // Newton while it stays inside the bracket, else bisect (rtsafe, Numerical Recipes §9.4).
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - beta) <= 1e-15 * beta || (hi - lo) / hi <= 1e-15) return next;
    beta = next;
  }
  return beta;
}

interface ProfilePoint {
  alpha: number;
  beta: number;
  /** ∂ℓ/∂α at (α, β); at β = β̂(α) this is the derivative of the profile log-likelihood. */
  score: number;
  logLikelihood: number;
}

/** ln o! = jStat.gammaln(o + 1), remembered: the profile evaluates it for every unit at every α. */
const lnFactorials: number[] = [];
function lnFactorial(o: number): number {
  let v = lnFactorials[o];
  if (v === undefined) lnFactorials[o] = v = jStat.gammaln(o + 1);
  return v;
}

/** Runs longer than this between two observed counts are summed from the asymptotic series, not term by term. */
const LONG_RUN = 64;

/** ln Γ(x) for x ≥ 10 by Stirling's series; the first omitted term is below 1e-12. */
function lnGammaLarge(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return (
    (x - 0.5) * Math.log(x) -
    x +
    0.9189385332046728 + // ln √(2π)
    r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 / 1680)))
  );
}

/** ψ(x) for x ≥ 10 by its asymptotic series; the first omitted term is below 1e-12. */
function digammaLarge(x: number): number {
  const r2 = 1 / (x * x);
  return Math.log(x) - 0.5 / x - r2 * (1 / 12 - r2 * (1 / 120 - r2 * (1 / 252 - r2 / 240)));
}

/**
 * Negative-binomial marginal log-likelihood ℓ(α, β) and its α-score. ln Γ(α + o) − ln Γ(α) and ψ(α + o) − ψ(α)
 * are the sums Σ_{j<o} ln(α + j) and Σ_{j<o} 1/(α + j), built up once per evaluation over the distinct counts
 * in ascending order: term by term across short gaps, and from Stirling's series across long ones (offices
 * have hundreds of thousands of cases each, so a term-by-term pass would cost the largest count every time).
 */
function evaluate(sample: Sample, alpha: number, beta: number): ProfilePoint {
  const { observed, expected, levels, levelOf } = sample;
  const n = observed.length;
  const logRatios = new Float64Array(levels.length);
  const digammaDiffs = new Float64Array(levels.length);
  let logRatio = 0;
  let digammaDiff = 0;
  let j = 0;
  for (let k = 0; k < levels.length; k++) {
    const o = levels[k]!;
    for (; j < o && (o - j <= LONG_RUN || alpha + j < 10); j++) {
      logRatio += Math.log(alpha + j);
      digammaDiff += 1 / (alpha + j);
    }
    if (j < o) {
      logRatio += lnGammaLarge(alpha + o) - lnGammaLarge(alpha + j);
      digammaDiff += digammaLarge(alpha + o) - digammaLarge(alpha + j);
      j = o;
    }
    logRatios[k] = logRatio;
    digammaDiffs[k] = digammaDiff;
  }
  const logBeta = Math.log(beta);
  let score = n * logBeta;
  let logLikelihood = sample.constant + n * alpha * logBeta;
  for (let i = 0; i < n; i++) {
    const o = observed[i]!;
    const k = levelOf[i]!;
    const logBE = Math.log(beta + expected[i]!);
    score += digammaDiffs[k]! - logBE; // ψ(α + o) − ψ(α) + ln β − ln(β + E)
    logLikelihood += logRatios[k]! - (alpha + o) * logBE; // ln Γ(α + o) − ln Γ(α) …
  }
  return { alpha, beta, score, logLikelihood };
}

function fitMaximumLikelihood(
  units: readonly RateUnit[],
  totalObserved: number,
  totalExpected: number,
): PriorFit {
  const sample = sampleOf(units);
  const at = (alpha: number) =>
    evaluate(sample, alpha, profileRate(alpha, sample, totalObserved, totalExpected));
  const lowest = Math.log(MIN_SHAPE);
  const highest = Math.log(MAX_SHAPE);
  const steps = 64;
  // Grid in ln α; the end points are exactly MIN_SHAPE and MAX_SHAPE so a boundary fit reports them as such.
  const grid = Array.from({ length: steps + 1 }, (_, i) =>
    at(i === 0 ? MIN_SHAPE : i === steps ? MAX_SHAPE : Math.exp(lowest + ((highest - lowest) * i) / steps)),
  );

  // Candidates: every interior local maximum (score + → −), refined by bisection, plus a boundary whose
  // score points outward. The profile is usually unimodal; the scan guards against the odd case.
  const candidates: { point: ProfilePoint; atBoundary: boolean }[] = [];
  const first = grid[0];
  const last = grid[steps];
  if (first && first.score < 0) candidates.push({ point: first, atBoundary: true });
  if (last && last.score > 0) candidates.push({ point: last, atBoundary: true });
  for (let i = 0; i < steps; i++) {
    const left = grid[i];
    const right = grid[i + 1];
    if (!left || !right || !(left.score > 0 && right.score <= 0)) continue;
    // The root of the score in ln α by regula falsi with the Illinois rule: bracketed like bisection, but
    // about ten evaluations (each a pass over every unit) where bisection to the same width takes eighty.
    let lo = Math.log(left.alpha);
    let hi = Math.log(right.alpha);
    let fLo = left.score;
    let fHi = right.score;
    let side = 0;
    let root = (lo + hi) / 2;
    for (let k = 0; k < 100 && hi - lo > 1e-14; k++) {
      root = fLo === fHi ? (lo + hi) / 2 : (lo * fHi - hi * fLo) / (fHi - fLo);
      if (!(root > lo && root < hi)) root = (lo + hi) / 2;
      const f = at(Math.exp(root)).score;
      if (f > 0) {
        [lo, fLo] = [root, f];
        if (side === 1) fHi /= 2;
        side = 1;
      } else {
        [hi, fHi] = [root, f];
        if (side === -1) fLo /= 2;
        side = -1;
      }
      if (f === 0 || Math.abs(f) < 1e-12 * units.length) break;
    }
    candidates.push({ point: at(Math.exp(root)), atBoundary: false });
  }
  const best = candidates.reduce<{ point: ProfilePoint; atBoundary: boolean } | undefined>(
    (b, c) => (b === undefined || c.point.logLikelihood > b.point.logLikelihood ? c : b),
    undefined,
  );
  if (!best) throw new Error('empirical Bayes: no maximum of the marginal likelihood found');
  const { alpha, beta, logLikelihood } = best.point;
  return {
    method: 'maximum-likelihood',
    shape: alpha,
    rate: beta,
    mean: alpha / beta,
    atBoundary: best.atBoundary,
    logLikelihood,
  };
}

/**
 * Marshall (1991) global moments: m = ΣO/ΣE, s² = Σ E_i (O_i/E_i − m)² / ΣE, prior variance A = s² − m/Ē
 * (Ē = mean E). α = m²/A, β = m/A when A > 0; otherwise the no-heterogeneity fallback α = MAX_SHAPE.
 */
function fitMoments(units: readonly RateUnit[], totalObserved: number, totalExpected: number): PriorFit {
  const m = totalObserved / totalExpected;
  const s2 = units.reduce((s, u) => s + u.expected * (u.observed / u.expected - m) ** 2, 0) / totalExpected;
  const variance = s2 - m / (totalExpected / units.length);
  const raw = variance > 0 ? (m * m) / variance : MAX_SHAPE;
  const shape = Math.min(MAX_SHAPE, Math.max(MIN_SHAPE, raw));
  const rate = shape / m;
  const { logLikelihood } = evaluate(sampleOf(units), shape, rate);
  return {
    method: 'moments',
    shape,
    rate,
    mean: m,
    atBoundary: variance <= 0 || shape !== raw,
    logLikelihood,
  };
}

/** Fit the Gamma prior of the relative risks from observed and expected counts. Needs ≥ 2 units and ΣO > 0. */
export function fitGammaPrior(
  units: readonly RateUnit[],
  method: PriorMethod = 'maximum-likelihood',
): PriorFit {
  checkUnits(units);
  if (units.length < 2) throw new RangeError('at least 2 units are needed to fit a prior');
  const totalObserved = units.reduce((s, u) => s + u.observed, 0);
  const totalExpected = units.reduce((s, u) => s + u.expected, 0);
  if (totalObserved === 0) throw new RangeError('cannot fit a prior: no unit has any observed events');
  return method === 'moments'
    ? fitMoments(units, totalObserved, totalExpected)
    : fitMaximumLikelihood(units, totalObserved, totalExpected);
}

/** Posterior Gamma(α + O, β + E) of one unit's relative risk, with mean, credible interval and P(RR > t). */
export function gammaPosterior(
  prior: GammaPrior,
  unit: RateUnit,
  threshold = 1.5,
  level = 0.95,
): PosteriorSummary {
  assertPositive(prior.shape, 'prior.shape');
  assertPositive(prior.rate, 'prior.rate');
  assertCount(unit.observed, 'observed');
  assertPositive(unit.expected, 'expected');
  assertPositive(threshold, 'threshold');
  assertOpenUnit(level, 'level');
  const shape = prior.shape + unit.observed;
  const rate = prior.rate + unit.expected;
  const scale = 1 / rate;
  return {
    observed: unit.observed,
    expected: unit.expected,
    rawRatio: unit.observed / unit.expected,
    shape,
    rate,
    mean: shape / rate,
    lower: jStat.gamma.inv((1 - level) / 2, shape, scale),
    upper: jStat.gamma.inv((1 + level) / 2, shape, scale),
    threshold,
    probabilityAbove: 1 - jStat.gamma.cdf(threshold, shape, scale),
  };
}

/** Fit (or take) the prior and shrink every unit's rate ratio toward it. */
export function empiricalBayes(
  units: readonly RateUnit[],
  options: EmpiricalBayesOptions = {},
): EmpiricalBayesResult {
  const { threshold = 1.5, level = 0.95, method = 'maximum-likelihood' } = options;
  checkUnits(units);
  const prior = options.prior
    ? { ...options.prior, method: 'given' as const, mean: options.prior.shape / options.prior.rate }
    : fitGammaPrior(units, method);
  return { prior, units: units.map((u) => gammaPosterior(prior, u, threshold, level)) };
}
