import { sql } from 'kysely';
import { verifyAudit } from '../access/audit.ts';
import { CliError, configOrExit, connectFromConfig } from './shared.ts';

/**
 * `tilsyn audit verify`: recomputes the audit log's hash chain. Exit 0 with "ok: N entries verified" (and
 * the head of the chain, to note down elsewhere); exit 1 naming the first changed or deleted row; exit 2 when
 * there is no audit log to verify. Read-only: it does not migrate a database it was only asked to check.
 */
export async function auditVerifyCommand(): Promise<void> {
  const config = configOrExit();
  const conn = await connectFromConfig(config);
  try {
    const table = await sql<{ oid: string | null }>`SELECT to_regclass('audit_log')::text AS oid`.execute(
      conn.db,
    );
    if (!table.rows[0]?.oid) {
      throw new CliError(`${conn.location} has no audit log yet: run \`tilsyn migrate\` first`, 2);
    }
    const result = await verifyAudit(conn.db);
    if (!result.ok) throw new CliError(result.message, 1);
    process.stdout.write(`${result.message}\n`);
    if (result.lastHash) process.stdout.write(`head: row ${result.lastId}, hash ${result.lastHash}\n`);
  } finally {
    await conn.close();
  }
}
