/**
 * Funnel-plot control limits for an indirectly standardised ratio (observed / expected), with
 * Spiegelhalter's overdispersion adjustment.
 *
 * Follows FunnelPlotR (Chris Mainey, CRAN) for `data_type = "SR"`:
 * - exact Poisson limits (`draw_adjusted = FALSE`), from the chi-square/Poisson relation
 *     lower = qchisq(α/2, 2E) / 2E,   upper = qchisq(1 − α/2, 2(E + 1)) / 2E
 *   at α = 0.05 (95 %) and α = 0.002 (99.8 %). This reproduces FunnelPlotR's own test values, e.g.
 *   E = 15 → 0.5596924 / 1.649348 (95 %), 0.3862650 / 2.082907 (99.8 %).
 * - overdispersion (Spiegelhalter 2005, "Handling over-dispersion of performance indicators", Qual Saf Health
 *   Care 14:347; Spiegelhalter 2005, "Funnel plots for comparing institutional performance", Stat Med 24:1185):
 *   z-scores on a variance-stabilising scale, Winsorised at the 10 % / 90 % quantiles (R's default type 7),
 *   φ = mean of the Winsorised z², and, when φ > 1, an additive random-effects variance (DerSimonian–Laird)
 *     τ² = max(0, (nφ − (n − 1)) / (Σw − Σw² / Σw)),  w = 1 / s²,
 *   giving limits  target ± z·√(s² + τ²)  on that scale.
 *
 * Scales (`scale`):
 * - 'sqrt' (default; Spiegelhalter 2005 and FunnelPlotR's "CQC" method): y = √(O/E), y₀ = 1, s = 1 / (2√E),
 *   so z = 2(√O − √E). Limits are mapped back to the ratio scale by squaring, (1 ± z·√(s² + τ²))², as in the
 *   paper and FunnelPlotR's original OD code; a lower limit that would cross zero is set to 0. (FunnelPlotR's
 *   newer `calculate_limits` draws 1 ± z·√(s² + τ²) without squaring; we keep the paper's back-transform.)
 * - 'log' (FunnelPlotR's "SHMI" method): y = ln(O/E), y₀ = 0, s = 1/√E, limits exp(±z·√(1/E + τ²)). We
 *   Winsorise here too; FunnelPlotR's SHMI option truncates the outer deciles instead. Needs O > 0 everywhere.
 *
 * As in FunnelPlotR, adjusted limits replace the Poisson ones only when φ > 1 (overdispersion detected).
 * Classification is inclusive: a ratio on a limit is inside it.
 */
import jStat from 'jstat';
import { assertCount, assertNonEmpty, assertOpenUnit, assertPositive } from './validate.ts';

export interface FunnelUnit {
  observed: number;
  expected: number;
}

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export type FunnelBand = 'above99.8' | 'above95' | 'within' | 'below95' | 'below99.8';
export type OverdispersionScale = 'sqrt' | 'log';

export interface FunnelOptions {
  /** Multiply ratios and limits (e.g. 100 for ratios reported per hundred). Default 1. */
  multiplier?: number;
  /** Use overdispersion-adjusted limits when φ > 1. Default true. */
  adjustForOverdispersion?: boolean;
  /** Transformation for z-scores and adjusted limits. Default 'sqrt'. */
  scale?: OverdispersionScale;
  /** Fraction Winsorised at each end before estimating φ. Default 0.1. */
  winsoriseBy?: number;
}

export interface FunnelUnitResult {
  observed: number;
  expected: number;
  /** O/E × multiplier. */
  ratio: number;
  /** Unadjusted z-score on the chosen scale. */
  zScore: number;
  /** z-score with τ² added to the variance (equals zScore when not adjusted). */
  adjustedZScore: number;
  /** Exact Poisson limits for this unit's expected count. */
  poissonLimits: FunnelLimits;
  /** The limits used for `band`: adjusted when `adjusted`, else Poisson. */
  limits: FunnelLimits;
  band: FunnelBand;
}

export interface FunnelResult {
  units: FunnelUnitResult[];
  /** Dispersion ratio φ (mean Winsorised z²); 1 means exactly Poisson variation. */
  phi: number;
  /** Between-unit variance τ² on the chosen scale. */
  tau2: number;
  /** Whether the adjusted limits were used (requested and φ > 1). */
  adjusted: boolean;
  scale: OverdispersionScale;
}

export interface OverdispersionEstimate {
  phi: number;
  tau2: number;
  /** Unadjusted z-scores on the chosen scale, in input order. */
  zScores: number[];
}

const Z95 = jStat.normal.inv(0.975, 0, 1);
const Z998 = jStat.normal.inv(0.999, 0, 1);

function checkUnits(units: readonly FunnelUnit[]): void {
  assertNonEmpty(units, 'units');
  units.forEach((u, i) => {
    assertCount(u.observed, 'units.observed', i);
    assertPositive(u.expected, 'units.expected', i);
  });
}

/**
 * Exact Poisson funnel limits for an O/E ratio at expected count E (FunnelPlotR, SR, draw_adjusted = FALSE).
 * Continuous in E, so the funnel can be drawn through non-integer expected counts.
 */
export function poissonFunnelLimits(expected: number, multiplier = 1): FunnelLimits {
  assertPositive(expected, 'expected');
  assertPositive(multiplier, 'multiplier');
  const twoE = 2 * expected;
  const lower = (p: number) => (multiplier * jStat.chisquare.inv(p, twoE)) / twoE;
  const upper = (p: number) => (multiplier * jStat.chisquare.inv(p, 2 * (expected + 1))) / twoE;
  return { lower95: lower(0.025), upper95: upper(0.975), lower998: lower(0.001), upper998: upper(0.999) };
}

/** Overdispersion-adjusted limits at expected count E for a given τ² on `scale`. */
export function overdispersedFunnelLimits(
  expected: number,
  tau2: number,
  scale: OverdispersionScale = 'sqrt',
  multiplier = 1,
): FunnelLimits {
  assertPositive(expected, 'expected');
  assertPositive(multiplier, 'multiplier');
  if (!Number.isFinite(tau2) || tau2 < 0)
    throw new RangeError(`tau2 must be a finite number ≥ 0, got ${tau2}`);
  const sd = Math.sqrt(withinVariance(expected, scale) + tau2);
  const back =
    scale === 'sqrt'
      ? (z: number) => multiplier * Math.max(0, 1 + z * sd) ** 2
      : (z: number) => multiplier * Math.exp(z * sd);
  // For 'sqrt', 1 − z·sd < 0 would square to a positive number above zero; max(0, ·) pins it at 0 instead.
  return { lower95: back(-Z95), upper95: back(Z95), lower998: back(-Z998), upper998: back(Z998) };
}

/** s² on the transformed scale: Var(√(O/E)) ≈ 1/(4E), Var(ln(O/E)) ≈ 1/E. */
function withinVariance(expected: number, scale: OverdispersionScale): number {
  return scale === 'sqrt' ? 1 / (4 * expected) : 1 / expected;
}

function zScore(unit: FunnelUnit, scale: OverdispersionScale): number {
  return scale === 'sqrt'
    ? 2 * (Math.sqrt(unit.observed) - Math.sqrt(unit.expected))
    : Math.sqrt(unit.expected) * Math.log(unit.observed / unit.expected);
}

/**
 * φ and τ² by Spiegelhalter's method: Winsorise z at the `winsoriseBy` and 1 − `winsoriseBy` quantiles
 * (linear interpolation, R type 7, as FunnelPlotR's `quantile()`), φ = mean(z_W²), then τ² with w = 1/s².
 * τ² is 0 when nφ < n − 1 (no more spread than Poisson chance).
 */
export function estimateOverdispersion(
  units: readonly FunnelUnit[],
  scale: OverdispersionScale = 'sqrt',
  winsoriseBy = 0.1,
): OverdispersionEstimate {
  checkUnits(units);
  assertOpenUnit(winsoriseBy, 'winsoriseBy');
  if (winsoriseBy >= 0.5) throw new RangeError(`winsoriseBy must be below 0.5, got ${winsoriseBy}`);
  if (units.length < 2) throw new RangeError('at least 2 units are needed to estimate overdispersion');
  if (scale === 'log') {
    const zero = units.findIndex((u) => u.observed === 0);
    if (zero >= 0) {
      throw new RangeError(
        `units.observed[${zero}] is 0: the 'log' scale needs O > 0 for every unit; use 'sqrt'`,
      );
    }
  }
  const n = units.length;
  const zScores = units.map((u) => zScore(u, scale));
  // alphap = betap = 1 is R's type 7, FunnelPlotR's quantile(). (jStat.percentile fails to interpolate
  // between the two largest values, e.g. the 90 % point of 6 values.)
  const [low = Number.NaN, high = Number.NaN] = jStat.quantiles(
    zScores,
    [winsoriseBy, 1 - winsoriseBy],
    1,
    1,
  );
  const phi = zScores.reduce((sum, z) => sum + Math.min(high, Math.max(low, z)) ** 2, 0) / n;

  const weights = units.map((u) => 1 / withinVariance(u.expected, scale));
  const sumW = weights.reduce((s, w) => s + w, 0);
  const sumW2 = weights.reduce((s, w) => s + w * w, 0);
  const denominator = sumW - sumW2 / sumW;
  // All weights equal to one unit's (n = 1) leave the denominator at 0; excluded above, guarded here.
  const tau2 = n * phi < n - 1 || denominator <= 0 ? 0 : Math.max(0, (n * phi - (n - 1)) / denominator);
  return { phi, tau2, zScores };
}

function classify(ratio: number, limits: FunnelLimits): FunnelBand {
  if (ratio > limits.upper998) return 'above99.8';
  if (ratio > limits.upper95) return 'above95';
  if (ratio < limits.lower998) return 'below99.8';
  if (ratio < limits.lower95) return 'below95';
  return 'within';
}

/**
 * Funnel plot for a set of units: ratio, limits and band per unit, and the model's φ and τ².
 * φ and τ² are always estimated (when there are ≥ 2 units) so a reader can see how overdispersed the
 * comparison group is even when `adjustForOverdispersion` is false.
 */
export function funnelPlot(units: readonly FunnelUnit[], options: FunnelOptions = {}): FunnelResult {
  const { multiplier = 1, adjustForOverdispersion = true, scale = 'sqrt', winsoriseBy = 0.1 } = options;
  checkUnits(units);
  assertPositive(multiplier, 'multiplier');

  let estimate: OverdispersionEstimate;
  if (units.length >= 2) {
    estimate = estimateOverdispersion(units, scale, winsoriseBy);
  } else if (adjustForOverdispersion) {
    throw new RangeError(
      'at least 2 units are needed to adjust for overdispersion; set adjustForOverdispersion: false',
    );
  } else {
    estimate = { phi: Number.NaN, tau2: 0, zScores: units.map((u) => zScore(u, scale)) };
  }
  const adjusted = adjustForOverdispersion && estimate.phi > 1;
  const tau2 = adjusted ? estimate.tau2 : 0;

  const results = units.map((unit, i): FunnelUnitResult => {
    const ratio = (multiplier * unit.observed) / unit.expected;
    const poissonLimits = poissonFunnelLimits(unit.expected, multiplier);
    const limits = adjusted
      ? overdispersedFunnelLimits(unit.expected, tau2, scale, multiplier)
      : poissonLimits;
    const z = estimate.zScores[i] ?? Number.NaN;
    const s2 = withinVariance(unit.expected, scale);
    return {
      observed: unit.observed,
      expected: unit.expected,
      ratio,
      zScore: z,
      adjustedZScore: z * Math.sqrt(s2 / (s2 + tau2)),
      poissonLimits,
      limits,
      band: classify(ratio, limits),
    };
  });
  return { units: results, phi: estimate.phi, tau2: estimate.tau2, adjusted, scale };
}
