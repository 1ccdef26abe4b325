/**
 * The intake API on a small seeded database: routing, bad input, idempotency, the status page with its
 * letters, urgency flags and related cases, attachments, and rate limiting.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/db/reference.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { tokenSigner } from '../../src/http/auth.ts';
import { trainClassifier } from '../../src/intake/classify/index.ts';
import { forgetClassifier } from '../../src/intake/classifier-cache.ts';
import { createStatusLink, hashSecret } from '../../src/intake/status-link.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';
import { complaintBody, personId } from './helpers.ts';

let db: TestDatabase;
let app: FastifyInstance;
const signer = tokenSigner('intake-test-secret');
let staffToken = '';
const TODAY = '2026-07-01';

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 5, cases: 1500, years: 3, providers: 2000, today: '2026-06-30' });
  await trainClassifier(db.db);
  forgetClassifier(db.db);
  ({ app } = await buildApp({
    conn: db,
    logLevel: false,
    serveWeb: false,
    signer,
    submitRateLimit: 100_000,
    today: () => TODAY,
  }));
  await app.ready();
  const user = await db.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'saksbehandler.oslo')
    .executeTakeFirstOrThrow();
  staffToken = signer.sign(user.id);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

let keyNo = 0;
const submit = (body: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/intake/complaints',
    headers: { 'idempotency-key': `intake-test-${++keyNo}-${Date.now()}`, ...headers },
    payload: body as object,
  });

async function counts() {
  const r = await sql<{ cases: number; documents: number; keys: number; links: number; files: number }>`
    SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM documents)::int AS documents,
           (SELECT count(*) FROM idempotency_keys)::int AS keys, (SELECT count(*) FROM status_links)::int AS links,
           (SELECT count(*) FROM document_files)::int AS files`.execute(db.db);
  return r.rows[0];
}

describe('routing', () => {
  it('sends a complaint to the office of its municipality, for all 357 municipalities', async () => {
    // The expectation comes from the shipped reference file, not from the database the code reads.
    const rows = parseCsv(readFileSync(new URL('../../reference/kommuner.csv', import.meta.url), 'utf8'));
    expect(rows).toHaveLength(357);
    const wrong: string[] = [];
    for (const [i, row] of rows.entries()) {
      const res = await submit(
        complaintBody(1000 + i, {
          municipalityNumber: row.kommunenummer,
          whatHappened: `Hjemmetjenesten i ${row.kommunenavn} kom ikke som avtalt, dag ${i}, og mor ble liggende alene.`,
        }),
      );
      if (res.statusCode !== 201 || res.json().officeCode !== row.statsforvalter)
        wrong.push(
          `${row.kommunenummer}: ${res.statusCode} ${res.json().officeCode} ≠ ${row.statsforvalter}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it("routes by the chosen provider's municipality, whatever municipality the form also says", async () => {
    const provider = await db.db
      .selectFrom('providers as p')
      .innerJoin('municipalities as m', 'm.number', 'p.municipality_number')
      .select(['p.id', 'm.office_code'])
      .where('m.office_code', '=', 'NORD')
      .executeTakeFirstOrThrow();
    const res = await submit(complaintBody(2001, { providerId: provider.id, municipalityNumber: '0301' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().officeCode).toBe('NORD');
  });
});

describe('provider search', () => {
  it('finds providers by municipality name and by part of the name, sorted in Norwegian order', async () => {
    const byMunicipality = await app.inject({ method: 'GET', url: '/api/intake/providers?q=Bergen' });
    expect(byMunicipality.statusCode).toBe(200);
    const hits = byMunicipality.json() as { name: string; municipalityName: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(20);
    expect(hits.every((h) => h.municipalityName === 'Bergen' || h.name.includes('Bergen'))).toBe(true);
    const names = hits.map((h) => h.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('nb').compare));
    const some = await db.db.selectFrom('providers').select('name').executeTakeFirstOrThrow();
    const part = some.name.slice(0, 6);
    const byName = (
      await app.inject({ method: 'GET', url: `/api/intake/providers?q=${encodeURIComponent(part)}` })
    ).json();
    expect(byName.map((h: { name: string }) => h.name)).toContain(some.name);
    const tooShort = await app.inject({ method: 'GET', url: '/api/intake/providers?q=a' });
    expect(tooShort.statusCode).toBe(400);
  });
});

describe('bad input', () => {
  it('answers with field-level messages in the asked language and writes nothing', async () => {
    const before = await counts();
    const res = await submit(
      complaintBody(3001, {
        complainant: { givenName: 'Kari', familyName: 'T', nationalId: '12345678901' },
        consent: false,
        contactPreference: 'email',
        municipalityNumber: undefined,
        providerText: undefined,
      }),
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.message).toBe('The request has errors. See the fields below.');
    const fields = Object.fromEntries(
      (body.fields as { field: string; message: string }[]).map((f) => [f.field, f.message]),
    );
    expect(Object.keys(fields).sort()).toEqual([
      'body.complainant.email',
      'body.complainant.nationalId',
      'body.consent',
      'body.providerText',
    ]);
    expect(fields['body.consent']).toBe('We need your consent to ask the provider for an explanation.');
    const nb = await submit(complaintBody(3002, { whatHappened: 'For kort' }));
    expect(nb.statusCode).toBe(400);
    expect(nb.json().fields).toEqual([
      { field: 'body.whatHappened', code: 'too_small', message: 'Må være minst 20 tegn.' },
    ]);
    const nn = await submit(complaintBody(3003, { municipalityNumber: '9999' }), { 'accept-language': 'nn' });
    expect(nn.json().fields).toEqual([
      {
        field: 'body.municipalityNumber',
        code: 'unknown_municipality',
        message: 'Vel ein kommune frå lista.',
      },
    ]);
    const noKey = await app.inject({
      method: 'POST',
      url: '/api/intake/complaints',
      payload: complaintBody(3004),
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().fields[0].field).toBe('headers.idempotency-key');
    expect(await counts()).toEqual(before);
  });

  it('sniffs attachments: a PNG is kept as image/png whatever its name, a program named .pdf is refused', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const before = await counts();
    const refused = await submit(
      complaintBody(3101, {
        attachments: [
          { fileName: 'bilde.pdf', contentBase64: png.toString('base64') },
          { fileName: 'journal.pdf', contentBase64: exe.toString('base64') },
        ],
      }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual(
      ['body.attachments.1 file_type_not_allowed'],
    );
    expect(await counts()).toEqual(before);
    const big = await submit(
      complaintBody(3102, {
        attachments: [
          { fileName: 'stor.txt', contentBase64: Buffer.alloc(6 * 1024 * 1024, 65).toString('base64') },
        ],
      }),
    );
    expect(big.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
    const ok = await submit(
      complaintBody(3103, {
        attachments: [
          { fileName: 'bilde.pdf', contentBase64: png.toString('base64') },
          { fileName: 'notat.txt', contentBase64: Buffer.from('Notat om timen, æøå.').toString('base64') },
        ],
      }),
    );
    expect(ok.statusCode).toBe(201);
    const files = await db.db
      .selectFrom('document_files')
      .select(['file_name', 'media_type', 'byte_size'])
      .where('case_id', '=', ok.json().caseId)
      .orderBy('id')
      .execute();
    expect(files).toEqual([
      { file_name: 'bilde.pdf', media_type: 'image/png', byte_size: png.length },
      {
        file_name: 'notat.txt',
        media_type: 'text/plain',
        byte_size: Buffer.byteLength('Notat om timen, æøå.'),
      },
    ]);
  });
});

describe('idempotency and the status secret', () => {
  it('gives the same receipt for the same key and body, 409 for another body, and never stores the secret', async () => {
    const headers = { 'idempotency-key': 'browser-key-0001-abcdef' };
    const first = await submit(complaintBody(4001), headers);
    expect(first.statusCode).toBe(201);
    const receipt = first.json();
    expect(receipt.statusUrl).toBe(`/status/${receipt.statusSecret}`);
    expect(receipt.caseNumber).toMatch(/^2026\/\d{5}$/);
    const again = await submit(complaintBody(4001), headers);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(receipt);
    const other = await submit(complaintBody(4002), headers);
    expect(other.statusCode).toBe(409);
    expect(
      await db.db.selectFrom('cases').select('id').where('id', '=', receipt.caseId).execute(),
    ).toHaveLength(1);

    const secret = receipt.statusSecret as string;
    const leaks = await sql<{ n: number }>`
      SELECT ((SELECT count(*) FROM idempotency_keys WHERE response::text LIKE ${'%' + secret + '%'})
            + (SELECT count(*) FROM status_links WHERE secret_hash = ${secret})
            + (SELECT count(*) FROM case_intake WHERE details::text LIKE ${'%' + secret + '%'})
            + (SELECT count(*) FROM case_events WHERE data::text LIKE ${'%' + secret + '%'})
            + (SELECT count(*) FROM audit_log WHERE details::text LIKE ${'%' + secret + '%'}))::int AS n`.execute(
      db.db,
    );
    expect(leaks.rows[0]?.n).toBe(0);
    const stored = await db.db
      .selectFrom('status_links')
      .select('case_id')
      .where('secret_hash', '=', hashSecret(secret))
      .execute();
    expect(stored.map((s) => Number(s.case_id))).toEqual([receipt.caseId]);
  });

  it('createStatusLink issues a new secret for an existing case', async () => {
    const res = await submit(complaintBody(4101));
    const secret = await createStatusLink(db.db, res.json().caseId);
    expect(secret).not.toBe(res.json().statusSecret);
    const status = await app.inject({ method: 'GET', url: `/api/status/${secret}` });
    expect(status.statusCode).toBe(200);
    expect(status.json().caseNumber).toBe(res.json().caseNumber);
    const unknown = await app.inject({ method: 'GET', url: `/api/status/${'x'.repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('the status page', () => {
  it('says where the case is, the expected time from the data, and shows the letter once a decision is issued', async () => {
    const res = await submit(complaintBody(5001));
    const { caseId, statusSecret } = res.json();
    const status = await app.inject({
      method: 'GET',
      url: `/api/status/${statusSecret}`,
      headers: { 'accept-language': 'en' },
    });
    expect(status.statusCode).toBe(200);
    const body = status.json();
    expect(body).toMatchObject({ state: 'received', letters: [] });
    expect(body.where).toContain('We have received the case');

    // Independent of the SQL percentiles: the same figures computed here from the rows.
    const office = (
      await db.db.selectFrom('cases').select('office_code').where('id', '=', caseId).executeTakeFirstOrThrow()
    ).office_code;
    const rows = await sql<{ days: number }>`
      SELECT (decided_on - received_on)::int AS days FROM cases
      WHERE office_code = ${office} AND case_type = 'incident_supervision' AND decided_on IS NOT NULL
        AND decided_on >= ${TODAY}::date - 1095 ORDER BY 1`.execute(db.db);
    const days = rows.rows.map((r) => r.days);
    const quantile = (q: number) => {
      const h = (days.length - 1) * q;
      return days[Math.floor(h)]! + (h - Math.floor(h)) * (days[Math.ceil(h)]! - days[Math.floor(h)]!);
    };
    expect(days.length).toBeGreaterThanOrEqual(10);
    expect(body.expectedProcessing).toMatchObject({
      basedOnCases: days.length,
      medianDays: Math.round(quantile(0.5)),
      p10Days: Math.round(quantile(0.1)),
      p90Days: Math.round(quantile(0.9)),
    });
    expect(body.expectedProcessing.text).toMatch(
      /^Cases like yours usually take about \d+ (days|weeks|months?) here\./,
    );

    const call = (method: 'POST' | 'PUT', url: string, payload: object) =>
      app.inject({ method, url, payload, headers: { authorization: `Bearer ${staffToken}` } });
    const staffOffice = await call('POST', `/api/cases/${caseId}/triage`, {});
    if (office !== 'OSLO') throw new Error(`expected an Oslo case, got ${office}`);
    expect(staffOffice.statusCode).toBe(200);
    await call('POST', `/api/cases/${caseId}/steps`, { action: 'open_investigation' });
    expect((await call('POST', `/api/cases/${caseId}/interim-reply`, {})).statusCode).toBe(200);
    expect(
      (
        await call('POST', `/api/cases/${caseId}/statement-requests`, {
          recipient: 'Legekontoret',
          responseDeadline: '2026-07-20',
        })
      ).statusCode,
    ).toBe(200);
    await call('POST', `/api/cases/${caseId}/statements`, { statement: 'Vi har gått gjennom journalen.' });
    await call('POST', `/api/cases/${caseId}/steps`, { action: 'start_assessment' });
    await call('PUT', `/api/cases/${caseId}/decision-draft`, {
      outcome: 'no_breach',
      legalBasis: ['helsepersonelloven § 4'],
      reasons: 'Behandlingen var forsvarlig.',
      language: 'nb',
    });
    expect((await call('POST', `/api/cases/${caseId}/decision`, {})).statusCode).toBe(200);

    const after = (await app.inject({ method: 'GET', url: `/api/status/${statusSecret}` })).json();
    expect(after.state).toBe('closed');
    expect(after.where).toBe('Saken er avsluttet.');
    // The party's letters only: the interim reply and the decision, not the request to the provider.
    expect(after.letters.map((l: { title: string }) => l.title)).toEqual(['Foreløpig svar', 'Avgjørelse']);
    after.letters = after.letters.slice(1);
    const request = await db.db
      .selectFrom('documents')
      .select('id')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'request_for_statement')
      .executeTakeFirstOrThrow();
    const toProvider = await app.inject({
      method: 'GET',
      url: `/api/status/${statusSecret}/letters/${request.id}`,
    });
    expect(toProvider.statusCode).toBe(404);
    expect(after.letters[0].url).toMatch(new RegExp(`^/api/status/${statusSecret}/letters/\\d+$`));
    const pdf = await app.inject({ method: 'GET', url: after.letters[0].url });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Another case's letter is not reachable with this link.
    const other = await db.db
      .selectFrom('documents')
      .select('id')
      .where('case_id', '!=', caseId)
      .where('kind', '=', 'decision')
      .where('direction', '=', 'outbound')
      .executeTakeFirst();
    if (other) {
      const denied = await app.inject({
        method: 'GET',
        url: `/api/status/${statusSecret}/letters/${other.id}`,
      });
      expect(denied.statusCode).toBe(404);
    }
  });
});

describe('triage', () => {
  it('stores urgency flags with their trigger words, the classifier suggestion and related cases; staff read them', async () => {
    const provider = await db.db
      .selectFrom('providers')
      .select(['id'])
      .where('municipality_number', '=', '0301')
      .where('service_type', '=', 'nursing_home')
      .executeTakeFirstOrThrow();
    const first = await submit(
      complaintBody(6001, {
        providerId: provider.id,
        whatHappened:
          'Far ble lagt i belter på sykehjemmet uten vedtak. Han døde to dager senere. Det skjer fortsatt med andre beboere.',
      }),
    );
    expect(first.statusCode).toBe(201);
    const intake = await app.inject({
      method: 'GET',
      url: `/api/cases/${first.json().caseId}/intake`,
      headers: { authorization: `Bearer ${staffToken}` },
    });
    expect(intake.statusCode).toBe(200);
    const view = intake.json();
    expect(view.urgency.map((u: { flag: string; words: string[] }) => [u.flag, u.words])).toEqual([
      ['death', ['døde']],
      ['ongoing_danger', ['skjer fortsatt']],
      ['coercion', ['lagt i belter']],
    ]);
    expect(view.classification.serviceType.probability).toBeGreaterThan(0);
    expect(view.classification.serviceType.topWords.length).toBeGreaterThan(0);
    expect(typeof view.needsHumanTriage).toBe('boolean');
    expect(view.needsHumanTriage).toBe(view.classification.route === 'human_triage');
    const urgency = await db.db
      .selectFrom('cases')
      .select('urgency')
      .where('id', '=', first.json().caseId)
      .executeTakeFirstOrThrow();
    expect(urgency.urgency).toEqual(['death', 'ongoing_danger', 'coercion']);

    // A second complaint about the same provider from another person: a new case, linked as related.
    const second = await submit(
      complaintBody(6002, {
        providerId: provider.id,
        whatHappened: 'Mor fikk ikke mat på sykehjemmet om kvelden, og personalet hadde ikke tid til henne.',
      }),
    );
    expect(second.json().joinedExistingCase).toBe(false);
    const secondView = (
      await app.inject({
        method: 'GET',
        url: `/api/cases/${second.json().caseId}/intake`,
        headers: { authorization: `Bearer ${staffToken}` },
      })
    ).json();
    expect(secondView.urgency).toEqual([]);
    // The same person writing nearly the same again: joins the open case instead of a duplicate.
    const repeat = await submit(
      complaintBody(6001, {
        providerId: provider.id,
        whatHappened:
          'Far ble lagt i belter på sykehjemmet uten vedtak. Han døde to dager senere. Det skjer fortsatt med andre beboere!',
      }),
    );
    expect(repeat.statusCode).toBe(201);
    expect(repeat.json()).toMatchObject({ caseId: first.json().caseId, joinedExistingCase: true });
    const joinedStatus = await app.inject({
      method: 'GET',
      url: `/api/status/${repeat.json().statusSecret}`,
    });
    expect(joinedStatus.json().caseNumber).toBe(first.json().caseNumber);
    const supplements = await db.db
      .selectFrom('documents')
      .select('kind')
      .where('case_id', '=', first.json().caseId)
      .orderBy('seq')
      .execute();
    expect(supplements.map((d) => d.kind)).toEqual(['complaint', 'complaint_supplement']);
    // A third complaint by the same person about something else: related by person, linked both ways.
    const third = await submit(
      complaintBody(6001, {
        municipalityNumber: '0301',
        whatHappened: 'Legevakten sendte meg hjem med brukket arm og sa det var en forstuing.',
      }),
    );
    const thirdView = (
      await app.inject({
        method: 'GET',
        url: `/api/cases/${third.json().caseId}/intake`,
        headers: { authorization: `Bearer ${staffToken}` },
      })
    ).json();
    expect(
      thirdView.related.map((r: { caseId: number; reasons: string[] }) => [r.caseId, r.reasons]),
    ).toContainEqual([first.json().caseId, ['same_person']]);
    const links = await db.db
      .selectFrom('case_links')
      .select(['case_id', 'linked_case_id'])
      .where('kind', '=', 'related')
      .where('case_id', 'in', [third.json().caseId, first.json().caseId])
      .execute();
    expect(links.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses the intake view to the public and to staff of other offices', async () => {
    const res = await submit(complaintBody(6101));
    const anonymous = await app.inject({ method: 'GET', url: `/api/cases/${res.json().caseId}/intake` });
    expect(anonymous.statusCode).toBe(401);
    const vest = await db.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'saksbehandler.vest')
      .executeTakeFirstOrThrow();
    const other = await app.inject({
      method: 'GET',
      url: `/api/cases/${res.json().caseId}/intake`,
      headers: { authorization: `Bearer ${signer.sign(vest.id)}` },
    });
    expect(other.statusCode).toBe(403);
  });
});

describe('rate limiting', () => {
  it('refuses the submits over the limit per minute with 429 and a plain message', async () => {
    const limited = (
      await buildApp({ conn: db, logLevel: false, serveWeb: false, submitRateLimit: 2, today: () => TODAY })
    ).app;
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) {
        const r = await limited.inject({
          method: 'POST',
          url: '/api/intake/complaints',
          headers: { 'idempotency-key': `rate-limit-key-${i}`, 'accept-language': 'en' },
          payload: complaintBody(7000 + i),
        });
        codes.push(r.statusCode);
        if (r.statusCode === 429)
          expect(r.json().message).toMatch(/^Too many submissions\. Wait \d+ seconds/);
      }
      expect(codes).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});

export { personId };
