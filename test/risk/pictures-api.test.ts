import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { tokenSigner } from '../../src/http/auth.ts';
import { recomputeRisk } from '../../src/risk/recompute.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
const signer = tokenSigner('pictures-api-test-secret');
const tokens: Record<string, string> = {};

const get = (url: string, who = 'analytiker') =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[who]}` } });
const one = async <T>(query: string, params: unknown[] = []) =>
  (await db.pool.query(query, params)).rows[0] as T;

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 3, cases: 3000, years: 3, providers: 3000, today: '2026-06-30' });
  ({ app } = await buildApp({
    conn: db,
    logLevel: false,
    serveWeb: false,
    signer,
    today: () => '2026-07-01',
  }));
  await app.ready();
  for (const u of await db.db.selectFrom('users').select(['id', 'username']).execute())
    tokens[u.username] = signer.sign(u.id);
  await recomputeRisk(db, { asOf: '2026-06-30', months: 36 });
}, 240_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('pictures API', () => {
  it('gives the national picture: trend counts, offices per 1,000 inhabitants and signals, as SQL counts them', async () => {
    const res = await get('/api/pictures/national');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.trend.points).toHaveLength(60);
    const last = body.trend.points.at(-1);
    expect(last.month).toBe('2026-06');
    const june = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE received_on BETWEEN '2026-06-01' AND '2026-06-30'`,
    );
    expect(last.observed).toBe(june.n);
    for (const p of body.trend.points) {
      expect(p.lower).toBeLessThanOrEqual(p.upper);
      expect(p.ratio).toBeCloseTo(p.observed / p.expected, 9);
    }
    const oslo = body.offices.find((o: { office: string }) => o.office === 'OSLO');
    const sql = await one<{ n: number; pop: number }>(
      `SELECT (SELECT count(*)::int FROM cases WHERE office_code = 'OSLO'
                AND received_on BETWEEN '2025-07-01' AND '2026-06-30') AS n,
              (SELECT sum(population)::int FROM municipalities WHERE office_code = 'OSLO') AS pop`,
    );
    expect(oslo.cases12).toBe(sql.n);
    expect(oslo.perThousand).toBeCloseTo((1000 * sql.n) / sql.pop, 9);
    const scores = body.topSignals.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(body.topSignals[0].evidence).toBeTypeOf('object');
    // The comparison group as data too, as stored in the evidence, for the page to word in its language.
    for (const s of body.topSignals as { comparison: unknown; evidence: { comparison: unknown } }[])
      expect(s.comparison).toEqual(s.evidence.comparison);
    expect(body.topSignals[0].comparison.kind).toBeTypeOf('string');
    // Served again from the per-run summary, the same figures.
    const again = (await get('/api/pictures/national')).json();
    expect(again.trend).toEqual(body.trend);
    expect(
      (await one<{ n: number }>(`SELECT count(*)::int AS n FROM picture_summaries`)).n,
    ).toBeGreaterThanOrEqual(2);
  });

  it("gives one office's picture, and 404 for an unknown office", async () => {
    const res = await get('/api/pictures/offices/vest');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.office).toBe('VEST');
    expect(body.offices).toHaveLength(1);
    const june = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE office_code = 'VEST' AND received_on BETWEEN '2026-06-01' AND '2026-06-30'`,
    );
    expect(body.trend.points.at(-1).observed).toBe(june.n);
    expect((await get('/api/pictures/offices/MARS')).statusCode).toBe(404);
  });

  it('gives map data per municipality with filters, observed vs expected by population', async () => {
    const res = await get('/api/pictures/map?serviceType=nursing_home&from=2025-01-01&to=2026-06-30');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.municipalities).toHaveLength(357);
    const counts = await db.pool.query<{ number: string; n: number }>(
      `SELECT municipality_number AS number, count(*)::int AS n FROM cases WHERE service_type = 'nursing_home'
        AND received_on BETWEEN '2025-01-01' AND '2026-06-30' GROUP BY 1`,
    );
    const total = counts.rows.reduce((s, r) => s + r.n, 0);
    expect(body.national.cases).toBe(total);
    const pop = await one<{ p: number }>(`SELECT sum(population)::float8 AS p FROM municipalities`);
    for (const r of counts.rows) {
      const m = body.municipalities.find((x: { number: string }) => x.number === r.number);
      expect(m.cases).toBe(r.n);
      expect(m.expected).toBeCloseTo((total * m.population) / pop.p, 6);
    }
    expect((await get('/api/pictures/map?period=all')).statusCode).toBe(400);
  });

  it('puts the providers of a service type on a funnel with expected = size × peer rate', async () => {
    const body = (await get('/api/pictures/funnel?serviceType=nursing_home')).json();
    expect(body.providers.length).toBeGreaterThan(10);
    const peers = await db.pool.query<{ id: number; size_measure: string; size: number; n: number }>(
      `SELECT p.id, p.size_measure, greatest(p.size, 1) AS size,
              (SELECT count(*)::int FROM cases c WHERE c.provider_id = p.id AND c.service_type = 'nursing_home'
                AND c.received_on BETWEEN '2025-07-01' AND '2026-06-30') AS n
         FROM providers p WHERE p.service_type = 'nursing_home'
          AND p.active_from <= '2026-06-30' AND (p.active_to IS NULL OR p.active_to >= '2025-07-01')`,
    );
    const byMeasure = new Map<string, { n: number; size: number }>();
    for (const r of peers.rows) {
      const m = byMeasure.get(r.size_measure) ?? { n: 0, size: 0 };
      m.n += r.n;
      m.size += r.size;
      byMeasure.set(r.size_measure, m);
    }
    const busiest = [...peers.rows].sort((a, b) => b.n - a.n)[0]!;
    const shown = body.providers.find((p: { id: number }) => p.id === Number(busiest.id));
    const m = byMeasure.get(busiest.size_measure)!;
    expect(shown.observed).toBe(busiest.n);
    expect(shown.expected).toBeCloseTo((busiest.size * m.n) / m.size, 9);
    expect(shown.limits.lower998).toBeLessThan(shown.limits.lower95);
    expect(body.curve.length).toBeGreaterThan(10);
  });

  it('gives the equal-treatment monitor over the run period', async () => {
    const res = await get('/api/pictures/equal-treatment?caseType=incident_supervision');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ from: '2023-07-01', to: '2026-06-30' });
    expect(body.caseTypes.map((t: { caseType: string }) => t.caseType)).toEqual(['incident_supervision']);
  });

  it("gives a provider's profile against peers, and a shared variant without case numbers", async () => {
    const busiest = await one<{ id: number; n: number }>(
      `SELECT provider_id AS id, count(*)::int AS n FROM cases WHERE provider_id IS NOT NULL
        AND received_on BETWEEN '2022-01-01' AND '2026-06-30' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    const body = (await get(`/api/pictures/providers/${busiest.id}`)).json();
    expect(body.perYear.reduce((s: number, y: { cases: number }) => s + y.cases, 0)).toBe(busiest.n);
    expect(body.recentCases.length).toBeGreaterThan(0);
    const shared = (await get(`/api/pictures/providers/${busiest.id}?shared=true`)).json();
    expect(shared.shared).toBe(true);
    expect(shared.recentCases).toEqual([]);
    expect(JSON.stringify(shared)).not.toMatch(/\d{4}\/\d{5,7}/);
    expect((await get('/api/pictures/providers/999999999')).statusCode).toBe(404);
  });

  it('turns a candidate into a planned supervision case at its office, recording why', async () => {
    const planning = (await get('/api/pictures/planning')).json();
    expect(planning.capacity).toHaveLength(11);
    const candidate = planning.candidates.find(
      (c: { unitType: string; office: string | null }) =>
        (c.unitType === 'provider' || c.unitType === 'municipality') && c.office && c.office !== 'HT',
    );
    expect(candidate).toBeDefined();
    const office = candidate.office.toLowerCase();
    const post = (who: string, body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/pictures/planned-supervisions',
        payload: body,
        headers: { authorization: `Bearer ${tokens[who]}`, 'idempotency-key': `plan-test-${who}` },
      });
    const input = { unitType: candidate.unitType, unitId: candidate.unitId, reason: 'Høy rate over tid.' };
    const other = office === 'oslo' ? 'vest' : 'oslo';
    expect((await post(`saksbehandler.${other}`, input)).statusCode).toBe(403);
    expect((await post('analytiker', input)).statusCode).toBe(403);
    const created = await post(`saksbehandler.${office}`, input);
    expect(created.statusCode).toBe(201);
    const row = await one<{ case_type: string; office_code: string; narrative: string; channel: string }>(
      `SELECT case_type, office_code, narrative, channel FROM cases WHERE id = $1`,
      [created.json().id],
    );
    expect(row).toMatchObject({
      case_type: 'planned_supervision',
      office_code: candidate.office,
      channel: 'own_initiative',
    });
    expect(row.narrative).toContain('Høy rate over tid.');
    expect(row.narrative).toContain(candidate.reasons[0].label.nb);
    const notCandidate = await post(`saksbehandler.${office}`, {
      ...input,
      unitType: 'municipality',
      unitId: '9999',
    });
    expect(notCandidate.statusCode).toBe(404);
  });

  it("shows a professional's name in signals only to the national body; others see the profession and a pseudonym", async () => {
    const pro = await one<{ id: number; name: string; profession: string }>(
      `SELECT id, name, profession FROM professionals ORDER BY id LIMIT 1`,
    );
    const run = await one<{ id: number }>(`SELECT max(id)::int AS id FROM risk_runs`);
    await db.pool.query(
      `INSERT INTO risk_signals (run_id, signal_key, unit_type, unit_id, unit_label, method, observed, expected,
         ratio, interval_lower, interval_upper, interval_level, comparison_group, period_from, period_to, score,
         evidence)
       VALUES ($1, $2, 'professional', $3, $4, 'repeat_named', 9, 1.5, 6, 2.7, 11.4, 0.95, 'colleagues',
         '2025-07-01', '2026-06-30', 1000, '{}'::jsonb)`,
      [run.id, `professional:${pro.id}:repeat_named:`, String(pro.id), `${pro.name} (${pro.profession})`],
    );
    const pseudonym = `Helsepersonell HP-${pro.id} (${pro.profession})`;
    const labels = async (who: string) => {
      const signals = (await get('/api/risk/signals?unitType=professional', who)).json();
      const picture = (await get('/api/pictures/national', who)).json();
      const candidates = (await get('/api/risk/candidates', who)).json();
      const planning = (await get('/api/pictures/planning', who)).json();
      const mine = (xs: { unitType: string; unitId: string; unitLabel: string }[]) =>
        xs
          .filter((x) => x.unitType === 'professional' && x.unitId === String(pro.id))
          .map((x) => x.unitLabel);
      return [
        ...mine(signals.signals),
        ...mine(picture.topSignals),
        ...mine(candidates.candidates),
        ...mine(planning.candidates),
      ];
    };
    const analyst = await labels('analytiker');
    expect(analyst).toHaveLength(4);
    expect(new Set(analyst)).toEqual(new Set([pseudonym]));
    for (const who of ['saksbehandler.oslo', 'leder.oslo', 'admin'])
      expect(JSON.stringify(await labels(who))).not.toContain(pro.name);
    expect(new Set(await labels('jurist.ht'))).toEqual(new Set([`${pro.name} (${pro.profession})`]));
    const detail = (
      await get(
        `/api/risk/signals/${(await get('/api/risk/signals?unitType=professional')).json().signals[0].id}`,
      )
    ).json();
    expect(detail.unitLabel).toBe(pseudonym);
  });

  it('documents the pictures responses in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/pictures/national', '/api/pictures/map', '/api/pictures/equal-treatment'])
      expect(Object.keys(doc.paths[path].get.responses)).toContain('200');
  });
});
