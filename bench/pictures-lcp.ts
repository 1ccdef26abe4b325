/**
 * Largest contentful paint of the national risk picture (/risiko) in Chromium, as a signed-in analyst.
 *
 * Starts the server (the real Fastify app serving the built web app) against DATABASE_URL (or the bench's
 * BENCH_DATABASE_URL); without a reachable server it seeds a small in-memory demo so the benchmark can be
 * checked anywhere. Makes sure there is a risk run (recomputing once if not), then loads the page in a fresh
 * browser context each time (no HTTP cache, no warm JavaScript) and reads the last
 * 'largest-contentful-paint' entry once the picture's data is on screen. The first load is reported apart:
 * it may compute the picture's summary if `tilsyn recompute` did not. Goal: median ≤ 1.5 s at 1M cases.
 *
 *   npx tsx bench/pictures-lcp.ts              DATABASE_URL=postgres://… to measure a seeded server
 *   LCP_LOADS=9                                number of measured loads (default 7)
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { connect, type Connection } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { buildApp } from '../src/http/app.ts';
import { tokenSigner } from '../src/http/auth.ts';
import { latestRun } from '../src/risk/queries.ts';
import { recomputeRisk } from '../src/risk/recompute.ts';

export interface LcpBenchResult {
  backend: 'server' | 'embedded';
  cases: number;
  loads: number;
  firstLoadMs: number;
  lcpMedianMs: number;
  lcpP90Ms: number;
  lcpMinMs: number;
  lcpMaxMs: number;
  apiNationalMedianMs: number;
  goalMs: number;
  met: boolean;
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
}
const round = (x: number) => Math.round(x);

export async function benchPicturesLcp(url: string | undefined): Promise<LcpBenchResult> {
  const webDist = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));
  if (!existsSync(webDist)) throw new Error('build the web app first: npm run build');
  let conn: Connection;
  if (url) {
    conn = await connect({ url });
    await migrate(conn.db);
  } else {
    conn = await connect({ memory: true });
    await migrate(conn.db);
    console.log('lcp: no PostgreSQL server given; seeding a small in-memory demo (5,000 cases) …');
    await seedDemo(conn, { seed: 1, cases: 5000, years: 5, providers: 5000, today: '2026-06-30' });
  }
  const signer = tokenSigner('pictures-lcp-bench');
  const { app } = await buildApp({ conn, logLevel: false, signer, demoLogin: false });
  try {
    const cases = Number(
      (await conn.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]!.n,
    );
    if (!(await latestRun(conn.db))) {
      const last = (await conn.pool.query<{ d: string }>(`SELECT max(received_on)::text AS d FROM cases`))
        .rows[0]!.d;
      console.log(`lcp: no risk run yet; recomputing as of ${last} …`);
      await recomputeRisk(conn, { asOf: last, months: 120 });
    }
    const analyst = (
      await conn.pool.query<{ id: number; username: string; name: string; office_code: string }>(
        `SELECT u.id, u.username, u.name, u.office_code FROM users u JOIN user_roles r ON r.user_id = u.id
          WHERE r.role = 'analyst' ORDER BY u.id LIMIT 1`,
      )
    ).rows[0];
    if (!analyst) throw new Error('no analyst user in the database');
    const token = signer.sign(analyst.id);
    const session = JSON.stringify({
      token,
      user: {
        id: analyst.id,
        username: analyst.username,
        name: analyst.name,
        officeCode: analyst.office_code,
        roles: [],
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    // The API alone, for the record (the summary is stored after the first call).
    const api: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const res = await fetch(`${base}/api/pictures/national`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`/api/pictures/national: ${res.status}`);
      api.push(performance.now() - started);
    }

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
    });
    const loads = Number(process.env.LCP_LOADS || 7);
    const lcps: number[] = [];
    try {
      for (let i = 0; i <= loads; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.addInitScript((s) => {
          sessionStorage.setItem('tilsyn.session', s);
          (window as unknown as { __lcp: number }).__lcp = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              (window as unknown as { __lcp: number }).__lcp = entry.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }, session);
        const page = await context.newPage();
        await page.goto(`${base}/risiko`);
        // The picture is on screen when its figures are: the signal count and the trend chart.
        await page.locator('.figures dd').first().waitFor({ timeout: 60_000 });
        await page.locator('svg.chart').first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(200);
        const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
        lcps.push(lcp);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const [first, ...measured] = lcps;
    const result: LcpBenchResult = {
      backend: url ? 'server' : 'embedded',
      cases,
      loads: measured.length,
      firstLoadMs: round(first!),
      lcpMedianMs: round(median(measured)),
      lcpP90Ms: round(quantile(measured, 0.9)),
      lcpMinMs: round(Math.min(...measured)),
      lcpMaxMs: round(Math.max(...measured)),
      apiNationalMedianMs: round(median(api)),
      goalMs: 1500,
      met: median(measured) <= 1500,
    };
    return result;
  } finally {
    await app.close();
    await conn.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchPicturesLcp(process.env.DATABASE_URL || undefined);
  console.log(
    `lcp of /risiko on ${r.cases} cases (${r.backend}): median ${r.lcpMedianMs} ms over ${r.loads} loads ` +
      `(p90 ${r.lcpP90Ms}, min ${r.lcpMinMs}, max ${r.lcpMaxMs}; first load ${r.firstLoadMs} ms); ` +
      `/api/pictures/national median ${r.apiNationalMedianMs} ms; goal ≤ ${r.goalMs} ms: ${r.met ? 'met' : 'NOT met'}`,
  );
  console.log(JSON.stringify(r));
}
