import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDemo, seedDemo, SeedError, type SeedOptions } from '../../src/demo/seed.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

const OPTIONS: SeedOptions = { seed: 7, cases: 2_000, years: 3, providers: 3_000, today: '2026-03-31' };

let db: TestDatabase;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** The same fingerprint computed in memory from the generator and in SQL from what landed. */
function memoryFingerprint(options: SeedOptions) {
  const lines: string[] = [];
  let events = 0;
  let persons = 0;
  for (const batch of prepareDemo(options).cases()) {
    for (const c of batch.cases) {
      lines.push(
        [
          c.case_number,
          c.provider_id,
          c.state,
          c.outcome ?? '',
          c.received_on,
          c.themes.join(','),
          c.narrative,
        ].join('|'),
      );
    }
    events += batch.events.length;
    persons += batch.persons.length;
  }
  return {
    md5: createHash('md5').update(lines.join('\n')).digest('hex'),
    cases: lines.length,
    events,
    persons,
  };
}

describe(`seeding the database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('loads exactly what the generator made, byte for byte', async () => {
    const result = await seedDemo(db, OPTIONS);
    const expected = memoryFingerprint(OPTIONS);
    const landed = await db.pool.query<{ md5: string; n: number }>(`
      SELECT md5(string_agg(concat_ws('|', case_number, provider_id, state, coalesce(outcome, ''), received_on,
             array_to_string(themes, ','), narrative), E'\\n' ORDER BY id)) AS md5, count(*)::int AS n FROM cases`);
    expect(landed.rows[0]).toEqual({ md5: expected.md5, n: expected.cases });
    expect(result.counts.case_events).toBe(expected.events);
    const persons = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM persons');
    expect(persons.rows[0]?.n).toBe(expected.persons);
    const signals = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM demo_planted_signals');
    expect(signals.rows[0]?.n).toBe(result.signals.length);
  });

  it('continues identities and case numbers after the loaded rows', async () => {
    const inserted = await db.pool.query<{ id: number }>(
      `INSERT INTO persons (national_id, id_kind, synthetic, given_name, family_name) VALUES ('15838512329', 'fnr', true, 'A', 'B') RETURNING id`,
    );
    const max = await db.pool.query<{ m: number }>('SELECT max(id)::int AS m FROM persons WHERE id <> $1', [
      inserted.rows[0]?.id,
    ]);
    expect(inserted.rows[0]?.id).toBeGreaterThan(max.rows[0]?.m ?? 0);
    const counters = await db.pool.query<{ year: number; next_seq: number }>(
      'SELECT year, next_seq FROM case_number_counters WHERE year = 2026',
    );
    const last = await db.pool.query<{ n: number }>(
      `SELECT max(split_part(case_number, '/', 2)::int)::int AS n FROM cases WHERE case_number LIKE '2026/%'`,
    );
    expect(counters.rows[0]?.next_seq).toBe((last.rows[0]?.n ?? 0) + 1);
  });

  it('refuses to seed over existing cases without --reset, and writes nothing', async () => {
    const before = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM demo_runs');
    await expect(seedDemo(db, { ...OPTIONS, seed: 8 })).rejects.toThrow(SeedError);
    await expect(seedDemo(db, { ...OPTIONS, seed: 8 })).rejects.toThrow(/already has \d+ cases/);
    const after = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM demo_runs');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('a seed that fails half-way leaves nothing behind', async () => {
    const fresh = await testDatabase();
    try {
      // Take the national id the generator will give its 100th person, so the load fails in the middle.
      let target = '';
      let seen = 0;
      for (const batch of prepareDemo(OPTIONS).cases()) {
        for (const p of batch.persons) if (++seen === 100) target = p.national_id;
        if (target) break;
      }
      await fresh.pool.query(
        `INSERT INTO persons (national_id, id_kind, synthetic, given_name, family_name) VALUES ($1, 'fnr', true, 'X', 'Y')`,
        [target],
      );
      await expect(seedDemo(fresh, OPTIONS)).rejects.toThrow(/duplicate key|unique/i);
      const left = await fresh.pool.query<{ p: number; c: number; r: number; u: number }>(
        'SELECT (SELECT count(*) FROM providers)::int AS p, (SELECT count(*) FROM cases)::int AS c, (SELECT count(*) FROM demo_runs)::int AS r, (SELECT count(*) FROM users)::int AS u',
      );
      expect(left.rows[0]).toEqual({ p: 0, c: 0, r: 0, u: 0 });
    } finally {
      await fresh.close();
    }
  });

  it('rejects invalid options with a clear message before touching the database', async () => {
    await expect(seedDemo(db, { ...OPTIONS, cases: 10 }, undefined, true)).rejects.toThrow(
      '--cases must be a whole number from 100 to 5000000',
    );
    await expect(seedDemo(db, { ...OPTIONS, today: '2026-02-30x' }, undefined, true)).rejects.toThrow(
      '--today must be a date YYYY-MM-DD',
    );
  });

  it('a large load (constraints and indexes built after it) ends with every constraint and index back', async () => {
    const fresh = await testDatabase();
    try {
      const shape = async () =>
        (
          await fresh.pool.query<{ name: string }>(
            `SELECT conname AS name FROM pg_constraint WHERE conrelid::regclass::text IN ('persons','cases','case_parties','case_events','documents','decisions','reactions')
             UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`,
          )
        ).rows.map((r) => r.name);
      const before = await shape();
      await seedDemo(fresh, { ...OPTIONS, deferIndexes: true });
      expect(await shape()).toEqual(before);
      const expected = memoryFingerprint(OPTIONS);
      const landed = await fresh.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events');
      expect(landed.rows[0]?.n).toBe(expected.events);
      // The re-created constraints are enforced: an event for a case that does not exist is refused.
      await expect(
        fresh.pool.query(
          `INSERT INTO case_events (case_id, seq, occurred_at, actor_kind, kind) VALUES (999999999, 1, now(), 'system', 'x')`,
        ),
      ).rejects.toThrow(/foreign key/);
    } finally {
      await fresh.close();
    }
  });

  it('replaces the demo data with --reset', async () => {
    const result = await seedDemo(db, { ...OPTIONS, seed: 9 }, undefined, true);
    const runs = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM demo_runs');
    expect(runs.rows[0]?.n).toBe(1);
    const cases = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    expect(cases.rows[0]?.n).toBe(result.counts.cases);
  });
});
