/**
 * False alarms where nothing changes, counted often enough to compare groups: the seeded data's providers are
 * redrawn many times at constant rates — each its own long-run rate (the engine's shrunk posterior over the
 * whole period) times its peer-expected counts, so size, service mix, season and persistent differences between
 * providers stay, and no rate ever steps — and the CUSUM charts are run on each draw. One backtest sees about a
 * dozen false alarms; twenty redraws see hundreds, enough for a false-alarm rate per municipality population
 * quintile with a usable ratio. Pure but for its seeded random numbers; used by the backtest.
 */
import type { ChartedUnit } from '../src/risk/chart.ts';
import { Random } from '../src/demo/random.ts';
import { computeCharts } from '../src/risk/engine.ts';
import type { RiskData } from '../src/risk/load.ts';
import type { RiskParameters } from '../src/risk/parameters.ts';
import { populationQuintiles } from './risk-score.ts';

export interface NullFalseAlarms {
  replicates: number;
  /** Provider-years with at least one alarm, over all redraws. */
  alarms: number;
  /** Per quintile of municipality population (smallest first). */
  perProviderYear: number[];
  perChartedProviderYear: number[];
  overallPerChartedProviderYear: number;
  /** Each quintile's rate over the overall rate, with a 95 % interval (Poisson counts, log scale). */
  ratio: number[];
  ratioInterval: [number, number][];
  chartedRatio: number[];
  alarmsByQuintile: number[];
}

export function nullFalseAlarms(
  data: RiskData,
  charts: readonly ChartedUnit[],
  p: RiskParameters,
  o: { replicates: number; seed: number; warmUp: number },
): NullFalseAlarms {
  const T = data.months;
  const providerCharts = charts.filter((c) => c.series.unitType === 'provider');
  const quintileOf = populationQuintiles(data);
  const quintile = data.providers.map((pr) => quintileOf.get(pr.municipality)!);
  const years = Math.floor((T - o.warmUp) / 12);
  const alarms = [0, 0, 0, 0, 0];
  const providerYears = [0, 0, 0, 0, 0];
  const chartedYears = [0, 0, 0, 0, 0];
  const rng = new Random(o.seed);
  for (let r = 0; r < o.replicates; r++) {
    const counts = new Uint32Array(data.providerCounts.length);
    providerCharts.forEach((c, i) => {
      let observed = 0;
      let expected = 0;
      for (let t = 0; t < T; t++) {
        observed += c.series.observed[t]!;
        expected += c.series.expected[t]!;
      }
      const theta = (c.prior.shape + observed) / (c.prior.rate + expected);
      for (let t = 0; t < T; t++) counts[i * T + t] = rng.poisson(theta * c.series.expected[t]!);
    });
    const redrawn = computeCharts({ ...data, providerCounts: counts }, p);
    redrawn.forEach((c, i) => {
      if (c.series.unitType !== 'provider') return;
      const q = quintile[i]!;
      for (let y = 0; y < years; y++) {
        const from = o.warmUp + y * 12;
        providerYears[q]! += 1;
        let charted = false;
        for (let t = from; t < from + 12; t++) if (c.monitor.threshold[t]! > 0) charted = true;
        if (charted) chartedYears[q]! += 1;
        if (c.monitor.alarms.some((t) => t >= from && t < from + 12)) alarms[q]! += 1;
      }
    });
  }
  const total = alarms.reduce((a, b) => a + b, 0);
  const rate = (n: number[], d: number[]) => n.map((x, q) => (d[q] ? x / d[q]! : 0));
  const perProviderYear = rate(alarms, providerYears);
  const perChartedProviderYear = rate(alarms, chartedYears);
  const overall = total / providerYears.reduce((a, b) => a + b, 0);
  const overallCharted = total / chartedYears.reduce((a, b) => a + b, 0);
  return {
    replicates: o.replicates,
    alarms: total,
    perProviderYear,
    perChartedProviderYear,
    overallPerChartedProviderYear: overallCharted,
    ratio: perProviderYear.map((x) => x / overall),
    ratioInterval: perProviderYear.map((x, q) => {
      const spread = 1.96 * Math.sqrt(1 / Math.max(1, alarms[q]!) + 1 / Math.max(1, total));
      return [(x / overall) * Math.exp(-spread), (x / overall) * Math.exp(spread)];
    }),
    chartedRatio: perChartedProviderYear.map((x) => x / overallCharted),
    alarmsByQuintile: alarms,
  };
}
