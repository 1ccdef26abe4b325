import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffAt } from '../../src/access/actors.ts';
import { verifyAudit } from '../../src/access/audit.ts';
import { advanceCase } from '../../src/cases/advance-case.ts';
import { appealDecision } from '../../src/cases/appeal-decision.ts';
import { assignCase } from '../../src/cases/assign-case.ts';
import { closeCase } from '../../src/cases/close-case.ts';
import type { UseCaseContext } from '../../src/cases/context.ts';
import { draftDecision } from '../../src/cases/draft-decision.ts';
import { CaseError } from '../../src/cases/errors.ts';
import { getCase } from '../../src/cases/get-case.ts';
import { getLetter } from '../../src/cases/get-letter.ts';
import { issueDecision } from '../../src/cases/issue-decision.ts';
import { openCase, type OpenCaseInput } from '../../src/cases/open-case.ts';
import { recordStatement } from '../../src/cases/record-statement.ts';
import { requestStatement } from '../../src/cases/request-statement.ts';
import { transferCase } from '../../src/cases/transfer-case.ts';
import { triageCase } from '../../src/cases/triage-case.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let today = '2026-05-04';
let ctx: UseCaseContext;
let osloProvider: number;
const ids: Record<string, number> = {};

async function userId(username: string): Promise<number> {
  const row = await db.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function counts(caseId: number) {
  const r = await db.pool.query<{
    events: number;
    audit: number;
    docs: number;
    version: number;
    state: string;
  }>(
    `SELECT (SELECT count(*) FROM case_events WHERE case_id = $1)::int AS events,
            (SELECT count(*) FROM audit_log)::int AS audit,
            (SELECT count(*) FROM documents WHERE case_id = $1)::int AS docs,
            (SELECT version FROM cases WHERE id = $1) AS version, (SELECT state FROM cases WHERE id = $1) AS state`,
    [caseId],
  );
  return r.rows[0];
}

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 11, cases: 300, years: 1, providers: 1000, today: '2026-04-30' });
  ctx = { db: db.db, today: () => today };
  const p = await db.db
    .selectFrom('providers')
    .select('id')
    .where('municipality_number', '=', '0301')
    .where('service_type', '=', 'nursing_home')
    .executeTakeFirstOrThrow();
  osloProvider = p.id;
  for (const u of ['saksbehandler.oslo', 'saksbehandler.vest', 'leder.oslo', 'jurist.ht', 'sb1.oslo'])
    ids[u] = await userId(u);
});
afterAll(async () => {
  await db?.close();
});

const caseworker = () => staffAt(ids['saksbehandler.oslo']!, 'OSLO', 'caseworker');
const complaint: OpenCaseInput = {
  caseType: 'incident_supervision',
  providerId: 0,
  themes: ['medication'],
  urgency: [],
  channel: 'web',
  title: 'Feil medisin på sykehjemmet',
  narrative: 'Mor fikk feil medisin tre dager på rad på sykehjemmet.',
  language: 'nb',
  confidential: false,
  parties: [
    {
      role: 'next_of_kin',
      nationalId: '15838512329',
      givenName: 'Kari',
      familyName: 'Testesen',
      preferredLanguage: 'nb',
    },
  ],
};

describe('case handling use cases on a real database', () => {
  let caseId: number;

  it('opens a case at the office of the provider’s municipality, once per idempotency key', async () => {
    const input = { ...complaint, providerId: osloProvider };
    const first = await openCase(ctx, caseworker(), input, 'key-open-0001');
    expect(first.replayed).toBe(false);
    expect(first.body.officeCode).toBe('OSLO');
    expect(first.body.caseNumber).toMatch(/^2026\/\d{5}$/);
    const again = await openCase(ctx, caseworker(), input, 'key-open-0001');
    expect(again).toEqual({ replayed: true, body: first.body });
    await expect(
      openCase(ctx, caseworker(), { ...input, title: 'Annen klage' }, 'key-open-0001'),
    ).rejects.toMatchObject({ statusCode: 409, code: 'idempotency_key_reused' });
    const n = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE title = 'Feil medisin på sykehjemmet'`,
    );
    expect(n.rows[0]?.n).toBe(1);
    caseId = first.body.id;
  });

  it('rejects bad input field by field and writes nothing', async () => {
    const before = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    const error = await openCase(
      ctx,
      caseworker(),
      {
        ...complaint,
        providerId: 99_999_999,
        parties: [{ ...complaint.parties[0]!, nationalId: '15838512328' }],
      },
      'key-open-bad1',
    ).catch((e: CaseError) => e);
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).fields.map((f) => f.field).sort()).toEqual([
      'parties.0.nationalId',
      'providerId',
    ]);
    const after = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('refuses an illegal transition with a clear message and changes nothing', async () => {
    const before = await counts(caseId);
    const error = await issueDecision(ctx, caseworker(), caseId, {
      outcome: 'breach',
      legalBasis: ['x'],
      reasons: 'y',
    }).catch((e: CaseError) => e);
    expect(error).toMatchObject({ statusCode: 409, code: 'not_allowed_in_state' });
    expect((error as CaseError).texts.nb).toContain('«received»');
    expect(await counts(caseId)).toEqual(before);
  });

  it('refuses another office’s caseworker and shows them the case only pseudonymised', async () => {
    const vest = staffAt(ids['saksbehandler.vest']!, 'VEST', 'caseworker');
    await expect(triageCase(ctx, vest, caseId, {})).rejects.toMatchObject({ statusCode: 403 });
    const view = await getCase(ctx, vest, caseId, 'kunnskapsgrunnlag');
    expect(view.pseudonymised).toBe(true);
    expect(view.narrative).toBeNull();
    expect(view.parties).toBeNull();
    const own = await getCase(ctx, caseworker(), caseId, 'saksbehandling');
    expect(own.parties?.map((p) => p.name)).toEqual(['Kari Testesen']);
    const logged = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE case_id = $1 AND action = 'case.read_personal_data' AND purpose = 'saksbehandling'`,
      [caseId],
    );
    expect(logged.rows[0]?.n).toBe(1);
  });

  it('walks the case through investigation with a suspended clock to a decision and follow-up', async () => {
    await assignCase(ctx, staffAt(ids['leder.oslo']!, 'OSLO', 'office_manager'), caseId, {
      userId: ids['sb1.oslo']!,
    });
    const worker = staffAt(ids['sb1.oslo']!, 'OSLO', 'caseworker');
    await triageCase(ctx, worker, caseId, {});
    await advanceCase(ctx, worker, caseId, { action: 'open_investigation' });
    today = '2026-05-06';
    await requestStatement(ctx, worker, caseId, {
      recipient: 'Sykehjemmet',
      responseDeadline: '2026-05-27',
      questions: 'Hva skjedde?',
    });
    let view = await getCase(ctx, worker, caseId, 'saksbehandling');
    expect(view.deadlines.processing.status).toBe('suspended');
    today = '2026-05-20';
    await recordStatement(ctx, worker, caseId, {
      statement: 'Vi beklager. Rutinen er endret.',
      from: 'Sykehjemmet',
    });
    view = await getCase(ctx, worker, caseId, 'saksbehandling');
    // Received 4 May; target five months → 4 October 2026 (a Sunday) → 5 October. Stopped 6–19 May (14 days)
    // → 18 October (a Sunday) → Monday 19 October 2026.
    expect(view.deadlines.processing.suspendedDays).toBe(14);
    expect(view.deadlines.processing.deadline).toBe('2026-10-19');
    await advanceCase(ctx, worker, caseId, { action: 'start_assessment' });
    await draftDecision(ctx, worker, caseId, {
      outcome: 'breach',
      legalBasis: ['helsepersonelloven § 4'],
      reasons: 'Sykehjemmet ga feil legemiddel.',
      language: 'nb',
    });
    const issued = await issueDecision(ctx, worker, caseId, {});
    expect(issued.state).toBe('follow_up');
    await expect(appealDecision(ctx, worker, caseId, { reason: 'Uenig' })).rejects.toMatchObject({
      code: 'unknown_action',
    });
    await closeCase(ctx, worker, caseId, { reason: 'Virksomheten har rettet rutinen.' });
    view = await getCase(ctx, worker, caseId, 'saksbehandling');
    expect(view.state).toBe('closed');
    expect(view.outcome).toBe('breach');
    expect(view.decisions).toEqual([
      expect.objectContaining({
        status: 'issued',
        outcome: 'breach',
        appealDeadline: null,
        individualDecision: false,
      }),
    ]);
    expect(view.events.map((e) => e.kind)).toEqual([
      'received',
      'assigned',
      'triage',
      'open_investigation',
      'request_statement',
      'record_statement',
      'start_assessment',
      'decision_drafted',
      'issue_decision',
      'close',
    ]);
    expect(view.documents.map((d) => d.kind)).toEqual([
      'complaint',
      'request_for_statement',
      'statement',
      'decision',
    ]);
  });

  it('transfers to the national body, where a reaction gets its appeal deadline past Whit Monday', async () => {
    today = '2026-05-04';
    const opened = await openCase(
      ctx,
      caseworker(),
      { ...complaint, providerId: osloProvider, title: 'Lege handlet uforsvarlig' },
      'key-open-0002',
    );
    const worker = caseworker();
    await triageCase(ctx, worker, opened.body.id, {});
    await advanceCase(ctx, worker, opened.body.id, { action: 'open_investigation' });
    const transfer = await transferCase(ctx, worker, opened.body.id, {
      reason: 'Mulig reaksjon mot helsepersonell.',
    });
    expect(transfer.state).toBe('transferred');
    const ht = await db.db
      .selectFrom('cases')
      .select(['id', 'office_code', 'case_type', 'parent_case_id'])
      .where('parent_case_id', '=', opened.body.id)
      .executeTakeFirstOrThrow();
    expect(ht).toMatchObject({ office_code: 'HT', case_type: 'personnel_reaction' });
    const lawyer = staffAt(ids['jurist.ht']!, 'HT', 'national_lawyer');
    await triageCase(ctx, lawyer, ht.id, {});
    await advanceCase(ctx, lawyer, ht.id, { action: 'send_advance_notice', responseDeadline: '2026-05-18' });
    const notice = await db.db
      .selectFrom('documents')
      .select('id')
      .where('case_id', '=', ht.id)
      .where('kind', '=', 'advance_notice')
      .executeTakeFirstOrThrow();
    const noticeLetter = await getLetter(ctx, lawyer, ht.id, notice.id, 'html');
    expect(noticeLetter.html).toContain('§ 16');
    expect(noticeLetter.html).toContain('18. mai 2026');
    await recordStatement(ctx, lawyer, ht.id, { statement: 'Merknader til forhåndsvarselet.' });
    await advanceCase(ctx, lawyer, ht.id, { action: 'start_assessment' });
    await issueDecision(ctx, lawyer, ht.id, {
      outcome: 'faglig_palegg',
      legalBasis: ['helsepersonelloven § 56'],
      reasons: 'Uforsvarlig legemiddelhåndtering.',
    });
    const decision = await db.db
      .selectFrom('decisions')
      .selectAll()
      .where('case_id', '=', ht.id)
      .executeTakeFirstOrThrow();
    // Decided Monday 4 May 2026; three weeks → Monday 25 May 2026 = Whit Monday (Easter 5 April + 50) → Tuesday 26 May.
    expect(decision.appeal_deadline).toBe('2026-05-26');
    expect(decision.is_individual_decision).toBe(true);
    const letter = await getLetter(ctx, lawyer, ht.id, decision.document_id as number, 'html');
    // Letters write dates as "26. mai 2026"; the appeal body for a reaction is fixed by law.
    expect(letter.html).toContain('26. mai 2026');
    expect(letter.html).toContain('Statens helsepersonellnemnd');
    const reaction = await db.db
      .selectFrom('reactions')
      .selectAll()
      .where('case_id', '=', ht.id)
      .executeTakeFirstOrThrow();
    expect(reaction).toMatchObject({
      kind: 'faglig_palegg',
      legal_basis: 'helsepersonelloven § 56',
      decided_on: '2026-05-04',
    });
    today = '2026-05-27';
    const appeal = await appealDecision(ctx, lawyer, ht.id, {
      reason: 'Klage til Statens helsepersonellnemnd',
    });
    expect(appeal.state).toBe('appealed');
    const event = await db.db
      .selectFrom('case_events')
      .select('data')
      .where('case_id', '=', ht.id)
      .where('kind', '=', 'register_appeal')
      .executeTakeFirstOrThrow();
    expect(event.data).toMatchObject({ late: true, appealDeadline: '2026-05-26' });
  });

  it('leaves an audit chain that verifies', async () => {
    const result = await verifyAudit(db.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(20);
  });
});
