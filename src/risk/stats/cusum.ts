/**
 * Sequential monitoring of counts per period: Poisson CUSUM, risk-adjusted (log-likelihood-ratio) CUSUM,
 * exact average run length by the Markov-chain method, threshold choice for a false-alarm budget, and EWMA.
 *
 * - Poisson CUSUM (Lucas 1985, "Counted data CUSUM's", Technometrics 27:129): S_t = max(0, S_{t−1} + x_t − k),
 *   signal when S_t ≥ h. The reference value k = (λ₁ − λ₀)/(ln λ₁ − ln λ₀) is optimal for a shift λ₀ → λ₁.
 * - Risk-adjusted CUSUM for a rate ratio R with per-period expected counts E_t (Steiner et al. 2000,
 *   Biostatistics 1:441; Spiegelhalter et al. 2003, Int J Qual Health Care 15:7): weights are the Poisson
 *   log-likelihood ratio W_t = x_t·ln R − (R − 1)·E_t, S_t = max(0, S_{t−1} + W_t), signal when S_t ≥ h.
 * - ARL (Brook & Evans 1972, Biometrika 59:539): for integer k and h the statistic lives on the states
 *   0, 1, …, h − 1 (transient) and ≥ h (absorbing). With R the transient transition matrix,
 *     R[i][0] = P(x ≤ k − i),  R[i][j] = P(x = j + k − i) (j ≥ 1),  ARL = (I − R)⁻¹·1.
 *   Reproduces ARL 548.3623 (λ = 2.4) and 10.17663 (λ = 4) for h = 10, k = 3.
 * After a signal the statistic restarts at 0 (the unit is reviewed), unless `resetAfterSignal` is false.
 */
import jStat from 'jstat';
import {
  assertCount,
  assertFinite,
  assertNonEmpty,
  assertOpenUnit,
  assertPositive,
  assertSameLength,
} from './validate.ts';

export interface CusumResult {
  /** S_t after each period (after the restart, when the period signalled and resetAfterSignal holds). */
  statistic: number[];
  /** Index of every period whose S_t reached h. */
  signals: number[];
  firstSignal: number | null;
}

export interface PoissonCusumOptions {
  /** Reference value k ≥ 0 (often the optimal k for λ₀ → λ₁, see poissonCusumReferenceValue). */
  k: number;
  /** Decision threshold h > 0. */
  h: number;
  /** Head start S₀ (fast initial response), 0 ≤ start < h. Default 0. */
  start?: number;
  resetAfterSignal?: boolean;
}

export interface RiskAdjustedCusumOptions {
  /** Rate ratio R to detect (> 1 for an increase, < 1 for a decrease; ≠ 1). */
  rateRatio: number;
  h: number;
  start?: number;
  resetAfterSignal?: boolean;
}

function checkThreshold(h: number, start: number): void {
  assertPositive(h, 'h');
  if (!Number.isFinite(start) || start < 0 || start >= h) {
    throw new RangeError(`start must satisfy 0 ≤ start < h (${h}), got ${start}`);
  }
}

function runCusum(weights: readonly number[], h: number, start: number, reset: boolean): CusumResult {
  const statistic: number[] = [];
  const signals: number[] = [];
  let s = start;
  weights.forEach((w, t) => {
    s = Math.max(0, s + w);
    if (s >= h) {
      signals.push(t);
      if (reset) s = 0;
    }
    statistic.push(s);
  });
  return { statistic, signals, firstSignal: signals[0] ?? null };
}

/** Poisson CUSUM over a series of counts. */
export function poissonCusum(counts: readonly number[], options: PoissonCusumOptions): CusumResult {
  const { k, h, start = 0, resetAfterSignal = true } = options;
  counts.forEach((x, t) => assertCount(x, 'counts', t));
  if (!Number.isFinite(k) || k < 0) throw new RangeError(`k must be a finite number ≥ 0, got ${k}`);
  checkThreshold(h, start);
  return runCusum(
    counts.map((x) => x - k),
    h,
    start,
    resetAfterSignal,
  );
}

/** Log-likelihood-ratio CUSUM with per-period expected counts; also returns the weights W_t. */
export function riskAdjustedPoissonCusum(
  observed: readonly number[],
  expected: readonly number[],
  options: RiskAdjustedCusumOptions,
): CusumResult & { weights: number[] } {
  const { rateRatio, h, start = 0, resetAfterSignal = true } = options;
  assertSameLength(observed, 'observed', expected, 'expected');
  observed.forEach((x, t) => assertCount(x, 'observed', t));
  expected.forEach((e, t) => assertPositive(e, 'expected', t));
  assertPositive(rateRatio, 'rateRatio');
  if (rateRatio === 1) throw new RangeError('rateRatio must differ from 1 (R = 1 gives zero weights)');
  checkThreshold(h, start);
  const logR = Math.log(rateRatio);
  const weights = observed.map((x, t) => x * logR - (rateRatio - 1) * (expected[t] ?? Number.NaN));
  return { ...runCusum(weights, h, start, resetAfterSignal), weights };
}

/** Optimal Poisson CUSUM reference value for detecting a change of mean λ₀ → λ₁ (Lucas 1985). */
export function poissonCusumReferenceValue(inControlMean: number, outOfControlMean: number): number {
  assertPositive(inControlMean, 'inControlMean');
  assertPositive(outOfControlMean, 'outOfControlMean');
  if (inControlMean === outOfControlMean) throw new RangeError('the two means must differ');
  return (outOfControlMean - inControlMean) / (Math.log(outOfControlMean) - Math.log(inControlMean));
}

/** Poisson probability mass in log space, so large counts neither overflow nor underflow prematurely. */
function poissonPmf(x: number, mean: number): number {
  return x < 0 ? 0 : Math.exp(x * Math.log(mean) - mean - jStat.gammaln(x + 1));
}

/**
 * Solve A·x = b by Gaussian elimination with partial pivoting. (jStat.gauss_elimination returns NaN for
 * these matrices — its pivot search compares signed values — so this small solver is our own.)
 */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const rowCol = a[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = a[r]!;
      const factor = row[col]! / rowCol[col]!;
      if (factor === 0) continue;
      for (let c = col; c < n; c++) row[c]! -= factor * rowCol[c]!;
      b[r]! -= factor * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r]!;
    for (let c = r + 1; c < n; c++) sum -= a[r]![c]! * x[c]!;
    x[r] = sum / a[r]![r]!;
  }
  return x;
}

export interface PoissonCusumArlInput {
  /** Poisson mean per period. */
  mean: number;
  /** Integer reference value k ≥ 0. */
  k: number;
  /** Integer threshold h ≥ 1. */
  h: number;
  /** Integer head start, 0 ≤ start < h. Default 0. */
  start?: number;
}

/** Exact average run length of the Poisson CUSUM (Brook & Evans 1972 Markov chain), integer k and h. */
export function poissonCusumArl(input: PoissonCusumArlInput): number {
  const { mean, k, h, start = 0 } = input;
  assertPositive(mean, 'mean');
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`k must be an integer ≥ 0 for the exact ARL, got ${k}`);
  if (!Number.isInteger(h) || h < 1)
    throw new RangeError(`h must be an integer ≥ 1 for the exact ARL, got ${h}`);
  if (!Number.isInteger(start) || start < 0 || start >= h) {
    throw new RangeError(`start must be an integer with 0 ≤ start < h (${h}), got ${start}`);
  }
  const pmf = Array.from({ length: h + k }, (_, x) => poissonPmf(x, mean));
  const cdf: number[] = [];
  pmf.reduce((acc, p, x) => (cdf[x] = acc + p), 0);
  // I − R over the transient states 0..h−1.
  const matrix = Array.from({ length: h }, (_, i) =>
    Array.from({ length: h }, (_, j) => {
      const p = j === 0 ? (k - i >= 0 ? cdf[k - i]! : 0) : (pmf[j + k - i] ?? 0);
      return (i === j ? 1 : 0) - p;
    }),
  );
  const arl = solve(matrix, new Array<number>(h).fill(1))[start]!;
  if (!(arl > 0) || !Number.isFinite(arl)) {
    throw new RangeError(
      `the ARL for mean ${mean}, k ${k}, h ${h} is not finite (the chain almost never signals)`,
    );
  }
  return arl;
}

export interface ThresholdInput {
  inControlMean: number;
  k: number;
  /** Wanted in-control ARL in periods (see targetArlForBudget). */
  targetArl: number;
  /** Largest h to consider. Default 200 (the solve is O(h³)). */
  maxH?: number;
}

/** Smallest integer h whose in-control ARL reaches the target (ARL grows with h: doubling, then bisection). */
export function poissonCusumThreshold(input: ThresholdInput): { h: number; arl: number } {
  const { inControlMean, k, targetArl, maxH = 200 } = input;
  assertPositive(targetArl, 'targetArl');
  if (!Number.isInteger(maxH) || maxH < 1) throw new RangeError(`maxH must be an integer ≥ 1, got ${maxH}`);
  const arlAt = (h: number) => poissonCusumArl({ mean: inControlMean, k, h });
  let lo = 0; // ARL(lo) < target (h = 0 signals at once)
  let hi = 1;
  while (arlAt(hi) < targetArl) {
    // With k below the in-control mean the statistic drifts upward and ARL grows only linearly in h.
    if (hi >= maxH) throw new RangeError(`no h ≤ ${maxH} reaches ARL ${targetArl}; raise maxH or k`);
    lo = hi;
    hi = Math.min(maxH, hi * 2);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (arlAt(mid) >= targetArl) hi = mid;
    else lo = mid;
  }
  return { h: hi, arl: arlAt(hi) };
}

/**
 * In-control ARL per unit for a system-wide false-alarm budget. With a restart after each signal the
 * long-run signal rate of an in-control unit is 1/ARL per period (renewal theory), so expected false alarms
 * per unit-year are periodsPerYear/ARL; setting that to the budget gives ARL = periodsPerYear / budget.
 * Example: 0.5 % of units per year with monthly data → 12 / 0.005 = 2400 months.
 */
export function targetArlForBudget(falseAlarmsPerUnitYear: number, periodsPerYear = 12): number {
  assertOpenUnit(falseAlarmsPerUnitYear, 'falseAlarmsPerUnitYear');
  assertPositive(periodsPerYear, 'periodsPerYear');
  return periodsPerYear / falseAlarmsPerUnitYear;
}

export interface EwmaOptions {
  /** Smoothing weight 0 < λ ≤ 1. */
  lambda: number;
  /** Band width in standard deviations of the EWMA statistic. */
  L: number;
  /** In-control mean μ₀ (also the starting value z₀). */
  mean: number;
  /** In-control variance σ² of one observation (for Poisson counts, the mean). */
  variance: number;
}

export interface EwmaPoint {
  value: number;
  ewma: number;
  lower: number;
  upper: number;
  signal: 'above' | 'below' | null;
}

/**
 * EWMA chart (Roberts 1959; Lucas & Saccucci 1990, Technometrics 32:1): z_t = λx_t + (1 − λ)z_{t−1}, z₀ = μ₀,
 * with the exact time-varying band μ₀ ± L·σ·√(λ/(2 − λ)·(1 − (1 − λ)^{2t})), which widens to its asymptote.
 */
export function ewmaChart(series: readonly number[], options: EwmaOptions): EwmaPoint[] {
  const { lambda, L, mean, variance } = options;
  assertNonEmpty(series, 'series');
  series.forEach((x, t) => assertFinite(x, 'series', t));
  if (!Number.isFinite(lambda) || lambda <= 0 || lambda > 1) {
    throw new RangeError(`lambda must satisfy 0 < lambda ≤ 1, got ${lambda}`);
  }
  assertPositive(L, 'L');
  assertFinite(mean, 'mean');
  assertPositive(variance, 'variance');
  let z = mean;
  return series.map((x, index) => {
    const t = index + 1;
    z = lambda * x + (1 - lambda) * z;
    const half = L * Math.sqrt(variance * (lambda / (2 - lambda)) * (1 - (1 - lambda) ** (2 * t)));
    const lower = mean - half;
    const upper = mean + half;
    return { value: x, ewma: z, lower, upper, signal: z > upper ? 'above' : z < lower ? 'below' : null };
  });
}
