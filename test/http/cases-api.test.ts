import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let token: string;
let provider: number;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      authorization: `Bearer ${token}`,
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { fields?: { field: string; message: string }[] },
  };
}

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 5, cases: 300, years: 1, providers: 1000, today: '2026-04-30' });
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
  provider = (
    await db.db
      .selectFrom('providers')
      .select('id')
      .where('municipality_number', '=', '4601')
      .where('service_type', '=', 'gp')
      .executeTakeFirstOrThrow()
  ).id;
  const login = await fetch(base + '/api/demo/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'saksbehandler.vest' }),
  });
  token = ((await login.json()) as { token: string }).token;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const complaint = (title: string) => ({
  caseType: 'incident_supervision',
  providerId: provider,
  themes: ['diagnostics'],
  channel: 'web',
  title,
  narrative: 'Fastlegen oppdaget ikke brystkreften før det var for sent.',
  parties: [{ role: 'complainant', nationalId: '15838512329', givenName: 'Kari', familyName: 'Testesen' }],
});

describe('the case API over real HTTP', () => {
  it('opens a case once per Idempotency-Key and routes it to the office of Bergen (VEST)', async () => {
    const first = await call('POST', '/api/cases', complaint('Forsinket kreftdiagnose'), {
      'idempotency-key': 'http-open-000001',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ officeCode: 'VEST', state: 'received' });
    const retry = await call('POST', '/api/cases', complaint('Forsinket kreftdiagnose'), {
      'idempotency-key': 'http-open-000001',
    });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const missingKey = await call('POST', '/api/cases', complaint('Uten nøkkel'));
    expect(missingKey.status).toBe(400);
    expect(missingKey.body.fields?.[0]?.field).toBe('headers.idempotency-key');
  });

  it('rejects bad input field by field in bokmål or English, and writes nothing', async () => {
    const before = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    const bad = await call(
      'POST',
      '/api/cases',
      {
        ...complaint('x'),
        parties: [{ role: 'complainant', nationalId: '15838512328', givenName: 'A', familyName: 'B' }],
      },
      { 'idempotency-key': 'http-open-000002', 'accept-language': 'en' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields?.map((f) => f.field)).toEqual(['body.title']);
    const badId = await call(
      'POST',
      '/api/cases',
      {
        ...complaint('Riktig tittel'),
        parties: [{ role: 'complainant', nationalId: '15838512328', givenName: 'A', familyName: 'B' }],
      },
      { 'idempotency-key': 'http-open-000003' },
    );
    expect(badId.status).toBe(400);
    expect(badId.body.fields?.[0]).toMatchObject({ field: 'body.parties.0.nationalId' });
    expect(badId.body.fields?.[0]?.message).toMatch(/kontrollsiffer/i);
    const after = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('takes the case from triage through a statement to a decision, and refuses an illegal step with 409', async () => {
    const opened = await call('POST', '/api/cases', complaint('Feil dose'), {
      'idempotency-key': 'http-open-000004',
    });
    const id = opened.body.id as number;
    const early = await call(
      'POST',
      `/api/cases/${id}/decision`,
      { outcome: 'breach', legalBasis: ['hpl. § 4'], reasons: 'r' },
      { 'accept-language': 'en' },
    );
    expect(early.status).toBe(409);
    expect(early.body.message).toBe(
      'The case is in the state "received". "Decide the case" is only possible in: assessing.',
    );
    expect((await call('POST', `/api/cases/${id}/triage`, {})).body.state).toBe('initial_assessment');
    expect((await call('POST', `/api/cases/${id}/steps`, { action: 'open_investigation' })).body.state).toBe(
      'investigating',
    );
    const interim = await call('POST', `/api/cases/${id}/interim-reply`, {
      delayExplanation: 'Vi venter på journalen.',
    });
    expect(interim.status).toBe(200);
    const interimHtml = await (
      await fetch(`${base}/api/cases/${id}/documents/${interim.body.documentId}/letter?format=html`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text();
    expect(interimHtml).toContain('§ 11 a');
    // Received 4 May 2026; incident target five months → 4 October, a Sunday → Monday 5 October 2026.
    expect(interim.body.expectedAnswerBy).toBe('2026-10-05');
    expect(interimHtml).toContain('5. oktober 2026');
    const request = await call('POST', `/api/cases/${id}/statement-requests`, {
      recipient: 'Legekontoret',
      responseDeadline: '2026-05-25',
    });
    expect(request.status).toBe(200);
    const read = await call('GET', `/api/cases/${id}?purpose=saksbehandling`);
    expect((read.body.deadlines as { processing: { status: string } }).processing.status).toBe('suspended');
    expect(
      (await call('POST', `/api/cases/${id}/statements`, { statement: 'Vi har gjennomgått journalen.' }))
        .status,
    ).toBe(200);
    expect((await call('POST', `/api/cases/${id}/steps`, { action: 'start_assessment' })).body.state).toBe(
      'assessing',
    );
    const missing = await call('PUT', `/api/cases/${id}/decision-draft`, {
      outcome: 'breach',
      legalBasis: [],
      reasons: '',
      language: 'nb',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.fields?.map((f) => f.field).sort()).toEqual(['body.legalBasis', 'body.reasons']);
    expect(
      (
        await call('PUT', `/api/cases/${id}/decision-draft`, {
          outcome: 'no_breach',
          legalBasis: ['helsepersonelloven § 4'],
          reasons: 'Forsvarlig.',
          language: 'nb',
        })
      ).status,
    ).toBe(200);
    const decided = await call('POST', `/api/cases/${id}/decision`, {});
    expect(decided.body).toMatchObject({ state: 'closed', outcome: 'no_breach' });
    const letterDoc = (
      await db.db
        .selectFrom('documents')
        .select('id')
        .where('case_id', '=', id)
        .where('kind', '=', 'decision')
        .executeTakeFirstOrThrow()
    ).id;
    const pdf = await fetch(`${base}/api/cases/${id}/documents/${letterDoc}/letter`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const html = await (
      await fetch(`${base}/api/cases/${id}/documents/${letterDoc}/letter?format=html`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text();
    expect(html).toContain('Ikke brudd');
    expect(html).toContain(opened.body.caseNumber as string);
    expect(html).toContain('Kari Testesen');
    const final = await call('GET', `/api/cases/${id}`);
    expect((final.body.events as { kind: string }[]).map((e) => e.kind)).toEqual([
      'received',
      'triage',
      'open_investigation',
      'interim_reply_sent',
      'request_statement',
      'record_statement',
      'start_assessment',
      'decision_drafted',
      'issue_decision',
    ]);
  });

  it('answers 401 without a token and 404 for a case that does not exist', async () => {
    const res = await fetch(`${base}/api/cases/1`);
    expect(res.status).toBe(401);
    // Not signed in: told to sign in first, not handed a list of field errors.
    const anonymous = await fetch(`${base}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toBe('login_required');
    const badDate = await call('POST', '/api/cases/1/statement-requests', {
      recipient: 'X',
      responseDeadline: 'i morgen',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.fields?.[0]).toMatchObject({
      field: 'body.responseDeadline',
      message: 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-05-17.',
    });
    expect((await call('GET', '/api/cases/99999999')).status).toBe(404);
  });
});
