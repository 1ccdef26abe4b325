/**
 * The risk engine's only reads of case data: set-based aggregates (monthly counts per unit by GROUP BY),
 * never a loop over cases. Each query is plain SQL a reviewer can EXPLAIN. Everything after this is pure TS.
 */
import type pg from 'pg';
import { monthDate, monthNumber } from './months.ts';

export interface ProviderInfo {
  id: number;
  label: string;
  serviceType: string;
  /** The sector of a municipal-level service type (the municipality runs it), else null. */
  municipalSector: string | null;
  /** Stratum for expected counts: service type × size measure (sizes are only comparable within it). */
  stratum: string;
  size: number;
  municipality: string;
  county: string;
  office: string;
  /** Month indexes of activity (inclusive); null = still active. */
  fromMonth: number;
  toMonth: number | null;
}

export interface MunicipalityInfo {
  number: string;
  name: string;
  county: string;
  office: string;
  population: number;
}

export interface RiskData {
  /** Month number (year·12 + month − 1) of index 0. */
  firstMonth: number;
  months: number;
  providers: ProviderInfo[];
  providerIndex: Map<number, number>;
  /** Cases per provider and month, flat: [providerIndex · months + t]. */
  providerCounts: Uint32Array;
  municipalities: MunicipalityInfo[];
  /** Cases naming a professional, per professional and month. */
  professionalCounts: Map<number, Uint32Array>;
  /** Employer ids seen in the named cases of each professional (evidence for repeat signals). */
  professionalEmployers: Map<number, Set<number>>;
  professionalLabels: Map<number, string>;
  employments: { professionalId: number; providerId: number; fromMonth: number; toMonth: number | null }[];
  /** Cases naming any professional, per provider and month. */
  namedAtProvider: { provider: number; month: number; n: number }[];
  /** Professionals employed per month (denominator of the professional rate). */
  employedPerMonth: Float64Array;
  /** Provider × theme × month counts, from `themeFromMonth` on. */
  themes: { provider: number; theme: string; month: number; n: number }[];
  themeFromMonth: number;
  /** Decided incident-supervision cases per office × service type × month, and how many ended in breach. */
  outcomes: { office: string; serviceType: string; month: number; n: number; breaches: number }[];
}

export interface LoadOptions {
  from: string;
  to: string;
  /** First date of the theme counts (the disproportionality window; the backtest takes all). */
  themesFrom: string;
}

export async function loadRiskData(client: pg.PoolClient | pg.Client, o: LoadOptions): Promise<RiskData> {
  const firstMonth = monthNumber(o.from);
  const months = monthNumber(o.to) - firstMonth + 1;
  const monthOf = `(extract(year FROM received_on)::int * 12 + extract(month FROM received_on)::int - 1 - ${firstMonth})`;
  const range = [o.from, o.to];

  const providerRows = await client.query<{
    id: number;
    name: string;
    service_type: string;
    size_measure: string;
    size: number;
    municipality_number: string;
    county_number: string;
    office_code: string;
    active_from: string;
    active_to: string | null;
    municipal_sector: string | null;
  }>(
    `SELECT p.id, p.name, p.service_type, p.size_measure, p.size, p.municipality_number, m.county_number,
            m.office_code, p.active_from::text AS active_from, p.active_to::text AS active_to,
            CASE WHEN st.level = 'municipal' THEN st.sector_code END AS municipal_sector
       FROM providers p JOIN municipalities m ON m.number = p.municipality_number
       JOIN service_types st ON st.code = p.service_type
      ORDER BY p.id`,
  );
  const providers: ProviderInfo[] = providerRows.rows.map((r) => ({
    id: r.id,
    label: r.name,
    serviceType: r.service_type,
    municipalSector: r.municipal_sector,
    stratum: `${r.service_type}|${r.size_measure}`,
    size: r.size,
    municipality: r.municipality_number,
    county: r.county_number,
    office: r.office_code,
    fromMonth: monthNumber(r.active_from) - firstMonth,
    toMonth: r.active_to === null ? null : monthNumber(r.active_to) - firstMonth,
  }));
  const providerIndex = new Map(providers.map((p, i) => [p.id, i]));

  const providerCounts = new Uint32Array(providers.length * months);
  const counts = await client.query<{ provider_id: number; m: number; n: number }>(
    `SELECT provider_id, ${monthOf} AS m, count(*)::int AS n FROM cases
      WHERE provider_id IS NOT NULL AND received_on BETWEEN $1 AND $2 GROUP BY 1, 2`,
    range,
  );
  for (const r of counts.rows) {
    const i = providerIndex.get(r.provider_id);
    if (i !== undefined) providerCounts[i * months + r.m] = r.n;
  }

  const municipalities = (
    await client.query<MunicipalityInfo>(
      `SELECT number, name, county_number AS county, office_code AS office, population FROM municipalities`,
    )
  ).rows;

  const professionalCounts = new Map<number, Uint32Array>();
  const professionalEmployers = new Map<number, Set<number>>();
  const named = await client.query<{
    professional_id: number;
    provider_id: number | null;
    m: number;
    n: number;
  }>(
    `SELECT professional_id, provider_id, ${monthOf} AS m, count(*)::int AS n FROM cases
      WHERE professional_id IS NOT NULL AND received_on BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
    range,
  );
  for (const r of named.rows) {
    let series = professionalCounts.get(r.professional_id);
    if (!series) professionalCounts.set(r.professional_id, (series = new Uint32Array(months)));
    series[r.m] = series[r.m]! + r.n;
    if (r.provider_id !== null) {
      const set = professionalEmployers.get(r.professional_id) ?? new Set<number>();
      set.add(r.provider_id);
      professionalEmployers.set(r.professional_id, set);
    }
  }
  const labels = await client.query<{ id: number; name: string; profession: string }>(
    `SELECT id, name, profession FROM professionals WHERE id = ANY($1::bigint[])`,
    [[...professionalCounts.keys()]],
  );
  const professionalLabels = new Map(labels.rows.map((r) => [r.id, `${r.name} (${r.profession})`]));
  const employments = (
    await client.query<{
      professional_id: number;
      provider_id: number;
      from_date: string;
      to_date: string | null;
    }>(
      `SELECT professional_id, provider_id, from_date::text AS from_date, to_date::text AS to_date FROM employments`,
    )
  ).rows.map((r) => ({
    professionalId: r.professional_id,
    providerId: r.provider_id,
    fromMonth: monthNumber(r.from_date) - firstMonth,
    toMonth: r.to_date === null ? null : monthNumber(r.to_date) - firstMonth,
  }));
  const namedAtProvider = named.rows
    .filter((r) => r.provider_id !== null)
    .map((r) => ({ provider: r.provider_id as number, month: r.m, n: r.n }));
  const employed = await client.query<{ m: number; n: number }>(
    `SELECT g.m - ${firstMonth} AS m, count(*)::int AS n
       FROM generate_series(${firstMonth}, ${firstMonth + months - 1}) AS g(m)
       JOIN employments e ON (extract(year FROM e.from_date)::int * 12 + extract(month FROM e.from_date)::int - 1) <= g.m
        AND (e.to_date IS NULL OR (extract(year FROM e.to_date)::int * 12 + extract(month FROM e.to_date)::int - 1) >= g.m)
      GROUP BY g.m`,
  );
  const employedPerMonth = new Float64Array(months);
  for (const r of employed.rows) employedPerMonth[r.m] = r.n;

  const themeFromMonth = Math.max(0, monthNumber(o.themesFrom) - firstMonth);
  const themes = (
    await client.query<{ provider: number; theme: string; month: number; n: number }>(
      `SELECT provider_id AS provider, theme, ${monthOf} AS month, count(*)::int AS n
         FROM cases CROSS JOIN LATERAL unnest(themes) AS theme
        WHERE provider_id IS NOT NULL AND received_on BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
      [monthDate(firstMonth + themeFromMonth), o.to],
    )
  ).rows;

  const outcomes = (
    await client.query<{ office: string; serviceType: string; month: number; n: number; breaches: number }>(
      `SELECT office_code AS office, service_type AS "serviceType", ${monthOf} AS month, count(*)::int AS n,
              count(*) FILTER (WHERE outcome = 'breach')::int AS breaches
         FROM cases
        WHERE case_type = 'incident_supervision' AND outcome IS NOT NULL AND service_type IS NOT NULL
          AND received_on BETWEEN $1 AND $2
        GROUP BY 1, 2, 3`,
      range,
    )
  ).rows;

  return {
    firstMonth,
    months,
    providers,
    providerIndex,
    providerCounts,
    municipalities,
    professionalCounts,
    professionalEmployers,
    professionalLabels,
    employments,
    namedAtProvider,
    employedPerMonth,
    themes,
    themeFromMonth,
    outcomes,
  };
}
