/**
 * How much of each planted signal is in the data at all: the ceiling any detector runs into.
 *
 * An oracle is told where a signal was planted and when it started. For the six months from then it counts
 * what the signal moves — the unit's cases, its cases with the theme, the office's breaches, the cases naming
 * the professional — and tests the count against the unit's own baseline with a one-sided Poisson test at
 * level α, the false-alarm budget of one unit for six months (goal 0.5 % a year → α = 0.25 %). Knowing place
 * and time, it pays nothing for the tens of thousands of units and months a real detector must watch, so no
 * detector held to the same budget can do better on average:
 * - **power** is the Neyman–Pearson test's chance of detection, given the baseline λ0 and the planted effect
 *   (λ1): the expected recall of the best possible detector, signal by signal;
 * - **realised** says whether the count that the seed actually drew passes the test.
 * The baseline is the unit's own rate over the 36 months before the start, shrunk by the chart's prior (the
 * engine's θ), times the peer-expected counts of the window. Pure; used by the backtest.
 */
import jStat from 'jstat';
import type { ChartedUnit } from '../src/risk/chart.ts';
import type { RiskData } from '../src/risk/load.ts';
import { CLUSTER_SERVICE_TYPES, RAMP_MONTHS, REPEAT_CASE_SPACING_MONTHS } from '../src/demo/plan.ts';
import type { Planted } from './risk-score.ts';

export interface OracleResult {
  id: string;
  effect: number;
  /** What the oracle counts. */
  counts: string;
  observed: number;
  baseline: number;
  planted: number;
  /** Smallest count that passes the test at level α. */
  critical: number;
  power: number;
  realised: boolean;
}

/** P(X ≥ c) for X ~ Poisson(λ). */
export function poissonUpperTail(lambda: number, c: number): number {
  return c <= 0 ? 1 : lambda <= 0 ? 0 : jStat.gamma.cdf(lambda, c, 1);
}

export function criticalCount(lambda: number, alpha: number): number {
  let c = Math.max(1, Math.floor(lambda));
  while (poissonUpperTail(lambda, c) > alpha) c++;
  while (c > 1 && poissonUpperTail(lambda, c - 1) <= alpha) c--;
  return c;
}

export function oracleCeiling(input: {
  data: RiskData;
  charts: ChartedUnit[];
  planted: Planted[];
  warmUp: number;
  window: number;
  alpha: number;
}): OracleResult[] {
  const { data, charts, planted, warmUp, window, alpha } = input;
  const T = data.months;
  const chartOf = new Map(
    charts.filter((c) => c.series.unitType === 'provider').map((c) => [c.series.unitId, c]),
  );
  const sum = (a: ArrayLike<number>, from: number, to: number) => {
    let s = 0;
    for (let t = Math.max(0, from); t < Math.min(to, T); t++) s += a[t]!;
    return s;
  };
  /** The unit's own baseline rate before `start`, as the engine shrinks it, times peer-expected counts. */
  const baselineOf = (c: ChartedUnit, start: number, from: number, to: number) => {
    const theta =
      (c.prior.shape + sum(c.series.observed, start - 36, start)) /
      (c.prior.rate + sum(c.series.expected, start - 36, start));
    return theta * sum(c.series.expected, from, to);
  };
  /** The test of `observed` against `baseline`; `shifted` is the mean with the signal, `power` its chance. */
  const result = (
    s: Planted,
    counts: string,
    observed: number,
    baseline: number,
    shifted: number,
    power = (critical: number) => poissonUpperTail(shifted, critical),
  ): OracleResult => {
    const critical = criticalCount(baseline, alpha);
    return {
      id: s.id,
      effect: s.effectSize,
      counts,
      observed,
      baseline,
      planted: shifted - baseline,
      critical,
      power: power(critical),
      realised: observed >= critical,
    };
  };

  const out: OracleResult[] = [];
  for (const s of planted) {
    if (s.isNullStressor) continue;
    const from = Math.max(s.start ?? 0, warmUp);
    const to = from + window;
    if (to > T) continue;
    const start = s.start ?? 0;
    if (s.kind === 'provider_step' || s.kind === 'provider_ramp') {
      const c = chartOf.get(s.unitIds[0]!)!;
      let baseline = 0;
      let shifted = 0;
      for (let t = from; t < to; t++) {
        const b = baselineOf(c, start, t, t + 1);
        const m =
          s.kind === 'provider_step'
            ? s.effectSize
            : 1 + ((s.effectSize - 1) * Math.min(t - start + 1, RAMP_MONTHS)) / RAMP_MONTHS;
        baseline += b;
        shifted += b * m;
      }
      out.push(result(s, 'cases at the provider', sum(c.series.observed, from, to), baseline, shifted));
    } else if (s.kind === 'municipality_cluster') {
      let baseline = 0;
      let observed = 0;
      for (const p of data.providers) {
        if (!s.unitIds.includes(p.municipality) || !CLUSTER_SERVICE_TYPES.has(p.serviceType)) continue;
        const c = chartOf.get(String(p.id))!;
        baseline += baselineOf(c, start, from, to);
        observed += sum(c.series.observed, from, to);
      }
      const shifted = baseline * s.effectSize;
      out.push(result(s, 'cases at its municipal health and care services', observed, baseline, shifted));
    } else if (s.kind === 'provider_theme_excess') {
      // The theme's share among the provider's service type before the start; odds × effect from then on.
      const i = data.providerIndex.get(Number(s.unitIds[0]))!;
      const provider = data.providers[i]!;
      const theme = s.theme!;
      let typeTheme = 0;
      let typeTotal = 0;
      data.providers.forEach((p, j) => {
        if (p.serviceType === provider.serviceType)
          typeTotal += sum(data.providerCounts.subarray(j * T, (j + 1) * T), start - 36, start);
      });
      let observed = 0;
      for (const r of data.themes) {
        if (r.theme !== theme) continue;
        const p = data.providers[data.providerIndex.get(r.provider)!];
        if (p?.serviceType === provider.serviceType && r.month >= start - 36 && r.month < start)
          typeTheme += r.n;
        if (r.provider === provider.id && r.month >= from && r.month < to) observed += r.n;
      }
      const share = typeTheme / typeTotal;
      const cases = baselineOf(chartOf.get(String(provider.id))!, start, from, to);
      const baseline = share * cases;
      const shifted = ((s.effectSize * share) / (1 + (s.effectSize - 1) * share)) * cases;
      out.push(result(s, `cases at the provider about "${theme}"`, observed, baseline, shifted));
    } else if (s.kind === 'office_outcome') {
      // Breaches against the other offices' share of breach by service type over the whole period.
      const office = s.unitIds[0]!;
      const others = new Map<string, { n: number; breaches: number }>();
      for (const r of data.outcomes) {
        if (r.office === office) continue;
        const o = others.get(r.serviceType) ?? { n: 0, breaches: 0 };
        o.n += r.n;
        o.breaches += r.breaches;
        others.set(r.serviceType, o);
      }
      let baseline = 0;
      let observed = 0;
      for (const r of data.outcomes) {
        if (r.office !== office || r.month < from || r.month >= to) continue;
        const o = others.get(r.serviceType);
        if (o && o.n > 0) baseline += (r.n * o.breaches) / o.n;
        observed += r.breaches;
      }
      const shifted = baseline * s.effectSize;
      out.push(result(s, 'the office’s breach conclusions', observed, baseline, shifted));
    } else if (s.kind === 'professional_repeat') {
      // The national rate of named cases per employed professional, and the planted cases in the window.
      let named = 0;
      for (const series of data.professionalCounts.values()) named += sum(series, 0, T);
      const employed = sum(data.employedPerMonth, 0, T);
      const baseline = (named / employed) * window;
      const observed = sum(data.professionalCounts.get(Number(s.unitIds[0])) ?? [], from, to);
      let planted = 0;
      for (let k = 0; k < 4; k++) {
        const month = start + k * REPEAT_CASE_SPACING_MONTHS;
        if (month >= from && month < to) planted++;
      }
      // The planted cases are certain; the background around them is Poisson.
      out.push(
        result(s, 'cases naming the professional', observed, baseline, baseline + planted, (critical) =>
          poissonUpperTail(baseline, critical - planted),
        ),
      );
    }
  }
  return out;
}
