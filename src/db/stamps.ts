/**
 * The data stamps (migrations 010–014) read once for many requests. Kept answers — an office's queue, a
 * search, a signed-in user's roles — are reused only while the stamps they were made under have not moved.
 * Each request must see a stamp read *after it arrived*, so that every write committed before it is seen;
 * but it need not have a read of its own. Requests that arrive while a read is in flight wait for the next
 * one, which starts when the current one ends and serves all of them. At 50 concurrent requests that is one
 * small query per round trip instead of fifty.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface Stamps {
  /** Users, roles and bulk loads: everything national. */
  national: string;
  /** Search documents, provider names, disqualifications. */
  search: string;
  /** Per office: its cases, suspensions and documents. */
  offices: Record<string, string>;
}

interface Reader {
  running: boolean;
  /** Who arrived since the running read started: served by the next read. */
  waiting: { resolve: (stamps: Stamps) => void; reject: (error: unknown) => void }[];
}

const readers = new WeakMap<Kysely<Database>, Reader>();

/** Reads the stamps now, in one statement (one snapshot). */
export async function readStamps(db: Kysely<Database>): Promise<Stamps> {
  const result = await sql<{ national: string; search: string; offices: Record<string, string> | null }>`
    SELECT (SELECT version FROM queue_version)::text AS national,
           (SELECT version FROM search_version)::text AS search,
           (SELECT json_object_agg(office_code, version::text) FROM queue_office_version) AS offices`.execute(
    db,
  );
  const row = result.rows[0];
  return { national: row?.national ?? '0', search: row?.search ?? '0', offices: row?.offices ?? {} };
}

/** Stamps read after this call: joins the next shared read rather than starting one of its own. */
export function currentStamps(db: Kysely<Database>): Promise<Stamps> {
  let reader = readers.get(db);
  if (!reader) readers.set(db, (reader = { running: false, waiting: [] }));
  const r = reader;
  return new Promise<Stamps>((resolve, reject) => {
    r.waiting.push({ resolve, reject });
    if (!r.running) readFor(db, r);
  });
}

function readFor(db: Kysely<Database>, r: Reader): void {
  r.running = true;
  const batch = r.waiting;
  r.waiting = [];
  readStamps(db)
    .then(
      (stamps) => batch.forEach((w) => w.resolve(stamps)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    )
    .finally(() => {
      r.running = false;
      if (r.waiting.length) readFor(db, r);
    });
}

/** The stamp of one office's queue: the national stamp and the office's own. */
export const officeStamp = (stamps: Stamps, officeCode: string) =>
  `${stamps.national}:${stamps.offices[officeCode] ?? '0'}`;

/** The stamp of a search answer: every office's, the national one and the search documents'. */
export const searchStamp = (stamps: Stamps) =>
  `${stamps.national}:${Object.entries(stamps.offices)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([office, version]) => `${office}=${version}`)
    .join(',')}:${stamps.search}`;
