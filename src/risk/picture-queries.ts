/**
 * The risk pictures' SQL, in one place: monthly counts per office (the trend charts), the providers of one
 * service type with their cases (the funnel), cases per municipality with filters (the map), one provider's
 * profile against its peers, and the per-run summary cache (`picture_summaries`). Pictures are as of the latest
 * risk run: the run's as-of date ends every period, and a summary is computed once per run and key.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { monthDate, monthNumber } from './months.ts';
import type { ProviderCount } from './pictures.ts';

/** A summary of this run under this key: read it, or compute and store it (concurrent first uses both store). */
export async function cachedPicture<T>(
  db: Kysely<Database>,
  runId: number,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const found = await sql<{ body: T }>`
    SELECT body FROM picture_summaries WHERE run_id = ${runId} AND key = ${key}`.execute(db);
  if (found.rows[0]) return found.rows[0].body;
  const body = await compute();
  await sql`
    INSERT INTO picture_summaries (run_id, key, body) VALUES (${runId}, ${key}, ${JSON.stringify(body)}::jsonb)
    ON CONFLICT (run_id, key) DO NOTHING`.execute(db);
  return body;
}

/** 'YYYY-MM' for each of the `count` months ending with the month of `asOf`. */
export function monthsEnding(asOf: string, count: number): string[] {
  const last = monthNumber(asOf);
  return Array.from({ length: count }, (_, i) => monthDate(last - count + 1 + i).slice(0, 7));
}

/** Cases received per office and month over the months given. */
export async function monthlyCountsByOffice(
  db: Kysely<Database>,
  months: readonly string[],
): Promise<Map<string, number[]>> {
  const from = `${months[0]}-01`;
  const to = monthEndOf(months.at(-1)!);
  const rows = await sql<{ office: string; month: string; n: number }>`
    SELECT office_code AS office, to_char(received_on, 'YYYY-MM') AS month, count(*)::int AS n
      FROM cases WHERE received_on BETWEEN ${from} AND ${to} GROUP BY 1, 2`.execute(db);
  const index = new Map(months.map((m, i) => [m, i]));
  const out = new Map<string, number[]>();
  for (const r of rows.rows) {
    let series = out.get(r.office);
    if (!series) out.set(r.office, (series = new Array<number>(months.length).fill(0)));
    series[index.get(r.month)!]! += Number(r.n);
  }
  return out;
}

export function monthEndOf(month: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}

export async function officesWithPopulation(db: Kysely<Database>) {
  const rows = await sql<{ code: string; name_nb: string; population: number; municipalities: number }>`
    SELECT o.code, o.name_nb, coalesce(sum(m.population), 0)::int AS population,
           count(m.number)::int AS municipalities
      FROM offices o LEFT JOIN municipalities m ON m.office_code = o.code
     GROUP BY o.code, o.name_nb ORDER BY o.code`.execute(db);
  return rows.rows.map((r) => ({
    code: r.code,
    name: r.name_nb,
    population: Number(r.population),
    municipalities: Number(r.municipalities),
  }));
}

/** Open signals of a run per office: the office's own, and those of its municipalities, counties, providers. */
export async function signalsPerOffice(db: Kysely<Database>, runId: number): Promise<Map<string, number>> {
  const rows = await sql<{ office: string; n: number }>`
    SELECT coalesce(m.office_code, c.office_code, pm.office_code,
                    CASE WHEN s.unit_type = 'office' THEN s.unit_id END) AS office, count(*)::int AS n
      FROM risk_signals s
      LEFT JOIN municipalities m ON s.unit_type = 'municipality' AND m.number = s.unit_id
      LEFT JOIN counties c ON s.unit_type = 'county' AND c.number = s.unit_id
      LEFT JOIN providers p ON s.unit_type = 'provider' AND p.id::text = s.unit_id
      LEFT JOIN municipalities pm ON pm.number = p.municipality_number
     WHERE s.run_id = ${runId}
     GROUP BY 1`.execute(db);
  return new Map(rows.rows.filter((r) => r.office).map((r) => [r.office, Number(r.n)]));
}

/** Providers of one service type with their cases in the period (all of them, with 0 when none). */
export async function providersWithCases(
  db: Kysely<Database>,
  serviceType: string,
  from: string,
  to: string,
): Promise<ProviderCount[]> {
  const rows = await sql<{
    id: number;
    name: string;
    office: string;
    municipality: string;
    size_measure: string;
    size: number;
    n: number;
  }>`
    SELECT p.id, p.name, m.office_code AS office, p.municipality_number AS municipality, p.size_measure,
           p.size, coalesce(c.n, 0)::int AS n
      FROM providers p
      JOIN municipalities m ON m.number = p.municipality_number
      LEFT JOIN (SELECT provider_id, count(*) AS n FROM cases
                  WHERE service_type = ${serviceType} AND received_on BETWEEN ${from} AND ${to}
                  GROUP BY provider_id) c ON c.provider_id = p.id
     WHERE p.service_type = ${serviceType}
       AND p.active_from <= ${to} AND (p.active_to IS NULL OR p.active_to >= ${from})`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    label: r.name,
    office: r.office,
    municipality: r.municipality,
    sizeMeasure: r.size_measure,
    size: Number(r.size),
    observed: Number(r.n),
  }));
}

export interface MapFilter {
  sector?: string | undefined;
  serviceType?: string | undefined;
  theme?: string | undefined;
  from: string;
  to: string;
}

/** Cases per municipality with the filters, every municipality listed (0 when none). */
export async function casesPerMunicipality(db: Kysely<Database>, f: MapFilter) {
  const rows = await sql<{
    number: string;
    name: string;
    office: string;
    county: string;
    population: number;
    n: number;
  }>`
    SELECT m.number, m.name, m.office_code AS office, m.county_number AS county, m.population,
           coalesce(c.n, 0)::int AS n
      FROM municipalities m
      LEFT JOIN (SELECT municipality_number, count(*) AS n FROM cases
                  WHERE received_on BETWEEN ${f.from} AND ${f.to}
                    ${f.sector ? sql`AND sector = ${f.sector}` : sql``}
                    ${f.serviceType ? sql`AND service_type = ${f.serviceType}` : sql``}
                    ${f.theme ? sql`AND ${f.theme} = ANY(themes)` : sql``}
                  GROUP BY municipality_number) c ON c.municipality_number = m.number
     ORDER BY m.number`.execute(db);
  return rows.rows.map((r) => ({
    number: r.number,
    name: r.name,
    office: r.office,
    county: r.county,
    population: Number(r.population),
    cases: Number(r.n),
  }));
}

/** Signals of a run per municipality: the municipality's own and its providers'. */
export async function signalsPerMunicipality(
  db: Kysely<Database>,
  runId: number,
): Promise<Map<string, number>> {
  const rows = await sql<{ number: string; n: number }>`
    SELECT coalesce(CASE WHEN s.unit_type = 'municipality' THEN s.unit_id END, p.municipality_number) AS number,
           count(*)::int AS n
      FROM risk_signals s
      LEFT JOIN providers p ON s.unit_type = 'provider' AND p.id::text = s.unit_id
     WHERE s.run_id = ${runId} AND s.unit_type IN ('municipality', 'provider')
     GROUP BY 1`.execute(db);
  return new Map(rows.rows.filter((r) => r.number).map((r) => [r.number, Number(r.n)]));
}

export async function providerById(db: Kysely<Database>, id: number) {
  const row = await sql<{
    id: number;
    org_number: string;
    name: string;
    service_type: string;
    size_measure: string;
    size: number;
    municipality_number: string;
    municipality: string;
    office: string;
  }>`
    SELECT p.id, p.org_number, p.name, p.service_type, p.size_measure, p.size, p.municipality_number,
           m.name AS municipality, m.office_code AS office
      FROM providers p JOIN municipalities m ON m.number = p.municipality_number
     WHERE p.id = ${id}`.execute(db);
  return row.rows[0];
}

/** One provider's cases per year by case type, and its planned-supervision findings per year. */
export async function providerCasesPerYear(db: Kysely<Database>, id: number, from: string, to: string) {
  const rows = await sql<{ year: number; case_type: string; outcome: string | null; n: number }>`
    SELECT extract(year FROM received_on)::int AS year, case_type, outcome, count(*)::int AS n
      FROM cases WHERE provider_id = ${id} AND received_on BETWEEN ${from} AND ${to}
     GROUP BY 1, 2, 3`.execute(db);
  return rows.rows.map((r) => ({
    year: Number(r.year),
    caseType: r.case_type,
    outcome: r.outcome,
    cases: Number(r.n),
  }));
}

/** Peers: providers of the same service type and size measure — their cases and total size per year. */
export async function peerCasesPerYear(
  db: Kysely<Database>,
  serviceType: string,
  sizeMeasure: string,
  from: string,
  to: string,
) {
  const rows = await sql<{ year: number; n: number }>`
    SELECT extract(year FROM c.received_on)::int AS year, count(*)::int AS n
      FROM cases c JOIN providers p ON p.id = c.provider_id
     WHERE p.service_type = ${serviceType} AND p.size_measure = ${sizeMeasure}
       AND c.received_on BETWEEN ${from} AND ${to}
     GROUP BY 1`.execute(db);
  const size = await sql<{ providers: number; size: number }>`
    SELECT count(*)::int AS providers, coalesce(sum(greatest(size, 1)), 0)::float8 AS size
      FROM providers WHERE service_type = ${serviceType} AND size_measure = ${sizeMeasure}`.execute(db);
  return {
    perYear: rows.rows.map((r) => ({ year: Number(r.year), cases: Number(r.n) })),
    providers: Number(size.rows[0]?.providers ?? 0),
    size: Number(size.rows[0]?.size ?? 0),
  };
}

/** A unit's signals in every run, oldest run first (the history of a provider's signals). */
export async function signalHistory(db: Kysely<Database>, unitType: string, unitId: string) {
  const rows = await sql<{
    id: number;
    run_id: number;
    as_of: string;
    method: string;
    theme: string | null;
    observed: number;
    expected: number;
    ratio: number;
    interval_lower: number;
    interval_upper: number;
    interval_level: number;
    comparison_group: string;
    comparison: Record<string, unknown> | null;
    period_from: string;
    period_to: string;
  }>`
    SELECT s.id, s.run_id, r.as_of::text AS as_of, s.method, s.theme, s.observed, s.expected, s.ratio,
           s.interval_lower, s.interval_upper, s.interval_level, s.comparison_group,
           s.evidence->'comparison' AS comparison, s.period_from::text AS period_from, s.period_to::text AS period_to
      FROM risk_signals s JOIN risk_runs r ON r.id = s.run_id
     WHERE s.unit_type = ${unitType} AND s.unit_id = ${unitId}
     ORDER BY s.run_id, s.id`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    runId: Number(r.run_id),
    asOf: r.as_of,
    method: r.method,
    theme: r.theme,
    observed: Number(r.observed),
    expected: Number(r.expected),
    ratio: Number(r.ratio),
    interval: {
      lower: Number(r.interval_lower),
      upper: Number(r.interval_upper),
      level: Number(r.interval_level),
    },
    comparisonGroup: r.comparison_group,
    comparison: r.comparison,
    period: { from: r.period_from, to: r.period_to },
  }));
}

/** Capacity per office for planning: caseworkers, and planned supervisions opened in the last 12 months. */
export async function planningCapacity(db: Kysely<Database>, asOf: string) {
  const rows = await sql<{ office: string; caseworkers: number; planned: number; open_planned: number }>`
    SELECT o.code AS office,
           (SELECT count(DISTINCT ur.user_id) FROM user_roles ur
             WHERE ur.office_code = o.code AND ur.role = 'caseworker')::int AS caseworkers,
           (SELECT count(*) FROM cases c WHERE c.office_code = o.code AND c.case_type = 'planned_supervision'
             AND c.received_on > (${asOf}::date - interval '12 months'))::int AS planned,
           (SELECT count(*) FROM cases c WHERE c.office_code = o.code AND c.case_type = 'planned_supervision'
             AND c.state <> 'closed')::int AS open_planned
      FROM offices o ORDER BY o.code`.execute(db);
  return rows.rows.map((r) => ({
    office: r.office,
    caseworkers: Number(r.caseworkers),
    plannedLast12Months: Number(r.planned),
    openPlanned: Number(r.open_planned),
  }));
}

/** A provider's latest cases (number, dates, type, state, outcome — no titles, no narratives, no parties). */
export async function providerRecentCases(db: Kysely<Database>, id: number, limit: number) {
  const rows = await sql<{
    case_number: string;
    received_on: string;
    case_type: string;
    state: string;
    outcome: string | null;
    themes: string[];
  }>`
    SELECT case_number, received_on::text AS received_on, case_type, state, outcome, themes
      FROM cases WHERE provider_id = ${id} AND NOT confidential
     ORDER BY received_on DESC, id DESC LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => ({
    caseNumber: r.case_number,
    receivedOn: r.received_on,
    caseType: r.case_type,
    state: r.state,
    outcome: r.outcome,
    themes: r.themes,
  }));
}
