/**
 * Providers' notifications by API key: authentication (401 without a key, 403 for a key without the
 * scope), routing (§ 3-3 a notices to the national body, other reports to the unit's office), idempotency,
 * field-level errors that write nothing, and the OpenAPI document.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { createApiKey } from '../../src/intake/api-keys.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
let key = '';
let statementOnlyKey = '';
let provider: { id: number; org_number: string; municipality_number: string };
let unit: { org_number: string; municipality_number: string } | undefined;

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 7, cases: 300, years: 1, providers: 1500, today: '2026-06-30' });
  ({ app } = await buildApp({
    conn: db,
    logLevel: false,
    serveWeb: false,
    submitRateLimit: 100_000,
    today: () => '2026-07-01',
  }));
  await app.ready();
  // A hospital trust with sub-units, so a notice can name the unit where it happened.
  const parent = await db.db
    .selectFrom('providers as p')
    .innerJoin('providers as c', 'c.parent_id', 'p.id')
    .select([
      'p.id',
      'p.org_number',
      'p.municipality_number',
      'c.org_number as unit_org',
      'c.municipality_number as unit_municipality',
    ])
    .executeTakeFirst();
  if (parent) {
    provider = {
      id: parent.id,
      org_number: parent.org_number,
      municipality_number: parent.municipality_number,
    };
    unit = { org_number: parent.unit_org, municipality_number: parent.unit_municipality };
  } else {
    provider = await db.db
      .selectFrom('providers')
      .select(['id', 'org_number', 'municipality_number'])
      .executeTakeFirstOrThrow();
  }
  key = (await createApiKey(db.db, { orgNumber: provider.org_number })).key;
  statementOnlyKey = (
    await createApiKey(db.db, { orgNumber: provider.org_number, scopes: ['case.submit_statement'] })
  ).key;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const notice = (overrides: Record<string, unknown> = {}) => ({
  kind: 'serious_incident',
  occurredOn: '2026-06-28',
  consequence: 'death',
  title: 'Uventet dødsfall etter operasjon',
  description: 'Pasienten døde natten etter en planlagt operasjon. Overvåkingen ble avsluttet for tidlig.',
  contact: { name: 'Kvalitetsleder', email: 'kvalitet@example.org' },
  ...overrides,
});

const post = (body: unknown, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/provider/notifications', headers, payload: body as object });

async function caseCount() {
  return (await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases`.execute(db.db)).rows[0]?.n;
}

describe('provider notifications by API key', () => {
  it('refuses a request without a key (401), with an unknown key (401) and with a key without the scope (403)', async () => {
    const before = await caseCount();
    expect((await post(notice(), { 'idempotency-key': 'no-key-00001' })).statusCode).toBe(401);
    const unknown = await post(notice(), {
      'idempotency-key': 'bad-key-00001',
      authorization: `Bearer tsk_AAAAAAAA_${'B'.repeat(43)}`,
    });
    expect(unknown.statusCode).toBe(401);
    const scoped = await post(notice(), {
      'idempotency-key': 'scope-key-0001',
      authorization: `Bearer ${statementOnlyKey}`,
      'accept-language': 'en',
    });
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json()).toMatchObject({
      error: 'key_scope',
      message: 'Denied: the API key does not allow you to notify a serious incident.',
    });
    expect(await caseCount()).toBe(before);
  });

  it('sends a § 3-3 a notice to the national body, flags death, and answers a retry with the same receipt', async () => {
    const headers = { 'idempotency-key': 'notice-key-0001', authorization: `Bearer ${key}` };
    const first = await post(notice(), headers);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      officeCode: 'HT',
      caseType: 'serious_incident_notice',
      receivedOn: '2026-07-01',
      urgency: ['death'],
    });
    const again = await post(notice(), headers);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const other = await post(notice({ title: 'Et annet varsel' }), headers);
    expect(other.statusCode).toBe(409);
    expect(other.json().fields[0].field).toBe('body.idempotencyKey');
    const stored = await db.db
      .selectFrom('cases')
      .select(['channel', 'provider_id', 'urgency'])
      .where('id', '=', first.json().caseId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ channel: 'api', provider_id: provider.id, urgency: ['death'] });
  });

  it("sends another statutory report to the office of the unit's municipality", async () => {
    const res = await post(
      notice({
        kind: 'other_statutory',
        consequence: 'other',
        ...(unit ? { unitOrgNumber: unit.org_number } : {}),
      }),
      { 'idempotency-key': 'report-key-0001', authorization: `Bearer ${key}` },
    );
    expect(res.statusCode).toBe(201);
    const office = await db.db
      .selectFrom('municipalities')
      .select('office_code')
      .where('number', '=', unit?.municipality_number ?? provider.municipality_number)
      .executeTakeFirstOrThrow();
    expect(res.json()).toMatchObject({ caseType: 'incident_supervision', officeCode: office.office_code });
  });

  it('answers bad input with field-level messages and writes nothing', async () => {
    const before = await caseCount();
    const res = await post(
      notice({ occurredOn: '2026-13-01', contact: { name: 'X', email: 'ikke-epost' } }),
      {
        'idempotency-key': 'bad-body-0001',
        authorization: `Bearer ${key}`,
        'accept-language': 'en',
      },
    );
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['body.contact.email', 'body.occurredOn']);
    const future = await post(notice({ occurredOn: '2026-07-02' }), {
      'idempotency-key': 'future-0001',
      authorization: `Bearer ${key}`,
    });
    expect(future.json().fields).toEqual([
      { field: 'body.occurredOn', code: 'in_future', message: 'Datoen kan ikke være etter i dag.' },
    ]);
    const notOwn = await post(notice({ unitOrgNumber: '000000000' }), {
      'idempotency-key': 'not-own-0001',
      authorization: `Bearer ${key}`,
    });
    expect(notOwn.statusCode).toBe(400);
    expect(notOwn.json().fields[0].field).toBe('body.unitOrgNumber');
    expect(await caseCount()).toBe(before);
    const keys = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM idempotency_keys WHERE key IN ('bad-body-0001', 'future-0001', 'not-own-0001')`.execute(
      db.db,
    );
    expect(keys.rows[0]?.n).toBe(0);
  });

  it('stores only the hash of a key', async () => {
    const rows = await db.db.selectFrom('api_keys').select(['key_hash', 'key_prefix']).execute();
    expect(rows.length).toBe(2);
    for (const r of rows) {
      expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(key.startsWith(r.key_prefix) || statementOnlyKey.startsWith(r.key_prefix)).toBe(true);
    }
    expect(rows.some((r) => r.key_hash.includes(key.slice(-20)))).toBe(false);
  });

  it('is documented in the OpenAPI document with its Idempotency-Key header', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/provider/notifications', '/api/intake/complaints']) {
      const op = doc.paths[path].post;
      expect(op.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toContain(
        'header:idempotency-key',
      );
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '201']));
    }
    expect(doc.paths['/api/status/{secret}'].get).toBeDefined();
    expect(doc.paths['/api/cases/{id}/intake'].get).toBeDefined();
  });
});
