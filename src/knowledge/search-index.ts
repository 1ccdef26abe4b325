/**
 * Fills the knowledge base's full-text index (`case_search`, migration 007) for cases that have no entry —
 * after a bulk seed, which loads cases with the row trigger switched off. Ordinary writes keep the index
 * current through the triggers; this is the one pass for everything loaded in bulk.
 */
import type { Connection } from '../db/connect.ts';

const DOCUMENT = `setweight(to_tsvector('norwegian', c.title), 'A')
  || setweight(to_tsvector('norwegian', c.narrative), 'B')
  || setweight(to_tsvector('norwegian', coalesce(
       (SELECT string_agg(d.reasons, ' ') FROM decisions d WHERE d.case_id = c.id AND d.status = 'issued'), '')), 'C')`;

/** Indexes every case missing from `case_search`; returns how many. Several id ranges at once on a server. */
export async function refreshSearchIndex(conn: Connection): Promise<{ indexed: number; seconds: number }> {
  const started = performance.now();
  const bounds = await conn.pool.query<{ lo: string | null; hi: string | null; missing: boolean }>(
    `SELECT min(c.id) AS lo, max(c.id) AS hi,
            EXISTS (SELECT 1 FROM cases c2 WHERE NOT EXISTS (SELECT 1 FROM case_search s WHERE s.case_id = c2.id)) AS missing
     FROM cases c`,
  );
  const row = bounds.rows[0];
  if (!row?.missing || row.lo === null || row.hi === null) return { indexed: 0, seconds: 0 };
  const lo = Number(row.lo);
  const hi = Number(row.hi);
  const empty = (await conn.pool.query('SELECT 1 FROM case_search LIMIT 1')).rowCount === 0;
  // An empty index is cheaper to build once at the end than to grow row by row.
  if (empty && conn.kind === 'server') await conn.pool.query('DROP INDEX IF EXISTS case_search_document');
  const parallel = conn.kind === 'server' ? 2 : 1;
  const chunk = 50_000;
  let next = lo;
  let indexed = 0;
  const worker = async () => {
    for (let from = next; from <= hi; from = next) {
      next = from + chunk;
      const r = await conn.pool.query(
        `INSERT INTO case_search (case_id, document)
         SELECT c.id, ${DOCUMENT} FROM cases c
         WHERE c.id >= $1 AND c.id < $2 AND NOT EXISTS (SELECT 1 FROM case_search s WHERE s.case_id = c.id)
         ON CONFLICT (case_id) DO NOTHING`,
        [from, from + chunk],
      );
      indexed += r.rowCount ?? 0;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  if (empty && conn.kind === 'server') {
    const client = await conn.pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '256MB'`);
      await client.query(
        'CREATE INDEX IF NOT EXISTS case_search_document ON case_search USING gin (document)',
      );
      await client.query('RESET maintenance_work_mem');
    } finally {
      client.release();
    }
  }
  await conn.pool.query('ANALYZE case_search');
  return { indexed, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
