/**
 * Change detection for one unit's monthly case counts: a risk-adjusted Poisson CUSUM against what the unit
 * itself would be expected to have, with the threshold set from the false-alarm budget. Pure: arrays in,
 * arrays out; the recompute and the backtest run exactly this code.
 *
 * Why a unit's own baseline: units differ persistently (a hospital with a long tail of complaints stays that
 * way), and a chart against peers alone would alarm on every such unit every month. So the expected count
 * for month t is peer-expected E_t (stratum × exposure × national month factor) times the unit's baseline
 * ratio θ_t = (α + ΣO)/(β + ΣE) over the baseline window [t − gap − months, t − gap) — the Poisson–Gamma
 * posterior mean, shrunk to the stratum's prior, so a unit with a short history starts at its peers' rate.
 * The gap keeps a fresh change out of its own baseline for a few months.
 */
import jStat from 'jstat';
import { riskAdjustedCusumThreshold } from './stats/cusum-grid.ts';
import type { GammaPrior } from './stats/index.ts';

export interface MonitorParameters {
  /** Rate ratio the CUSUM is tuned to detect. */
  rateRatio: number;
  /** In-control ARL in months (12 / false alarms per unit-year). */
  targetArl: number;
  baselineMonths: number;
  baselineGap: number;
  /** Units whose adjusted expected count per month is below this are not charted (too few cases). */
  minMonthlyExpected: number;
}

export interface UnitMonitor {
  /** θ_t·E_t: the unit's expected count in month t. */
  adjusted: Float64Array;
  statistic: Float64Array;
  /** Threshold in force in month t (0 when the unit is not charted that month). */
  threshold: Float64Array;
  /** Months in which the chart signalled (after which it restarts at 0). */
  alarms: number[];
  /** First month of the current run of the statistic above 0 (for evidence), or null. */
  runStart: number | null;
}

const thresholdCache = new Map<string, Map<number, number>>();
const STEPS_PER_DECADE = 12;

/**
 * Threshold for a unit whose adjusted expected count is `mean` per month, from a table on a log grid of means
 * (12 per decade), taking the larger of the two neighbouring grid values: conservative, and each solve is done
 * once per process.
 */
export function thresholdFor(mean: number, rateRatio: number, targetArl: number): number {
  const position = Math.log10(mean) * STEPS_PER_DECADE;
  const key = `${rateRatio}|${targetArl}`;
  let table = thresholdCache.get(key);
  if (!table) thresholdCache.set(key, (table = new Map()));
  const at = (step: number) => {
    let h = table.get(step);
    if (h === undefined) {
      h = riskAdjustedCusumThreshold({ mean: 10 ** (step / STEPS_PER_DECADE), rateRatio, targetArl }).h;
      table.set(step, h);
    }
    return h;
  };
  return Math.max(at(Math.floor(position)), at(Math.ceil(position)));
}

export function monitorUnit(
  observed: ArrayLike<number>,
  expected: ArrayLike<number>,
  prior: GammaPrior,
  p: MonitorParameters,
  months = observed.length,
): UnitMonitor {
  const T = months;
  const adjusted = new Float64Array(T);
  const statistic = new Float64Array(T);
  const threshold = new Float64Array(T);
  const alarms: number[] = [];
  // Cumulative sums make each month's baseline window O(1).
  const cumO = new Float64Array(T + 1);
  const cumE = new Float64Array(T + 1);
  for (let t = 0; t < T; t++) {
    cumO[t + 1] = cumO[t]! + observed[t]!;
    cumE[t + 1] = cumE[t]! + expected[t]!;
  }
  const logR = Math.log(p.rateRatio);
  let s = 0;
  let runStart: number | null = null;
  let recent = 0;
  for (let t = 0; t < T; t++) {
    const to = Math.max(0, t - p.baselineGap);
    const from = Math.max(0, to - p.baselineMonths);
    const theta = (prior.shape + cumO[to]! - cumO[from]!) / (prior.rate + cumE[to]! - cumE[from]!);
    const a = theta * expected[t]!;
    adjusted[t] = a;
    recent += a - (t >= 12 ? adjusted[t - 12]! : 0);
    const mean = recent / Math.min(t + 1, 12);
    if (!(mean >= p.minMonthlyExpected)) {
      s = 0;
      runStart = null;
      continue;
    }
    const h = thresholdFor(mean, p.rateRatio, p.targetArl);
    threshold[t] = h;
    const before = s;
    s = Math.max(0, s + observed[t]! * logR - (p.rateRatio - 1) * a);
    if (s > 0 && before === 0) runStart = t;
    if (s === 0) runStart = null;
    statistic[t] = s;
    if (s >= h) {
      alarms.push(t);
      s = 0;
    }
  }
  return { adjusted, statistic, threshold, alarms, runStart };
}

/** Exact (Garwood) Poisson interval for O/E at `level`, from jStat's chi-square quantiles. */
export function poissonRatioInterval(
  observed: number,
  expected: number,
  level = 0.95,
): { lower: number; upper: number } {
  const alpha = 1 - level;
  const lower = observed === 0 ? 0 : jStat.chisquare.inv(alpha / 2, 2 * observed) / 2;
  const upper = jStat.chisquare.inv(1 - alpha / 2, 2 * (observed + 1)) / 2;
  return { lower: lower / expected, upper: upper / expected };
}
