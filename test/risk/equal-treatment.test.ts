import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_OPTIONS, seedDemo } from '../../src/demo/seed.ts';
import { equalTreatmentMonitor } from '../../src/risk/equal-treatment-query.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await testDatabase();
  // The default demo data (25,000 cases, 5 years, 50,000 providers), as `npm start` loads it.
  await seedDemo(db, { ...DEFAULT_SEED_OPTIONS, today: '2026-06-30' });
}, 300_000);
afterAll(async () => {
  await db?.close();
});

describe('equal-treatment monitor on the synthetic national data', () => {
  it('flags the planted office on the breach share, and no other office on any outcome or reaction', async () => {
    const planted = await db.pool.query<{ office: string }>(
      `SELECT unit_ids[1] AS office FROM demo_planted_signals WHERE kind = 'office_outcome'`,
    );
    const office = planted.rows[0]!.office;
    // The monitor's default period: the last 36 months.
    const result = await equalTreatmentMonitor(db.db, { from: '2023-07-01', to: '2026-06-30' });
    expect(new Set(result.outliers.map((o) => o.office))).toEqual(new Set([office]));
    const breach = result.outliers.find((o) => o.measure === 'breach');
    expect(breach).toMatchObject({ office, caseType: 'incident_supervision', direction: 'higher' });
    // The planted factor is 2.2 on the probability before case mix; a share near 1/2 caps what is seen.
    expect(breach!.ratio).toBeGreaterThan(1.5);
    expect(breach!.ratio).toBeLessThan(2.3);
  });

  it('computes the case-mix-expected breaches as Σ national stratum share × office stratum count', async () => {
    const result = await equalTreatmentMonitor(db.db, {
      from: '2022-07-01',
      to: '2026-06-30',
      caseType: 'incident_supervision',
    });
    const measure = result.caseTypes[0]!.measures.find((m) => m.id === 'breach')!;
    // Independently, in SQL: national breach share per stratum, times each office's count in the stratum.
    const sqlExpected = await db.pool.query<{ office: string; observed: number; expected: number }>(
      `WITH c AS (
         SELECT office_code, coalesce(service_type, '-') || '|' || coalesce(themes[1], '-') || '|' ||
                (cardinality(urgency) > 0)::text AS stratum, (outcome = 'breach')::int AS breach
           FROM cases WHERE case_type = 'incident_supervision' AND outcome IS NOT NULL
            AND decided_on BETWEEN '2022-07-01' AND '2026-06-30'),
       nat AS (SELECT stratum, avg(breach) AS share FROM c GROUP BY stratum)
       SELECT office_code AS office, sum(breach)::int AS observed, sum(nat.share)::float8 AS expected
         FROM c JOIN nat USING (stratum) GROUP BY office_code`,
    );
    expect(measure.offices).toHaveLength(sqlExpected.rows.length);
    for (const row of sqlExpected.rows) {
      const shown = measure.offices.find((o) => o.office === row.office)!;
      expect(shown.observed).toBe(row.observed);
      expect(shown.expected).toBeCloseTo(row.expected, 6);
    }
    // Indirect standardisation: the expected counts add up to the observed national total.
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(measure.offices.map((o) => o.expected))).toBeCloseTo(measure.national.observed, 6);
  });
});
