/**
 * Incremental risk update for one new case, on a national-size database: seed (default 1M cases, 50,000
 * providers, 10 years), one full recompute, then `updateRiskForCase` for cases of the last month, one
 * transaction each, timed against `SELECT 1` on the same pool. Performance is measured here, not in tests.
 *   npx tsx bench/risk-incremental.ts
 *   BENCH_DATABASE_URL  server (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_RISK_CASES    cases to seed (default 1,000,000); BENCH_KEEP=1 keeps the schema
 */
import pg from 'pg';
import { connect, quoteIdent } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { updateRiskForCase } from '../src/risk/incremental.ts';
import { recomputeRisk } from '../src/risk/recompute.ts';

const url = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const cases = Number(process.env.BENCH_RISK_CASES || 1_000_000);
const today = '2026-11-15';
const rounds = 200;
const schema = `bench_risk_inc_${Date.now().toString(36)}`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
};

const conn = await connect({ url, schema, poolSize: 4 });
try {
  await migrate(conn.db);
  console.log(`seeding ${cases.toLocaleString('en')} cases …`);
  await seedDemo(conn, { seed: 1, cases, years: 10, providers: 50_000, today });
  const run = await recomputeRisk(conn, { asOf: today });
  console.log(`full recompute: ${run.seconds.total.toFixed(2)} s (${run.signals} signals)`);
  const picked = await conn.pool.query<{ id: number }>(
    `SELECT c.id FROM cases c WHERE c.provider_id IS NOT NULL
        AND c.received_on >= date_trunc('month', $1::date) ORDER BY c.id LIMIT $2`,
    [today, rounds + 20],
  );
  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await conn.pool.query('SELECT 1');
    baseline.push(performance.now() - t);
  }
  const times: number[] = [];
  let alarms = 0;
  let units = 0;
  for (const [i, row] of picked.rows.entries()) {
    const t = performance.now();
    const r = await updateRiskForCase(conn.db, row.id);
    // The first 20 warm up connections and plans.
    if (i >= 20) times.push(performance.now() - t);
    alarms += r.signalsAdded;
    units += r.units.length;
  }
  const result = {
    cases,
    updates: times.length,
    unitsPerCase: Math.round((units / picked.rows.length) * 100) / 100,
    incrementalSignals: alarms,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: percentile(times, 100),
    select1P95Ms: percentile(baseline, 95),
    recomputeSeconds: Math.round(run.seconds.total * 100) / 100,
  };
  console.log(
    `incremental update for one case: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms ` +
      `(goal ≤ 100 ms; SELECT 1 p95 ${result.select1P95Ms} ms), ${result.unitsPerCase} units per case`,
  );
  console.log(JSON.stringify(result));
} finally {
  await conn.close();
  if (!process.env.BENCH_KEEP) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    await admin.end();
  }
}
