/**
 * Loads the in-memory search index (term-index.ts) from `case_search` and keeps it current. A search first
 * reads the data stamps (after it arrived); when they moved since the index last caught up, the index reads
 * the rows written since — by the transaction id each row records (migration 015), from the oldest
 * transaction that was still running when it last looked, so a transaction that commits late is not missed.
 * One catch-up at a time per database; the searches that arrive meanwhile wait for it and share it.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { currentStamps, type Stamps } from '../db/stamps.ts';
import { TermIndex, type IndexedCase } from './term-index.ts';

interface Synced {
  index: TermIndex;
  /** The stamp read before the last catch-up: the index holds at least everything it stands for. */
  stamp: string;
  /** Rows of transactions from this one on may not have been seen yet. */
  watermark: string;
  /** The transaction whose write each case's entry comes from (a 64-bit xid8, exact below 2^53). */
  applied: Map<number, number>;
}

const BATCH = 20_000;
/** Replaced entries stay in the posting lists until the index is built again, at this share. */
const REBUILD_AT_DEAD_SHARE = 0.25;
const states = new WeakMap<Kysely<Database>, Promise<Synced | null>>();

/**
 * The index, current as of `stamps` (read after the search arrived; read here when not given). Only the
 * search stamp counts: every write the index reads — a search row, written again also when the facets a
 * case shows change, its removal, emptying the table — moves it (migrations 012 and 015).
 */
export async function termIndexFor(db: Kysely<Database>, stamps?: Stamps): Promise<TermIndex> {
  const stamp = (stamps ?? (await currentStamps(db))).search;
  const previous = states.get(db) ?? Promise.resolve(null);
  const next = previous
    .catch(() => null)
    .then((synced) => {
      if (synced && synced.stamp === stamp) return synced;
      if (!synced || synced.index.dead > REBUILD_AT_DEAD_SHARE * Math.max(1, synced.index.size))
        return load(db, stamp, null);
      return load(db, stamp, synced);
    });
  states.set(db, next);
  const synced = await next;
  if (!synced) throw new Error('search index not loaded');
  return synced.index;
}

/** Starts loading the index (at server start), so that the first search does not wait for all of it. */
export async function warmTermIndex(db: Kysely<Database>): Promise<void> {
  const index = await termIndexFor(db);
  // A few searches right away, so that the first caseworker's does not also pay for compiling the code.
  const words = index.commonLexemes(4);
  const everywhere = index.officeCodes();
  for (let i = 0; i + 1 < words.length; i++)
    index.search({
      terms: [words[i]!, words[i + 1]!],
      visibility: {
        fullOffices: everywhere,
        pseudonymisedOffices: [],
        confidentialOffices: everywhere,
        userId: null,
      },
      disqualified: new Set(),
      limit: 20,
      offset: 0,
    });
}

/** Builds the index (`from` null) or catches `from` up, all in one snapshot. */
async function load(db: Kysely<Database>, stamp: string, from: Synced | null): Promise<Synced> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const snapshot = await sql<{ xmin: string }>`
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`.execute(trx);
      const watermark = snapshot.rows[0]!.xmin;
      if (from) {
        const removed = await sql<{ case_id: string; xid: string }>`
          SELECT case_id, change_xid::text AS xid FROM case_search_removed
          WHERE change_xid >= ${from.watermark}::xid8`.execute(trx);
        // Case 0: the whole table was emptied; build again.
        if (removed.rows.some((r) => Number(r.case_id) === 0)) return build(trx, stamp, watermark);
        for (const r of removed.rows) {
          const id = Number(r.case_id);
          const applied = from.applied.get(id);
          if (applied !== undefined && Number(r.xid) >= applied) {
            from.index.remove(id);
            from.applied.delete(id);
          }
        }
        await readRows(trx, from.watermark, (c, xid) => {
          if (from.applied.get(c.id) === xid) return;
          from.index.put(c);
          from.applied.set(c.id, xid);
        });
        return { ...from, stamp, watermark };
      }
      return build(trx, stamp, watermark);
    });
}

async function build(trx: Transaction<Database>, stamp: string, watermark: string): Promise<Synced> {
  const index = new TermIndex();
  const applied = new Map<number, number>();
  await readRows(trx, null, (c, xid) => {
    index.put(c);
    applied.set(c.id, xid);
  });
  return { index, stamp, watermark, applied };
}

/** Every search row (or those written from transaction `since` on), with the case's facets, by case id. */
async function readRows(
  trx: Transaction<Database>,
  since: string | null,
  apply: (c: IndexedCase, xid: number) => void,
): Promise<void> {
  const words = (s: string) => (s ? s.split(' ') : []);
  for (let last = 0; ;) {
    const batch = await sql<Row>`
      SELECT c.id, c.office_code, c.confidential, c.case_type, c.service_type, c.outcome,
             c.received_on::text AS received_on, c.themes, c.provider_id, c.professional_id,
             s.change_xid::text AS xid,
             array_to_string(tsvector_to_array(ts_filter(s.document, '{a}')), ' ') AS title,
             array_to_string(tsvector_to_array(ts_filter(s.document, '{b}')), ' ') AS narrative,
             array_to_string(tsvector_to_array(ts_filter(s.document, '{c}')), ' ') AS reasons
      FROM case_search s JOIN cases c ON c.id = s.case_id
      WHERE s.case_id > ${last} ${since === null ? sql`` : sql`AND s.change_xid >= ${since}::xid8`}
      ORDER BY s.case_id LIMIT ${BATCH}`.execute(trx);
    for (const r of batch.rows)
      apply(
        {
          id: Number(r.id),
          officeCode: r.office_code,
          confidential: r.confidential,
          caseType: r.case_type,
          serviceType: r.service_type,
          outcome: r.outcome,
          receivedOn: r.received_on,
          themes: r.themes,
          providerId: r.provider_id === null ? null : Number(r.provider_id),
          professionalId: r.professional_id === null ? null : Number(r.professional_id),
          title: words(r.title),
          narrative: words(r.narrative),
          reasons: words(r.reasons),
        },
        Number(r.xid),
      );
    if (batch.rows.length < BATCH) return;
    last = Number(batch.rows[batch.rows.length - 1]!.id);
  }
}

interface Row {
  id: string | number;
  office_code: string;
  confidential: boolean;
  case_type: string;
  service_type: string | null;
  outcome: string | null;
  received_on: string;
  themes: string[];
  provider_id: string | number | null;
  professional_id: string | number | null;
  xid: string;
  title: string;
  narrative: string;
  reasons: string;
}
