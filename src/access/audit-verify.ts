import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

/**
 * - changed: the row's hash does not match its fields (any column edited, the hash included);
 * - deleted: the row's prev_hash matches no row in the log: the row before it is gone (or was rewritten
 *   together with a recomputed hash — the chain shows the break either way);
 * - inserted: the row links to an earlier row, skipping the rows in between, which were added afterwards;
 * - reordered: the row links to a row that comes after it;
 * - unprotected: the chain is intact but the append-only trigger is disabled or missing.
 */
export type AuditProblem = 'changed' | 'deleted' | 'inserted' | 'reordered' | 'unprotected';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The head of the chain when intact: record it elsewhere (a report, a ticket) to notice a cut-off tail. */
  lastId?: number;
  lastHash?: string;
  firstBadId?: number;
  problem?: AuditProblem;
  message: string;
}

interface StoredRow {
  id: number;
  occurred_at: string;
  actor_kind: string;
  actor_id: number | null;
  action: string;
  case_id: number | null;
  purpose: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const BATCH = 5_000;

/**
 * Walks the whole chain in id order, in one REPEATABLE READ snapshot (appends may go on meanwhile),
 * recomputing every hash, and stops at the first row that is wrong. Reads in batches, so a log of millions
 * of rows needs little memory.
 */
export async function verifyAudit(db: Kysely<Database>): Promise<AuditVerification> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      let previous: StoredRow | undefined;
      let checked = 0;
      for (;;) {
        // The timestamp is formatted by the database, exactly as appendAudit formatted it for hashing:
        // reading it as a JavaScript Date would drop the microseconds and hide an edit to them.
        const { rows } = await sql<StoredRow>`
          SELECT id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
                 actor_kind, actor_id, action, case_id, purpose, details, prev_hash, hash
          FROM audit_log WHERE id > ${previous?.id ?? 0} ORDER BY id LIMIT ${BATCH}
        `.execute(trx);
        for (const row of rows) {
          const recomputed = auditHash({
            id: row.id,
            occurredAt: row.occurred_at,
            actorKind: row.actor_kind,
            actorId: row.actor_id,
            action: row.action,
            caseId: row.case_id,
            purpose: row.purpose,
            details: row.details,
            prevHash: row.prev_hash,
          });
          if (recomputed !== row.hash) {
            return bad(
              checked,
              row.id,
              'changed',
              `audit row ${row.id} was changed after it was written: its hash does not match its contents`,
            );
          }
          const expected = previous?.hash ?? GENESIS_HASH;
          if (row.prev_hash !== expected) return brokenLink(trx, checked, row, previous);
          previous = row;
          checked++;
        }
        if (rows.length < BATCH) break;
      }
      const unprotected = await appendOnlyTriggerProblem(trx);
      if (unprotected) return { ...bad(checked, undefined, 'unprotected', unprotected), ok: false };
      return {
        ok: true,
        checked,
        ...(previous ? { lastId: previous.id, lastHash: previous.hash } : {}),
        message: `ok: ${checked} entries verified`,
      };
    });
}

/** Says what broke the link between `row` and the row before it, by finding where its prev_hash points. */
async function brokenLink(
  trx: Kysely<Database>,
  checked: number,
  row: StoredRow,
  previous: StoredRow | undefined,
): Promise<AuditVerification> {
  const before = previous ? `row ${previous.id}` : 'the start of the log';
  const target =
    row.prev_hash === GENESIS_HASH
      ? undefined
      : (await sql<{ id: number }>`SELECT id FROM audit_log WHERE hash = ${row.prev_hash}`.execute(trx))
          .rows[0];
  if (!target) {
    return bad(
      checked,
      row.id,
      'deleted',
      row.prev_hash === GENESIS_HASH
        ? `audit row ${row.id} claims to be the first entry, but follows ${before}: the chain was restarted`
        : `the entry before audit row ${row.id} is missing: row ${row.id} does not link to ${before} and its predecessor is not in the log (deleted, or rewritten with a new hash)`,
    );
  }
  if (target.id > row.id) {
    return bad(
      checked,
      row.id,
      'reordered',
      `audit row ${row.id} links to row ${target.id}, which comes after it: the rows were reordered`,
    );
  }
  // It links to an earlier row than the one before it: the rows in between were slipped in later.
  const inserted = (
    await sql<{
      id: number;
    }>`SELECT min(id) AS id FROM audit_log WHERE id > ${target.id} AND id < ${row.id}`.execute(trx)
  ).rows[0]?.id;
  const firstInserted = inserted ?? row.id;
  return bad(
    checked,
    firstInserted,
    'inserted',
    `audit row ${firstInserted} was inserted afterwards: row ${row.id} links to row ${target.id}, skipping it`,
  );
}

async function appendOnlyTriggerProblem(trx: Kysely<Database>): Promise<string | undefined> {
  const { rows } = await sql<{ tgname: string; tgenabled: string }>`
    SELECT tgname, tgenabled FROM pg_trigger
    WHERE tgrelid = to_regclass('audit_log') AND tgname IN ('audit_log_append_only', 'audit_log_no_truncate')
  `.execute(trx);
  for (const name of ['audit_log_append_only', 'audit_log_no_truncate']) {
    const trigger = rows.find((r) => r.tgname === name);
    if (!trigger) return `the audit log is not protected: trigger ${name} is missing`;
    if (trigger.tgenabled === 'D') return `the audit log is not protected: trigger ${name} is disabled`;
  }
  return undefined;
}

function bad(
  checked: number,
  id: number | undefined,
  problem: AuditProblem,
  message: string,
): AuditVerification {
  return { ok: false, checked, ...(id === undefined ? {} : { firstBadId: id }), problem, message };
}
