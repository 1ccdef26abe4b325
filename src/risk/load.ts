/**
 * The risk engine's only reads of case data: set-based aggregates (monthly counts per unit by GROUP BY),
 * never a loop over cases. Each query is plain SQL a reviewer can EXPLAIN. Everything after this is pure TS.
 * On a PostgreSQL server the reads run side by side on extra pool connections that share the caller's
 * snapshot (pg_export_snapshot), so they see exactly what one transaction would see; embedded PGlite has one
 * connection and reads in sequence.
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

/** Read on extra connections from this pool, all in the snapshot of the caller's open transaction. */
export interface ParallelLoad {
  pool: pg.Pool;
  /** Connections besides the caller's (default 2, for a two-core server; at most the pool's size − 1). */
  connections?: number;
}

type Db = pg.PoolClient | pg.Client;

export async function loadRiskData(client: Db, o: LoadOptions, parallel?: ParallelLoad): Promise<RiskData> {
  const firstMonth = monthNumber(o.from);
  const months = monthNumber(o.to) - firstMonth + 1;
  const range = [o.from, o.to];
  const themeFromMonth = Math.max(0, monthNumber(o.themesFrom) - firstMonth);
  // Month index of received_on: width_bucket's binary search over the month starts costs a third of
  // extract(year)·12 + extract(month) (numeric arithmetic) per case row.
  const monthStarts = Array.from({ length: months }, (_, t) => monthDate(firstMonth + t));
  const monthOf = `width_bucket(received_on, $3::date[]) - 1`;

  // Independent reads, heaviest first (the parallel path hands them out in this order). Big results come back
  // as arrays (rowMode 'array'): no object per row in the driver. Outcomes and themes are ordered: their order
  // is the order of the signals and of the sums over them, and a hash aggregate's order would follow the scan
  // (a synchronised scan joining another one starts mid-table); at scale the plan sorts by these keys anyway.
  const reads = {
    // 537k (provider, month, count) rows cost node more than the aggregation (a string per field, then parsed):
    // one bytea of big-endian records instead, int8 provider, int4 month index, int4 count.
    counts: async (db: Db) => {
      const rows = await rowsOf<[Buffer | null]>(db, {
        text: `SELECT string_agg(int8send(provider_id) || int4send(m) || int4send(n), ''::bytea)
                 FROM (SELECT provider_id, ${monthOf} AS m, count(*)::int AS n FROM cases
                        WHERE provider_id IS NOT NULL AND received_on BETWEEN $1 AND $2 GROUP BY 1, 2) AS counts`,
        values: [...range, monthStarts],
        rowMode: 'array',
      });
      return rows[0]?.[0] ?? Buffer.alloc(0);
    },
    outcomes: (db: Db) =>
      rowsOf<{ office: string; serviceType: string; month: number; n: number; breaches: number }>(db, {
        text: `SELECT office_code AS office, service_type AS "serviceType", ${monthOf} AS month, count(*)::int AS n,
                      count(*) FILTER (WHERE outcome = 'breach')::int AS breaches
                 FROM cases
                WHERE case_type = 'incident_supervision' AND outcome IS NOT NULL AND service_type IS NOT NULL
                  AND received_on BETWEEN $1 AND $2
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        values: [...range, monthStarts],
      }),
    // Left unordered as before: its order is the order of the repeat-named signals and of their employers.
    named: async (db: Db) => {
      const rows = await rowsOf<[number, number | null, number, number]>(db, {
        text: `SELECT professional_id, provider_id, ${monthOf} AS m, count(*)::int AS n FROM cases
                WHERE professional_id IS NOT NULL AND received_on BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
        values: [...range, monthStarts],
        rowMode: 'array',
      });
      // The labels of just these professionals: needs the ids, so it follows on the same connection.
      const labels = await rowsOf<{ id: number; name: string; profession: string }>(db, {
        text: `SELECT id, name, profession FROM professionals WHERE id = ANY($1::bigint[])`,
        values: [[...new Set(rows.map((r) => r[0]))]],
      });
      return { rows, labels };
    },
    themes: (db: Db) =>
      rowsOf<[number, string, number, number]>(db, {
        text: `SELECT provider_id AS provider, theme, ${monthOf} AS month, count(*)::int AS n
                 FROM cases CROSS JOIN LATERAL unnest(themes) AS theme
                WHERE provider_id IS NOT NULL AND received_on BETWEEN $1 AND $2 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        values: [monthDate(firstMonth + themeFromMonth), o.to, monthStarts],
        rowMode: 'array',
      }),
    providers: (db: Db) =>
      rowsOf<{
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
      }>(db, {
        text: `SELECT p.id, p.name, p.service_type, p.size_measure, p.size, p.municipality_number, m.county_number,
                      m.office_code, p.active_from::text AS active_from, p.active_to::text AS active_to,
                      CASE WHEN st.level = 'municipal' THEN st.sector_code END AS municipal_sector
                 FROM providers p JOIN municipalities m ON m.number = p.municipality_number
                 JOIN service_types st ON st.code = p.service_type
                ORDER BY p.id`,
      }),
    employments: (db: Db) =>
      rowsOf<{ professional_id: number; provider_id: number; from_date: string; to_date: string | null }>(
        db,
        {
          text: `SELECT professional_id, provider_id, from_date::text AS from_date, to_date::text AS to_date
                 FROM employments`,
        },
      ),
    municipalities: (db: Db) =>
      rowsOf<MunicipalityInfo>(db, {
        text: `SELECT number, name, county_number AS county, office_code AS office, population FROM municipalities`,
      }),
  };
  const r = parallel ? await readInParallel(client, parallel, reads) : await readInSequence(client, reads);

  const providers: ProviderInfo[] = r.providers.map((p) => ({
    id: p.id,
    label: p.name,
    serviceType: p.service_type,
    municipalSector: p.municipal_sector,
    stratum: `${p.service_type}|${p.size_measure}`,
    size: p.size,
    municipality: p.municipality_number,
    county: p.county_number,
    office: p.office_code,
    fromMonth: monthNumber(p.active_from) - firstMonth,
    toMonth: p.active_to === null ? null : monthNumber(p.active_to) - firstMonth,
  }));
  const providerIndex = new Map(providers.map((p, i) => [p.id, i]));

  const providerCounts = new Uint32Array(providers.length * months);
  const counts = new DataView(r.counts.buffer, r.counts.byteOffset, r.counts.byteLength);
  for (let at = 0; at < counts.byteLength; at += 16) {
    const provider = counts.getInt32(at) * 2 ** 32 + counts.getUint32(at + 4);
    const i = providerIndex.get(provider);
    if (i !== undefined) providerCounts[i * months + counts.getInt32(at + 8)] = counts.getInt32(at + 12);
  }

  const professionalCounts = new Map<number, Uint32Array>();
  const professionalEmployers = new Map<number, Set<number>>();
  const namedAtProvider: RiskData['namedAtProvider'] = [];
  for (const [professional, provider, m, n] of r.named.rows) {
    let series = professionalCounts.get(professional);
    if (!series) professionalCounts.set(professional, (series = new Uint32Array(months)));
    series[m] = series[m]! + n;
    if (provider !== null) {
      const set = professionalEmployers.get(professional) ?? new Set<number>();
      set.add(provider);
      professionalEmployers.set(professional, set);
      namedAtProvider.push({ provider, month: m, n });
    }
  }
  const professionalLabels = new Map(r.named.labels.map((l) => [l.id, `${l.name} (${l.profession})`]));

  const employments = r.employments.map((e) => ({
    professionalId: e.professional_id,
    providerId: e.provider_id,
    fromMonth: monthNumber(e.from_date) - firstMonth,
    toMonth: e.to_date === null ? null : monthNumber(e.to_date) - firstMonth,
  }));
  // Professionals employed per month, counted here from the employments just read (a join of months ×
  // employments in SQL took seconds): +1 where an employment starts, −1 after it ends, then a running sum.
  const employedPerMonth = new Float64Array(months);
  const change = new Float64Array(months + 1);
  for (const e of employments) {
    const start = Math.max(0, e.fromMonth);
    const end = e.toMonth === null ? months - 1 : Math.min(months - 1, e.toMonth);
    if (start > end) continue;
    change[start]! += 1;
    change[end + 1]! -= 1;
  }
  for (let t = 0, employed = 0; t < months; t++) employedPerMonth[t] = employed += change[t]!;

  const themes = r.themes.map(([provider, theme, month, n]) => ({ provider, theme, month, n }));

  return {
    firstMonth,
    months,
    providers,
    providerIndex,
    providerCounts,
    municipalities: r.municipalities,
    professionalCounts,
    professionalEmployers,
    professionalLabels,
    employments,
    namedAtProvider,
    employedPerMonth,
    themes,
    themeFromMonth,
    outcomes: r.outcomes,
  };
}

async function rowsOf<R>(db: Db, query: pg.QueryConfig & { rowMode?: 'array' }): Promise<R[]> {
  return (await db.query(query)).rows as R[];
}

type Reads = Record<string, (db: Db) => Promise<unknown>>;
type ReadResults<T extends Reads> = { [K in keyof T]: Awaited<ReturnType<T[K]>> };

async function readInSequence<T extends Reads>(client: Db, reads: T): Promise<ReadResults<T>> {
  const results: Partial<ReadResults<T>> = {};
  for (const key of Object.keys(reads) as (keyof T)[])
    results[key] = (await reads[key]!(client)) as ReadResults<T>[typeof key];
  return results as ReadResults<T>;
}

/**
 * The reads on `connections` extra pool connections, each a REPEATABLE READ transaction on the snapshot the
 * caller's transaction exports, taking the next read when it finishes one. Every extra transaction is rolled
 * back and its connection released, also when a read fails; the first failure is thrown once all have ended.
 */
async function readInParallel<T extends Reads>(
  client: Db,
  parallel: ParallelLoad,
  reads: T,
): Promise<ReadResults<T>> {
  // Never wait for a connection the caller holds: a pool of one (PGlite) reads on the caller's connection.
  const connections = Math.min(parallel.connections ?? 2, (parallel.pool.options.max ?? 10) - 1);
  if (connections < 1) return readInSequence(client, reads);
  const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
  const snapshot = rows[0]!.snapshot;
  if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error(`unexpected snapshot id: ${snapshot}`);

  const queue = Object.keys(reads) as (keyof T)[];
  const results: Partial<ReadResults<T>> = {};
  let failed = false;
  const worker = async () => {
    const db = await parallel.pool.connect();
    let broken: Error | undefined;
    try {
      // SET TRANSACTION SNAPSHOT must come before the transaction's first query.
      await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await db.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
      // The reads already run side by side, about one per core: no parallel workers on top of them (they only
      // add processes and merge work; outcomes and themes are ordered, so their plans may change), and no JIT,
      // which costs more than it saves on these one-off aggregates.
      await db.query('SET LOCAL max_parallel_workers_per_gather = 0');
      await db.query('SET LOCAL jit = off');
      for (let key = queue.shift(); key !== undefined && !failed; key = queue.shift())
        results[key] = (await reads[key]!(db)) as ReadResults<T>[typeof key];
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // A connection that cannot even roll back is dropped from the pool, not reused.
      await db.query('ROLLBACK').catch((error: Error) => (broken = error));
      db.release(broken);
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: connections }, worker));
  const failure = ended.find((e) => e.status === 'rejected');
  if (failure) throw failure.reason;
  return results as ReadResults<T>;
}
