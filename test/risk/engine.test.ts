import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { computeRisk } from '../../src/risk/engine.ts';
import { loadRiskData, type RiskData } from '../../src/risk/load.ts';
import { DEFAULT_PARAMETERS } from '../../src/risk/parameters.ts';
import type { SignalRecord } from '../../src/risk/signal.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let data: RiskData;
let signals: SignalRecord[];
let period: { from: string; to: string };

beforeAll(async () => {
  db = await testDatabase();
  const seeded = await seedDemo(db, { seed: 3, cases: 3000, years: 3, providers: 3000, today: '2026-06-30' });
  period = seeded.period;
  const client = await db.pool.connect();
  try {
    data = await loadRiskData(client, { from: period.from, to: period.to, themesFrom: period.from });
  } finally {
    client.release();
  }
  signals = computeRisk(data, DEFAULT_PARAMETERS).signals;
}, 120_000);
afterAll(async () => db?.close());

describe('risk engine on a small seeded database', () => {
  it('loads monthly counts that add up to the cases in the database', async () => {
    const total = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE received_on BETWEEN $1 AND $2`,
      [period.from, period.to],
    );
    expect(data.providerCounts.reduce((s, n) => s + n, 0)).toBe(total.rows[0]!.n);
    expect(data.months).toBe(36);
  });

  it('every signal carries its evidence: observed, expected > 0, an interval around the ratio, method, group, period', () => {
    expect(signals.length).toBeGreaterThan(0);
    for (const s of signals) {
      expect(s.expected).toBeGreaterThan(0);
      expect(s.observed).toBeGreaterThanOrEqual(0);
      expect(s.intervalLower).toBeLessThanOrEqual(s.intervalUpper);
      expect(s.comparisonGroup.length).toBeGreaterThan(10);
      expect(s.fromMonth).toBeLessThanOrEqual(s.toMonth);
      expect(s.evidence).toHaveProperty('score_meaning');
      // The comparison as data too, for the web app to say in the reader's language.
      expect(typeof (s.evidence.comparison as { kind?: unknown } | undefined)?.kind).toBe('string');
    }
  });

  it('finds a strong planted step (rate ratio 3) by its CUSUM, with observed above expected', async () => {
    const planted = await db.pool.query<{ unit_ids: string[] }>(
      `SELECT unit_ids FROM demo_planted_signals WHERE kind = 'provider_step' AND effect_size = 3`,
    );
    const ids = planted.rows.map((r) => r.unit_ids[0]!);
    const found = signals.filter(
      (s) => s.method === 'cusum' && s.unitType === 'provider' && ids.includes(s.unitId),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      expect(s.observed).toBeGreaterThan(s.expected);
      // The observed count is the cases table's, counted independently for the evidence period.
      const from = new Date(
        Date.UTC(Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7)) - 1 + s.fromMonth, 1),
      );
      const to = new Date(
        Date.UTC(Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7)) + s.toMonth, 1),
      );
      const n = await db.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM cases WHERE provider_id = $1 AND received_on >= $2 AND received_on < $3`,
        [Number(s.unitId), from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)],
      );
      expect(s.observed).toBe(n.rows[0]!.n);
    }
  });
});
