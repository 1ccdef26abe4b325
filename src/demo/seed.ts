import type pg from 'pg';
import {
  buildIndexes,
  bulkInsert,
  copyText,
  withDeferredIndexes,
  type BulkColumn,
  type BulkMethod,
} from '../db/bulk.ts';
import type { Connection } from '../db/connect.ts';
import { NATIONAL_OFFICE, readReferenceData } from '../db/reference.ts';
import { refreshSearchIndex } from '../knowledge/search-index.ts';
import { CASE_TYPES } from '../domain/cases/case-types.ts';
import { generateCases, type CaseBatch } from './cases.ts';
import {
  CASE_TABLE_COLUMNS,
  CASE_TABLE_KEYS,
  EMPLOYMENT_COLUMNS,
  PROFESSIONAL_COLUMNS,
  PROVIDER_COLUMNS,
  SIGNAL_COLUMNS,
  USER_COLUMNS,
  USER_ROLE_COLUMNS,
} from './columns.ts';
import { startCaseStream, type StreamedBatch } from './seed-stream.ts';
import type { PreparedParts } from './seed-worker.ts';
import { CASE_TYPE_SHARE, FRAILTY_SHAPE, SEASON, SERVICE_TYPE_MODELS, YEARLY_GROWTH } from './model.ts';
import { PersonFactory } from './people.ts';
import { makePlan, type PlantedSignal } from './plan.ts';
import { generateWorkforce, type Workforce } from './professionals.ts';
import { generateProviders, type GeneratedProvider, type MunicipalityInfo } from './providers.ts';
import { Random } from './random.ts';
import { demoUsers, type DemoUser } from './users.ts';

export interface SeedOptions {
  seed: number;
  cases: number;
  years: number;
  providers: number;
  /** The demo's "today": cases after it are not generated, and cases still running then stay open. */
  today: string;
  /** Rows per database round trip. */
  batchSize?: number;
  /** Build constraints and indexes once after the load (default: from 50,000 cases). */
  deferIndexes?: boolean;
}

export const DEFAULT_SEED_OPTIONS = { seed: 1, cases: 25_000, years: 5, providers: 50_000 } as const;

export interface SeedProgress {
  start(totalCases: number): void;
  update(casesWritten: number): void;
  stop(): void;
}

export interface SeedResult {
  runId: number;
  counts: Record<string, number>;
  signals: GroundTruthSignal[];
  period: { from: string; to: string };
  seconds: number;
  /** Seconds per phase, for operators and the benchmark: where the time went. */
  phases: Record<string, number>;
  /** The knowledge base's full-text index, filled in one pass after the load (not in `seconds`). */
  searchIndex: { indexed: number; seconds: number };
}

/** One planted signal as the ground-truth file and table show it: months as dates, not indexes. */
export interface GroundTruthSignal extends Omit<PlantedSignal, 'startMonth' | 'endMonth'> {
  startMonth: string;
  endMonth: string | null;
}

export class SeedError extends Error {}

/** From this size on, constraints and indexes of the case tables are built once after the load. */
const DEFER_INDEXES_FROM = 50_000;
const CASE_TABLES = [
  'persons',
  'cases',
  'case_parties',
  'case_events',
  'documents',
  'decisions',
  'reactions',
];
/** Indexes whose keys grow with the case id, so the load appends to them cheaply: kept during the load. */
const GROWING_KEY_INDEXES = [
  'case_events_case_id_seq_key',
  'documents_case_id_seq_key',
  'decisions_case',
  'case_parties_case',
  'cases_case_number_key',
  'cases_received',
];

/** Tables in the order they are emptied for `--reset` (children first). */
const DEMO_TABLES = [
  'reactions',
  'decisions',
  'documents',
  'case_events',
  'case_parties',
  'cases',
  'case_number_counters',
  'persons',
  'employments',
  'professionals',
  'providers',
  'user_roles',
  'users',
  'demo_planted_signals',
  'demo_runs',
] as const;

/**
 * Generates the synthetic national data set and loads it in one transaction: either all of it lands or
 * nothing does. Refuses to write into a database that already has cases unless `reset` is given.
 */
export interface PreparedDemo {
  options: SeedOptions;
  period: { from: string; to: string };
  providers: GeneratedProvider[];
  workforce: Workforce;
  users: DemoUser[];
  signals: GroundTruthSignal[];
  caseNumberCounters: Map<number, number>;
  /** The case history, in batches; a generator, so a million cases never sit in memory at once. */
  cases(): Generator<CaseBatch>;
}

/**
 * Everything of the synthetic national data set but the writing: deterministic for the options (the seed,
 * the size and the demo's "today"), so tests can check it in memory and `seedDemo` can stream it.
 */
export function prepareDemo(options: SeedOptions, batchSize = 5_000): PreparedDemo {
  validateOptions(options);
  const ref = readReferenceData();
  const root = new Random(options.seed);
  const months = options.years * 12;
  const todayMonth = { year: Number(options.today.slice(0, 4)), month: Number(options.today.slice(5, 7)) };
  const firstTotal = todayMonth.year * 12 + todayMonth.month - 1 - (months - 1);
  const firstMonth = { year: Math.floor(firstTotal / 12), month: (firstTotal % 12) + 1 };
  const periodStart = `${firstMonth.year}-${String(firstMonth.month).padStart(2, '0')}-01`;
  const monthIndexOf = (date: string) =>
    (Number(date.slice(0, 4)) - firstMonth.year) * 12 + Number(date.slice(5, 7)) - firstMonth.month;

  const countyName = new Map(ref.counties.map((c) => [c.number, c.name]));
  const municipalities: (MunicipalityInfo & { language_form: string })[] = ref.municipalities.map((m) => ({
    number: m.number,
    name: m.name,
    county_number: m.county_number,
    county_name: countyName.get(m.county_number) ?? m.county_number,
    office_code: m.office_code,
    population: m.population,
    language_form: m.language_form,
  }));
  const regionalOffices = ref.offices.filter((o) => o.kind === 'regional').map((o) => o.code);

  const providers = generateProviders(root.fork('providers'), municipalities, options.providers, periodStart);
  const workforce = generateWorkforce(
    root.fork('workforce'),
    providers,
    Math.round(options.providers * 0.6),
    periodStart,
    options.today,
  );
  const expected = expectedCases(root.fork('frailty'), providers, options.cases);
  const monthWeights = monthWeightsOf(months, firstMonth.month);
  const expectedPerMonth = new Map<number, number>();
  let namedPerMonth = 0;
  for (const [id, perType] of expected) {
    let total = 0;
    for (const v of perType) total += v;
    expectedPerMonth.set(id, total / months);
    namedPerMonth += ((perType[0] as number) * 0.25 + (perType[3] as number)) / months;
  }
  const plan = makePlan(root.fork('plan'), {
    months,
    providers,
    expectedPerMonth,
    municipalities,
    workforce,
    regionalOffices,
    monthIndexOf,
    expectedPerProfessionalMonth: namedPerMonth / Math.max(1, workforce.professionals.length),
  });
  const users = demoUsers(regionalOffices, NATIONAL_OFFICE);
  const caseworkers = new Map<string, number[]>();
  for (const u of users) {
    if (u.roles.includes('caseworker') || u.roles.includes('national_lawyer')) {
      caseworkers.set(u.office_code, [...(caseworkers.get(u.office_code) ?? []), u.id]);
    }
  }
  const monthDate = (index: number) => {
    const total = firstTotal + index;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
  };
  const signals: GroundTruthSignal[] = plan.signals.map((s) => ({
    ...s,
    startMonth: monthDate(s.startMonth),
    endMonth: s.endMonth === null ? null : monthDate(s.endMonth),
  }));
  const caseNumberCounters = new Map<number, number>();
  const municipalityMap = new Map(municipalities.map((m) => [m.number, m]));
  return {
    options,
    period: { from: periodStart, to: options.today },
    providers,
    workforce,
    users,
    signals,
    caseNumberCounters,
    cases: () =>
      generateCases({
        rng: root.fork('cases'),
        plan,
        providers,
        municipalities: municipalityMap,
        workforce,
        people: new PersonFactory(root.fork('people')),
        expected,
        monthWeights,
        firstMonth,
        today: options.today,
        nationalOffice: NATIONAL_OFFICE,
        caseworkers,
        sectorOf: new Map(ref.taxonomy.serviceTypes.map((t) => [t.code, t.sector])),
        legalBasisOfTheme: new Map(ref.taxonomy.themes.map((t) => [t.code, t.law])),
        batchSize,
        caseNumberCounters,
      }),
  };
}

export async function seedDemo(
  conn: Connection,
  options: SeedOptions,
  progress?: SeedProgress,
  reset = false,
): Promise<SeedResult> {
  const started = performance.now();
  const method: BulkMethod = conn.kind === 'server' ? 'copy' : 'unnest';
  // Smaller batches keep the database busy while the worker makes the next one.
  const batchSize = options.batchSize ?? (conn.kind === 'server' ? 5_000 : 2_500);
  validateOptions(options);
  const caseNumberCounters = new Map<number, number>();
  // The worker starts generating now, while this thread prepares and writes providers and staff.
  const stream = startCaseStream(options, batchSize, method === 'copy' ? 'copy' : 'rows', caseNumberCounters);
  let demo: PreparedParts;
  try {
    demo = await stream.prepared();
  } catch (error) {
    await stream.close();
    throw error;
  }
  const { providers, workforce, users, signals } = demo;
  const periodStart = demo.period.from;

  const client = await conn.pool.connect();
  let loaded: Omit<SeedResult, 'searchIndex'>;
  const counts: Record<string, number> = {};
  const count = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);
  try {
    await client.query('BEGIN');
    // The load is one transaction: nothing is lost by not waiting for the disk on each intermediate step.
    await client.query('SET LOCAL synchronous_commit = off');
    // The queues' stamps move once per statement for the whole office set, not once per row (migration 013).
    await client.query(`SET LOCAL tilsyn.queue_sync = 'bulk'`);
    const existing = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    if ((existing.rows[0]?.n ?? 0) > 0) {
      if (!reset) {
        throw new SeedError(
          `The database already has ${existing.rows[0]?.n} cases. Use --reset to replace all demo data (this deletes every case).`,
        );
      }
      await client.query(`TRUNCATE ${DEMO_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    }
    const parameters = { ...options, period: { from: periodStart, to: options.today } };
    const run = await client.query<{ id: number }>(
      'INSERT INTO demo_runs (seed, parameters) VALUES ($1, $2) RETURNING id',
      [options.seed, JSON.stringify(parameters)],
    );
    const runId = run.rows[0]?.id as number;

    await bulkInsert(client, 'users', USER_COLUMNS, users, method);
    const roles = users.flatMap((u) =>
      u.roles.map((role) => ({ user_id: u.id, role, office_code: u.office_code })),
    );
    await bulkInsert(client, 'user_roles', USER_ROLE_COLUMNS, roles, method);
    await bulkInsert(client, 'providers', PROVIDER_COLUMNS, providers, method);
    await bulkInsert(client, 'professionals', PROFESSIONAL_COLUMNS, workforce.professionals, method);
    await bulkInsert(client, 'employments', EMPLOYMENT_COLUMNS, workforce.employments, method);
    count('users', users.length);
    count('providers', providers.length);
    count('professionals', workforce.professionals.length);
    count('employments', workforce.employments.length);
    await bulkInsert(
      client,
      'demo_planted_signals',
      SIGNAL_COLUMNS,
      signals.map((s) => ({
        ...s,
        run_id: runId,
        unit_type: s.unitType,
        unit_ids: s.unitIds,
        unit_label: s.unitLabel,
        case_type: s.caseType,
        service_type: s.serviceType,
        start_month: s.startMonth,
        end_month: s.endMonth,
        effect_size: s.effectSize,
        is_null_stressor: s.isNullStressor,
      })),
      method,
    );

    const batches = stream;
    progress?.start(options.cases);
    let written = 0;
    const loadCases = async () => {
      for await (const batch of batches) {
        await writeBatch(client, batch, method);
        for (const [table, n] of Object.entries(batch.counts)) count(table, n);
        written += batch.cases;
        progress?.update(written);
      }
    };
    const phases: Record<string, number> = {};
    let mark = performance.now();
    const phase = (name: string) => {
      const now = performance.now();
      phases[name] = Math.round((now - mark) / 100) / 10;
      mark = now;
    };
    phases.prepare = Math.round((mark - started) / 100) / 10;
    let laterIndexes: string[] = [];
    // The knowledge base's full-text index is filled in one pass afterwards (knowledge/search-index.ts), at
    // any size: row by row, each case's index entry is a statement of its own that moves the search stamp,
    // and one row updated tens of thousands of times in one transaction costs time quadratic in the count.
    await client.query(`SET LOCAL tilsyn.search_sync = 'off'`);
    if (options.deferIndexes ?? options.cases >= DEFER_INDEXES_FROM) {
      // Room to sort for the index builds and to hash for the foreign-key checks, in memory rather than on disk.
      await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
      await client.query(`SET LOCAL work_mem = '256MB'`);
      const deferred = await withDeferredIndexes(
        client,
        CASE_TABLES,
        async () => {
          await loadCases();
          phase('load');
        },
        GROWING_KEY_INDEXES,
        conn.kind === 'server',
      );
      laterIndexes = deferred.later;
      phase('constraints');
    } else {
      await loadCases();
      phase('load');
    }
    progress?.stop();
    await bulkInsert(
      client,
      'case_number_counters',
      [
        { name: 'year', type: 'integer' },
        { name: 'next_seq', type: 'integer' },
      ],
      [...caseNumberCounters].map(([year, last]) => ({ year, next_seq: last + 1 })),
      method,
    );
    // Explicit ids were loaded: move each identity past them so new rows do not collide.
    for (const table of ['users', 'providers', 'professionals', 'employments', ...CASE_TABLES]) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
      );
    }
    await client.query('UPDATE demo_runs SET finished_at = now(), counts = $2 WHERE id = $1', [
      runId,
      JSON.stringify(counts),
    ]);
    await client.query('COMMIT');
    phase('commit');
    // The plain indexes guard nothing, so they are built after the commit, two at a time (server only).
    if (laterIndexes.length > 0) {
      await buildIndexes(conn.pool, laterIndexes, 2);
      phase('indexes');
    }
    // Fresh statistics for the planner (through this client: the embedded pool has one connection).
    // The tables that queries filter and join on; autovacuum analyses the rest (events, documents) soon after.
    await client.query('ANALYZE providers, professionals, persons, cases, case_parties, decisions');
    phase('analyze');
    loaded = {
      runId,
      counts,
      signals,
      period: { from: periodStart, to: options.today },
      seconds: (performance.now() - started) / 1000,
      phases,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    progress?.stop();
    throw error;
  } finally {
    await stream.close();
    client.release();
  }
  // After the release: the embedded pool has one connection.
  return { ...loaded, searchIndex: await refreshSearchIndex(conn) };
}

async function writeBatch(client: pg.PoolClient, batch: StreamedBatch, method: BulkMethod): Promise<void> {
  for (const [table, key] of CASE_TABLE_KEYS) {
    const columns = CASE_TABLE_COLUMNS[table] as readonly BulkColumn[];
    if (batch.copy) await copyText(client, table, columns, batch.copy[table] ?? '');
    else if (batch.rows)
      await bulkInsert(client, table, columns, batch.rows[key] as readonly object[], method);
  }
}

/**
 * Expected cases per provider and case type over the period: the case type's national share, split over
 * service types by their weight, and within a type by size × a gamma frailty (mean 1) for overdispersion.
 */
function expectedCases(
  rng: Random,
  providers: ReturnType<typeof generateProviders>,
  total: number,
): Map<number, Float64Array> {
  const frailty = new Map<number, number>();
  const weightByType = new Map<string, number>();
  for (const p of providers) {
    if (p.isParentOnly) continue;
    const f = rng.gamma(FRAILTY_SHAPE, 1 / FRAILTY_SHAPE);
    frailty.set(p.id, f);
    weightByType.set(p.service_type, (weightByType.get(p.service_type) ?? 0) + p.size * f);
  }
  const typeShare = CASE_TYPES.map((caseType) => {
    let sum = 0;
    for (const m of Object.values(SERVICE_TYPE_MODELS)) sum += m.caseWeight[caseType] ?? 0;
    return sum;
  });
  const result = new Map<number, Float64Array>();
  for (const p of providers) {
    if (p.isParentOnly) continue;
    const model = SERVICE_TYPE_MODELS[p.service_type];
    if (!model) continue;
    const within = (p.size * (frailty.get(p.id) as number)) / (weightByType.get(p.service_type) as number);
    const perType = new Float64Array(CASE_TYPES.length);
    CASE_TYPES.forEach((caseType, c) => {
      const share = (model.caseWeight[caseType] ?? 0) / (typeShare[c] as number);
      perType[c] = total * CASE_TYPE_SHARE[caseType] * share * within;
    });
    result.set(p.id, perType);
  }
  return result;
}

/** Season × yearly growth for each month of the period, normalised to sum to 1. */
function monthWeightsOf(months: number, firstCalendarMonth: number): Float64Array {
  const weights = new Float64Array(months);
  let sum = 0;
  for (let m = 0; m < months; m++) {
    const w = (SEASON[(firstCalendarMonth - 1 + m) % 12] as number) * Math.pow(1 + YEARLY_GROWTH, m / 12);
    weights[m] = w;
    sum += w;
  }
  for (let m = 0; m < months; m++) weights[m] = (weights[m] as number) / sum;
  return weights;
}

export function validateOptions(o: SeedOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(o.cases) || o.cases < 100 || o.cases > 5_000_000)
    problems.push('--cases must be a whole number from 100 to 5000000');
  if (!Number.isInteger(o.years) || o.years < 1 || o.years > 20)
    problems.push('--years must be a whole number from 1 to 20');
  if (!Number.isInteger(o.providers) || o.providers < 1000 || o.providers > 200_000)
    problems.push('--providers must be a whole number from 1000 to 200000');
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 2 ** 31)
    problems.push('--seed must be a whole number from 0 to 2147483648');
  if (!isRealDate(o.today)) problems.push('--today must be a date YYYY-MM-DD');
  if (problems.length > 0) throw new SeedError(problems.join('; '));
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
