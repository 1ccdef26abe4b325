import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { migrate, migrationFiles } from './migrate.ts';
import { parseCsv } from './reference.ts';
import { readFileSync } from 'node:fs';

let db: TestDatabase;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe(`migrations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('applies every migration once and is idempotent', async () => {
    const applied = await db.db.selectFrom('tilsyn_migrations').select('name').orderBy('name').execute();
    expect(applied.map((r) => r.name)).toEqual(migrationFiles());
    const again = await migrate(db.db);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(migrationFiles().length);
  });

  it('loads all 357 municipalities with the population of the reference file, and 10 + 1 offices', async () => {
    // Independent of the loader: read the shipped CSV directly and sum it here.
    const rows = parseCsv(readFileSync(new URL('../../reference/kommuner.csv', import.meta.url), 'utf8'));
    const expectedPopulation = rows.reduce((s, r) => s + Number(r.folketall), 0);
    const result = await sql<{ n: number; population: string }>`
      SELECT count(*)::int AS n, sum(population)::text AS population FROM municipalities`.execute(db.db);
    expect(result.rows[0]).toEqual({ n: 357, population: String(expectedPopulation) });
    const offices = await db.db.selectFrom('offices').select(['code', 'kind']).execute();
    expect(offices.filter((o) => o.kind === 'regional')).toHaveLength(10);
    expect(offices.filter((o) => o.kind === 'national').map((o) => o.code)).toEqual(['HT']);
    const oslo = await db.db
      .selectFrom('municipalities')
      .selectAll()
      .where('number', '=', '0301')
      .executeTakeFirstOrThrow();
    expect(oslo).toMatchObject({
      name: 'Oslo',
      office_code: 'OSLO',
      county_number: '03',
      language_form: 'neutral',
    });
  });

  it('every municipality belongs to exactly one office, the office of its county', async () => {
    const mismatches = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM municipalities m JOIN counties c ON c.number = m.county_number
      WHERE c.office_code <> m.office_code`.execute(db.db);
    expect(mismatches.rows[0]?.n).toBe(0);
  });

  it('refuses to change or delete case events (append-only)', async () => {
    await db.db
      .insertInto('providers')
      .values({
        id: 1,
        org_number: '974760673',
        name: 'Test',
        service_type: 'gp',
        municipality_number: '0301',
        parent_id: null,
        size_measure: 'listed_patients',
        size: 1000,
        active_from: '2024-01-01',
        active_to: null,
      })
      .execute();
    await db.db
      .insertInto('cases')
      .values({
        id: 1,
        case_number: '2025/00001',
        case_type: 'incident_supervision',
        sector: 'health',
        office_code: 'OSLO',
        provider_id: 1,
        professional_id: null,
        municipality_number: '0301',
        service_type: 'gp',
        themes: ['diagnostics'],
        urgency: [],
        state: 'received',
        outcome: null,
        channel: 'web',
        received_on: '2025-03-03',
        decided_on: null,
        closed_on: null,
        title: 't',
        narrative: 'n',
        language: 'nb',
        assigned_to: null,
        parent_case_id: null,
        campaign: null,
      })
      .execute();
    await db.db
      .insertInto('case_events')
      .values({
        case_id: 1,
        seq: 1,
        occurred_at: '2025-03-03T09:00:00Z',
        actor_kind: 'citizen',
        actor_id: null,
        kind: 'received',
        from_state: null,
        to_state: 'received',
        reason: null,
        data: JSON.stringify({}),
      })
      .execute();
    await expect(db.db.updateTable('case_events').set({ reason: 'changed' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.db.deleteFrom('case_events').execute()).rejects.toThrow(/append-only/);
    const kept = await db.db.selectFrom('case_events').select(['reason', 'occurred_at']).execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.reason).toBeNull();
  });

  it('reads dates as the same YYYY-MM-DD strings on every backend (no time-zone shift)', async () => {
    const row = await db.db
      .selectFrom('cases')
      .select(['received_on'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(row.received_on).toBe('2025-03-03');
  });

  it('rejects a decision without legal basis or reasons', async () => {
    await expect(
      db.db
        .insertInto('decisions')
        .values({
          case_id: 1,
          outcome: 'breach',
          legal_basis: [],
          reasons: 'x',
          decided_on: '2025-04-01',
          decided_by: null,
          language: 'nb',
          is_individual_decision: false,
          document_id: null,
        })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });
});
