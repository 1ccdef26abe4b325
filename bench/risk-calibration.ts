/**
 * Are the CUSUM thresholds calibrated? `npx tsx bench/risk-calibration.ts` simulates units at constant rates
 * (400 units × 240 months each, the first 48 not counted) and counts false alarms per unit-year, once with the
 * baseline known exactly and once estimated from the unit's own 36 months as the engine does (a weak prior,
 * shape 3.2 and rate 3.5, like the busy strata's). The budget is the default parameters' (0.5 %).
 */
import { Random } from '../src/demo/random.ts';
import { monitorUnit } from '../src/risk/monitor.ts';
import { DEFAULT_PARAMETERS } from '../src/risk/parameters.ts';
import { targetArlForBudget } from '../src/risk/stats/index.ts';

const p = { ...DEFAULT_PARAMETERS, targetArl: targetArlForBudget(DEFAULT_PARAMETERS.falseAlarmsPerUnitYear) };
const rng = new Random(7);
const months = 240;
const units = 400;
const warmUp = 48;
const priors = {
  known: { shape: 1e6, rate: 1e6 },
  estimated: { shape: 3.2, rate: 3.5 },
};
const rows: Record<string, number | string>[] = [];
for (const mean of [0.07, 0.15, 0.3, 0.7, 1.5, 3, 8]) {
  const row: Record<string, number | string> = { mean };
  for (const [name, prior] of Object.entries(priors)) {
    let alarmYears = 0;
    for (let u = 0; u < units; u++) {
      const observed = Float64Array.from({ length: months }, () => rng.poisson(mean));
      const chart = monitorUnit(observed, new Float64Array(months).fill(mean), prior, p, months);
      const years = new Set(
        chart.alarms.filter((t) => t >= warmUp).map((t) => Math.floor((t - warmUp) / 12)),
      );
      alarmYears += years.size;
    }
    row[name] = Math.round((alarmYears / ((units * (months - warmUp)) / 12)) * 10_000) / 100;
  }
  rows.push(row);
  console.log(
    `mean ${mean} a month: ${row.known} % a unit-year with the baseline known, ${row.estimated} % with it estimated (budget ${DEFAULT_PARAMETERS.falseAlarmsPerUnitYear * 100} %)`,
  );
}
console.log(JSON.stringify(rows));
