import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from '../helpers/cli.ts';
import { staffAt } from '../../src/access/actors.ts';
import { appendAudit } from '../../src/access/audit.ts';
import { connect } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';

const sandbox = cliSandbox('tilsyn-audit-cli');
const dataDir = sandbox.dataDir;
const tilsyn = (...args: string[]) => sandbox.tilsyn(args);

/** Opens the command's database in this process (the command is not running meanwhile: PGlite is one session). */
async function withDatabase(
  work: (db: Awaited<ReturnType<typeof connect>>['db']) => Promise<void>,
): Promise<void> {
  const conn = await connect({ dataDir });
  try {
    await work(conn.db);
  } finally {
    await conn.close();
  }
}

afterAll(() => sandbox.cleanup());

describe('tilsyn audit verify', () => {
  it('says so when there is no audit log yet (exit 2), without creating one', async () => {
    const result = await tilsyn('audit', 'verify');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has no audit log yet: run `tilsyn migrate` first/);
  });

  it('exits 0 on an intact chain, and 1 naming the row changed directly in the database', async () => {
    await withDatabase(async (db) => {
      await migrate(db);
      const caseworker = staffAt(7, 'OSLO', 'caseworker');
      await appendAudit(db, {
        actor: caseworker,
        action: 'case.read_personal_data',
        caseId: 1,
        purpose: 'triage',
      });
      await appendAudit(db, { actor: caseworker, action: 'case.triage', caseId: 1 });
      await appendAudit(db, { actor: { kind: 'citizen', personId: 3 }, action: 'case.appeal', caseId: 1 });
    });

    const ok = await tilsyn('audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: 3 entries verified\nhead: row 3, hash [0-9a-f]{64}\n$/);

    await withDatabase(async (db) => {
      await db.transaction().execute(async (trx) => {
        await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(trx);
        await sql`UPDATE audit_log SET action = 'case.close' WHERE id = 2`.execute(trx);
        await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(trx);
      });
    });

    const bad = await tilsyn('audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('tilsyn: audit row 2 was changed after it was written');
    expect(bad.stdout).toBe('');
  });
});
