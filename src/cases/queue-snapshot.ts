/**
 * An office's open cases with their computed deadlines, most at risk first — kept between requests while
 * nothing has changed. The deadline engine (TypeScript) must run over every open case of the office to
 * sort the queue; at a million cases that is thousands of cases per request. So the computed queue is kept
 * per office and reused while the database's queue stamps and today's date are unchanged: the office's own
 * (`queue_office_version`, moved by a trigger on every write to its cases, suspensions and documents) and
 * the national one (`queue_version`: users, and bulk loads). The stamp
 * and the cases are read in one snapshot, so a kept queue is never older than its stamp, whichever server
 * process wrote. Filtered answers (the matching cases and the facet counts) are kept beside it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { currentStamps, officeStamp, readStamps } from '../db/stamps.ts';
import {
  byDeadlineRisk,
  facetCounts,
  openCasesWithDeadlines,
  passes,
  type DeadlineMemo,
  type Queue,
  type QueueFilters,
  type QueueItem,
} from './list-queue.ts';

interface Snapshot {
  version: string;
  today: string;
  /** Every open case of the office, most at risk first. */
  items: QueueItem[];
  /** Per filter combination: the matching cases (in order) and the facet counts. */
  answers: Map<string, QueueAnswer>;
}

/** The matching cases in order, the facet counts, and the pages of the answer already asked for. */
export interface QueueAnswer {
  matching: QueueItem[];
  facets: Queue['facets'];
  /** Answers by scope, office, limit and offset: the same object for the same request (do not modify). */
  pages: Map<string, Queue>;
}

const MAX_ANSWERS = 200;
const snapshots = new WeakMap<Kysely<Database>, Map<string, Promise<Snapshot>>>();
/** Per office: the deadlines of the last build, reused for the cases a change did not touch. */
const memos = new WeakMap<Kysely<Database>, Map<string, DeadlineMemo>>();

async function build(db: Kysely<Database>, today: string, officeCode: string): Promise<Snapshot> {
  let byOffice = memos.get(db);
  if (!byOffice) memos.set(db, (byOffice = new Map()));
  const previous = byOffice.get(officeCode);
  const next: DeadlineMemo = new Map();
  // Stamp and cases from one snapshot: a write committed in between shows as a newer stamp next time.
  const snapshot = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const version = officeStamp(await readStamps(trx), officeCode);
      const items = await openCasesWithDeadlines(trx, today, { officeCode }, { previous, next });
      return { version, today, items: items.sort(byDeadlineRisk), answers: new Map() };
    });
  // Only the open cases' deadlines are kept, so closed cases drop out of the memo.
  byOffice.set(officeCode, next);
  return snapshot;
}

/** The office's open cases with computed deadlines, most at risk first (shared: do not modify). */
export async function officeQueueSnapshot(
  db: Kysely<Database>,
  today: string,
  officeCode: string,
): Promise<Snapshot> {
  let byOffice = snapshots.get(db);
  if (!byOffice) snapshots.set(db, (byOffice = new Map()));
  const version = officeStamp(await currentStamps(db), officeCode);
  const kept = byOffice.get(officeCode);
  if (kept) {
    const snapshot = await kept.catch(() => null);
    if (snapshot && snapshot.version === version && snapshot.today === today) return snapshot;
    // Another request may already be rebuilding it: share that work rather than repeat it.
    const latest = byOffice.get(officeCode);
    if (latest && latest !== kept) {
      const rebuilt = await latest.catch(() => null);
      if (rebuilt && rebuilt.version === version && rebuilt.today === today) return rebuilt;
    }
  }
  const building = build(db, today, officeCode);
  byOffice.set(officeCode, building);
  building.catch(() => byOffice.delete(officeCode));
  return building;
}

/** The office's queue for one filter combination: the matching cases in order and the facet counts. */
export async function officeQueue(
  db: Kysely<Database>,
  today: string,
  officeCode: string,
  filters: QueueFilters,
): Promise<QueueAnswer> {
  const snapshot = await officeQueueSnapshot(db, today, officeCode);
  const key = JSON.stringify(
    Object.entries(filters)
      .filter(([, values]) => values?.length)
      .map(([filter, values]) => [filter, [...(values ?? [])].sort()])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
  let answer = snapshot.answers.get(key);
  if (!answer) {
    answer = {
      matching: snapshot.items.filter((item) => passes(item, filters)),
      facets: facetCounts(snapshot.items, filters),
      pages: new Map(),
    };
    if (snapshot.answers.size >= MAX_ANSWERS) snapshot.answers.clear();
    snapshot.answers.set(key, answer);
  }
  return answer;
}
