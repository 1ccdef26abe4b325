import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface NationalOverview {
  cases: number;
  openCases: number;
  providers: number;
  professionals: number;
  byOffice: { office: string; name: string; cases: number; open: number; perThousand: number | null }[];
  byCaseType: { caseType: string; cases: number }[];
  byYear: { year: number; cases: number }[];
}

/**
 * The national picture in numbers: how many cases each office has, of which type, and per 1,000
 * inhabitants of its area. Aggregates only — no personal data leaves here.
 */
export async function nationalOverview(db: Kysely<Database>): Promise<NationalOverview> {
  const [totals, byOffice, byCaseType, byYear] = await Promise.all([
    sql<{ cases: number; open: number; providers: number; professionals: number }>`
      SELECT (SELECT count(*) FROM cases)::int AS cases,
             (SELECT count(*) FROM cases WHERE state <> 'closed')::int AS open,
             (SELECT count(*) FROM providers)::int AS providers,
             (SELECT count(*) FROM professionals)::int AS professionals`.execute(db),
    sql<{ office: string; name: string; cases: number; open: number; population: number | null }>`
      SELECT o.code AS office, o.name_nb AS name,
             coalesce(c.cases, 0)::int AS cases, coalesce(c.open, 0)::int AS open,
             (SELECT sum(population) FROM municipalities m WHERE m.office_code = o.code)::int AS population
      FROM offices o
      LEFT JOIN (SELECT office_code, count(*) AS cases, count(*) FILTER (WHERE state <> 'closed') AS open
                 FROM cases GROUP BY office_code) c ON c.office_code = o.code
      ORDER BY o.kind DESC, o.code`.execute(db),
    sql<{ caseType: string; cases: number }>`
      SELECT case_type AS "caseType", count(*)::int AS cases FROM cases GROUP BY case_type ORDER BY cases DESC`.execute(
      db,
    ),
    sql<{ year: number; cases: number }>`
      SELECT extract(year FROM received_on)::int AS year, count(*)::int AS cases
      FROM cases GROUP BY 1 ORDER BY 1`.execute(db),
  ]);
  const t = totals.rows[0] ?? { cases: 0, open: 0, providers: 0, professionals: 0 };
  return {
    cases: t.cases,
    openCases: t.open,
    providers: t.providers,
    professionals: t.professionals,
    byOffice: byOffice.rows.map((r) => ({
      office: r.office,
      name: r.name,
      cases: r.cases,
      open: r.open,
      perThousand: r.population ? Math.round((r.cases / r.population) * 1000 * 100) / 100 : null,
    })),
    byCaseType: byCaseType.rows,
    byYear: byYear.rows,
  };
}
