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
import { CUSUM_TABLE } from './cusum-table.ts';
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

interface ThresholdTable {
  rateRatio: number;
  targetArl: number;
  /** Grid step (12 per decade of the mean) → threshold. */
  byStep: Map<number, number>;
}
const thresholdTables = new Map<string, ThresholdTable>();
const STEPS_PER_DECADE = 12;

function thresholdTable(rateRatio: number, targetArl: number): ThresholdTable {
  const key = `${rateRatio}|${targetArl}`;
  let table = thresholdTables.get(key);
  if (!table) {
    thresholdTables.set(key, (table = { rateRatio, targetArl, byStep: new Map() }));
    // The default parameters' thresholds ship solved (scripts/cusum-table.ts): a fresh process starts warm.
    if (rateRatio === CUSUM_TABLE.rateRatio && targetArl === CUSUM_TABLE.targetArl)
      CUSUM_TABLE.thresholds.forEach((h, i) => table!.byStep.set(CUSUM_TABLE.firstStep + i, h));
  }
  return table;
}

function stepThreshold(table: ThresholdTable, step: number): number {
  let h = table.byStep.get(step);
  if (h === undefined) {
    h = riskAdjustedCusumThreshold({
      mean: 10 ** (step / STEPS_PER_DECADE),
      rateRatio: table.rateRatio,
      targetArl: table.targetArl,
    }).h;
    table.byStep.set(step, h);
  }
  return h;
}

// Plain functions over a table fetched once per chart: this runs for every unit and month (six million
// times at 1M cases), so it allocates nothing.
function tableThreshold(table: ThresholdTable, mean: number): number {
  const position = Math.log10(mean) * STEPS_PER_DECADE;
  return Math.max(stepThreshold(table, Math.floor(position)), stepThreshold(table, Math.ceil(position)));
}

/**
 * Threshold for a unit whose adjusted expected count is `mean` per month, from a table on a log grid of means
 * (12 per decade), taking the larger of the two neighbouring grid values: conservative, and each solve is done
 * once per process.
 */
export function thresholdFor(mean: number, rateRatio: number, targetArl: number): number {
  return tableThreshold(thresholdTable(rateRatio, targetArl), mean);
}

/** Where a chart writes its series: views into one buffer per kind when many units are charted at once. */
export interface MonitorOutput {
  adjusted: Float64Array;
  statistic: Float64Array;
  threshold: Float64Array;
}

/** Three zeroed buffers for `units` charts of `months` each, and the view of unit i. */
export function monitorBuffers(units: number, months: number): (i: number) => MonitorOutput {
  const adjusted = new Float64Array(units * months);
  const statistic = new Float64Array(units * months);
  const threshold = new Float64Array(units * months);
  return (i) => ({
    adjusted: adjusted.subarray(i * months, (i + 1) * months),
    statistic: statistic.subarray(i * months, (i + 1) * months),
    threshold: threshold.subarray(i * months, (i + 1) * months),
  });
}

// Cumulative sums, reused from chart to chart (50,000 of them at a time): one month's baseline window is O(1).
let cumO = new Float64Array(0);
let cumE = new Float64Array(0);

export function monitorUnit(
  observed: ArrayLike<number>,
  expected: ArrayLike<number>,
  prior: GammaPrior,
  p: MonitorParameters,
  months = observed.length,
  out: MonitorOutput = monitorBuffers(1, months)(0),
): UnitMonitor {
  const T = months;
  const { adjusted, statistic, threshold } = out;
  const alarms: number[] = [];
  if (cumO.length < T + 1) {
    cumO = new Float64Array(T + 1);
    cumE = new Float64Array(T + 1);
  }
  for (let t = 0; t < T; t++) {
    cumO[t + 1] = cumO[t]! + observed[t]!;
    cumE[t + 1] = cumE[t]! + expected[t]!;
  }
  const logR = Math.log(p.rateRatio);
  const table = thresholdTable(p.rateRatio, p.targetArl);
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
    const h = tableThreshold(table, mean);
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
