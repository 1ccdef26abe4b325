import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { loadRiskData, type LoadOptions, type RiskData } from '../../src/risk/load.ts';
import { monthNumber } from '../../src/risk/months.ts';
import { serverUrl, testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let options: LoadOptions;
let sequential: RiskData;

/** Everything in a RiskData as plain arrays, in order (Map and Set insertion order included). */
function plain(data: RiskData): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, convert(v)]);
    if (value instanceof Set) return [...value];
    if (ArrayBuffer.isView(value)) return Array.from(value as Uint32Array);
    return value;
  };
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, convert(v)]));
}

async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await db.pool.connect();
  try {
    await client.query(begin);
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

beforeAll(async () => {
  db = await testDatabase();
  const seeded = await seedDemo(db, { seed: 5, cases: 3000, years: 3, providers: 3000, today: '2026-06-30' });
  options = { from: seeded.period.from, to: seeded.period.to, themesFrom: '2025-07-01' };
  sequential = await inTransaction((client) => loadRiskData(client, options));
}, 120_000);
afterAll(async () => db?.close());

describe('risk data load', () => {
  it('counts cases per provider and month, and employed professionals per month, as plain SQL does', async () => {
    const first = monthNumber(options.from);
    const counts = await db.pool.query<{ provider_id: number; m: number; n: number }>(
      `SELECT provider_id, (extract(year FROM received_on) * 12 + extract(month FROM received_on) - 1)::int - $3 AS m,
              count(*)::int AS n
         FROM cases WHERE provider_id IS NOT NULL AND received_on BETWEEN $1 AND $2 GROUP BY 1, 2`,
      [options.from, options.to, first],
    );
    const expected = new Uint32Array(sequential.providerCounts.length);
    for (const r of counts.rows)
      expected[sequential.providerIndex.get(r.provider_id)! * sequential.months + r.m] = r.n;
    expect(counts.rows.length).toBeGreaterThan(1000);
    expect(Array.from(sequential.providerCounts)).toEqual(Array.from(expected));

    const employed = await db.pool.query<{ m: number; n: number }>(
      `SELECT g.m - $1 AS m, count(*)::int AS n
         FROM generate_series($1::int, $1::int + $2::int - 1) AS g(m)
         JOIN employments e ON (extract(year FROM e.from_date) * 12 + extract(month FROM e.from_date) - 1) <= g.m
          AND (e.to_date IS NULL OR (extract(year FROM e.to_date) * 12 + extract(month FROM e.to_date) - 1) >= g.m)
        GROUP BY g.m`,
      [first, sequential.months],
    );
    const perMonth = new Float64Array(sequential.months);
    for (const r of employed.rows) perMonth[r.m] = r.n;
    expect(perMonth.some((n) => n > 0)).toBe(true);
    expect(Array.from(sequential.employedPerMonth)).toEqual(Array.from(perMonth));
  });

  it.runIf(serverUrl)(
    'on a server, the parallel load returns exactly what the sequential load returns',
    async () => {
      const parallel = await inTransaction((client) => loadRiskData(client, options, { pool: db.pool }));
      expect(plain(parallel)).toEqual(plain(sequential));
      const three = await inTransaction((client) =>
        loadRiskData(client, options, { pool: db.pool, connections: 3 }),
      );
      expect(plain(three)).toEqual(plain(sequential));
    },
  );

  it.runIf(!serverUrl)(
    'on embedded PGlite (a pool of one) a parallel request reads in sequence',
    async () => {
      const data = await inTransaction((client) => loadRiskData(client, options, { pool: db.pool }));
      expect(plain(data)).toEqual(plain(sequential));
    },
  );

  it.runIf(serverUrl)("the parallel reads all see the caller's snapshot, not later commits", async () => {
    const moved = await db.pool.query<{ id: number; provider_id: number }>(
      `SELECT id, provider_id FROM cases WHERE provider_id IS NOT NULL AND received_on BETWEEN $1 AND $2
          ORDER BY id LIMIT 1`,
      [options.from, options.to],
    );
    const { id, provider_id } = moved.rows[0]!;
    try {
      const data = await inTransaction(async (client) => {
        await client.query('SELECT 1'); // the snapshot of this REPEATABLE READ transaction starts here
        await db.pool.query('UPDATE cases SET provider_id = NULL WHERE id = $1', [id]); // committed after it
        return loadRiskData(client, options, { pool: db.pool });
      }, 'BEGIN ISOLATION LEVEL REPEATABLE READ');
      expect(plain(data)).toEqual(plain(sequential));
      const later = await inTransaction((client) => loadRiskData(client, options, { pool: db.pool }));
      expect(later.providerCounts.reduce((s, n) => s + n, 0)).toBe(
        sequential.providerCounts.reduce((s, n) => s + n, 0) - 1,
      );
    } finally {
      await db.pool.query('UPDATE cases SET provider_id = $2 WHERE id = $1', [id, provider_id]);
    }
  });

  it.runIf(serverUrl)(
    'a read failing on one parallel connection rejects the load and leaves no connection in a transaction',
    async () => {
      await db.pool.query('ALTER TABLE employments RENAME TO employments_hidden');
      try {
        await expect(
          inTransaction((client) => loadRiskData(client, options, { pool: db.pool })),
        ).rejects.toThrow(/employments/);
      } finally {
        await db.pool.query('ALTER TABLE employments_hidden RENAME TO employments');
      }
      expect(db.pool.waitingCount).toBe(0);
      expect(db.pool.idleCount).toBe(db.pool.totalCount);
      // Hold every connection of the pool and look at the others from one of them: none may be left in a
      // transaction (an aborted or open one would show as 'idle in transaction').
      const size = db.pool.options.max!;
      const clients = await Promise.all(Array.from({ length: size }, () => db.pool.connect()));
      try {
        const pids = await Promise.all(
          clients.map(
            async (c) => (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid,
          ),
        );
        const states = await clients[0]!.query<{ pid: number; state: string }>(
          `SELECT pid, state FROM pg_stat_activity WHERE pid = ANY($1) AND pid <> pg_backend_pid()`,
          [pids],
        );
        expect(states.rows).toHaveLength(size - 1);
        for (const r of states.rows) expect(r.state).toBe('idle');
      } finally {
        for (const c of clients) c.release();
      }
      // And the pool still works for a parallel load.
      const again = await inTransaction((client) => loadRiskData(client, options, { pool: db.pool }));
      expect(plain(again)).toEqual(plain(sequential));
    },
  );
});
