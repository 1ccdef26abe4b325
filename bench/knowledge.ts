/**
 * The caseworker's reads under load, over real HTTP: the office queue (sorted by deadline risk, with facet
 * counts) and the knowledge base's search (a two-word Norwegian query with facets), each at 50 concurrent
 * requests, against Fastify's own hello world in the same process (same client, same event loop) as the
 * baseline. Goals: queue p95 ≤ 30 ms, search p95 ≤ 50 ms on a million cases.
 */
import { Agent, request } from 'node:http';
import Fastify from 'fastify';
import pg from 'pg';
import { connect, quoteIdent, type Connection } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { buildApp } from '../src/http/app.ts';
import { warmTermIndex } from '../src/knowledge/term-index-sync.ts';

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface KnowledgeBenchResult {
  cases: number;
  openCasesInOffice: number;
  concurrency: number;
  helloWorld: LoadResult;
  queue: LoadResult;
  /** The office queue's very first answer: the deadline engine over every open case. */
  queueFirstBuildMs: number;
  /** The first answer after a change: the open cases read again, deadlines only where inputs changed. */
  queueRebuildMs: number;
  /** Loading the search index into memory (at server start; searches before it is done wait). */
  searchIndexLoadMs: number;
  /** The first search after the index loaded, not among the new queries below. */
  searchFirstMs: number;
  /** Different two-word queries, each asked for the first time, one at a time: what a new query costs. */
  searchNew: { queries: number; p50: number; p95: number; max: number; totalMatchesP50: number };
  /** At 50 concurrent requests, every request a query not asked before (no kept answers at all). */
  searchNewConcurrent: LoadResult;
  /** At 50 concurrent requests, six queries asked again and again (answers kept while nothing changed). */
  search: LoadResult;
  /** Hello world's requests per second over the endpoint's: how many times heavier the endpoint is. */
  queueCostOverHelloWorld: number;
  searchCostOverHelloWorld: number;
  searchNewConcurrentCostOverHelloWorld: number;
  queueP95GoalMs: number;
  searchP95GoalMs: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** One GET over a kept-alive connection: status and the time until the whole body is read. */
function get(url: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * `total` GETs over `urls` (round robin), `concurrency` in flight, each over a kept-alive connection
 * (node:http, the lightest client at hand: fetch costs the event loop more than hello world does).
 */
async function load(
  urls: string[],
  headers: Record<string, string>,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const url = urls[next++ % urls.length]!;
        const t0 = performance.now();
        const status = await get(url, headers, agent);
        latencies.push(performance.now() - t0);
        if (status !== 200) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  if (failed) throw new Error(`${failed} of ${total} requests to ${urls[0]} failed`);
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    perSecond: Math.round(total / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
  };
}

export async function benchKnowledge(
  conn: Connection,
  options: { today: string; requests?: number; concurrency?: number } = { today: '2026-11-16' },
): Promise<KnowledgeBenchResult> {
  const requests = options.requests ?? 3000;
  const concurrency = options.concurrency ?? 50;
  const cases = await conn.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  const open = await conn.pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM cases WHERE office_code = 'OSLO' AND state <> 'closed'",
  );

  // Fastify's hello world, measured with the same client in the same process: the ceiling.
  const hello = Fastify({ logger: false });
  hello.get('/', async () => ({ hello: 'world' }));
  await hello.listen({ port: 0, host: '127.0.0.1' });
  const helloAddress = hello.server.address();
  const helloUrl = `http://127.0.0.1:${typeof helloAddress === 'object' && helloAddress ? helloAddress.port : 0}/`;

  const { app } = await buildApp({
    conn,
    logLevel: false,
    serveWeb: false,
    demoLogin: true,
    today: () => options.today,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const login = await fetch(`${base}/api/demo/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'saksbehandler.oslo' }),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };

    await load([helloUrl], {}, 500, concurrency);
    const helloWorld = await load([helloUrl], {}, requests * 2, concurrency);

    // The first request computes every open case's deadlines; after a change, the next request reads the
    // office's open cases again but computes only the deadlines whose inputs changed.
    let t0 = performance.now();
    await (await fetch(`${base}/api/queues/office?office=OSLO`, { headers })).arrayBuffer();
    const queueFirstBuildMs = round(performance.now() - t0);
    await conn.pool.query('UPDATE queue_version SET version = version + 1');
    t0 = performance.now();
    await (await fetch(`${base}/api/queues/office?office=OSLO`, { headers })).arrayBuffer();
    const queueRebuildMs = round(performance.now() - t0);
    // What caseworkers ask for: the whole queue, and narrowed by deadline, type, urgency, service type.
    const queueUrls = [
      'office=OSLO',
      'office=OSLO&deadline=breached',
      'office=OSLO&caseType=incident_supervision',
      'office=OSLO&urgency=any',
      'office=OSLO&serviceType=nursing_home',
      'office=OSLO&caseType=rights_appeal&deadline=soon',
    ].map((q) => `${base}/api/queues/office?${q}&limit=50`);
    // Warm-up: the first answer per filter, and the JIT; then the steady state is measured.
    await load(queueUrls, headers, 1000, concurrency);
    const queue = await load(queueUrls, headers, requests, concurrency);

    // The search index is loaded at server start (cli/serve.ts); here, before measuring, and timed.
    t0 = performance.now();
    await warmTermIndex(conn.db);
    const searchIndexLoadMs = round(performance.now() - t0);
    // The first search after the load (reported apart: it pays for first uses in the server and the database).
    t0 = performance.now();
    await (
      await fetch(`${base}/api/knowledge/search?q=tilsyn%20rutiner&limit=20`, { headers })
    ).arrayBuffer();
    const searchFirstMs = round(performance.now() - t0);

    // New queries: pairs of words caseworkers use, each pair asked once. The first 24 one at a time, the
    // rest 50 at a time. No answer is ever reused here.
    const pairs = wordPairs();
    const searchUrl = (q: string) => `${base}/api/knowledge/search?q=${encodeURIComponent(q)}&limit=20`;
    const newMs: number[] = [];
    const matches: number[] = [];
    for (const q of pairs.slice(0, 24)) {
      t0 = performance.now();
      const res = await fetch(searchUrl(q), { headers });
      const body = (await res.json()) as { total: number };
      newMs.push(performance.now() - t0);
      matches.push(body.total);
      if (process.env.BENCH_VERBOSE) console.log(q, body.total, round(performance.now() - t0));
    }
    newMs.sort((a, b) => a - b);
    matches.sort((a, b) => a - b);
    const searchNew = {
      queries: newMs.length,
      p50: round(percentile(newMs, 50)),
      p95: round(percentile(newMs, 95)),
      max: round(newMs[newMs.length - 1] ?? 0),
      totalMatchesP50: percentile(matches, 50),
    };
    const fresh = pairs.slice(24);
    const searchNewConcurrent = await load(fresh.map(searchUrl), headers, fresh.length, concurrency);

    const searchUrls = [
      'fall sykehjem',
      'feil medisin',
      'forsinket diagnose',
      'mangelfull journalføring',
      'tvang avdelingen',
      'legevakt smerter',
    ].map(searchUrl);
    await load(searchUrls, headers, 300, concurrency);
    const search = await load(searchUrls, headers, requests, concurrency);

    return {
      cases: cases.rows[0]?.n ?? 0,
      openCasesInOffice: open.rows[0]?.n ?? 0,
      concurrency,
      helloWorld,
      queue,
      queueFirstBuildMs,
      queueRebuildMs,
      searchIndexLoadMs,
      searchFirstMs,
      searchNew,
      searchNewConcurrent,
      search,
      queueCostOverHelloWorld: round(helloWorld.perSecond / Math.max(1, queue.perSecond)),
      searchCostOverHelloWorld: round(helloWorld.perSecond / Math.max(1, search.perSecond)),
      searchNewConcurrentCostOverHelloWorld: round(
        helloWorld.perSecond / Math.max(1, searchNewConcurrent.perSecond),
      ),
      queueP95GoalMs: 30,
      searchP95GoalMs: 50,
    };
  } finally {
    await app.close();
    await hello.close();
  }
}

/** Words of complaints and notifications, paired every way (in a fixed shuffled order): 435 queries. */
function wordPairs(): string[] {
  const words = [
    'fall',
    'sykehjem',
    'feil',
    'medisin',
    'forsinket',
    'diagnose',
    'mangelfull',
    'journalføring',
    'tvang',
    'avdelingen',
    'legevakt',
    'smerter',
    'fastlegen',
    'henvisning',
    'barnevern',
    'bekymringsmelding',
    'oppfølging',
    'behandling',
    'pasienten',
    'hjemmetjenesten',
    'vedtak',
    'klage',
    'angst',
    'utredning',
    'sykepleier',
    'rus',
    'psykiatrisk',
    'skole',
    'omsorg',
    'natt',
  ];
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) pairs.push(`${words[i]} ${words[j]}`);
  // A fixed shuffle (a linear congruential generator), so every run asks the same queries in the same order.
  let x = 7;
  for (let i = pairs.length - 1; i > 0; i--) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = x % (i + 1);
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  return pairs;
}

/**
 * `BENCH_ONLY=knowledge` on its own: seeds `cases` cases (the same national model as the seed benchmark)
 * into a schema of its own on the server, or into in-memory PGlite when there is no server, and measures.
 */
export async function benchKnowledgeStandalone(
  url: string | null,
  cases: number,
): Promise<KnowledgeBenchResult> {
  const today = '2026-11-15';
  const schema = `bench_knowledge_${Date.now().toString(36)}`;
  const conn = url ? await connect({ url, schema, poolSize: 8 }) : await connect({ memory: true });
  try {
    await migrate(conn.db);
    await seedDemo(conn, {
      seed: 1,
      cases,
      years: 10,
      providers: Math.min(50_000, Math.max(2000, Math.round(cases / 20))),
      today,
    });
    return await benchKnowledge(conn, { today: '2026-11-16' });
  } finally {
    await conn.close();
    if (url && !process.env.BENCH_KEEP) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      await admin.end();
    }
  }
}
