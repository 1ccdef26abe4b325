/**
 * Case handling on a national-size database: opening a case and a state transition, timed one by one over
 * real transactions (policy, state machine, events, audit chain), against the round trip of `SELECT 1` on
 * the same connection pool as a baseline.
 */
import { staffAt } from '../src/access/actors.ts';
import type { UseCaseContext } from '../src/cases/context.ts';
import { openCase } from '../src/cases/open-case.ts';
import { triageCase } from '../src/cases/triage-case.ts';
import type { Connection } from '../src/db/connect.ts';

export interface CaseOpsResult {
  cases: number;
  openP50: number;
  openP95: number;
  transitionP50: number;
  transitionP95: number;
  baselineSelect1P95: number;
  openP95OverBaseline: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
}

export async function benchCaseOps(conn: Connection, rounds = 300): Promise<CaseOpsResult> {
  const ctx: UseCaseContext = { db: conn.db, today: () => '2026-11-16' };
  const cases = await conn.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  const user = await conn.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'saksbehandler.oslo')
    .executeTakeFirstOrThrow();
  const actor = staffAt(user.id, 'OSLO', 'caseworker');
  const providers = await conn.db
    .selectFrom('providers')
    .select('id')
    .where('municipality_number', '=', '0301')
    .limit(50)
    .execute();

  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await conn.pool.query('SELECT 1');
    baseline.push(performance.now() - t);
  }
  const open: number[] = [];
  const opened: number[] = [];
  for (let i = 0; i < rounds + 20; i++) {
    const t = performance.now();
    const result = await openCase(
      ctx,
      actor,
      {
        caseType: 'incident_supervision',
        providerId: providers[i % providers.length]!.id,
        themes: ['medication'],
        urgency: [],
        channel: 'web',
        title: 'Feil legemiddel (benchmark)',
        narrative: 'Beboeren fikk feil legemiddel på kveldsrunden.',
        language: 'nb',
        confidential: false,
        parties: [],
      },
      `bench-open-${Date.now()}-${i}`,
    );
    // The first 20 warm up connections and plans.
    if (i >= 20) open.push(performance.now() - t);
    opened.push(result.body.id);
  }
  const transition: number[] = [];
  for (const id of opened.slice(20)) {
    const t = performance.now();
    await triageCase(ctx, actor, id, {});
    transition.push(performance.now() - t);
  }
  const openP95 = percentile(open, 95);
  const baselineP95 = percentile(baseline, 95);
  return {
    cases: cases.rows[0]?.n ?? 0,
    openP50: percentile(open, 50),
    openP95,
    transitionP50: percentile(transition, 50),
    transitionP95: percentile(transition, 95),
    baselineSelect1P95: baselineP95,
    openP95OverBaseline: Math.round((openP95 / baselineP95) * 10) / 10,
  };
}
