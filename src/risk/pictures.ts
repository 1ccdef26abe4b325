/**
 * Risk pictures, the pure part: a monthly trend with its EWMA band and CUSUM alarms, and a funnel of
 * providers of one service type. Plain values in, plain values out (SQL in picture-queries.ts).
 *
 * Trend: expected count per month = the unit's mean monthly count over a baseline (`baselineMonths` ending
 * `baselineGap` months before the last month) × the calendar month's seasonal factor (from the national
 * series over the same baseline), so July is not a fall and December not a rise. The EWMA of observed/expected
 * (λ = 0.2, L = 3) is drawn with its band; the variance of the monthly ratio is estimated on the baseline, never
 * below Poisson's 1/E. CUSUM: risk-adjusted Poisson CUSUM for a rise of R = 1.25 with threshold h = 5, restarted
 * after each alarm — a descriptive chart for a whole area; provider and area signals come from the risk run.
 */
import {
  ewmaChart,
  funnelPlot,
  overdispersedFunnelLimits,
  poissonFunnelLimits,
  riskAdjustedPoissonCusum,
  type FunnelBand,
  type FunnelLimits,
} from './stats/index.ts';

export interface TrendOptions {
  baselineMonths: number;
  baselineGap: number;
  lambda: number;
  L: number;
  cusumRateRatio: number;
  cusumThreshold: number;
}

export const TREND_OPTIONS: TrendOptions = {
  baselineMonths: 36,
  baselineGap: 3,
  lambda: 0.2,
  L: 3,
  cusumRateRatio: 1.25,
  cusumThreshold: 5,
};

export interface TrendPoint {
  /** 'YYYY-MM'. */
  month: string;
  observed: number;
  expected: number;
  ratio: number;
  ewma: number;
  lower: number;
  upper: number;
  cusum: number;
  alarm: boolean;
}

export interface Trend {
  points: TrendPoint[];
  method: string;
}

/** Seasonal factor per calendar month (0 = January): mean count of that month over the overall mean. */
export function seasonalFactors(months: readonly string[], counts: readonly number[]): number[] {
  const sums = new Array<number>(12).fill(0);
  const ns = new Array<number>(12).fill(0);
  months.forEach((m, i) => {
    const c = Number(m.slice(5, 7)) - 1;
    sums[c]! += counts[i]!;
    ns[c]! += 1;
  });
  const means = sums.map((s, c) => (ns[c]! > 0 ? s / ns[c]! : Number.NaN));
  const known = means.filter((m) => Number.isFinite(m));
  const overall = known.reduce((a, b) => a + b, 0) / Math.max(1, known.length);
  return means.map((m) => (Number.isFinite(m) && overall > 0 && m > 0 ? m / overall : 1));
}

/** The baseline window: `baselineMonths` ending `baselineGap` months before the last (at least 12 months). */
export function baselineWindow(length: number, o: TrendOptions): { from: number; to: number } {
  const to = Math.max(11, length - 1 - o.baselineGap);
  const from = Math.max(0, to - o.baselineMonths + 1);
  return { from, to: Math.min(to, length - 1) };
}

export function trend(
  months: readonly string[],
  observed: readonly number[],
  season: readonly number[],
  o: TrendOptions = TREND_OPTIONS,
): Trend {
  const method =
    `expected = mean month over ${o.baselineMonths} months ending ${o.baselineGap} months back × seasonal factor; ` +
    `EWMA of observed/expected (λ = ${o.lambda}, L = ${o.L}); risk-adjusted Poisson CUSUM (R = ${o.cusumRateRatio}, h = ${o.cusumThreshold})`;
  if (months.length === 0) return { points: [], method };
  const { from, to } = baselineWindow(months.length, o);
  let adjustedSum = 0;
  for (let t = from; t <= to; t++) adjustedSum += observed[t]! / season[monthIndex(months[t]!)]!;
  const level = Math.max(adjustedSum / (to - from + 1), 1e-6);
  const expected = months.map((m) => Math.max(level * season[monthIndex(m)]!, 1e-6));
  const ratios = observed.map((x, t) => x / expected[t]!);
  let sq = 0;
  for (let t = from; t <= to; t++) sq += (ratios[t]! - 1) ** 2;
  const meanExpected = expected.reduce((a, b) => a + b, 0) / expected.length;
  const variance = Math.max(sq / Math.max(1, to - from), 1 / meanExpected);
  const ewma = ewmaChart(ratios, { lambda: o.lambda, L: o.L, mean: 1, variance });
  const cusum = riskAdjustedPoissonCusum(observed, expected, {
    rateRatio: o.cusumRateRatio,
    h: o.cusumThreshold,
  });
  const alarms = new Set(cusum.signals);
  return {
    method,
    points: months.map((month, t) => ({
      month,
      observed: observed[t]!,
      expected: expected[t]!,
      ratio: ratios[t]!,
      ewma: ewma[t]!.ewma,
      lower: Math.max(0, ewma[t]!.lower),
      upper: ewma[t]!.upper,
      cusum: cusum.statistic[t]!,
      alarm: alarms.has(t),
    })),
  };
}

const monthIndex = (month: string) => Number(month.slice(5, 7)) - 1;

export interface ProviderCount {
  id: number;
  label: string;
  office: string;
  municipality: string;
  sizeMeasure: string;
  size: number;
  observed: number;
}

export interface FunnelPoint {
  id: number;
  label: string;
  office: string;
  municipality: string;
  observed: number;
  expected: number;
  ratio: number;
  limits: FunnelLimits;
  band: FunnelBand;
}

export interface ProviderFunnel {
  providers: FunnelPoint[];
  phi: number;
  tau2: number;
  adjusted: boolean;
  /** Limits along the expected counts, to draw the funnel. */
  curve: (FunnelLimits & { expected: number })[];
  method: string;
}

/**
 * A unit with no cases (or no outcomes of a kind) is unusual only when none is unlikely: P(X = 0) = e^(−E)
 * below the limit's tail. The continuous limits put a tiny positive lower limit under every small expected
 * count, so without this every provider with no cases and E ≈ 0.3 — or an office with 0 of 4 planned
 * supervisions ending in a remark — would be drawn "below 99.8 %". The milder of the two bands is kept.
 */
export function zeroAwareBand(band: FunnelBand, observed: number, expected: number): FunnelBand {
  if (observed !== 0) return band;
  const p0 = Math.exp(-expected);
  const poisson: FunnelBand = p0 < 0.001 ? 'below99.8' : p0 < 0.025 ? 'below95' : 'within';
  const rank = (b: FunnelBand) => (b === 'within' ? 0 : b === 'below95' ? 1 : 2);
  return rank(poisson) < rank(band) ? poisson : band;
}

/**
 * Funnel of providers of one service type: expected = size × the cases per size unit of providers with the
 * same size measure (indirect standardisation; a provider of size 0 counts as size 1).
 */
export function providerFunnel(rows: readonly ProviderCount[]): ProviderFunnel {
  const method =
    'expected = size × cases per size unit of the same service type and size measure; exact Poisson limits, ' +
    "Spiegelhalter's overdispersion adjustment when φ > 1";
  const rate = new Map<string, { cases: number; size: number }>();
  for (const r of rows) {
    const s = rate.get(r.sizeMeasure) ?? { cases: 0, size: 0 };
    s.cases += r.observed;
    s.size += Math.max(1, r.size);
    rate.set(r.sizeMeasure, s);
  }
  const units = rows
    .map((r) => {
      const s = rate.get(r.sizeMeasure)!;
      return { row: r, expected: (Math.max(1, r.size) * s.cases) / s.size };
    })
    .filter((u) => u.expected > 0);
  if (units.length < 2)
    return { providers: [], phi: Number.NaN, tau2: 0, adjusted: false, curve: [], method };
  const f = funnelPlot(units.map((u) => ({ observed: u.row.observed, expected: u.expected })));
  const providers = units.map((u, i): FunnelPoint => {
    const p = f.units[i]!;
    return {
      id: u.row.id,
      label: u.row.label,
      office: u.row.office,
      municipality: u.row.municipality,
      observed: u.row.observed,
      expected: u.expected,
      ratio: p.ratio,
      limits: p.limits,
      band: zeroAwareBand(p.band, u.row.observed, u.expected),
    };
  });
  const min = Math.min(...units.map((u) => u.expected));
  const max = Math.max(...units.map((u) => u.expected));
  const lo = Math.log(Math.max(min, 0.05));
  const hi = Math.log(Math.max(max * 1.2, min * 2));
  const curve = Array.from({ length: 48 }, (_, i) => {
    const expected = Math.exp(lo + ((hi - lo) * i) / 47);
    const limits = f.adjusted ? overdispersedFunnelLimits(expected, f.tau2) : poissonFunnelLimits(expected);
    return { expected, ...limits };
  });
  return { providers, phi: f.phi, tau2: f.tau2, adjusted: f.adjusted, curve, method };
}
