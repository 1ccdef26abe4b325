/**
 * Nothing lost, nothing twice, when the server dies in the middle of submits: 200 complaints are sent at
 * once to a real `tilsyn serve` process, which is killed (SIGKILL) while they are in flight; a new server is
 * started on the same database and every complaint is sent again with its own Idempotency-Key, as the browser
 * does. Counted afterwards in the database: exactly one case per complaint, and the receipts a client got
 * before the crash are the ones it gets after (the status secret included).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, quoteIdent, type Connection } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { syntheticNationalId } from '../src/domain/identifiers/index.ts';

export interface CrashBenchResult {
  backend: string;
  submissions: number;
  answeredBeforeKill: number;
  failedByKill: number;
  lost: number;
  duplicated: number;
  receiptsChanged: number;
  killedAfterMs: number;
}

const bin = path.resolve('bin/tilsyn.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become healthy');
}

function personId(n: number, run: number): string {
  const date = `19${String(20 + (n % 60)).padStart(2, '0')}-${String(1 + (Math.floor(n / 60) % 12)).padStart(2, '0')}-${String(1 + ((n + run) % 28)).padStart(2, '0')}`;
  for (let i = 0; i < 500; i++) {
    const id = syntheticNationalId(date, (run + i) % 500, 'fnr');
    if (id) return id;
  }
  throw new Error('no synthetic id');
}

interface Outcome {
  status: number;
  receipt?: { caseId: number; caseNumber: string; statusSecret: string };
}

async function send(port: number, key: string, body: object): Promise<Outcome> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/intake/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as Outcome['receipt'];
    return res.status === 200 || res.status === 201
      ? { status: res.status, receipt: json }
      : { status: res.status };
  } catch {
    return { status: 0 };
  }
}

export async function benchIntakeCrash(
  options: { url?: string; submissions?: number } = {},
): Promise<CrashBenchResult> {
  const n = options.submissions ?? 200;
  const run = Date.now() % 100_000;
  const marker = `crash-bench-${run}-${randomBytes(3).toString('hex')}`;
  let env: NodeJS.ProcessEnv;
  let conn: Connection;
  let cleanup: () => Promise<void>;
  const schema = `bench_crash_${run}`;
  if (options.url) {
    conn = await connect({ url: options.url, schema, poolSize: 2 });
    const url = new URL(options.url);
    url.searchParams.set('options', `-c search_path=${schema},public`);
    env = { DATABASE_URL: url.toString(), TILSYN_DATA_DIR: '' };
    cleanup = async () => {
      if (process.env.BENCH_KEEP) return;
      const admin = new pg.Client({ connectionString: options.url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'tilsyn-crash-'));
    conn = await connect({ dataDir: dir });
    env = { DATABASE_URL: '', TILSYN_DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const backend = conn.location;
  await migrate(conn.db);
  const municipalities = (await conn.db.selectFrom('municipalities').select('number').execute()).map(
    (m) => m.number,
  );
  await conn.close();
  Object.assign(env, {
    TILSYN_STATUS_KEY: randomBytes(16).toString('hex'),
    TILSYN_SUBMIT_RATE_LIMIT: '1000000',
  });

  const complaints = Array.from({ length: n }, (_, i) => ({
    key: `${marker}-${i}`,
    body: {
      submitterRole: 'patient',
      complainant: { givenName: 'Krasj', familyName: `Test ${i}`, nationalId: personId(i, run) },
      municipalityNumber: municipalities[(i * 7) % municipalities.length],
      providerText: 'Kommunens hjemmetjeneste',
      whatHappened: `Hjemmetjenesten kom ikke, og jeg ble liggende alene i to dager. ${marker} nummer ${i}.`,
      desiredOutcome: 'Undersøk saken.',
      consent: true,
      contactPreference: 'letter',
    },
  }));

  try {
    const port = await freePort();
    let server = await startServer(env, port);
    const started = performance.now();
    const before: Outcome[] = new Array(n);
    let answered = 0;
    let killedAfterMs = 0;
    const killAt = Math.floor(n / 4);
    await Promise.all(
      complaints.map(async (c, i) => {
        before[i] = await send(port, c.key, c.body);
        if (before[i]!.receipt) answered += 1;
        // Kill the server once a quarter have their answer: the rest are in flight or not yet started.
        if (answered === killAt && server.exitCode === null) {
          killedAfterMs = Math.round(performance.now() - started);
          server.kill('SIGKILL');
        }
      }),
    );
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    const answeredBeforeKill = before.filter((o) => o.receipt).length;

    server = await startServer(env, port);
    const after: Outcome[] = new Array(n);
    for (let from = 0; from < n; from += 20)
      await Promise.all(
        complaints.slice(from, from + 20).map(async (c, j) => {
          after[from + j] = await send(port, c.key, c.body);
        }),
      );
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));

    const receiptsChanged = before.filter(
      (o, i) =>
        o.receipt &&
        (o.receipt.caseId !== after[i]!.receipt?.caseId ||
          o.receipt.statusSecret !== after[i]!.receipt?.statusSecret),
    ).length;
    const check = await connect(
      options.url ? { url: options.url, schema, poolSize: 2 } : { dataDir: env.TILSYN_DATA_DIR as string },
    );
    try {
      const counted = await sql<{ cases: number; distinct_texts: number }>`
        SELECT count(*)::int AS cases, count(DISTINCT narrative)::int AS distinct_texts
        FROM cases WHERE narrative LIKE ${'%' + marker + ' nummer %'}`.execute(check.db);
      const row = counted.rows[0]!;
      const gotReceipt = after.filter((o) => o.receipt).length;
      return {
        backend,
        submissions: n,
        answeredBeforeKill,
        failedByKill: n - answeredBeforeKill,
        lost: n - Math.min(gotReceipt, row.distinct_texts),
        duplicated: row.cases - row.distinct_texts,
        receiptsChanged,
        killedAfterMs,
      };
    } finally {
      await check.close();
    }
  } finally {
    await cleanup();
  }
}
