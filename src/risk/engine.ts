/**
 * The whole risk picture from loaded aggregates, as pure computation: expected counts, CUSUM charts for
 * providers and areas, the cross-section, theme disproportionality, repeatedly named professionals and office
 * outcome shares. The recompute stores what this returns; the backtest replays it month by month.
 */
import { chartUnits, cusumSignals, fitPriors, type ChartedUnit } from './chart.ts';
import { crossSectionSignals } from './cross-section.ts';
import { areaSeries, expectedSeries } from './expected.ts';
import type { RiskData } from './load.ts';
import { outcomeShareSignals, repeatNamedSignals } from './named.ts';
import type { RiskParameters } from './parameters.ts';
import type { SignalRecord } from './signal.ts';
import { themeSignals as themeSignalsAt } from './themes.ts';

export interface RiskPicture {
  charts: ChartedUnit[];
  /** Signals current at month `at`. */
  signals: SignalRecord[];
}

export function computeCharts(data: RiskData, p: RiskParameters): ChartedUnit[] {
  const { providers } = expectedSeries(data);
  const all = [...providers, ...areaSeries(data, providers)];
  return chartUnits(all, fitPriors(all, data.months), p, data.months);
}

export function signalsAt(
  data: RiskData,
  charts: ChartedUnit[],
  p: RiskParameters,
  at: number,
): SignalRecord[] {
  return [
    ...cusumSignals(charts, p, at),
    ...crossSectionSignals(
      charts.map((c) => c.series),
      p,
      at,
    ),
    ...repeatNamedSignals(data, p, at),
    ...outcomeShareSignals(data, p, at),
    ...themeSignalsAt(data, p, at),
  ];
}

export function computeRisk(data: RiskData, p: RiskParameters): RiskPicture {
  const charts = computeCharts(data, p);
  return { charts, signals: signalsAt(data, charts, p, data.months - 1) };
}
