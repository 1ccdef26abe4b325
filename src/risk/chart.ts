/**
 * CUSUM charts for every provider and area, with one Poisson–Gamma prior per group (stratum for providers,
 * unit type for areas), and the signals of the charts that alarmed in the last `alarmMonths`.
 */
import type { UnitSeries } from './expected.ts';
import { monitorBuffers, monitorUnit, poissonRatioInterval, type UnitMonitor } from './monitor.ts';
import type { RiskParameters } from './parameters.ts';
import { signalKey, type SignalRecord } from './signal.ts';
import { MAX_SHAPE, fitGammaPrior, targetArlForBudget, type GammaPrior } from './stats/index.ts';

export interface ChartedUnit {
  series: UnitSeries;
  monitor: UnitMonitor;
  prior: GammaPrior;
}

/** Prior per group, fitted by maximum likelihood on the units' totals; no spread → near-complete pooling. */
export function fitPriors(series: readonly UnitSeries[], months: number): Map<string, GammaPrior> {
  const groups = new Map<string, { observed: number; expected: number }[]>();
  for (const s of series) {
    let o = 0;
    let e = 0;
    for (let t = 0; t < months; t++) {
      o += s.observed[t]!;
      e += s.expected[t]!;
    }
    if (e <= 0) continue;
    const list = groups.get(s.group) ?? [];
    list.push({ observed: o, expected: e });
    groups.set(s.group, list);
  }
  const priors = new Map<string, GammaPrior>();
  for (const [group, units] of groups) {
    let prior: GammaPrior = { shape: MAX_SHAPE, rate: MAX_SHAPE };
    if (units.length >= 2 && units.some((u) => u.observed > 0)) {
      const fit = fitGammaPrior(units);
      prior = { shape: fit.shape, rate: fit.rate };
    }
    priors.set(group, prior);
  }
  return priors;
}

export function chartUnits(
  series: readonly UnitSeries[],
  priors: Map<string, GammaPrior>,
  p: RiskParameters,
  months: number,
): ChartedUnit[] {
  const targetArl = targetArlForBudget(p.falseAlarmsPerUnitYear);
  const parameters = { ...p, targetArl };
  const buffers = monitorBuffers(series.length, months);
  return series.map((s, i) => {
    const prior = priors.get(s.group) ?? { shape: MAX_SHAPE, rate: MAX_SHAPE };
    const monitor = monitorUnit(s.observed, s.expected, prior, parameters, months, buffers(i));
    return { series: s, monitor, prior };
  });
}

/** Signals of the charts that alarmed in the `alarmMonths` up to month `at`, with the evidence of the alarm. */
export function cusumSignals(charts: readonly ChartedUnit[], p: RiskParameters, at: number): SignalRecord[] {
  const out: SignalRecord[] = [];
  for (const { series: s, monitor: m, prior } of charts) {
    const alarm = m.alarms.filter((t) => t <= at && t > at - p.alarmMonths).at(-1);
    if (alarm === undefined) continue;
    // Evidence period: from where the statistic last left 0 up to the alarm month.
    let from = alarm;
    while (from > 0 && m.statistic[from - 1]! > 0) from--;
    let observed = 0;
    let expected = 0;
    for (let t = from; t <= alarm; t++) {
      observed += s.observed[t]!;
      expected += m.adjusted[t]!;
    }
    const ci = poissonRatioInterval(observed, expected);
    out.push({
      signalKey: signalKey(s.unitType, s.unitId, 'cusum', null, s.municipalSector),
      unitType: s.unitType,
      unitId: s.unitId,
      unitLabel: s.label,
      serviceType: s.serviceType,
      theme: null,
      method: 'cusum',
      observed,
      expected,
      ratio: observed / expected,
      intervalLower: ci.lower,
      intervalUpper: ci.upper,
      intervalLevel: 0.95,
      comparisonGroup:
        s.unitType === 'provider'
          ? `its own history (${p.baselineMonths} months, ${p.baselineGap} months back), shrunk towards providers of the same service type and size measure (${s.group})`
          : `its own history (${p.baselineMonths} months), with its mix of services and sizes, shrunk towards ${s.municipalSector ? `the municipal ${s.municipalSector} services of every municipality` : `all ${s.unitType} units`}`,
      fromMonth: from,
      toMonth: alarm,
      score: (m.statistic[alarm] ?? 0) > 0 ? m.statistic[alarm]! / m.threshold[alarm]! : 1,
      evidence: {
        score_meaning: 'CUSUM statistic / threshold at the alarm (≥ 1)',
        rate_ratio_detected: p.rateRatio,
        threshold: m.threshold[alarm],
        alarm_month: alarm,
        alarms: m.alarms,
        false_alarms_per_unit_year: p.falseAlarmsPerUnitYear,
        comparison: comparisonOf(s, { months: p.baselineMonths, gap: p.baselineGap }, 'own_history'),
        prior,
        peer_expected: sum(s.expected, from, alarm),
      },
    });
  }
  return out;
}

/**
 * The comparison group as data (`evidence.comparison`), so the web app can say it in the reader's language;
 * `comparisonGroup` keeps the English sentence for the API.
 */
export function comparisonOf(
  s: UnitSeries,
  extra: Record<string, number>,
  basis: 'own_history' | 'peers',
): Record<string, unknown> {
  if (s.unitType === 'provider') {
    const [serviceType, sizeMeasure] = s.group.split('|');
    return { kind: `${basis}_provider`, serviceType, sizeMeasure, ...extra };
  }
  if (s.municipalSector) return { kind: `${basis}_sector`, sector: s.municipalSector, ...extra };
  return { kind: `${basis}_area`, unitType: s.unitType, ...extra };
}

function sum(a: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let t = from; t <= to; t++) s += a[t]!;
  return s;
}
