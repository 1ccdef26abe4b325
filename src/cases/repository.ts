/**
 * The case module's SQL, in one place: load a case with what its policies need, number new cases,
 * append events. Every function takes the use case's transaction.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CaseResource } from '../access/actors.ts';
import type { CasesTable, Database } from '../db/schema.ts';
import type { Selectable } from 'kysely';

export type CaseRow = Selectable<CasesTable>;
type Db = Kysely<Database> | Transaction<Database>;

export interface LoadedCase {
  row: CaseRow;
  resource: CaseResource;
  openSuspension: { id: number; from_date: string; response_deadline: string } | null;
}

/** Loads the case and locks its row, so actions on one case happen one after another. */
export async function loadCaseForUpdate(trx: Transaction<Database>, id: number): Promise<LoadedCase | null> {
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) return null;
  return { row, ...(await policyFacts(trx, row)) };
}

export async function loadCase(db: Db, id: number): Promise<LoadedCase | null> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return { row, ...(await policyFacts(db, row)) };
}

async function policyFacts(db: Db, row: CaseRow): Promise<Omit<LoadedCase, 'row'>> {
  const [parties, disqualified, suspension] = await Promise.all([
    db.selectFrom('case_parties').select('person_id').where('case_id', '=', row.id).execute(),
    db.selectFrom('case_disqualifications').select('user_id').where('case_id', '=', row.id).execute(),
    db
      .selectFrom('case_suspensions')
      .select(['id', 'from_date', 'response_deadline'])
      .where('case_id', '=', row.id)
      .where('resumed_on', 'is', null)
      .executeTakeFirst(),
  ]);
  return {
    resource: {
      id: row.id,
      officeCode: row.office_code,
      confidential: row.confidential,
      partyPersonIds: parties.map((p) => p.person_id),
      providerId: row.provider_id,
      disqualifiedUserIds: disqualified.map((d) => d.user_id),
    },
    openSuspension: suspension ?? null,
  };
}

/** The next case number of the year, e.g. 2026/00042: one counter row per year, updated atomically. */
export async function nextCaseNumber(trx: Transaction<Database>, year: number): Promise<string> {
  const result = await sql<{ seq: number }>`
    INSERT INTO case_number_counters (year, next_seq) VALUES (${year}, 2)
    ON CONFLICT (year) DO UPDATE SET next_seq = case_number_counters.next_seq + 1
    RETURNING next_seq - 1 AS seq`.execute(trx);
  const seq = result.rows[0]?.seq as number;
  return `${year}/${String(seq).padStart(5, '0')}`;
}

export interface NewEvent {
  kind: string;
  actorKind: 'user' | 'citizen' | 'provider' | 'system';
  actorId: number | null;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  data?: Record<string, unknown>;
}

/** Appends an event with the case's next sequence number (the case row is locked by the caller). */
export async function appendEvent(
  trx: Transaction<Database>,
  caseId: number,
  event: NewEvent,
): Promise<number> {
  const inserted = await sql<{ id: number }>`
    INSERT INTO case_events (case_id, seq, occurred_at, actor_kind, actor_id, kind, from_state, to_state, reason, data)
    SELECT ${caseId}, coalesce(max(seq), 0) + 1, now(), ${event.actorKind}, ${event.actorId}, ${event.kind},
           ${event.fromState}, ${event.toState}, ${event.reason}, ${JSON.stringify(event.data ?? {})}::jsonb
    FROM case_events WHERE case_id = ${caseId}
    RETURNING id`.execute(trx);
  return inserted.rows[0]?.id as number;
}

/** Adds a document to the case's journal with the next document number. */
export async function addDocumentRow(
  trx: Transaction<Database>,
  caseId: number,
  doc: {
    direction: 'inbound' | 'outbound' | 'internal';
    kind: string;
    title: string;
    language: 'nb' | 'nn' | 'en';
    datedOn: string;
    authorId: number | null;
    body: string | null;
  },
): Promise<{ id: number; seq: number }> {
  const inserted = await sql<{ id: number; seq: number }>`
    INSERT INTO documents (case_id, seq, direction, kind, title, language, dated_on, author_id, body)
    SELECT ${caseId}, coalesce(max(seq), 0) + 1, ${doc.direction}, ${doc.kind}, ${doc.title}, ${doc.language},
           ${doc.datedOn}, ${doc.authorId}, ${doc.body}
    FROM documents WHERE case_id = ${caseId}
    RETURNING id, seq`.execute(trx);
  return inserted.rows[0] as { id: number; seq: number };
}
