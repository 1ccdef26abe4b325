/**
 * Full recompute: load the monthly aggregates, compute the risk picture, and store one versioned run with its
 * signals and each charted unit's CUSUM state, in one transaction (a failed run leaves nothing). The version
 * is sha256(parameters + data fingerprint): the same data and parameters give the same version and signals.
 */
import { createHash } from 'node:crypto';
import type { Connection } from '../db/connect.ts';
import { bulkInsert, type BulkColumn } from '../db/bulk.ts';
import { computeRisk } from './engine.ts';
import { loadRiskData, type RiskData } from './load.ts';
import { monthDate, monthEnd, monthNumber } from './months.ts';
import { DEFAULT_PARAMETERS, type RiskParameters } from './parameters.ts';

export interface RecomputeProgress {
  step(name: 'load' | 'compute' | 'store' | 'done'): void;
}

export interface RecomputeResult {
  runId: number;
  version: string;
  signals: number;
  seconds: { load: number; compute: number; store: number; total: number };
}

function fingerprint(data: RiskData): string {
  const h = createHash('sha256');
  h.update(Buffer.from(data.providerCounts.buffer));
  h.update(
    JSON.stringify([
      data.firstMonth,
      data.months,
      data.providers.length,
      data.themes.length,
      data.outcomes.length,
    ]),
  );
  return h.digest('hex');
}

const SIGNAL_COLUMNS: BulkColumn[] = [
  { name: 'run_id', type: 'bigint' },
  { name: 'signal_key', type: 'text' },
  { name: 'unit_type', type: 'text' },
  { name: 'unit_id', type: 'text' },
  { name: 'unit_label', type: 'text' },
  { name: 'service_type', type: 'text' },
  { name: 'theme', type: 'text' },
  { name: 'method', type: 'text' },
  { name: 'observed', type: 'numeric' },
  { name: 'expected', type: 'numeric' },
  { name: 'ratio', type: 'numeric' },
  { name: 'interval_lower', type: 'numeric' },
  { name: 'interval_upper', type: 'numeric' },
  { name: 'interval_level', type: 'numeric' },
  { name: 'comparison_group', type: 'text' },
  { name: 'period_from', type: 'date' },
  { name: 'period_to', type: 'date' },
  { name: 'score', type: 'numeric' },
  { name: 'evidence', type: 'jsonb' },
];
const STATE_COLUMNS: BulkColumn[] = [
  { name: 'run_id', type: 'bigint' },
  { name: 'unit_type', type: 'text' },
  { name: 'unit_id', type: 'text' },
  { name: 'unit_label', type: 'text' },
  { name: 'month', type: 'date' },
  { name: 'cusum_before', type: 'numeric' },
  { name: 'observed', type: 'integer' },
  { name: 'expected', type: 'numeric' },
  { name: 'threshold', type: 'numeric' },
];

export async function recomputeRisk(
  conn: Connection,
  options: { asOf: string; months?: number; parameters?: RiskParameters },
  progress?: RecomputeProgress,
): Promise<RecomputeResult> {
  const p = options.parameters ?? DEFAULT_PARAMETERS;
  const last = monthNumber(options.asOf);
  const first = last - (options.months ?? 120) + 1;
  const from = monthDate(first);
  const to = options.asOf;
  const started = performance.now();
  const client = await conn.pool.connect();
  try {
    await client.query('BEGIN');
    progress?.step('load');
    // On a server the reads share this transaction's snapshot on extra connections; PGlite has only this one.
    const data = await loadRiskData(
      client,
      { from, to, themesFrom: monthDate(last - p.windowMonths + 1) },
      conn.kind === 'server' ? { pool: conn.pool } : undefined,
    );
    const loaded = performance.now();
    progress?.step('compute');
    const picture = computeRisk(data, p);
    const computed = performance.now();
    progress?.step('store');
    const dataFingerprint = fingerprint(data);
    const version = createHash('sha256')
      .update(JSON.stringify(p))
      .update(dataFingerprint)
      .digest('hex')
      .slice(0, 16);
    const run = await client.query<{ id: number }>(
      `INSERT INTO risk_runs (version, parameters, data_fingerprint, as_of, period_from, period_to, counts)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        version,
        JSON.stringify(p),
        dataFingerprint,
        options.asOf,
        from,
        to,
        JSON.stringify({
          signals: picture.signals.length,
          providers: data.providers.length,
          months: data.months,
        }),
      ],
    );
    const runId = run.rows[0]!.id;
    const method = conn.kind === 'server' ? 'copy' : 'unnest';
    await bulkInsert(
      client,
      'risk_signals',
      SIGNAL_COLUMNS,
      picture.signals.map((s) => ({
        run_id: runId,
        signal_key: s.signalKey,
        unit_type: s.unitType,
        unit_id: s.unitId,
        unit_label: s.unitLabel,
        service_type: s.serviceType,
        theme: s.theme,
        method: s.method,
        observed: s.observed,
        expected: s.expected,
        ratio: s.ratio,
        interval_lower: s.intervalLower,
        interval_upper: Math.min(s.intervalUpper, 1e300),
        interval_level: s.intervalLevel,
        comparison_group: s.comparisonGroup,
        period_from: monthDate(data.firstMonth + s.fromMonth),
        period_to: monthEnd(data.firstMonth + s.toMonth),
        score: s.score,
        evidence: JSON.stringify(s.evidence),
      })),
      method,
    );
    // The state after the last complete month, so a new case in the current month re-tests in O(1).
    const T = data.months;
    const states = picture.charts
      // A municipality's sector series shares its unit id and is not stepped by the incremental update: the
      // next full run updates it.
      .filter((c) => c.monitor.threshold[T - 1]! > 0 && !c.series.municipalSector)
      .map((c) => ({
        run_id: runId,
        unit_type: c.series.unitType,
        unit_id: c.series.unitId,
        unit_label: c.series.label,
        month: monthDate(data.firstMonth + T - 1),
        cusum_before:
          T >= 2 && c.monitor.statistic[T - 2]! < c.monitor.threshold[T - 2]!
            ? c.monitor.statistic[T - 2]!
            : 0,
        observed: c.series.observed[T - 1]!,
        expected: c.monitor.adjusted[T - 1]!,
        threshold: c.monitor.threshold[T - 1]!,
      }));
    await bulkInsert(client, 'risk_unit_state', STATE_COLUMNS, states, method);
    await client.query('UPDATE risk_runs SET finished_at = now() WHERE id = $1', [runId]);
    await client.query('COMMIT');
    progress?.step('done');
    const end = performance.now();
    return {
      runId,
      version,
      signals: picture.signals.length,
      seconds: {
        load: (loaded - started) / 1000,
        compute: (computed - loaded) / 1000,
        store: (end - computed) / 1000,
        total: (end - started) / 1000,
      },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
