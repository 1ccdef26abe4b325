import pg from 'pg';
import { connect, quoteIdent, type Connection } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { prepareDemo, seedDemo, type SeedOptions } from '../src/demo/seed.ts';

export interface SeedBenchResult {
  generateCasesPerSecond: number;
  seedCases: number;
  seedSeconds: number;
  seedCasesPerSecond: number;
  /** Seeding rate over the generator's own rate in the same process: how much the database costs. */
  seedOverGenerateRatio: number;
  backend: string;
  phases: Record<string, number>;
}

/**
 * `tilsyn seed` into a PostgreSQL server: the whole pipeline (generate, COPY, commit, ANALYZE) for
 * `cases` cases, against a baseline of the generator alone in the same process.
 */
export async function benchSeed(
  url: string,
  cases: number,
  /** Runs on the seeded database before it is dropped (other benchmarks that need national volume). */
  afterSeed?: (conn: Connection) => Promise<void>,
): Promise<SeedBenchResult> {
  const today = '2026-11-15';
  const options: SeedOptions = { seed: 1, cases, years: 10, providers: 50_000, today };

  // Baseline: the generator alone, on a tenth of the cases (same shape), no database.
  const baselineCases = Math.max(20_000, Math.round(cases / 10));
  let started = performance.now();
  let generated = 0;
  for (const batch of prepareDemo({ ...options, cases: baselineCases }, 20_000).cases())
    generated += batch.cases.length;
  const generateRate = generated / ((performance.now() - started) / 1000);

  const schema = `bench_seed_${Date.now().toString(36)}`;
  const conn = await connect({ url, schema, poolSize: 4 });
  try {
    await migrate(conn.db);
    started = performance.now();
    const result = await seedDemo(conn, options);
    const seconds = (performance.now() - started) / 1000;
    const n = result.counts.cases ?? 0;
    await afterSeed?.(conn);
    return {
      generateCasesPerSecond: Math.round(generateRate),
      seedCases: n,
      seedSeconds: Math.round(seconds * 10) / 10,
      seedCasesPerSecond: Math.round(n / seconds),
      seedOverGenerateRatio: Math.round((n / seconds / generateRate) * 100) / 100,
      backend: conn.location,
      phases: result.phases,
    };
  } finally {
    await conn.close();
    if (!process.env.BENCH_KEEP) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      await admin.end();
    }
  }
}
