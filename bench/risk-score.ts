/**
 * Scores a backtest: recall and delay of the planted signals, false alarms on units with nothing planted,
 * precision@k against ranking by raw counts, and the false-alarm ratio across municipality population
 * quintiles. Pure; the definitions are the model card's (docs/RISK_MODEL.md).
 */
import type { ChartedUnit } from '../src/risk/chart.ts';
import type { RiskData } from '../src/risk/load.ts';
import { CLUSTER_SERVICE_TYPES } from '../src/demo/plan.ts';

export interface Planted {
  id: string;
  kind: string;
  unitType: string;
  unitIds: string[];
  startMonth: string;
  effectSize: number;
  isNullStressor: boolean;
  serviceType: string | null;
  theme?: string | null;
  start?: number;
}
export interface Alarm {
  unitType: string;
  unitId: string;
  month: number;
  method: string;
  /** The sector of a municipality's own-services series, if the alarm is on one. */
  municipalSector?: string | undefined;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? null
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
export const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Municipality number → quintile of population (0 = the smallest fifth). */
export function populationQuintiles(data: RiskData): Map<string, number> {
  const munis = [...data.municipalities].sort((a, b) => a.population - b.population);
  return new Map(munis.map((m, i) => [m.number, Math.floor((i * 5) / munis.length)]));
}

export function scoreBacktest(input: {
  data: RiskData;
  charts: ChartedUnit[];
  planted: Planted[];
  alarms: Alarm[];
  warmUp: number;
}) {
  const { data, charts, planted, alarms, warmUp } = input;
  const T = data.months;
  const key = (t: string, id: string) => `${t}:${id}`;
  const byUnit = new Map<string, Alarm[]>();
  for (const a of alarms)
    byUnit.set(key(a.unitType, a.unitId), [...(byUnit.get(key(a.unitType, a.unitId)) ?? []), a]);

  // Units touched by a planted signal (and the areas containing them): alarms there are not false alarms.
  const affected = new Set<string>();
  const providerById = new Map(data.providers.map((p) => [String(p.id), p]));
  const touchProvider = (id: string) => {
    const p = providerById.get(id);
    affected.add(key('provider', id));
    if (p)
      for (const [t, u] of [
        ['municipality', p.municipality],
        ['county', p.county],
        ['office', p.office],
        ['national', 'NO'],
      ] as const)
        affected.add(key(t, u));
  };
  for (const s of planted.filter((x) => !x.isNullStressor)) {
    for (const id of s.unitIds) affected.add(key(s.unitType, id));
    if (s.unitType === 'provider') s.unitIds.forEach(touchProvider);
    if (s.kind === 'municipality_cluster')
      for (const p of data.providers)
        if (s.unitIds.includes(p.municipality) && CLUSTER_SERVICE_TYPES.has(p.serviceType))
          touchProvider(String(p.id));
  }

  const lines: string[] = [];
  const detections = planted
    .filter((s) => !s.isNullStressor)
    .map((s) => {
      const start = Math.max(s.start ?? 0, warmUp);
      const hits = s.unitIds
        .flatMap((id) => byUnit.get(key(s.unitType, id)) ?? [])
        .filter((a) => a.month >= start);
      const first = hits.length ? Math.min(...hits.map((a) => a.month)) : null;
      const delay = first === null ? null : first - start + 1;
      const methods = [...new Set(hits.filter((a) => a.month === first).map((a) => a.method))];
      lines.push(
        `  ${s.id.padEnd(24)} effect ${String(s.effectSize).padEnd(6)} start ${start} follow-up ${T - start} → ${delay === null ? 'not detected' : `detected after ${delay} months by ${methods.join('+')}`}`,
      );
      return { id: s.id, effect: s.effectSize, followUp: T - start, delay };
    });
  const recall = (subset: typeof detections, within: number) => {
    const eligible = subset.filter((d) => d.followUp >= within);
    return eligible.length
      ? r3(eligible.filter((d) => d.delay !== null && d.delay <= within).length / eligible.length)
      : null;
  };
  const strong = detections.filter((d) => d.effect >= 2);

  // False alarms: unit-years with at least one alarm, among providers with nothing planted.
  const years = (T - warmUp) / 12;
  const surveillance = new Set(['cusum', 'disproportionality', 'repeat_named', 'outcome_share']);
  const falseAlarmUnits = (methods: Set<string>, unitType: string) => {
    const unitYears = new Set<string>();
    for (const a of alarms)
      if (a.unitType === unitType && methods.has(a.method) && !affected.has(key(a.unitType, a.unitId)))
        unitYears.add(`${a.unitId}:${Math.floor((a.month - warmUp) / 12)}`);
    return unitYears;
  };
  const unplanted = data.providers.filter((p) => !affected.has(key('provider', String(p.id))));
  const charted = new Set(
    charts
      .filter((c) => c.series.unitType === 'provider' && c.monitor.threshold.some((h) => h > 0))
      .map((c) => c.series.unitId),
  );
  const fa = falseAlarmUnits(surveillance, 'provider');
  const faAll = falseAlarmUnits(new Set([...surveillance, 'funnel']), 'provider');
  // Municipalities (the whole and their own services per sector) with nothing planted in them.
  const municipalityFa = falseAlarmUnits(new Set([...surveillance, 'funnel']), 'municipality');
  const unplantedMunicipalities = data.municipalities.filter(
    (m) => !affected.has(key('municipality', m.number)),
  ).length;
  // The same per series: a municipality's whole series and each of its own-services series.
  const seriesFa = new Set<string>();
  for (const a of alarms)
    if (a.unitType === 'municipality' && !affected.has(key(a.unitType, a.unitId)))
      seriesFa.add(`${a.unitId}:${a.municipalSector ?? ''}:${Math.floor((a.month - warmUp) / 12)}`);
  const municipalSeries = charts.filter(
    (c) =>
      c.series.unitType === 'municipality' &&
      !affected.has(key('municipality', c.series.unitId)) &&
      c.monitor.threshold.some((h) => h > 0),
  ).length;
  const chartedUnplanted = unplanted.filter((p) => charted.has(String(p.id))).length;
  const faCharted = [...fa].filter((u) => charted.has(u.split(':')[0]!)).length;

  const quintileOf = populationQuintiles(data);
  const qUnits = [0, 0, 0, 0, 0];
  const qAlarms = [0, 0, 0, 0, 0];
  for (const p of unplanted) qUnits[quintileOf.get(p.municipality)!]! += 1;
  for (const u of fa) qAlarms[quintileOf.get(providerById.get(u.split(':')[0]!)!.municipality)!]! += 1;
  const overall = fa.size / unplanted.length;
  const qRatios = qUnits.map((n, q) => (n && overall ? r3(qAlarms[q]! / n / overall) : null));

  // Precision@k at the last month: our ranking (CUSUM statistic / threshold, max over the alarm window) vs
  // the raw number of cases in the last 12 months.
  const positives = new Set(
    [...affected].filter((k) => k.startsWith('provider:')).map((k) => k.slice('provider:'.length)),
  );
  const ours = charts
    .filter((c) => c.series.unitType === 'provider')
    .map((c) => {
      let score = 0;
      for (let t = Math.max(0, T - 6); t < T; t++)
        if (c.monitor.threshold[t]! > 0)
          score = Math.max(score, c.monitor.statistic[t]! / c.monitor.threshold[t]!);
      return { id: c.series.unitId, score };
    })
    .sort((a, b) => b.score - a.score);
  const raw = data.providers
    .map((p, i) => {
      let n = 0;
      for (let t = T - 12; t < T; t++) n += data.providerCounts[i * T + t]!;
      return { id: String(p.id), score: n };
    })
    .sort((a, b) => b.score - a.score);
  const precisionAt = (list: { id: string }[], k: number) =>
    r3(list.slice(0, k).filter((u) => positives.has(u.id)).length / k);

  const nullBig = planted.find((s) => s.kind === 'null_big_provider');
  const spike = planted.find((s) => s.kind === 'null_media_spike');
  const spikeAlarms = spike
    ? alarms.filter(
        (a) =>
          a.unitType === 'provider' &&
          a.month >= (spike.start ?? 0) &&
          a.month < (spike.start ?? 0) + 3 &&
          providerById.get(a.unitId)?.serviceType === 'nursing_home' &&
          !affected.has(key('provider', a.unitId)),
      ).length
    : 0;
  const summary = {
    recall3: recall(detections, 3),
    recall6: recall(detections, 6),
    recall3RR2: recall(strong, 3),
    recall6RR2: recall(strong, 6),
    medianDelayMonths: median(detections.flatMap((d) => (d.delay === null ? [] : [d.delay]))),
    falseAlarmUnitYearsPerProvider: r3((fa.size / unplanted.length / years) * 100) / 100,
    falseAlarmRatePerChartedProviderYear: chartedUnplanted
      ? r3((faCharted / chartedUnplanted / years) * 100) / 100
      : null,
    falseAlarmRateIncludingFunnel: r3((faAll.size / unplanted.length / years) * 100) / 100,
    falseAlarmUnitYears: fa.size,
    municipalityFalseAlarmUnitYears: municipalityFa.size,
    municipalityFalseAlarmRate: r3((municipalityFa.size / unplantedMunicipalities / years) * 100) / 100,
    municipalSeriesFalseAlarmRate: r3((seriesFa.size / municipalSeries / years) * 100) / 100,
    chartedUnplantedProviders: chartedUnplanted,
    unplantedProviders: unplanted.length,
    precisionAt10: precisionAt(ours, 10),
    rawPrecisionAt10: precisionAt(raw, 10),
    precisionAt20: precisionAt(ours, 20),
    rawPrecisionAt20: precisionAt(raw, 20),
    quintileFalseAlarmRatios: qRatios,
    quintileFalseAlarms: qAlarms,
    nullBigProviderAlarms: nullBig ? (byUnit.get(key('provider', nullBig.unitIds[0]!)) ?? []).length : null,
    mediaSpikeNursingHomeAlarms: spikeAlarms,
  };
  lines.push(
    `recall within 3 / 6 months: all ${summary.recall3} / ${summary.recall6}; RR ≥ 2: ${summary.recall3RR2} / ${summary.recall6RR2} (goal ≥ 0.8 within 6)`,
    `median detection delay: ${summary.medianDelayMonths} months`,
    `false alarms (unit-years with an alarm / provider-years, nothing planted): ${(summary.falseAlarmUnitYearsPerProvider * 100).toFixed(4)} % of all providers, ${summary.falseAlarmRatePerChartedProviderYear === null ? '–' : (summary.falseAlarmRatePerChartedProviderYear * 100).toFixed(3)} % of charted providers (goal ≤ 0.5 %); with funnel ${(summary.falseAlarmRateIncludingFunnel * 100).toFixed(4)} %`,
    `false alarms on municipalities with nothing planted (whole, or their own services in a sector; any method): ${summary.municipalityFalseAlarmUnitYears} municipality-years, ${(summary.municipalityFalseAlarmRate * 100).toFixed(2)} % of municipalities a year; ${(summary.municipalSeriesFalseAlarmRate * 100).toFixed(2)} % of their ${municipalSeries} charted series a year`,
    `precision@10 ${summary.precisionAt10} vs raw counts ${summary.rawPrecisionAt10}; @20 ${summary.precisionAt20} vs ${summary.rawPrecisionAt20} (goal ≥ 2×)`,
    `false-alarm ratio by municipality population quintile (low → high): ${qRatios.join(', ')} (alarms ${qAlarms.join(', ')}; goal 0.8–1.25)`,
    `null stressors: alarms on the biggest provider ${summary.nullBigProviderAlarms}, on nursing homes in the media spike ${summary.mediaSpikeNursingHomeAlarms}`,
  );
  return { summary, lines };
}
