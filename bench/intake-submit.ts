/**
 * Submit latency of the public complaint API with the data that is there: `POST /api/intake/complaints`
 * through the Fastify app (validation, urgency, classification, routing, related-case lookups, the write),
 * one request at a time, p50/p95 over `rounds` submissions after a warm-up. Against DATABASE_URL (the
 * integrator's 1M-case database) or, without it, an in-memory PGlite with a small demo. The submissions stay
 * in the database (cases cannot be deleted: their events are append-only); they are few and marked
 * "benchmark" in their text.
 */
import { sql } from 'kysely';
import { connect, type Connection } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { syntheticNationalId } from '../src/domain/identifiers/index.ts';
import { buildApp } from '../src/http/app.ts';
import { caseText } from '../src/intake/classify/classify.ts';
import { DEFAULT_TRAINING_PARAMETERS, trainModel } from '../src/intake/classify/model.ts';
import { loadLabels, loadLatestModel } from '../src/intake/classify/store.ts';
import { primeClassifier } from '../src/intake/classifier-cache.ts';

export interface SubmitBenchResult {
  backend: string;
  casesInDatabase: number;
  rounds: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  humanTriageShare: number;
  classifier: string;
}

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;

/** A synthetic national id no seeded person has: born in 1901–1919 with the benchmark's own numbers. */
function benchPersonId(n: number, run: number): string {
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 1901 + ((Math.floor(n / 336) + run) % 19);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  for (let i = 0; i < 500; i++) {
    const id = syntheticNationalId(date, (run * 37 + n + i) % 500, 'fnr');
    if (id) return id;
  }
  throw new Error('no synthetic id');
}

export async function benchIntakeSubmit(
  options: { url?: string; rounds?: number; warmup?: number } = {},
): Promise<SubmitBenchResult> {
  const rounds = options.rounds ?? 300;
  const warmup = options.warmup ?? 30;
  let conn: Connection;
  if (options.url) {
    conn = await connect({ url: options.url, poolSize: 10 });
    await migrate(conn.db);
  } else {
    conn = await connect({ memory: true });
    await migrate(conn.db);
    await seedDemo(conn, { seed: 1, cases: 5_000, years: 5, providers: 5_000, today: '2026-11-15' });
  }
  try {
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases`.execute(conn.db);
    const latest = await sql<{ d: string }>`SELECT max(received_on)::text AS d FROM cases`.execute(conn.db);
    const today = latest.rows[0]?.d ?? '2026-11-15';
    let classifier: string;
    const stored = await loadLatestModel(conn.db);
    if (stored) classifier = `stored model ${stored.id}`;
    else {
      // Never writes a model into someone else's database: trained here on a sample of at most 50,000 cases
      // (a 1M-case history would take minutes and gigabytes), used for this run only.
      const sample = await sql<{ title: string; narrative: string; service_type: string; themes: string[] }>`
        SELECT title, narrative, service_type, themes FROM cases
        WHERE service_type IS NOT NULL ORDER BY id DESC LIMIT 50000`.execute(conn.db);
      const labels = await loadLabels(conn.db);
      const model = trainModel(
        sample.rows.map((r) => ({
          text: caseText(r.title, r.narrative),
          serviceType: r.service_type,
          themes: r.themes,
        })),
        labels.serviceTypes,
        labels.themes,
        DEFAULT_TRAINING_PARAMETERS,
      );
      primeClassifier(conn.db, 0, model);
      classifier = `trained for the run on the newest ${sample.rows.length} cases (not stored)`;
    }
    // Real providers and real complaint texts from the database, so the related-case lookups hit real rows.
    const providers = await sql<{ id: number }>`
      SELECT id FROM providers TABLESAMPLE SYSTEM (5) LIMIT 500`.execute(conn.db);
    const texts = await sql<{ narrative: string }>`
      SELECT narrative FROM cases TABLESAMPLE SYSTEM (1) WHERE length(narrative) >= 40 LIMIT 500`.execute(
      conn.db,
    );
    if (providers.rows.length === 0 || texts.rows.length === 0)
      throw new Error('no providers or cases to use');
    const { app } = await buildApp({
      conn,
      logLevel: false,
      serveWeb: false,
      submitRateLimit: 1_000_000,
      today: () => today,
    });
    await app.ready();
    const run = Date.now() % 1000;
    const times: number[] = [];
    let human = 0;
    for (let i = 0; i < warmup + rounds; i++) {
      const body = {
        submitterRole: 'next_of_kin',
        complainant: { givenName: 'Bench', familyName: `Mark ${i}`, nationalId: benchPersonId(i, run) },
        providerId: Number(providers.rows[i % providers.rows.length]!.id),
        whatHappened: `${texts.rows[i % texts.rows.length]!.narrative} (benchmark ${run}-${i})`,
        desiredOutcome: 'Undersøk saken.',
        consent: true,
        contactPreference: 'letter',
      };
      const t = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: '/api/intake/complaints',
        headers: { 'idempotency-key': `bench-submit-${run}-${Date.now()}-${i}` },
        payload: body,
      });
      const ms = performance.now() - t;
      if (res.statusCode !== 201) throw new Error(`submit ${i}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (i >= warmup) {
        times.push(ms);
        const triage = await conn.db
          .selectFrom('case_intake')
          .select('needs_human_triage')
          .where('case_id', '=', res.json().caseId)
          .executeTakeFirst();
        if (triage?.needs_human_triage) human += 1;
      }
    }
    await app.close();
    times.sort((a, b) => a - b);
    return {
      backend: conn.location,
      casesInDatabase: count.rows[0]?.n ?? 0,
      rounds,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      maxMs: Math.round(times[times.length - 1]! * 100) / 100,
      humanTriageShare: Math.round((human / rounds) * 1000) / 1000,
      classifier,
    };
  } finally {
    await conn.close();
  }
}
