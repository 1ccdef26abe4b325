/**
 * `npm run bench`: runs the benchmarks and prints, as its last line, one JSON object with every figure.
 * Performance is measured here, never in timed tests. Settings:
 *   BENCH_DATABASE_URL  PostgreSQL server to use (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_SEED_CASES    cases for the seed benchmark (default 1,000,000)
 *   BENCH_ONLY          comma-separated names of benchmarks to run (default: all): seed, case-ops, classify,
 *                       lcp, submit, crash, knowledge (case-ops and knowledge run on the database the seed
 *                       benchmark made; knowledge alone runs on DATABASE_URL when set, else seeds its own)
 *   BENCH_KNOWLEDGE_CASES  cases for knowledge on its own (default 1,000,000; try 5000 while developing)
 *   DATABASE_URL        for lcp: an already seeded database to measure the national risk picture on (else the
 *                       bench server's database when reachable, else a small in-memory demo); for `submit`:
 *                       the database with the data to measure on (e.g. 1M cases), else a small PGlite demo
 *   BENCH_SUBMIT_ROUNDS submissions timed by `submit` (default 300)
 *   BENCH_CRASH_EMBEDDED run `crash` on an embedded (PGlite) data folder even when a server is reachable
 */
import pg from 'pg';
import { connect } from '../src/db/connect.ts';
import { benchCaseOps } from './case-ops.ts';
import { benchKnowledge, benchKnowledgeStandalone, type KnowledgeBenchResult } from './knowledge.ts';
import { benchPicturesLcp } from './pictures-lcp.ts';
import { benchSeed } from './seed.ts';
import { benchClassify } from '../src/intake/classify/benchmark.ts';
import { benchIntakeCrash } from './intake-crash.ts';
import { benchIntakeSubmit } from './intake-submit.ts';

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

if ((wanted('seed') || wanted('case-ops')) && server) {
  const cases = Number(process.env.BENCH_SEED_CASES || 1_000_000);
  console.log(`seed: generating and loading ${cases.toLocaleString('en')} cases into PostgreSQL …`);
  const r = await benchSeed(url, cases, async (conn) => {
    if (wanted('knowledge')) {
      console.log('knowledge: office queue and search over HTTP at 50 concurrent requests …');
      reportKnowledge(await benchKnowledge(conn, { today: '2026-11-16' }));
    }
    if (!wanted('case-ops')) return;
    console.log('case-ops: opening cases and moving them on, one transaction each …');
    const ops = await benchCaseOps(conn);
    console.log(
      `case-ops on ${ops.cases} cases: open p50 ${ops.openP50} ms, p95 ${ops.openP95} ms; transition p50 ${ops.transitionP50} ms, ` +
        `p95 ${ops.transitionP95} ms (goal p95 ≤ 20 ms); SELECT 1 p95 ${ops.baselineSelect1P95} ms (open/baseline ${ops.openP95OverBaseline}×)`,
    );
    summary.caseOps = ops;
  });
  console.log(
    `seed: ${r.seedCases} cases in ${r.seedSeconds} s = ${r.seedCasesPerSecond} cases/s ` +
      `(generator alone ${r.generateCasesPerSecond} cases/s; ratio ${r.seedOverGenerateRatio}); goal ≥ 20000 cases/s`,
  );
  summary.seed = r;
}

if (wanted('knowledge') && process.env.DATABASE_URL && !((wanted('seed') || wanted('case-ops')) && server)) {
  // An already seeded database (e.g. the 1M one the other benchmarks use): nothing is seeded or written but
  // two stamp moves.
  console.log('knowledge: office queue and search over HTTP at 50 concurrent requests on DATABASE_URL …');
  const conn = await connect({ url: process.env.DATABASE_URL, poolSize: 8 });
  try {
    // "Today" for the deadlines: the newest case's day (the seed's today, or later submits).
    const newest = await conn.pool.query<{ d: string }>('SELECT max(received_on)::text AS d FROM cases');
    reportKnowledge(await benchKnowledge(conn, { today: newest.rows[0]?.d ?? '2026-11-16' }));
  } finally {
    await conn.close();
  }
} else if (wanted('knowledge') && !((wanted('seed') || wanted('case-ops')) && server)) {
  const cases = Number(process.env.BENCH_KNOWLEDGE_CASES || 1_000_000);
  console.log(
    `knowledge: seeding ${cases.toLocaleString('en')} cases into ${server ? 'PostgreSQL' : 'in-memory PGlite'}, then the queue and search over HTTP …`,
  );
  reportKnowledge(await benchKnowledgeStandalone(server ? url : null, cases));
}

function reportKnowledge(k: KnowledgeBenchResult): void {
  console.log(
    `knowledge on ${k.cases} cases (${k.openCasesInOffice} open at OSLO), ${k.concurrency} concurrent: ` +
      `office queue p50 ${k.queue.p50} ms, p95 ${k.queue.p95} ms (goal ≤ ${k.queueP95GoalMs}), ${k.queue.perSecond} req/s, ` +
      `first answer ${k.queueFirstBuildMs} ms, first after a change ${k.queueRebuildMs} ms; search p50 ${k.search.p50} ms, p95 ${k.search.p95} ms ` +
      `(goal ≤ ${k.searchP95GoalMs}) asked again and again, ${k.search.perSecond} req/s; ` +
      `${k.searchNew.queries} new queries one at a time p50 ${k.searchNew.p50} ms, p95 ${k.searchNew.p95} ms, max ${k.searchNew.max} ms ` +
      `(median ${k.searchNew.totalMatchesP50} matches); ${k.searchNewConcurrent.requests} new queries ${k.concurrency} at a time p50 ${k.searchNewConcurrent.p50} ms, ` +
      `p95 ${k.searchNewConcurrent.p95} ms, ${k.searchNewConcurrent.perSecond} req/s; search index loaded in ${k.searchIndexLoadMs} ms, the first search after it ${k.searchFirstMs} ms; ` +
      `Fastify hello world ${k.helloWorld.perSecond} req/s ` +
      `(p95 ${k.helloWorld.p95} ms): queue costs ${k.queueCostOverHelloWorld}×, search ${k.searchCostOverHelloWorld}× hello world`,
  );
  summary.knowledge = k;
}

if (wanted('classify')) {
  // In-memory PGlite with the default demo data: needs no server.
  console.log('classify: seeding the default demo data (25,000 cases) and training on four fifths …');
  const c = await benchClassify();
  console.log(
    `classify on ${c.heldOutCases} held-out cases: service type top-1 ${c.serviceTypeTop1} (goal ≥ 0.85; ` +
      `majority baseline ${c.majorityBaselineTop1}), theme macro-F1 ${c.themeMacroF1}; ` +
      `below the ${c.serviceTypeThreshold} threshold ${c.belowThresholdShare} (top-1 above it ${c.top1AboveThreshold}); ` +
      `latency per text p50 ${c.latencyP50Ms} ms, p95 ${c.latencyP95Ms} ms; trained in ${c.trainSeconds} s`,
  );
  summary.classify = c;
}

if (wanted('lcp')) {
  const target = process.env.DATABASE_URL || (server && process.env.BENCH_DATABASE_URL ? url : undefined);
  console.log(`lcp: the national risk picture in Chromium${target ? '' : ' (small in-memory demo)'} …`);
  const l = await benchPicturesLcp(target);
  console.log(
    `lcp of /risiko on ${l.cases} cases (${l.backend}): median ${l.lcpMedianMs} ms over ${l.loads} loads ` +
      `(p90 ${l.lcpP90Ms}; first load ${l.firstLoadMs} ms); /api/pictures/national ${l.apiNationalMedianMs} ms; goal ≤ ${l.goalMs} ms`,
  );
  summary.picturesLcp = l;
}

if (wanted('submit')) {
  const target = process.env.DATABASE_URL;
  console.log(
    `submit: POST /api/intake/complaints one at a time on ${target ? 'DATABASE_URL' : 'an in-memory PGlite demo (5,000 cases)'} …`,
  );
  const s = await benchIntakeSubmit({
    ...(target ? { url: target } : {}),
    rounds: Number(process.env.BENCH_SUBMIT_ROUNDS || 300),
  });
  console.log(
    `submit on ${s.casesInDatabase} cases (${s.backend}): p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms ` +
      `over ${s.rounds} submits (goal p95 ≤ 50 ms); to human triage ${s.humanTriageShare}; classifier: ${s.classifier}`,
  );
  summary.submit = s;
}

if (wanted('crash')) {
  console.log(
    `crash: 200 concurrent submits to a tilsyn server on ${server ? 'PostgreSQL' : 'PGlite'}, killed mid-way, restarted, all retried …`,
  );
  const c = await benchIntakeCrash(server && !process.env.BENCH_CRASH_EMBEDDED ? { url } : {});
  console.log(
    `crash on ${c.backend}: ${c.answeredBeforeKill} answered before the kill at ${c.killedAfterMs} ms, ${c.failedByKill} cut off; ` +
      `after the retry: ${c.lost} lost, ${c.duplicated} duplicated, ${c.receiptsChanged} receipts changed (goal 0, 0, 0)`,
  );
  summary.crash = c;
}

console.log(JSON.stringify(summary));
