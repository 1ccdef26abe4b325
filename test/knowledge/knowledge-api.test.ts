/**
 * The knowledge base and the queues over real HTTP, on a seeded national data set: every figure is checked
 * against an expectation computed another way (plain SQL counts, word-prefix regular expressions over the
 * stored texts, a hand-worked deadline).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeQueueSnapshot } from '../../src/cases/queue-snapshot.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
const tokens: Record<string, string> = {};
const opened: Record<string, number> = {};

async function call<T = Record<string, unknown>>(user: string, path: string, init: RequestInit = {}) {
  const res = await fetch(base + path, {
    ...init,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      authorization: `Bearer ${tokens[user]}`,
      ...(init.headers as Record<string, string>),
    },
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function open(user: string, key: string, body: Record<string, unknown>): Promise<number> {
  const res = await call<{ id: number }>(user, '/api/cases', {
    method: 'POST',
    headers: { 'idempotency-key': `knowledge-${key}-0001` },
    body: JSON.stringify({ caseType: 'incident_supervision', channel: 'web', ...body }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 11, cases: 600, years: 2, providers: 1500, today: '2026-04-30' });
  ({ app } = await buildApp({
    conn: db,
    logLevel: false,
    serveWeb: false,
    demoLogin: true,
    today: () => '2026-05-04',
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const username of ['saksbehandler.oslo', 'saksbehandler.vest', 'leder.oslo', 'analytiker']) {
    const login = await fetch(base + '/api/demo/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username }),
    });
    tokens[username] = ((await login.json()) as { token: string }).token;
  }
  // Oslo: the word only in the title's inflected form; a word only in the narrative.
  opened.nursingHome = await open('saksbehandler.oslo', 'nursing-home', {
    municipalityNumber: '0301',
    serviceType: 'nursing_home',
    themes: ['falls'],
    title: 'Fall på sykehjemmet om natten',
    narrative:
      'Min mor falt på rommet sitt og ble liggende til morgenvakten kom. Hun het Zebrafiskine Testesen.',
  });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

interface Search {
  total: number;
  results: {
    id: number;
    officeCode: string;
    title: string;
    pseudonymised: boolean;
    snippet: { text: string; hit: boolean }[];
  }[];
  facets: Record<string, { value: string; count: number }[]>;
  providers: { id: number; name: string; similarity: number }[];
}

/** Word-prefix match, the independent stand-in for Norwegian stemming + prefix: "sykehjem" ⊂ "sykehjemmet". */
const prefixMatch = (text: string, word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu').test(text);

describe('the knowledge base', () => {
  it('finds "sykehjemmet" for the query "sykehjem" (stemming plus prefix), with the hit marked', async () => {
    const res = await call<Search>('saksbehandler.oslo', '/api/knowledge/search?q=sykehjem&limit=100');
    expect(res.status).toBe(200);
    const own = res.body.results.find((r) => r.id === opened.nursingHome);
    expect(own).toBeDefined();
    expect(own!.pseudonymised).toBe(false);
    // Total: own office by title or narrative, other offices by title only — computed with a regex over the rows.
    const rows = await db.pool.query<{
      office_code: string;
      title: string;
      narrative: string;
      confidential: boolean;
    }>('SELECT office_code, title, narrative, confidential FROM cases');
    const expected = rows.rows.filter((r) =>
      r.office_code === 'OSLO'
        ? prefixMatch(r.title, 'sykehjem') || prefixMatch(r.narrative, 'sykehjem')
        : !r.confidential && prefixMatch(r.title, 'sykehjem'),
    ).length;
    expect(res.body.total).toBe(expected);
    expect(expected).toBeGreaterThan(1);
    // Facets add up to the total (every case has one office and one case type).
    const sum = (f: string) => res.body.facets[f]!.reduce((n, v) => n + v.count, 0);
    expect(sum('office')).toBe(expected);
    expect(sum('caseType')).toBe(expected);
  });

  it('shows another office its case only pseudonymised: found by the title, never by or with the narrative', async () => {
    const vest = await call<Search>('saksbehandler.vest', '/api/knowledge/search?q=sykehjemmet natten');
    const hit = vest.body.results.find((r) => r.id === opened.nursingHome);
    expect(hit).toMatchObject({
      officeCode: 'OSLO',
      pseudonymised: true,
      title: 'Fall på sykehjemmet om natten',
    });
    const shown = hit!.snippet.map((p) => p.text).join('');
    expect(shown).toBe('Fall på sykehjemmet om natten');
    expect(hit!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['sykehjemmet', 'natten']);
    // The case page agrees: no narrative, no parties.
    const page = await call<{ narrative: string | null; pseudonymised: boolean }>(
      'saksbehandler.vest',
      `/api/cases/${opened.nursingHome}`,
    );
    expect(page.body).toMatchObject({ narrative: null, pseudonymised: true });
    // A word only in the narrative: the own office finds the case, another office does not.
    const own = await call<Search>('saksbehandler.oslo', '/api/knowledge/search?q=zebrafiskine');
    expect(own.body.results.map((r) => r.id)).toEqual([opened.nursingHome]);
    expect(own.body.results[0]!.snippet.some((p) => p.hit && /zebrafiskine/i.test(p.text))).toBe(true);
    const other = await call<Search>('saksbehandler.vest', '/api/knowledge/search?q=zebrafiskine');
    expect(other.body.total).toBe(0);
    const analyst = await call<Search>('analytiker', '/api/knowledge/search?q=zebrafiskine');
    expect(analyst.body.total).toBe(0);
  });

  it('reuses an answer only while nothing changed: a new case is found at once', async () => {
    const url = '/api/knowledge/search?q=kvitveisbakken';
    expect((await call<Search>('saksbehandler.oslo', url)).body.total).toBe(0);
    expect((await call<Search>('saksbehandler.oslo', url)).body.total).toBe(0);
    const id = await open('saksbehandler.oslo', 'cache-check', {
      municipalityNumber: '0301',
      title: 'Fall ved Kvitveisbakken sykehjem',
      narrative: 'Beboeren falt i gangen.',
    });
    const after = await call<Search>('saksbehandler.oslo', url);
    expect(after.body.results.map((r) => r.id)).toEqual([id]);
  });

  it('counts facets as plain SQL does, with filters applied', async () => {
    const res = await call<Search>(
      'saksbehandler.vest',
      '/api/knowledge/search?serviceType=nursing_home,home_care&year=2025&limit=5',
    );
    expect(res.status).toBe(200);
    const sql = await db.pool.query<{ office_code: string; n: number }>(
      `SELECT office_code, count(*)::int AS n FROM cases
       WHERE NOT confidential AND service_type IN ('nursing_home', 'home_care')
         AND received_on >= '2025-01-01' AND received_on < '2026-01-01'
       GROUP BY office_code ORDER BY office_code`,
    );
    const byOffice = Object.fromEntries(res.body.facets.office!.map((f) => [f.value, f.count]));
    expect(byOffice).toEqual(Object.fromEntries(sql.rows.map((r) => [r.office_code, r.n])));
    expect(res.body.total).toBe(sql.rows.reduce((n, r) => n + r.n, 0));
    expect(res.body.results).toHaveLength(Math.min(5, res.body.total));
  });

  it('matches provider names by trigram similarity, misspelt', async () => {
    const provider = await db.pool.query<{ id: string; name: string }>(
      "SELECT id, name FROM providers WHERE name ILIKE '%sykehjem%' ORDER BY id LIMIT 1",
    );
    const name = provider.rows[0]!.name;
    const misspelt = name.replace(/sykehjem/i, 'sykehjm');
    const res = await call<Search>(
      'saksbehandler.oslo',
      `/api/knowledge/search?q=${encodeURIComponent(misspelt)}`,
    );
    expect(res.body.providers.map((p) => p.name)).toContain(name);
  });

  it('refuses bad input with field-level messages and citizens altogether', async () => {
    const bad = await call<{ fields: { field: string }[] }>(
      'saksbehandler.oslo',
      '/api/knowledge/search?year=20x5',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.field)).toContain('querystring.year');
    const anonymous = await fetch(base + '/api/knowledge/search?q=fall');
    expect(anonymous.status).toBe(401);
  });

  it('lists similar decided cases of the same type and service type, scored, with the outcome distribution', async () => {
    const res = await call<{
      candidates: number;
      similar: { id: number; score: number; officeCode: string; outcome: string }[];
      distribution: { officeCode: string; outcome: string; count: number }[];
    }>('saksbehandler.oslo', `/api/cases/${opened.nursingHome}/similar?limit=10`);
    expect(res.status).toBe(200);
    const expected = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE case_type = 'incident_supervision' AND service_type = 'nursing_home'
         AND decided_on IS NOT NULL AND NOT confidential`,
    );
    expect(res.body.candidates).toBe(Math.min(expected.rows[0]!.n, 5000));
    expect(res.body.similar.length).toBe(Math.min(10, expected.rows[0]!.n));
    const scores = res.body.similar.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const inDistribution = res.body.distribution.reduce((n, d) => n + d.count, 0);
    expect(inDistribution).toBe(Math.min(50, expected.rows[0]!.n));
    const ids = res.body.similar.map((s) => s.id);
    const check = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE id = ANY($1) AND decided_on IS NOT NULL
         AND case_type = 'incident_supervision' AND service_type = 'nursing_home'`,
      [ids],
    );
    expect(check.rows[0]!.n).toBe(ids.length);
  });
});

describe('the queues', () => {
  interface Queue {
    total: number;
    items: {
      id: number;
      deadline: { status: string; date: string | null; daysLeft: number | null; daysOverdue: number | null };
    }[];
    facets: Record<string, { value: string; count: number }[]>;
  }

  it("lists the office's open cases, most at risk first, with the hand-worked deadline and counts as SQL has them", async () => {
    const res = await call<Queue>('saksbehandler.oslo', '/api/queues/office?office=OSLO&limit=500');
    expect(res.status).toBe(200);
    const open = await db.pool.query<{ case_type: string; n: number }>(
      "SELECT case_type, count(*)::int AS n FROM cases WHERE office_code = 'OSLO' AND state <> 'closed' GROUP BY 1",
    );
    expect(res.body.total).toBe(open.rows.reduce((n, r) => n + r.n, 0));
    expect(Object.fromEntries(res.body.facets.caseType!.map((f) => [f.value, f.count]))).toEqual(
      Object.fromEntries(open.rows.map((r) => [r.case_type, r.n])),
    );
    // Received Monday 4 May 2026, five-month target: 4 October is a Sunday, so Monday 5 October.
    const mine = res.body.items.find((i) => i.id === opened.nursingHome);
    expect(mine?.deadline).toMatchObject({ status: 'ok', date: '2026-10-05' });
    const order = { breached: 0, soon: 1, ok: 2, suspended: 3, done: 4 } as Record<string, number>;
    const ranks = res.body.items.map((i) => order[i.deadline.status]!);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const breached = res.body.items.filter((i) => i.deadline.status === 'breached');
    const overdue = breached.map((i) => i.deadline.daysOverdue ?? 0);
    expect([...overdue].sort((a, b) => b - a)).toEqual(overdue);
  });

  it('filters, and counts each facet with the other filters applied', async () => {
    const res = await call<Queue>(
      'saksbehandler.oslo',
      '/api/queues/office?office=OSLO&caseType=incident_supervision&limit=500',
    );
    const sql = await db.pool.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM cases WHERE office_code = 'OSLO' AND state <> 'closed'
         AND case_type = 'incident_supervision' GROUP BY 1`,
    );
    expect(res.body.total).toBe(sql.rows.reduce((n, r) => n + r.n, 0));
    expect(Object.fromEntries(res.body.facets.state!.map((f) => [f.value, f.count]))).toEqual(
      Object.fromEntries(sql.rows.map((r) => [r.state, r.n])),
    );
    // The case-type facet ignores its own filter: it still counts every type.
    expect(res.body.facets.caseType!.length).toBeGreaterThan(1);
  });

  it('reuses the computed office queue only while nothing changed: an action, or any write to the cases, shows at once', async () => {
    const url = '/api/queues/office?office=OSLO&limit=500';
    const before = await call<Queue>('saksbehandler.oslo', url);
    const again = await call<Queue>('saksbehandler.oslo', url);
    expect(again.body).toEqual(before.body);
    const target = before.body.items.find((i) => i.deadline.status === 'ok' && i.id !== opened.nursingHome)!;

    // Stopping the clock through the API: the case shows as suspended, and moves down the queue.
    const stop = await call('saksbehandler.oslo', `/api/cases/${target.id}/suspension`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'Venter på journal.', responseDeadline: '2026-06-01' }),
    });
    expect(stop.status, JSON.stringify(stop.body)).toBe(200);
    const after = await call<Queue>('saksbehandler.oslo', url);
    expect(after.body.items.find((i) => i.id === target.id)?.deadline.status).toBe('suspended');
    expect(after.body.facets.deadline!.find((f) => f.value === 'suspended')?.count).toBe(
      (before.body.facets.deadline!.find((f) => f.value === 'suspended')?.count ?? 0) + 1,
    );

    // A write that bypasses this server (another process, an operator's SQL) is seen too.
    await db.pool.query("UPDATE cases SET state = 'closed', closed_on = '2026-05-04' WHERE id = $1", [
      target.id,
    ]);
    const closed = await call<Queue>('saksbehandler.oslo', url);
    expect(closed.body.total).toBe(after.body.total - 1);
    expect(closed.body.items.some((i) => i.id === target.id)).toBe(false);
    await db.pool.query("UPDATE cases SET state = 'investigating', closed_on = NULL WHERE id = $1", [
      target.id,
    ]);
    await call('saksbehandler.oslo', `/api/cases/${target.id}/suspension`, { method: 'DELETE' });
  });

  it("keeps one office's computed queue when another office's case changes", async () => {
    const oslo = await officeQueueSnapshot(db.db, '2026-05-04', 'OSLO');
    expect(await officeQueueSnapshot(db.db, '2026-05-04', 'OSLO')).toBe(oslo);
    await db.pool.query(
      "UPDATE cases SET title = title WHERE id = (SELECT min(id) FROM cases WHERE office_code = 'VEST')",
    );
    expect(await officeQueueSnapshot(db.db, '2026-05-04', 'OSLO')).toBe(oslo);
    await db.pool.query(
      "UPDATE cases SET title = title WHERE id = (SELECT min(id) FROM cases WHERE office_code = 'OSLO')",
    );
    expect(await officeQueueSnapshot(db.db, '2026-05-04', 'OSLO')).not.toBe(oslo);
  });

  it("shows my queue (assigned cases) and the manager's workload; other offices and analysts are refused", async () => {
    const me = (
      await db.pool.query<{ id: number }>("SELECT id FROM users WHERE username = 'saksbehandler.oslo'")
    ).rows[0]!.id;
    const assign = await call('leder.oslo', `/api/cases/${opened.nursingHome}/assignment`, {
      method: 'POST',
      body: JSON.stringify({ userId: Number(me) }),
    });
    expect(assign.status).toBe(200);
    const mine = await call<Queue>('saksbehandler.oslo', '/api/queues/mine');
    const assigned = await db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM cases WHERE assigned_to = $1 AND state <> 'closed'",
      [me],
    );
    expect(mine.body.total).toBe(assigned.rows[0]!.n);
    expect(mine.body.items.map((i) => i.id)).toContain(opened.nursingHome);

    const workload = await call<{
      caseworkers: { userId: number; open: number }[];
      unassigned: { open: number };
    }>('leder.oslo', '/api/queues/workload?office=OSLO');
    expect(workload.status).toBe(200);
    expect(workload.body.caseworkers.find((c) => c.userId === Number(me))?.open).toBe(assigned.rows[0]!.n);
    const total = await db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM cases WHERE office_code = 'OSLO' AND state <> 'closed' AND assigned_to IS NULL",
    );
    expect(workload.body.unassigned.open).toBe(total.rows[0]!.n);

    expect((await call('saksbehandler.vest', '/api/queues/office?office=OSLO')).status).toBe(403);
    expect((await call('saksbehandler.oslo', '/api/queues/workload?office=OSLO')).status).toBe(403);
    expect((await call('analytiker', '/api/queues/mine')).status).toBe(403);
    const bad = await call<{ fields: { field: string }[] }>(
      'saksbehandler.oslo',
      '/api/queues/office?office=oslo',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.field)).toContain('querystring.office');
  });
});
