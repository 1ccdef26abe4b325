/**
 * The risk API's SQL, in one place: the latest run, its signals (filtered and paged), one signal with its
 * assessment history, recording an assessment, and the signals the candidate rules read.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, RiskMethod, RiskSignalsTable, RiskUnitType } from '../db/schema.ts';
import type { CandidateSignal } from './candidates.ts';

export type SignalRow = Selectable<RiskSignalsTable>;

export interface SignalFilter {
  unitType?: RiskUnitType;
  serviceType?: string;
  theme?: string;
  method?: RiskMethod;
  /** Signals of units that belong to this office: the office, its municipalities, counties and providers. */
  office?: string;
}

export async function latestRun(db: Kysely<Database>) {
  return db
    .selectFrom('risk_runs')
    .selectAll()
    .where('finished_at', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listSignals(
  db: Kysely<Database>,
  runId: number,
  filter: SignalFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: SignalRow[] }> {
  let q = db.selectFrom('risk_signals as s').where('s.run_id', '=', runId);
  if (filter.unitType) q = q.where('s.unit_type', '=', filter.unitType);
  if (filter.serviceType) q = q.where('s.service_type', '=', filter.serviceType);
  if (filter.theme) q = q.where('s.theme', '=', filter.theme);
  if (filter.method) q = q.where('s.method', '=', filter.method);
  if (filter.office) {
    const office = filter.office;
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('s.unit_type', '=', 'office'), eb('s.unit_id', '=', office)]),
        eb.and([
          eb('s.unit_type', '=', 'municipality'),
          eb(
            's.unit_id',
            'in',
            eb.selectFrom('municipalities').select('number').where('office_code', '=', office),
          ),
        ]),
        eb.and([
          eb('s.unit_type', '=', 'county'),
          eb('s.unit_id', 'in', eb.selectFrom('counties').select('number').where('office_code', '=', office)),
        ]),
        eb.and([
          eb('s.unit_type', '=', 'provider'),
          eb(
            's.unit_id',
            'in',
            eb
              .selectFrom('providers as p')
              .innerJoin('municipalities as m', 'm.number', 'p.municipality_number')
              .select(sql<string>`p.id::text`.as('id'))
              .where('m.office_code', '=', office),
          ),
        ]),
      ]),
    );
  }
  const [count, rows] = await Promise.all([
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    q
      .selectAll('s')
      .orderBy('s.score', 'desc')
      .orderBy('s.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { total: count.n, rows };
}

export async function getSignal(db: Kysely<Database>, id: number) {
  const signal = await db.selectFrom('risk_signals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!signal) return null;
  // Assessments follow the signal key, so what was said about this unit and method on earlier runs shows too.
  const assessments = await db
    .selectFrom('risk_assessments')
    .selectAll()
    .where('signal_key', '=', signal.signal_key)
    .orderBy('assessed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return { signal, assessments };
}

export async function recordAssessment(
  db: Kysely<Database>,
  signal: { id: number; signalKey: string },
  input: { decision: 'agree' | 'not_now' | 'disagree'; reason: string; assessedBy: string },
) {
  return db
    .insertInto('risk_assessments')
    .values({
      signal_id: signal.id,
      signal_key: signal.signalKey,
      decision: input.decision,
      reason: input.reason,
      assessed_by: input.assessedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * One run's signals for the candidate rules, each marked set aside when the latest assessment of its key is
 * 'disagree', or the latest of this signal is 'not_now'.
 */
export async function candidateSignals(db: Kysely<Database>, runId: number): Promise<CandidateSignal[]> {
  const rows = await sql<{
    id: number;
    signal_key: string;
    unit_type: RiskUnitType;
    unit_id: string;
    unit_label: string;
    method: RiskMethod;
    theme: string | null;
    observed: number;
    expected: number;
    ratio: number;
    set_aside: boolean;
  }>`
    SELECT s.id, s.signal_key, s.unit_type, s.unit_id, s.unit_label, s.method, s.theme,
           s.observed, s.expected, s.ratio,
           coalesce(by_key.decision = 'disagree', false)
             OR coalesce(by_signal.decision = 'not_now', false) AS set_aside
      FROM risk_signals s
      LEFT JOIN LATERAL (SELECT a.decision FROM risk_assessments a WHERE a.signal_key = s.signal_key
                          ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) by_key ON true
      LEFT JOIN LATERAL (SELECT a.decision FROM risk_assessments a WHERE a.signal_id = s.id
                          ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) by_signal ON true
     WHERE s.run_id = ${runId}`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    signalKey: r.signal_key,
    unitType: r.unit_type,
    unitId: r.unit_id,
    unitLabel: r.unit_label,
    method: r.method,
    theme: r.theme,
    observed: Number(r.observed),
    expected: Number(r.expected),
    ratio: Number(r.ratio),
    setAside: r.set_aside,
  }));
}
