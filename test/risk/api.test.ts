import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { tokenSigner } from '../../src/http/auth.ts';
import { staffAt } from '../../src/access/actors.ts';
import { openCase } from '../../src/cases/open-case.ts';
import { updateRiskForCase } from '../../src/risk/incremental.ts';
import { recomputeRisk } from '../../src/risk/recompute.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
const signer = tokenSigner('risk-api-test-secret');
const tokens: Record<string, string> = {};
let runId = 0;

const get = (url: string, who = 'analytiker') =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[who]}` } });
const post = (url: string, payload: object, who = 'analytiker') =>
  app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${tokens[who]}` } });

const count = async (query: string, params: unknown[] = []) =>
  (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${query}`, params)).rows[0]!.n;

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 3, cases: 3000, years: 3, providers: 3000, today: '2026-06-30' });
  ({ app } = await buildApp({ conn: db, logLevel: false, serveWeb: false, signer }));
  await app.ready();
  for (const u of await db.db.selectFrom('users').select(['id', 'username']).execute())
    tokens[u.username] = signer.sign(u.id);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('risk API', () => {
  it('says 404 when there is no run yet, and refuses anonymous callers with 401', async () => {
    expect((await get('/api/risk/signals')).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/risk/candidates' })).statusCode).toBe(401);
    runId = (await recomputeRisk(db, { asOf: '2026-06-30', months: 36 })).runId;
  }, 120_000);

  it("lists the latest run's signals with their evidence, filtered and paged", async () => {
    const total = await count('risk_signals WHERE run_id = $1', [runId]);
    expect(total).toBeGreaterThanOrEqual(3);
    const all = await get('/api/risk/signals?pageSize=200');
    expect(all.statusCode).toBe(200);
    const body = all.json();
    expect(body.run.id).toBe(Number(runId));
    expect(body.total).toBe(total);
    const scores = body.signals.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    // Each carries its comparison group as data too, the same as stored in its evidence.
    const stored = await db.pool.query<{ id: number; comparison: unknown }>(
      `SELECT id, evidence->'comparison' AS comparison FROM risk_signals WHERE run_id = $1`,
      [runId],
    );
    const byId = new Map(stored.rows.map((r) => [Number(r.id), r.comparison]));
    for (const signal of body.signals as { id: number; comparison: { kind: string } }[]) {
      expect(typeof signal.comparison.kind).toBe('string');
      expect(signal.comparison).toEqual(byId.get(signal.id));
    }

    const page2 = (await get('/api/risk/signals?pageSize=1&page=2')).json();
    expect(page2.signals.map((s: { id: number }) => s.id)).toEqual(
      body.signals.slice(1, 2).map((s: { id: number }) => s.id),
    );

    const providers = await count(`risk_signals WHERE run_id = $1 AND unit_type = 'provider'`, [runId]);
    const onlyProviders = (await get('/api/risk/signals?unitType=provider&pageSize=200')).json();
    expect(onlyProviders.total).toBe(providers);
    expect(new Set(onlyProviders.signals.map((s: { unitType: string }) => s.unitType))).toEqual(
      new Set(['provider']),
    );

    const inOslo = await count(
      `risk_signals s WHERE s.run_id = $1 AND (
         (s.unit_type = 'office' AND s.unit_id = 'OSLO')
         OR (s.unit_type = 'municipality' AND s.unit_id IN (SELECT number FROM municipalities WHERE office_code = 'OSLO'))
         OR (s.unit_type = 'county' AND s.unit_id IN (SELECT number FROM counties WHERE office_code = 'OSLO'))
         OR (s.unit_type = 'provider' AND s.unit_id IN (SELECT p.id::text FROM providers p
               JOIN municipalities m ON m.number = p.municipality_number WHERE m.office_code = 'OSLO')))`,
      [runId],
    );
    expect((await get('/api/risk/signals?office=OSLO&pageSize=1')).json().total).toBe(inOslo);

    const bad = await get('/api/risk/signals?unitType=planet&pageSize=0');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['querystring.pageSize', 'querystring.unitType']);
  });

  it('records an assessment append-only: field-level 400 and nothing written on bad input, 403 for the administrator', async () => {
    const signal = (await get('/api/risk/signals?pageSize=1')).json().signals[0];
    const url = `/api/risk/signals/${signal.id}/assessments`;
    const before = await count('risk_assessments');

    const bad = await post(url, { decision: 'maybe', reason: '   ' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['body.decision', 'body.reason']);
    expect((await post(url, { decision: 'agree', reason: 'Ser riktig ut.' }, 'admin')).statusCode).toBe(403);
    expect(
      (await post('/api/risk/signals/999999999/assessments', { decision: 'agree', reason: 'x' })).statusCode,
    ).toBe(404);
    expect(await count('risk_assessments')).toBe(before);

    const first = await post(url, { decision: 'not_now', reason: 'Tilsyn nylig gjennomført.' });
    expect(first.statusCode).toBe(201);
    const second = await post(url, { decision: 'agree', reason: 'Nye saker bekrefter bildet.' }, 'sb1.oslo');
    expect(second.statusCode).toBe(201);
    expect(await count('risk_assessments')).toBe(before + 2);

    const shown = (await get(`/api/risk/signals/${signal.id}`)).json();
    expect(shown.observed).toBe(signal.observed);
    expect(shown.evidence).toHaveProperty('score_meaning');
    expect(
      shown.assessments.map((a: { decision: string; assessedBy: string }) => [a.decision, a.assessedBy]),
    ).toEqual([
      ['agree', 'sb1.oslo'],
      ['not_now', 'analytiker'],
    ]);
    await expect(
      db.pool.query(`UPDATE risk_assessments SET decision = 'disagree' WHERE signal_id = $1`, [signal.id]),
    ).rejects.toThrow();
  });

  it('lists supervision candidates whose reasons are stored signals of the unit, and drops one a person disagrees with', async () => {
    const res = await get('/api/risk/candidates?limit=500');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.rules.length).toBeGreaterThan(3);
    expect(body.candidates.length).toBeGreaterThan(0);
    for (const c of body.candidates) {
      for (const reason of c.reasons) {
        for (const s of reason.signals) {
          const row = (
            await db.pool.query(
              'SELECT unit_type, unit_id, observed, expected, run_id FROM risk_signals WHERE id = $1',
              [s.id],
            )
          ).rows[0];
          expect([row.unit_type, row.unit_id, Number(row.run_id)]).toEqual([
            c.unitType,
            c.unitId,
            Number(runId),
          ]);
          expect(Number(row.observed)).toBe(s.observed);
          expect(Number(row.expected)).toBe(s.expected);
        }
      }
    }
    // Disagree with every signal of the first candidate: it leaves the list.
    const first = body.candidates[0];
    const ids = new Set<number>(
      first.reasons.flatMap((r: { signals: { id: number }[] }) => r.signals.map((s) => s.id)),
    );
    for (const id of ids)
      expect(
        (await post(`/api/risk/signals/${id}/assessments`, { decision: 'disagree', reason: 'Forklart.' }))
          .statusCode,
      ).toBe(201);
    const after = (await get('/api/risk/candidates?limit=500')).json();
    expect(
      after.candidates.map((c: { unitId: string; unitType: string }) => `${c.unitType}:${c.unitId}`),
    ).not.toContain(`${first.unitType}:${first.unitId}`);
    expect(after.total).toBe(body.total - 1);
  });

  it("adds one case to the stored CUSUM state of its provider and the provider's areas", async () => {
    // An existing case of the run's last month stands in for a new one: the update only reads its provider.
    const pick = await db.pool.query<{ id: number; provider: string; month: string }>(
      `SELECT c.id, c.provider_id::text AS provider, st.month::text AS month
         FROM cases c JOIN risk_unit_state st ON st.unit_type = 'provider' AND st.unit_id = c.provider_id::text
        WHERE st.run_id = $1 AND date_trunc('month', c.received_on) = st.month
        ORDER BY c.id LIMIT 1`,
      [runId],
    );
    const { id: caseId, provider } = pick.rows[0]!;
    const stateOf = async (unitType: string, unitId: string) =>
      (
        await db.pool.query(
          'SELECT cusum_before, observed, expected, threshold FROM risk_unit_state WHERE run_id = $1 AND unit_type = $2 AND unit_id = $3',
          [runId, unitType, unitId],
        )
      ).rows[0];
    const before = await stateOf('provider', provider);
    const national = await stateOf('national', 'NO');
    const result = await updateRiskForCase(db.db, caseId);
    expect(result.runId).toBe(Number(runId));
    const after = await stateOf('provider', provider);
    expect(after.observed).toBe(before.observed + 1);
    expect((await stateOf('national', 'NO')).observed).toBe(national.observed + 1);
    const unit = result.units.find((u) => u.unitType === 'provider')!;
    // R = 2: S = max(0, S_before + O·ln 2 − E), computed here from the stored row.
    expect(unit.statistic).toBeCloseTo(
      Math.max(0, Number(before.cusum_before) + after.observed * Math.LN2 - Number(before.expected)),
      9,
    );
    expect(result.units.map((u) => u.unitType).sort()).toEqual(
      expect.arrayContaining(['national', 'provider']),
    );
  });

  it('opening a case moves the CUSUM state of its provider and areas once, after the commit', async () => {
    const pick = await db.pool.query<{ provider: number; office: string; month: string }>(
      `SELECT p.id AS provider, m.office_code AS office, st.month::text AS month
         FROM risk_unit_state st JOIN providers p ON p.id::text = st.unit_id
         JOIN municipalities m ON m.number = p.municipality_number
        WHERE st.run_id = $1 AND st.unit_type = 'provider' ORDER BY p.id LIMIT 1`,
      [runId],
    );
    const { provider, office, month } = pick.rows[0]!;
    const observed = async (unitType: string, unitId: string) =>
      (
        await db.pool.query<{ observed: number }>(
          'SELECT observed FROM risk_unit_state WHERE run_id = $1 AND unit_type = $2 AND unit_id = $3',
          [runId, unitType, unitId],
        )
      ).rows[0]!.observed;
    const before = await observed('provider', String(provider));
    const national = await observed('national', 'NO');
    const user = await db.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const ctx = { db: db.db, today: () => month.slice(0, 8) + '15' };
    const input = {
      caseType: 'incident_supervision' as const,
      providerId: provider,
      themes: [],
      urgency: [],
      channel: 'web' as const,
      title: 'Ny klage',
      narrative: 'En ny klage som risikomotoren skal telle med en gang.',
      language: 'nb' as const,
      confidential: false,
      parties: [],
    };
    const opened = await openCase(ctx, staffAt(user.id, office, 'caseworker'), input, 'risk-open-0001');
    expect(opened.replayed).toBe(false);
    expect(await observed('provider', String(provider))).toBe(before + 1);
    expect(await observed('national', 'NO')).toBe(national + 1);
    // A replay of the same request is the same case: it is not counted again.
    const again = await openCase(ctx, staffAt(user.id, office, 'caseworker'), input, 'risk-open-0001');
    expect(again.replayed).toBe(true);
    expect(await observed('provider', String(provider))).toBe(before + 1);
  });
});
