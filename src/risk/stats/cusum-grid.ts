/**
 * Thresholds for the risk-adjusted Poisson CUSUM of one unit, from a false-alarm budget.
 *
 * For a unit with (roughly) constant expected count μ per period, the risk-adjusted weights
 * W = x·ln R − (R − 1)·μ equal ln R·(x − k) with k = (R − 1)·μ / ln R, so the chart is a Poisson CUSUM with a
 * reference value k that is rarely an integer (μ = 0.3, R = 2 gives k = 0.433). `poissonCusumArl` needs
 * integer k and h, so here the statistic is put on a grid of step 1/c: K = round(c·k), H = ceil(c·h), and
 * the Brook–Evans chain runs on the states 0 … H − 1 (a case moves the state up by c, each period down by
 * K). With c = 1 this is exactly the chain of `poissonCusumArl` (tested). c is chosen so K ≥ 16: k is then
 * rounded by at most 1/32 of itself (1/16 for the
 * smallest means, where c is capped at 120 to keep the solve fast).
 */
import jStat from 'jstat';
import { solve } from './cusum.ts';
import { assertPositive } from './validate.ts';

export interface GridArlInput {
  /** Poisson mean per period (in control). */
  mean: number;
  /** Reference value k ≥ 0 in counts (need not be an integer). */
  k: number;
  /** Threshold h > 0 in counts. */
  h: number;
  /** Grid points per count (integer ≥ 1). Default: chosen so that round(c·k) ≥ 16. */
  grid?: number;
}

/** Grid points per count: K = c·k ≥ 16 where that keeps the chain small (≤ 120 points per count). */
export function gridFor(k: number): number {
  return k >= 16 ? 1 : Math.min(120, Math.ceil(16 / Math.max(k, 1e-3)));
}

/** In-control average run length of the Poisson CUSUM max(0, S + x − k) ≥ h, from S = 0, on a 1/c grid. */
export function poissonCusumArlGrid(input: GridArlInput): number {
  const { mean, k, h } = input;
  assertPositive(mean, 'mean');
  assertPositive(h, 'h');
  if (!Number.isFinite(k) || k < 0) throw new RangeError(`k must be a finite number ≥ 0, got ${k}`);
  const c = input.grid ?? gridFor(k);
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`grid must be an integer ≥ 1, got ${c}`);
  const K = Math.round(c * k);
  const H = Math.ceil(c * h - 1e-9);
  const maxX = Math.ceil((H + K) / c) + 1;
  const pmf: number[] = [];
  for (let x = 0; x <= maxX; x++) pmf.push(Math.exp(x * Math.log(mean) - mean - jStat.gammaln(x + 1)));
  const a: number[][] = [];
  for (let i = 0; i < H; i++) {
    const row = new Array<number>(H).fill(0);
    for (let x = 0; x <= maxX; x++) {
      const j = i + c * x - K;
      if (j >= H) break;
      row[Math.max(0, j)]! += pmf[x]!;
    }
    // I − R
    for (let j = 0; j < H; j++) row[j] = (i === j ? 1 : 0) - row[j]!;
    a.push(row);
  }
  return solve(a, new Array<number>(H).fill(1))[0]!;
}

export interface RiskAdjustedThresholdInput {
  /** Expected count per period after baseline adjustment. */
  mean: number;
  /** Rate ratio the chart is tuned to detect (> 1). */
  rateRatio: number;
  /** Wanted in-control ARL in periods (see targetArlForBudget). */
  targetArl: number;
}

/**
 * Smallest threshold h (on the log-likelihood scale of the risk-adjusted CUSUM, i.e. already × ln R) whose
 * in-control ARL reaches the target, to grid precision: bisection on the grid index (ARL grows with h).
 */
export function riskAdjustedCusumThreshold(input: RiskAdjustedThresholdInput): { h: number; arl: number } {
  const { mean, rateRatio, targetArl } = input;
  assertPositive(mean, 'mean');
  assertPositive(targetArl, 'targetArl');
  if (!(rateRatio > 1)) throw new RangeError(`rateRatio must be > 1, got ${rateRatio}`);
  const logR = Math.log(rateRatio);
  const k = ((rateRatio - 1) * mean) / logR;
  const c = gridFor(k);
  const arlAt = (steps: number) => poissonCusumArlGrid({ mean, k, h: steps / c, grid: c });
  let lo = 0;
  let hi = c;
  while (arlAt(hi) < targetArl) {
    lo = hi;
    hi *= 2;
    if (hi > 4096 * c) throw new RangeError(`no threshold reaches ARL ${targetArl} for mean ${mean}`);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (arlAt(mid) >= targetArl) hi = mid;
    else lo = mid;
  }
  return { h: (hi / c) * logR, arl: arlAt(hi) };
}
