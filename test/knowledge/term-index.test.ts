/**
 * The in-memory search index against PostgreSQL itself: the same query answered by `@@` over `case_search`
 * in SQL (matches, totals, facet counts), and kept current as cases change, are removed, or are written by
 * transactions that commit out of order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/access/actors.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { staffActor } from '../../src/http/auth.ts';
import { searchCases, tsQueryText, type SearchResult } from '../../src/knowledge/search-cases.ts';
import { TermIndex } from '../../src/knowledge/term-index.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let oslo: Actor;

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 5, cases: 800, years: 3, providers: 1500, today: '2026-04-30' });
  const user = await db.pool.query<{ id: number }>(
    "SELECT id FROM users WHERE username = 'saksbehandler.oslo'",
  );
  oslo = (await staffActor(db.db, Number(user.rows[0]!.id)))!;
});
afterAll(async () => {
  await db?.close();
});

const search = (q: string | undefined, extra: Record<string, unknown> = {}) =>
  searchCases(db.db, oslo, { q, limit: 20, offset: 0, ...extra });

/** What PostgreSQL finds for Oslo's caseworker: own office in full, others by title only, confidential never. */
async function sqlAnswer(q: string): Promise<{ ids: Set<number>; offices: Record<string, number> }> {
  const rows = await db.pool.query<{ id: string; office_code: string }>(
    `SELECT c.id, c.office_code FROM cases c JOIN case_search s ON s.case_id = c.id
     WHERE (c.confidential AND c.office_code = 'OSLO' AND s.document @@ to_tsquery('norwegian', $1))
        OR (NOT c.confidential AND (s.document @@ to_tsquery('norwegian', $2)
            OR (c.office_code = 'OSLO' AND s.document @@ to_tsquery('norwegian', $1))))`,
    [tsQueryText(q), tsQueryText(q, 'A')],
  );
  const offices: Record<string, number> = {};
  for (const r of rows.rows) offices[r.office_code] = (offices[r.office_code] ?? 0) + 1;
  return { ids: new Set(rows.rows.map((r) => Number(r.id))), offices };
}

const officeCounts = (result: SearchResult) =>
  Object.fromEntries(result.facets.office.map((f) => [f.value, f.count]));

describe('the in-memory search index', () => {
  it('matches and counts exactly what PostgreSQL matches, for two-word queries common and rare', async () => {
    for (const q of ['fall sykehjem', 'feil medisin', 'forsinket diagnose', 'tvang', 'legevakt smerter']) {
      const expected = await sqlAnswer(q);
      const got = await search(q, { limit: 100 });
      expect(got.total, q).toBe(expected.ids.size);
      expect(officeCounts(got), q).toEqual(expected.offices);
      for (const hit of got.results) expect(expected.ids.has(hit.id), `${q}: ${hit.id}`).toBe(true);
    }
    // Something must have been found, or the comparison above says little.
    expect((await search('fall sykehjem')).total).toBeGreaterThan(0);
  });

  it('orders by where the words are (title before narrative), then newest first', async () => {
    const got = await search('fall', { limit: 100 });
    const ranks = got.results.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (let i = 1; i < got.results.length; i++) {
      const [a, b] = [got.results[i - 1]!, got.results[i]!];
      if (a.rank === b.rank) expect(a.receivedOn >= b.receivedOn).toBe(true);
    }
    const inTitle = got.results.filter((r) => /(^|[^\p{L}])fall/iu.test(r.title));
    expect(inTitle.length).toBeGreaterThan(0);
    for (const r of inTitle) expect(r.rank).toBe(1);
  });

  it("follows a case's change of outcome, office and text, and its removal, on the next search", async () => {
    const target = await db.pool.query<{ id: string; office_code: string }>(
      "SELECT id, office_code FROM cases WHERE office_code = 'OSLO' AND NOT confidential ORDER BY id LIMIT 1",
    );
    const id = Number(target.rows[0]!.id);
    await db.pool.query(
      "UPDATE cases SET title = 'Blåbærlyngen avdeling', outcome = 'dismissed' WHERE id = $1",
      [id],
    );
    let got = await search('blåbærlyngen');
    expect(got.results.map((r) => r.id)).toEqual([id]);
    expect(got.facets.outcome).toEqual([{ value: 'dismissed', count: 1 }]);

    // Moved to another office: Oslo now finds it by its title only, pseudonymised.
    await db.pool.query("UPDATE cases SET office_code = 'VEST' WHERE id = $1", [id]);
    got = await search('blåbærlyngen');
    expect(got.results.map((r) => [r.id, r.officeCode, r.pseudonymised])).toEqual([[id, 'VEST', true]]);

    await db.pool.query('DELETE FROM case_search WHERE case_id = $1', [id]);
    expect((await search('blåbærlyngen')).total).toBe(0);
  });

  it('does not miss a write whose transaction commits after a later one', async (ctx) => {
    // Two transactions at once need two connections: PGlite has one.
    if (db.backend !== 'postgres') ctx.skip();
    const ids = await db.pool.query<{ id: string }>(
      "SELECT id FROM cases WHERE office_code = 'OSLO' AND NOT confidential ORDER BY id DESC LIMIT 2",
    );
    const [early, late] = ids.rows.map((r) => Number(r.id));
    await search('tyttebærskogen'); // the index is current
    const first = await db.pool.connect();
    const second = await db.pool.connect();
    try {
      // The first transaction takes its id first but writes and commits last. (Writers of search rows
      // queue behind each other on the search stamp's row, so the first may write only after the second.)
      await first.query('BEGIN');
      await first.query('SELECT pg_current_xact_id()');
      await second.query('BEGIN');
      await second.query("UPDATE cases SET title = 'Tyttebærskogen bofellesskap' WHERE id = $1", [late]);
      await second.query('COMMIT');
      expect((await search('tyttebærskogen')).results.map((r) => r.id)).toEqual([late]);
      await first.query("UPDATE cases SET title = 'Tyttebærskogen omsorgssenter' WHERE id = $1", [early]);
      await first.query('COMMIT');
      expect((await search('tyttebærskogen')).results.map((r) => r.id).sort()).toEqual([early, late].sort());
    } finally {
      await first.query('ROLLBACK').catch(() => undefined);
      await second.query('ROLLBACK').catch(() => undefined);
      first.release();
      second.release();
    }
  });

  it('is built again when the search table is emptied', async () => {
    expect((await search(undefined)).total).toBeGreaterThan(0);
    await db.pool.query('TRUNCATE case_search');
    expect((await search(undefined)).total).toBe(0);
  });
});

describe('TermIndex', () => {
  const visibility = {
    fullOffices: ['A'],
    pseudonymisedOffices: ['B'],
    confidentialOffices: ['A'],
    userId: 1,
  };
  const base = {
    confidential: false,
    caseType: 'complaint',
    serviceType: null,
    outcome: null,
    themes: [],
    providerId: null,
    professionalId: null,
    reasons: [],
  };

  it('replaces a case written again, and skips removed and disqualified cases', () => {
    const index = new TermIndex();
    index.put({ ...base, id: 1, officeCode: 'A', receivedOn: '2025-01-01', title: ['fall'], narrative: [] });
    index.put({
      ...base,
      id: 2,
      officeCode: 'A',
      receivedOn: '2025-02-01',
      title: [],
      narrative: ['fallet'],
    });
    index.put({ ...base, id: 3, officeCode: 'B', receivedOn: '2025-03-01', title: [], narrative: ['fall'] });
    index.put({ ...base, id: 4, officeCode: 'B', receivedOn: '2025-04-01', title: ['fall'], narrative: [] });
    const q = { terms: ['fall'], visibility, disqualified: new Set<number>(), limit: 10, offset: 0 };
    // 3 is another office's, with the word only in its narrative: not found.
    expect(index.search(q).hits.map((h) => [h.id, h.rank, h.fullView])).toEqual([
      [4, 1, false],
      [1, 1, true],
      [2, 0.4, true],
    ]);
    index.put({
      ...base,
      id: 1,
      officeCode: 'A',
      receivedOn: '2025-01-01',
      title: ['sykehjem'],
      narrative: [],
    });
    index.remove(4);
    expect(index.search(q).hits.map((h) => h.id)).toEqual([2]);
    expect(index.search({ ...q, disqualified: new Set([2]) }).total).toBe(0);
    expect(index.dead).toBe(2);
    expect(index.size).toBe(3);
  });
});
