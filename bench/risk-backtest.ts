/**
 * `npm run bench:risk`: the backtest of the risk engine on the default synthetic data (seed 1, 25,000 cases,
 * five years, 50,000 providers) against the planted signals in `demo_planted_signals`. Replays the engine
 * month by month (the CUSUM is sequential; the other methods are evaluated on their window ending each month)
 * and prints every figure of the issue against its goal, the oracle ceiling of each planted signal
 * (risk-oracle.ts) and false alarms on redrawn data with nothing planted (risk-null.ts); last line one JSON
 * object.
 *   BENCH_DATABASE_URL          server (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_RISK_SCHEMA           use this schema (seeded first if it has no demo run yet) and keep it afterwards
 *   BENCH_RISK_NULL_REPLICATES  redraws for the false-alarm comparison (default 100, about 2.5 minutes)
 */
import pg from 'pg';
import { connect, quoteIdent } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { computeCharts, signalsAt } from '../src/risk/engine.ts';
import { loadRiskData } from '../src/risk/load.ts';
import { monthNumber } from '../src/risk/months.ts';
import { DEFAULT_PARAMETERS } from '../src/risk/parameters.ts';
import { municipalSectorOfKey } from '../src/risk/signal.ts';
import { nullFalseAlarms } from './risk-null.ts';
import { oracleCeiling } from './risk-oracle.ts';
import { r3, scoreBacktest, type Alarm, type Planted } from './risk-score.ts';

const url = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const today = '2026-06-30';
const given = process.env.BENCH_RISK_SCHEMA;
const schema = given ?? `bench_risk_${Date.now().toString(36)}`;
const conn = await connect({ url, schema, poolSize: 2 });
try {
  const seeded =
    given !== undefined &&
    (
      await conn.pool.query(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'demo_runs'`,
      )
    ).rowCount! > 0 &&
    (await conn.pool.query(`SELECT 1 FROM demo_runs LIMIT 1`)).rowCount! > 0;
  if (!seeded) {
    await migrate(conn.db);
    console.log('backtest: seeding the default demo (seed 1, 25,000 cases, 5 years, 50,000 providers) …');
    await seedDemo(conn, { seed: 1, cases: 25_000, years: 5, providers: 50_000, today });
  }
  const client = await conn.pool.connect();
  const run = await client.query<{ period: { from: string; to: string } }>(
    `SELECT parameters->'period' AS period FROM demo_runs ORDER BY id DESC LIMIT 1`,
  );
  const period = run.rows[0]!.period;
  const data = await loadRiskData(client, { from: period.from, to: period.to, themesFrom: period.from });
  const planted = (
    await client.query<Planted>(
      `SELECT id, kind, unit_type AS "unitType", unit_ids AS "unitIds", start_month::text AS "startMonth",
              effect_size AS "effectSize", is_null_stressor AS "isNullStressor", service_type AS "serviceType",
              theme
         FROM demo_planted_signals`,
    )
  ).rows;
  client.release();
  const p = DEFAULT_PARAMETERS;
  const started = performance.now();
  const charts = computeCharts(data, p);
  const alarms: Alarm[] = [];
  for (const c of charts)
    for (const t of c.monitor.alarms)
      alarms.push({
        unitType: c.series.unitType,
        unitId: c.series.unitId,
        month: t,
        method: 'cusum',
        municipalSector: c.series.municipalSector,
      });
  const warmUp = 12;
  for (let at = warmUp; at < data.months; at++) {
    for (const s of signalsAt(data, charts, p, at))
      if (s.method !== 'cusum')
        alarms.push({
          unitType: s.unitType,
          unitId: s.unitId,
          month: at,
          method: s.method,
          municipalSector: municipalSectorOfKey(s.signalKey),
        });
  }
  const plantedWithStart = planted.map((s) => ({ ...s, start: monthNumber(s.startMonth) - data.firstMonth }));
  const result = scoreBacktest({
    data,
    charts,
    planted: plantedWithStart,
    alarms: alarms.filter((a) => a.month >= warmUp),
    warmUp,
  });
  console.log(
    `backtest: replayed ${data.months - warmUp} months in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const line of result.lines) console.log(line);

  // The ceiling: what an oracle that knows place and start detects within 6 months at the goal's budget.
  const alpha = 0.005 / 2;
  const oracle = oracleCeiling({ data, charts, planted: plantedWithStart, warmUp, window: 6, alpha });
  console.log(
    `oracle (told unit and start; one-sided Poisson test of the 6 months from the start, α = ${alpha}):`,
  );
  for (const o of oracle)
    console.log(
      `  ${o.id.padEnd(24)} ${o.counts}: baseline ${o.baseline.toFixed(1)}, planted +${o.planted.toFixed(1)}, needs ≥ ${o.critical}, drew ${o.observed} → power ${o.power.toFixed(2)}${o.realised ? ', in the data' : ', not in the data'}`,
    );
  const strong = oracle.filter((o) => o.effect >= 2);
  const oracleSummary = {
    oracleExpectedRecall6RR2: r3(strong.reduce((s, o) => s + o.power, 0) / strong.length),
    oracleRealisedRecall6RR2: r3(strong.filter((o) => o.realised).length / strong.length),
  };
  console.log(
    `ceiling for recall within 6 months, RR ≥ 2: expected ${oracleSummary.oracleExpectedRecall6RR2} (mean power), on this seed's draw ${oracleSummary.oracleRealisedRecall6RR2} (goal ≥ 0.8)`,
  );

  // False alarms on redrawn data with nothing planted, often enough to compare population quintiles.
  const replicates = Number(process.env.BENCH_RISK_NULL_REPLICATES ?? 100);
  const nullStarted = performance.now();
  const nulls = nullFalseAlarms(data, charts, p, { replicates, seed: 2026, warmUp });
  const pct = (xs: number[]) => xs.map((x) => (x * 100).toFixed(3)).join(', ');
  console.log(
    `null redraws (${replicates}, constant rates, CUSUM, ${((performance.now() - nullStarted) / 1000).toFixed(1)} s): ${nulls.alarms} provider-years with an alarm (by quintile, low → high: ${nulls.alarmsByQuintile.join(', ')})`,
  );
  console.log(
    `  false alarms per provider-year ${pct(nulls.perProviderYear)} %; ratio to all ${nulls.ratio.map((x, q) => `${r3(x)} (${r3(nulls.ratioInterval[q]![0])}–${r3(nulls.ratioInterval[q]![1])})`).join(', ')} (goal 0.8–1.25)`,
  );
  console.log(
    `  per charted provider-year ${pct(nulls.perChartedProviderYear)} %; ratio to all ${nulls.chartedRatio.map(r3).join(', ')}`,
  );
  const nullSummary = {
    nullReplicates: replicates,
    nullFalseAlarms: nulls.alarms,
    nullQuintileRatios: nulls.ratio.map(r3),
    nullQuintileRatiosCharted: nulls.chartedRatio.map(r3),
    nullFalseAlarmRatePerChartedProviderYear: r3(nulls.overallPerChartedProviderYear * 1000) / 1000,
  };
  console.log(JSON.stringify({ ...result.summary, ...oracleSummary, ...nullSummary }));
} finally {
  await conn.close();
  if (!given) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    await admin.end();
  }
}
