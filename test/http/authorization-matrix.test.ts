/**
 * Every registered route × every role × own/other office × confidential or not × disqualified or not:
 * the HTTP answer must agree with the policy the route declares — 401/403 exactly when the policy refuses.
 * A route without a declared policy, or without a sample request here, fails the test.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffAt, type Actor, type Role } from '../../src/access/actors.ts';
import { decide } from '../../src/access/policies.ts';
import { policyForRoute, routesWithoutPolicy } from '../../src/access/route-policies.ts';
import { policyRow, type Action } from '../../src/access/policy-table.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { tokenSigner } from '../../src/http/auth.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
const routes: { method: string | string[]; url: string }[] = [];
const signer = tokenSigner('matrix-test-secret');
const users: Record<string, number> = {};
const cases: Record<'open' | 'confidential', number> = { open: 0, confidential: 0 };
const documents: Record<'open' | 'confidential', number> = { open: 0, confidential: 0 };
const people = { party: 0, stranger: 0, provider: 0, otherProvider: 0 };

/** A request body that passes each route's schema, so the answer shows the authorisation, not validation. */
const SAMPLES: Record<string, unknown> = {
  'POST /api/cases': {
    caseType: 'incident_supervision',
    municipalityNumber: '0301',
    channel: 'web',
    title: 'Matrise',
    narrative: 'En klage for matrisetesten.',
  },
  'POST /api/cases/:id/triage': {},
  'POST /api/cases/:id/steps': { action: 'open_investigation' },
  'POST /api/cases/:id/statement-requests': { recipient: 'Virksomheten', responseDeadline: '2030-01-01' },
  'POST /api/cases/:id/statements': { statement: 'Svar.' },
  'POST /api/cases/:id/decision': { outcome: 'breach', legalBasis: ['hpl. § 4'], reasons: 'Begrunnelse.' },
  'POST /api/cases/:id/conclusion': { outcome: 'closed_without_case', reason: 'Vurdert.' },
  'POST /api/cases/:id/transfer': { reason: 'Reaksjon.' },
  'POST /api/cases/:id/reopening': { reason: 'Ny vurdering.' },
  'POST /api/cases/:id/appeal': { reason: 'Klage.' },
  'POST /api/cases/:id/closing': { reason: 'Ferdig.' },
  'POST /api/cases/:id/assignment': { userId: 1 },
  'POST /api/cases/:id/suspension': { reason: 'Venter.', responseDeadline: '2030-01-01' },
  'DELETE /api/cases/:id/suspension': undefined,
  'POST /api/cases/:id/documents': { direction: 'internal', kind: 'note', title: 'Notat' },
  'PUT /api/cases/:id/decision-draft': {
    outcome: 'breach',
    legalBasis: ['hpl. § 4'],
    reasons: 'Begrunnelse.',
    language: 'nb',
  },
  'GET /api/cases/:id': undefined,
  'POST /api/demo/login': { username: 'saksbehandler.oslo' },
  'GET /api/cases/:id/documents/:documentId/letter': undefined,
  'GET /api/cases/:id/decision-draft/letter': undefined,
  'POST /api/cases/:id/interim-reply': {},
  'GET /api/risk/signals': undefined,
  'GET /api/risk/signals/:signalId': undefined,
  'POST /api/risk/signals/:signalId/assessments': { decision: 'agree', reason: 'Matrise.' },
  'GET /api/risk/candidates': undefined,
  'GET /api/queues/mine': undefined,
  'GET /api/queues/office': undefined,
  'GET /api/queues/workload': undefined,
  'GET /api/knowledge/search': undefined,
  'GET /api/cases/:id/similar': undefined,
  'GET /api/pictures/equal-treatment': undefined,
  'GET /api/pictures/national': undefined,
  'GET /api/pictures/offices/:office': undefined,
  'GET /api/pictures/funnel': undefined,
  'GET /api/pictures/map': undefined,
  'GET /api/pictures/providers/:providerId': undefined,
  'GET /api/pictures/planning': undefined,
  'POST /api/pictures/planned-supervisions': { unitType: 'municipality', unitId: '0301', reason: 'Matrise.' },
  'GET /api/cases/:id/intake': undefined,
  'POST /api/provider/notifications': {
    kind: 'serious_incident',
    occurredOn: '2026-05-01',
    consequence: 'serious_harm',
    title: 'Matrise',
    description: 'Et varsel om alvorlig hendelse for matrisetesten.',
    contact: { name: 'Kontakt', email: 'kontakt@example.org' },
  },
};

/** Routes that take an Idempotency-Key (each request gets a fresh one, so none is a replay). */
const IDEMPOTENT = new Set(['/api/cases', '/api/provider/notifications']);

/** Query strings for routes that need one; office routes ask about OSLO, as the expectation does. */
const QUERIES: Record<string, string> = {
  'GET /api/queues/office': '?office=OSLO',
  'GET /api/queues/workload': '?office=OSLO',
  'GET /api/knowledge/search': '?q=fall',
};

interface Variant {
  label: string;
  actor: Actor;
  token: string | null;
}

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 21, cases: 200, years: 1, providers: 1000, today: '2026-04-30' });
  ({ app } = await buildApp({
    conn: db,
    logLevel: false,
    serveWeb: false,
    demoLogin: true,
    signer,
    routes,
    submitRateLimit: 100_000,
    today: () => '2026-05-04',
  }));
  await app.ready();
  for (const u of await db.db.selectFrom('users').select(['id', 'username']).execute())
    users[u.username] = u.id;
  const base = await db.db
    .selectFrom('cases')
    .select('id')
    .where('office_code', '=', 'OSLO')
    .where('state', '=', 'received')
    .limit(2)
    .execute();
  cases.open = base[0]!.id;
  cases.confidential = base[1]!.id;
  await db.db.updateTable('cases').set({ confidential: true }).where('id', '=', cases.confidential).execute();
  // Both cases get the same party and the same provider, so "own" and "other" are clear for each.
  const party = await db.db
    .insertInto('persons')
    .values({
      national_id: '15838512329',
      id_kind: 'fnr',
      synthetic: true,
      given_name: 'Kari',
      family_name: 'Part',
      preferred_language: 'nb',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stranger = await db.db
    .insertInto('persons')
    .values({
      national_id: '55838512312',
      id_kind: 'dnr',
      synthetic: true,
      given_name: 'Ola',
      family_name: 'Fremmed',
      preferred_language: 'nb',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  people.party = party.id;
  people.stranger = stranger.id;
  const providers = await db.db
    .selectFrom('providers')
    .select('id')
    .where('municipality_number', '=', '0301')
    .limit(2)
    .execute();
  people.provider = providers[0]!.id;
  people.otherProvider = providers[1]!.id;
  for (const which of ['open', 'confidential'] as const) {
    await db.db
      .updateTable('cases')
      .set({ provider_id: people.provider })
      .where('id', '=', cases[which])
      .execute();
    await db.db
      .insertInto('case_parties')
      .values({
        case_id: cases[which],
        person_id: people.party,
        role: 'complainant',
        preferred_language: 'nb',
      })
      .execute();
  }
  for (const which of ['open', 'confidential'] as const) {
    documents[which] = (
      await db.db
        .selectFrom('documents')
        .select('id')
        .where('case_id', '=', cases[which])
        .executeTakeFirstOrThrow()
    ).id;
  }
  await db.db
    .insertInto('case_disqualifications')
    .values({ case_id: cases.open, user_id: users['sb2.oslo']!, reason: 'Slekt' })
    .execute();
  await db.db
    .insertInto('case_disqualifications')
    .values({ case_id: cases.confidential, user_id: users['sb2.oslo']!, reason: 'Slekt' })
    .execute();
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

function variants(): Variant[] {
  const staff = (username: string, office: string, ...roles: Role[]): Variant => ({
    label: `${roles.join('+')}@${office} (${username})`,
    actor: staffAt(users[username]!, office, ...roles),
    token: signer.sign(users[username]!),
  });
  return [
    { label: 'anonymous', actor: { kind: 'anonymous' }, token: null },
    staff('sb1.oslo', 'OSLO', 'caseworker'),
    staff('sb2.oslo', 'OSLO', 'caseworker'), // disqualified in both cases
    staff('leder.oslo', 'OSLO', 'office_manager'),
    staff('sb1.vest', 'VEST', 'caseworker'),
    staff('leder.vest', 'VEST', 'office_manager'),
    staff('jurist.ht', 'HT', 'national_lawyer'),
    staff('analytiker', 'HT', 'analyst'),
    staff('admin', 'HT', 'administrator'),
    {
      label: 'citizen, party of both cases',
      actor: { kind: 'citizen', personId: people.party },
      token: signer.sign({ kind: 'citizen', personId: people.party }),
    },
    {
      label: 'citizen, not a party',
      actor: { kind: 'citizen', personId: people.stranger },
      token: signer.sign({ kind: 'citizen', personId: people.stranger }),
    },
    {
      label: 'provider of the cases',
      actor: { kind: 'provider', providerId: people.provider },
      token: signer.sign({ kind: 'provider', providerId: people.provider }),
    },
    {
      label: 'another provider',
      actor: { kind: 'provider', providerId: people.otherProvider },
      token: signer.sign({ kind: 'provider', providerId: people.otherProvider }),
    },
  ];
}

describe('authorisation matrix over every registered route', () => {
  it('has a declared policy for every route the app registers', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routesWithoutPolicy(routes)).toEqual([]);
  });

  it('answers every guarded API route as its policy decides, for every role, office, confidentiality and disqualification', async () => {
    const guarded = routes
      .flatMap((r) =>
        (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({ method, url: r.url })),
      )
      .filter(
        (r) =>
          r.method !== 'HEAD' &&
          r.url.startsWith('/api/') &&
          !r.url.startsWith('/api/docs') &&
          r.url !== '/api/openapi.json',
      );
    const checked: string[] = [];
    for (const route of guarded) {
      const action = policyForRoute(route.method, route.url) as Action;
      const key = `${route.method} ${route.url}`;
      if (policyRow(action)?.scope === 'public') {
        // Public routes: anyone, signed in or not, gets an answer.
        const res = await app.inject({
          method: route.method as 'GET',
          url: route.url,
          ...(SAMPLES[key] !== undefined ? { payload: SAMPLES[key] as object } : {}),
        });
        expect([401, 403], `${key} is public but refused anonymous`).not.toContain(res.statusCode);
        continue;
      }
      expect(Object.hasOwn(SAMPLES, key), `add a sample request for ${key}`).toBe(true);
      for (const variant of variants()) {
        for (const which of ['open', 'confidential'] as const) {
          const caseId = cases[which];
          if (!route.url.includes(':id') && which === 'confidential') continue;
          const loaded = await db.db
            .selectFrom('cases')
            .select(['office_code', 'confidential', 'provider_id'])
            .where('id', '=', caseId)
            .executeTakeFirstOrThrow();
          const disqualified = (
            await db.db
              .selectFrom('case_disqualifications')
              .select('user_id')
              .where('case_id', '=', caseId)
              .execute()
          ).map((d) => d.user_id);
          const parties = (
            await db.db.selectFrom('case_parties').select('person_id').where('case_id', '=', caseId).execute()
          ).map((p) => p.person_id);
          const expected = route.url.includes(':id')
            ? decide(variant.actor, action, {
                id: caseId,
                officeCode: loaded.office_code,
                confidential: loaded.confidential,
                partyPersonIds: parties,
                providerId: loaded.provider_id,
                disqualifiedUserIds: disqualified,
              })
            : decide(variant.actor, action, { officeCode: 'OSLO' });
          const body = SAMPLES[key];
          const res = await app.inject({
            method: route.method as 'GET',
            url:
              route.url.replace(':id', String(caseId)).replace(':documentId', String(documents[which])) +
              (QUERIES[key] ?? ''),
            headers: {
              ...(variant.token ? { authorization: `Bearer ${variant.token}` } : {}),
              ...(IDEMPOTENT.has(route.url)
                ? { 'idempotency-key': `matrix-${variant.label}-${checked.length}` }
                : {}),
            },
            ...(body !== undefined ? { payload: body as object } : {}),
          });
          const refused = res.statusCode === 401 || res.statusCode === 403;
          expect(
            refused,
            `${key} as ${variant.label} on the ${which} case: got ${res.statusCode} ${res.body.slice(0, 160)}`,
          ).toBe(!expected.allowed);
          if (!expected.allowed) expect(res.statusCode).toBe(variant.token ? 403 : 401);
          checked.push(`${key}|${variant.label}|${which}`);
        }
      }
    }
    // 39 guarded routes (21 on a case) × 13 actors × 2 cases, and the 18 routes without a case once each.
    expect(checked.length).toBe(21 * 13 * 2 + 18 * 13);
  });
});
