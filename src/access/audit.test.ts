import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { staffAt } from './actors.ts';
import { appendAudit, auditHash, logPersonalDataRead, verifyAudit, type AuditEntry } from './audit.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(async () => {
  await db?.close();
});

const caseworker = staffAt(7, 'OSLO', 'caseworker');
const ZEROS = '0'.repeat(64);

/** What a superuser could do by hand: switch the append-only trigger off, change the table, switch it on. */
async function behindTheAppsBack(...statements: string[]): Promise<void> {
  await db.db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(trx);
    for (const statement of statements) await sql.raw(statement).execute(trx);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(trx);
  });
}

async function count(): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(db.db);
  return r.rows[0]!.n;
}

describe(`the audit log (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('hashes the documented canonical form: the same hash on PGlite and PostgreSQL', async () => {
    const record = await appendAudit(db.db, {
      actor: caseworker,
      action: 'case.read_personal_data',
      caseId: 42,
      purpose: 'klagebehandling',
      details: { z: 1, a: [true, null, 'ø'], '10': 'x', '9': 'y' },
      occurredAt: new Date('2025-03-03T09:15:00.123Z'),
    });
    // The canonical form written out by hand (audit-hash.ts documents it), hashed with node:crypto.
    const canonical =
      '["tilsyn-audit/1","1","2025-03-03T09:15:00.123000Z","staff","7","case.read_personal_data","42",' +
      `"klagebehandling",{"10":"x","9":"y","a":[true,null,"ø"],"z":1},"${ZEROS}"]`;
    const expected = createHash('sha256').update(canonical, 'utf8').digest('hex');
    expect(record).toEqual({
      id: 1,
      occurredAt: '2025-03-03T09:15:00.123000Z',
      prevHash: ZEROS,
      hash: expected,
    });
    // A fixed value (also checked with sha256sum), so a run on either backend proves they agree.
    expect(expected).toBe('6ba952d9ef2c730927bae8e5bf36517942ce5a4b5dd5c45ead7b4285f4b6f4ed');
    const stored = await db.db
      .selectFrom('audit_log')
      .select(['hash', 'prev_hash'])
      .where('id', '=', 1)
      .execute();
    expect(stored).toEqual([{ hash: expected, prev_hash: ZEROS }]);
  });

  it('appends entries from every kind of actor and verifies the chain', async () => {
    const entries: AuditEntry[] = [
      {
        actor: caseworker,
        action: 'case.triage',
        caseId: 42,
        details: { from: 'received', to: 'initial_assessment' },
      },
      { actor: { kind: 'citizen', personId: 501 }, action: 'case.appeal', caseId: 42 },
      { actor: { kind: 'provider', providerId: 9001 }, action: 'case.submit_statement', caseId: 42 },
      { actor: { kind: 'anonymous' }, action: 'complaint.submit', details: { channel: 'web' } },
      {
        actor: { kind: 'system' },
        action: 'deadline.escalated',
        caseId: 43,
        details: { days: 3.5, note: 'ø "q"' },
      },
    ];
    const before = await count();
    for (let i = 0; i < 4; i++) for (const entry of entries) await appendAudit(db.db, entry);
    await db.db.transaction().execute((trx) => logPersonalDataRead(trx, caseworker, 42, 'saksbehandling'));
    const result = await verifyAudit(db.db);
    expect(result).toMatchObject({
      ok: true,
      checked: before + 21,
      message: `ok: ${before + 21} entries verified`,
    });
    const last = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({
      actor_kind: 'staff',
      actor_id: 7,
      action: 'case.read_personal_data',
      purpose: 'saksbehandling',
    });
    expect(result.lastHash).toBe(last.hash);
  });

  it('takes the time from the database clock, with microseconds, in order', async () => {
    const a = await appendAudit(db.db, { actor: caseworker, action: 'case.read', caseId: 1 });
    const b = await appendAudit(db.db, { actor: caseworker, action: 'case.read', caseId: 1 });
    expect(a.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(b.occurredAt >= a.occurredAt).toBe(true);
    expect(b.prevHash).toBe(a.hash);
  });

  it('requires a purpose for a read of personal data — in the code and in the table', async () => {
    await expect(logPersonalDataRead(db.db, caseworker, 42, '  ')).rejects.toThrow(/purpose/);
    await expect(
      sql`INSERT INTO audit_log (occurred_at, actor_kind, actor_id, action, case_id, prev_hash, hash)
          VALUES (now(), 'staff', 7, 'case.read_personal_data', 42, ${ZEROS}, ${'f'.repeat(64)})`.execute(
        db.db,
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(sql`UPDATE audit_log SET purpose = 'x' WHERE id = 1`.execute(db.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE id = 1`.execute(db.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(db.db)).rejects.toThrow(/append-only/);
  });

  it('writes nothing when the use case fails, and keeps the chain whole', async () => {
    const before = await count();
    await expect(
      db.db.transaction().execute(async (trx) => {
        await appendAudit(trx, { actor: caseworker, action: 'case.close', caseId: 42 });
        throw new Error('the use case failed after appending');
      }),
    ).rejects.toThrow(/failed/);
    expect(await count()).toBe(before);
    expect((await verifyAudit(db.db)).ok).toBe(true);
  });

  it('refuses to append in a REPEATABLE READ transaction, where the chain could fork', async () => {
    await expect(
      db.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((trx) => appendAudit(trx, { actor: caseworker, action: 'case.read', caseId: 1 })),
    ).rejects.toThrow(/READ COMMITTED/);
  });

  it('keeps one valid chain under 20 concurrent transactions', async () => {
    const before = await count();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.db.transaction().execute(async (trx) => {
          await sql`SELECT pg_sleep(0.005)`.execute(trx);
          await appendAudit(trx, {
            actor: staffAt(100 + i, 'OSLO', 'caseworker'),
            action: 'case.triage',
            caseId: i,
          });
          await sql`SELECT pg_sleep(0.005)`.execute(trx);
        }),
      ),
    );
    expect(await count()).toBe(before + 20);
    const forks = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (SELECT prev_hash FROM audit_log GROUP BY prev_hash HAVING count(*) > 1) f`.execute(
      db.db,
    );
    expect(forks.rows[0]!.n).toBe(0);
    expect(await verifyAudit(db.db)).toMatchObject({ ok: true, checked: before + 20 });
  });
});

describe('verify finds what was done behind the application’s back', () => {
  const edits: [string, string, string][] = [
    ['the purpose', "SET purpose = 'nysgjerrighet'", 'SET purpose = NULL'],
    [
      'the time, by one microsecond',
      "SET occurred_at = occurred_at + interval '1 microsecond'",
      "SET occurred_at = occurred_at - interval '1 microsecond'",
    ],
    ['the details', `SET details = details || '{"extra": 1}'`, "SET details = details - 'extra'"],
    ['the actor', 'SET actor_id = actor_id + 1', 'SET actor_id = actor_id - 1'],
  ];

  it.each(edits)('a change to %s names the row as changed', async (_what, change, undo) => {
    const target = 2; // a staff member's triage: it has an actor and no purpose
    await behindTheAppsBack(`UPDATE audit_log ${change} WHERE id = ${target}`);
    const result = await verifyAudit(db.db);
    expect(result).toMatchObject({ ok: false, problem: 'changed', firstBadId: target, checked: target - 1 });
    expect(result.message).toContain(`audit row ${target} was changed`);
    await behindTheAppsBack(`UPDATE audit_log ${undo} WHERE id = ${target}`);
    expect((await verifyAudit(db.db)).ok).toBe(true);
  });

  it('a deleted row: the next row is named, and the row before the gap', async () => {
    await behindTheAppsBack(
      'CREATE TABLE audit_saved AS SELECT * FROM audit_log WHERE id = 6',
      'DELETE FROM audit_log WHERE id = 6',
    );
    const result = await verifyAudit(db.db);
    expect(result).toMatchObject({ ok: false, problem: 'deleted', firstBadId: 7 });
    expect(result.message).toBe(
      'the entry before audit row 7 is missing: row 7 does not link to row 5 and its predecessor is not in the log (deleted, or rewritten with a new hash)',
    );
    await behindTheAppsBack(
      'INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM audit_saved',
      'DROP TABLE audit_saved',
    );
    expect((await verifyAudit(db.db)).ok).toBe(true);
  });

  it('a deleted first row', async () => {
    await behindTheAppsBack(
      'CREATE TABLE audit_saved AS SELECT * FROM audit_log WHERE id = 1',
      'DELETE FROM audit_log WHERE id = 1',
    );
    expect(await verifyAudit(db.db)).toMatchObject({
      ok: false,
      problem: 'deleted',
      firstBadId: 2,
      checked: 0,
    });
    await behindTheAppsBack(
      'INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM audit_saved',
      'DROP TABLE audit_saved',
    );
  });

  it('a row moved to the end of the log is reported as reordered', async () => {
    await behindTheAppsBack(
      'CREATE TABLE audit_saved AS SELECT * FROM audit_log WHERE id = 3',
      'DELETE FROM audit_log WHERE id = 3',
      'INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT 100000, occurred_at, actor_kind, actor_id, action, case_id, purpose, details, prev_hash, hash FROM audit_saved',
    );
    expect(await verifyAudit(db.db)).toMatchObject({ ok: false, problem: 'reordered', firstBadId: 4 });
    await behindTheAppsBack(
      'DELETE FROM audit_log WHERE id = 100000',
      'INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM audit_saved',
      'DROP TABLE audit_saved',
    );
    expect((await verifyAudit(db.db)).ok).toBe(true);
  });

  it('a forged row slipped into a gap, even with a correctly computed hash, is reported as inserted', async () => {
    // A rolled-back append leaves an unused id: the gap a forger would use.
    await db.db
      .transaction()
      .execute(async (trx) => {
        await appendAudit(trx, { actor: caseworker, action: 'case.read', caseId: 1 });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    const gap = (await appendAudit(db.db, { actor: caseworker, action: 'case.read', caseId: 1 })).id - 1;
    const before = await db.db
      .selectFrom('audit_log')
      .select('hash')
      .where('id', '<', gap)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const forged = {
      id: gap,
      occurredAt: '2025-01-01T00:00:00.000000Z',
      actorKind: 'staff',
      actorId: 7,
      action: 'case.read_personal_data',
      caseId: 42,
      purpose: 'saksbehandling',
      details: {},
      prevHash: before.hash,
    };
    await sql`INSERT INTO audit_log (id, occurred_at, actor_kind, actor_id, action, case_id, purpose, details, prev_hash, hash)
              OVERRIDING SYSTEM VALUE VALUES (${gap}, ${forged.occurredAt}::timestamptz, 'staff', 7,
              'case.read_personal_data', 42, 'saksbehandling', '{}', ${forged.prevHash}, ${auditHash(forged)})`.execute(
      db.db,
    );
    const result = await verifyAudit(db.db);
    expect(result).toMatchObject({ ok: false, problem: 'inserted', firstBadId: gap });
    await behindTheAppsBack(`DELETE FROM audit_log WHERE id = ${gap}`);
    expect((await verifyAudit(db.db)).ok).toBe(true);
  });

  it('a trigger left switched off is reported even when the chain is intact', async () => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db.db);
    expect(await verifyAudit(db.db)).toMatchObject({ ok: false, problem: 'unprotected' });
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(db.db);
    expect((await verifyAudit(db.db)).ok).toBe(true);
  });
});
