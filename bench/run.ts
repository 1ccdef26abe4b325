/**
 * `npm run bench`: runs the benchmarks and prints, as its last line, one JSON object with every figure.
 * Performance is measured here, never in timed tests. Settings:
 *   BENCH_DATABASE_URL  PostgreSQL server to use (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_SEED_CASES    cases for the seed benchmark (default 1,000,000)
 *   BENCH_ONLY          comma-separated names of benchmarks to run (default: all)
 */
import pg from 'pg';
import { benchSeed } from './seed.ts';

const url = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (name: string) => !only || only.includes(name);
const summary: Record<string, unknown> = {};

async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const server = await serverReachable();
if (!server) console.log(`PostgreSQL at ${url} is not reachable: the server benchmarks are left out.`);

if (wanted('seed') && server) {
  const cases = Number(process.env.BENCH_SEED_CASES || 1_000_000);
  console.log(`seed: generating and loading ${cases.toLocaleString('en')} cases into PostgreSQL …`);
  const r = await benchSeed(url, cases);
  console.log(
    `seed: ${r.seedCases} cases in ${r.seedSeconds} s = ${r.seedCasesPerSecond} cases/s ` +
      `(generator alone ${r.generateCasesPerSecond} cases/s; ratio ${r.seedOverGenerateRatio}); goal ≥ 20000 cases/s`,
  );
  summary.seed = r;
}

console.log(JSON.stringify(summary));
