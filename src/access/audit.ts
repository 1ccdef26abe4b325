/**
 * The audit log: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained (each row's
 * hash covers its fields and the previous row's hash; see audit-hash.ts for the canonical form), so
 * `verifyAudit` finds a row changed or deleted directly in the database and says which.
 *
 * Append in the same transaction as the change (or the read) it records: pass the use case's Kysely
 * transaction. Then a failed use case leaves no audit row, and a logged read is never lost.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from './actors.ts';
import { asStoredJson, auditHash, canonicalTimestamp, GENESIS_HASH } from './audit-hash.ts';

export { auditHash, canonicalForm, canonicalTimestamp, GENESIS_HASH } from './audit-hash.ts';

/** Arbitrary constant (migrations use 7_301_001): one chain, so one lock serialises every append. */
const AUDIT_CHAIN_LOCK = 7_301_003;

/** The action under which reads of personal data are logged; the table requires a purpose for it. */
export const PERSONAL_DATA_READ = 'case.read_personal_data';

export type AuditActor = Actor | { kind: 'system' };

export interface AuditEntry {
  actor: AuditActor;
  /** A policy action ('case.triage') or another dotted name ('user.login'). */
  action: string;
  caseId?: number | null;
  /** Why. Required for reads of personal data. */
  purpose?: string | null;
  /** Identifiers and codes only — never names or national ids: the log can never be corrected. */
  details?: Record<string, unknown>;
  /** Defaults to the database clock when the row is appended. */
  occurredAt?: Date;
}

export interface AuditRecord {
  id: number;
  /** Canonical UTC timestamp with microseconds, as hashed. */
  occurredAt: string;
  prevHash: string;
  hash: string;
}

export class AuditError extends Error {}

/**
 * Appends one entry to the chain. With a transaction handle the row joins that transaction; with the plain
 * database handle it gets a transaction of its own. The chain lock is held until that transaction ends,
 * so append last in a use case, after its other writes, to keep the wait short for others.
 */
export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<AuditRecord> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, entry));
  const fields = validate(entry);

  // An advisory lock serialises appends across connections (and servers sharing the database): the
  // reader of the last hash must be the next to append. It needs READ COMMITTED, where each statement sees
  // what was committed before it started — under REPEATABLE READ the snapshot could predate the previous
  // append, and the chain would fork.
  const locked = await sql<{ isolation: string }>`
    SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}), current_setting('transaction_isolation') AS isolation
  `.execute(db);
  const isolation = locked.rows[0]?.isolation;
  if (isolation !== 'read committed') {
    throw new AuditError(`appendAudit needs a READ COMMITTED transaction, not ${isolation}`);
  }

  // The id is taken here, under the lock, because it is part of what is hashed; ids then follow the chain.
  const head = await sql<{ id: number | string; now: string; prev_hash: string | null }>`
    SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id,
           to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS now,
           (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS prev_hash
  `.execute(db);
  const row = head.rows[0];
  if (!row) throw new AuditError('audit: could not read the head of the chain');

  const record = {
    ...fields,
    id: row.id,
    occurredAt: entry.occurredAt ? canonicalTimestamp(entry.occurredAt) : row.now,
    prevHash: row.prev_hash ?? GENESIS_HASH,
  };
  const hash = auditHash(record);
  await sql`
    INSERT INTO audit_log (id, occurred_at, actor_kind, actor_id, action, case_id, purpose, details, prev_hash, hash)
    OVERRIDING SYSTEM VALUE
    VALUES (${record.id}, ${record.occurredAt}::timestamptz, ${record.actorKind}, ${record.actorId},
            ${record.action}, ${record.caseId}, ${record.purpose}, ${JSON.stringify(record.details)}::jsonb,
            ${record.prevHash}, ${hash})
  `.execute(db);
  return { id: Number(record.id), occurredAt: record.occurredAt, prevHash: record.prevHash, hash };
}

/**
 * Logs a read of a case's personal data: who, when (the database clock), which case and why. Call it in the
 * transaction that reads the case, whenever `decide()` answered `logPersonalDataRead: true`.
 */
export function logPersonalDataRead(
  db: Kysely<Database>,
  actor: AuditActor,
  caseId: number,
  purpose: string,
  details: Record<string, unknown> = {},
): Promise<AuditRecord> {
  return appendAudit(db, { actor, action: PERSONAL_DATA_READ, caseId, purpose, details });
}

function validate(entry: AuditEntry) {
  if (!/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/.test(entry.action)) {
    throw new AuditError(`audit: action must be a dotted lower-case name, not '${entry.action}'`);
  }
  const purpose = entry.purpose?.trim() || null;
  if (entry.action === PERSONAL_DATA_READ && !purpose) {
    throw new AuditError('audit: a read of personal data must state its purpose');
  }
  return {
    actorKind: entry.actor.kind,
    actorId: actorId(entry.actor),
    action: entry.action,
    caseId: entry.caseId ?? null,
    purpose,
    details: asStoredJson(entry.details ?? {}),
  };
}

function actorId(actor: AuditActor): number | null {
  switch (actor.kind) {
    case 'staff':
      return actor.userId;
    case 'citizen':
      return actor.personId;
    case 'provider':
      return actor.providerId;
    default:
      return null;
  }
}

export { verifyAudit, type AuditProblem, type AuditVerification } from './audit-verify.ts';
