/**
 * The equal-treatment monitor's one read: decided cases per case type × office × stratum (service type ×
 * first theme × severity) × outcome, with the sum of processing days and days², by decision date.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { CASE_TYPE_DEFINITIONS } from '../domain/cases/case-types.ts';
import { equalTreatment, type DecidedCell, type EqualTreatmentResult } from './equal-treatment.ts';

export interface EqualTreatmentOptions {
  /** Decision dates, inclusive. */
  from: string;
  to: string;
  caseType?: string;
}

export async function loadDecidedCells(
  db: Kysely<Database>,
  o: EqualTreatmentOptions,
): Promise<DecidedCell[]> {
  const rows = await sql<{
    case_type: string;
    office: string;
    stratum: string;
    outcome: string;
    cases: number;
    days: number;
    days2: number;
  }>`
    SELECT case_type, office_code AS office,
           coalesce(service_type, '-') || '|' || coalesce(themes[1], '-') || '|'
             || CASE WHEN cardinality(urgency) > 0 THEN 'severe' ELSE 'ordinary' END AS stratum,
           outcome, count(*)::int AS cases,
           sum(decided_on - received_on)::float8 AS days,
           sum((decided_on - received_on)::float8 ^ 2)::float8 AS days2
      FROM cases
     WHERE outcome IS NOT NULL AND decided_on BETWEEN ${o.from} AND ${o.to}
       ${o.caseType ? sql`AND case_type = ${o.caseType}` : sql``}
     GROUP BY 1, 2, 3, 4`.execute(db);
  return rows.rows.map((r) => ({
    caseType: r.case_type,
    office: r.office,
    stratum: r.stratum,
    outcome: r.outcome,
    cases: Number(r.cases),
    days: Number(r.days),
    daysSquared: Number(r.days2),
  }));
}

export const OUTCOME_CODES: Record<string, readonly string[]> = Object.fromEntries(
  Object.values(CASE_TYPE_DEFINITIONS).map((d) => [d.code, d.outcomes.map((x) => x.code)]),
);

export async function equalTreatmentMonitor(
  db: Kysely<Database>,
  o: EqualTreatmentOptions,
): Promise<EqualTreatmentResult> {
  return equalTreatment(await loadDecidedCells(db, o), OUTCOME_CODES);
}
