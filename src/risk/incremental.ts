/**
 * Incremental update for one new case: the CUSUM of each charted unit the case belongs to (its provider, and
 * the provider's municipality, county, office and the nation) moves by one case, without a full recompute.
 *
 * The run stored each unit's state for its last month: the statistic before that month, the month's observed
 * and expected counts, and the threshold. Adding a case to that month is one step of the same recursion the
 * full run uses (monitor.ts): S = max(0, S_before + O·ln R − (R − 1)·E). A case in a later month first rolls
 * the state forward over the months in between with no cases, and uses the last month's expected count for
 * the new months — an approximation (no seasonal factor, no new baseline) that the next full run replaces.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database, RiskUnitType } from '../db/schema.ts';
import { monthDate, monthEnd, monthNumber } from './months.ts';
import { poissonRatioInterval } from './monitor.ts';
import { signalKey } from './signal.ts';

export interface UnitState {
  /** Month number (months.ts) the state is for. */
  month: number;
  cusumBefore: number;
  observed: number;
  expected: number;
  threshold: number;
}

export interface UpdatedUnit {
  state: UnitState;
  statistic: number;
  alarm: boolean;
}

function step(before: number, observed: number, expected: number, rateRatio: number): number {
  return Math.max(0, before + observed * Math.log(rateRatio) - (rateRatio - 1) * expected);
}

/** The unit's state after one more case received in `month` (≥ the state's month). Pure. */
export function addCase(state: UnitState, month: number, rateRatio: number): UpdatedUnit {
  let s = state;
  if (month < s.month) throw new Error(`a case in month ${month} is older than the state (${s.month})`);
  while (s.month < month) {
    const closed = step(s.cusumBefore, s.observed, s.expected, rateRatio);
    // After an alarm the chart restarts at 0, as in the full run.
    s = { ...s, month: s.month + 1, cusumBefore: closed >= s.threshold ? 0 : closed, observed: 0 };
  }
  const next = { ...s, observed: s.observed + 1 };
  const statistic = step(next.cusumBefore, next.observed, next.expected, rateRatio);
  return { state: next, statistic, alarm: statistic >= next.threshold };
}

export interface IncrementalResult {
  runId: number | null;
  units: { unitType: RiskUnitType; unitId: string; statistic: number; threshold: number; alarm: boolean }[];
  signalsAdded: number;
}

export interface IncrementalOptions {
  /**
   * Give up (the transaction fails and writes nothing) when a unit's row lock or a statement takes longer
   * than this: the caller is opening a case and must not wait on the risk engine. The next full run counts
   * the case anyway.
   */
  timeoutMs?: number;
}

/**
 * Adds one stored case to the latest run's unit states, in one transaction, and stores a CUSUM signal
 * (marked incremental) for each unit whose chart now alarms and has no such signal in the run yet.
 */
export async function updateRiskForCase(
  db: Kysely<Database>,
  caseId: number,
  options: IncrementalOptions = {},
): Promise<IncrementalResult> {
  return db.transaction().execute(async (trx) => {
    if (options.timeoutMs !== undefined) {
      const ms = `${Math.max(1, Math.round(options.timeoutMs))}ms`;
      await sql`SELECT set_config('lock_timeout', ${ms}, true), set_config('statement_timeout', ${ms}, true)`.execute(
        trx,
      );
    }
    const found = await sql<{
      run_id: number;
      rate_ratio: number;
      budget: number;
      received_on: string;
      unit_type: RiskUnitType;
      unit_id: string;
      unit_label: string;
      month: string;
      cusum_before: number;
      observed: number;
      expected: number;
      threshold: number;
    }>`
      WITH run AS (SELECT id, (parameters->>'rateRatio')::float8 AS rate_ratio,
                          (parameters->>'falseAlarmsPerUnitYear')::float8 AS budget FROM risk_runs
                    WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1),
           c AS (SELECT cs.received_on, p.id::text AS provider, m.number AS municipality,
                        m.county_number AS county, m.office_code AS office
                   FROM cases cs JOIN providers p ON p.id = cs.provider_id
                   JOIN municipalities m ON m.number = p.municipality_number
                  WHERE cs.id = ${caseId}),
           units (unit_type, unit_id) AS (
             SELECT 'provider', provider FROM c UNION ALL SELECT 'municipality', municipality FROM c
             UNION ALL SELECT 'county', county FROM c UNION ALL SELECT 'office', office FROM c
             UNION ALL SELECT 'national', 'NO' FROM c)
      SELECT st.run_id, run.rate_ratio, run.budget, (SELECT received_on::text FROM c) AS received_on, st.unit_type,
             st.unit_id, st.unit_label, st.month::text AS month, st.cusum_before, st.observed, st.expected,
             st.threshold
        FROM run JOIN risk_unit_state st ON st.run_id = run.id
        JOIN units u ON u.unit_type = st.unit_type AND u.unit_id = st.unit_id
         FOR UPDATE OF st`.execute(trx);
    if (found.rows.length === 0) return { runId: null, units: [], signalsAdded: 0 };
    const runId = Number(found.rows[0]!.run_id);
    const units: IncrementalResult['units'] = [];
    let signalsAdded = 0;
    for (const r of found.rows) {
      const caseMonth = monthNumber(r.received_on);
      const updated = addCase(
        {
          month: monthNumber(r.month),
          cusumBefore: Number(r.cusum_before),
          observed: Number(r.observed),
          expected: Number(r.expected),
          threshold: Number(r.threshold),
        },
        Math.max(caseMonth, monthNumber(r.month)),
        Number(r.rate_ratio),
      );
      const s = updated.state;
      await sql`
        UPDATE risk_unit_state SET month = ${monthDate(s.month)}::date, cusum_before = ${s.cusumBefore},
               observed = ${s.observed}
         WHERE run_id = ${runId} AND unit_type = ${r.unit_type} AND unit_id = ${r.unit_id}`.execute(trx);
      units.push({
        unitType: r.unit_type,
        unitId: r.unit_id,
        statistic: updated.statistic,
        threshold: s.threshold,
        alarm: updated.alarm,
      });
      if (!updated.alarm) continue;
      const key = signalKey(r.unit_type, r.unit_id, 'cusum', null);
      const ci = poissonRatioInterval(s.observed, s.expected);
      const evidence = {
        score_meaning: 'CUSUM statistic / threshold after the new case (≥ 1)',
        incremental: true,
        case_id: caseId,
        statistic: updated.statistic,
        threshold: s.threshold,
        statistic_before_month: s.cusumBefore,
        false_alarms_per_unit_year: Number(r.budget),
        comparison: { kind: 'own_history_incremental' },
      };
      const inserted = await sql`
        INSERT INTO risk_signals (run_id, signal_key, unit_type, unit_id, unit_label, method, observed, expected,
               ratio, interval_lower, interval_upper, interval_level, comparison_group, period_from, period_to,
               score, evidence, incremental)
        SELECT ${runId}, ${key}, ${r.unit_type}, ${r.unit_id}, ${r.unit_label}, 'cusum', ${s.observed},
               ${s.expected}, ${s.observed / s.expected}, ${ci.lower}, ${ci.upper}, 0.95,
               'its own history, as in the run (incremental update within the month)',
               ${monthDate(s.month)}::date, ${monthEnd(s.month)}::date, ${updated.statistic / s.threshold},
               ${JSON.stringify(evidence)}::jsonb, true
         WHERE NOT EXISTS (SELECT 1 FROM risk_signals WHERE run_id = ${runId} AND signal_key = ${key})`.execute(
        trx,
      );
      signalsAdded += Number(inserted.numAffectedRows ?? 0);
    }
    return { runId, units, signalsAdded };
  });
}
