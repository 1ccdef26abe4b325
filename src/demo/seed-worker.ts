/**
 * Generates the case history in a worker thread, so generating (and, for a server, writing COPY text)
 * runs on one core while the database works on the other. Posts one message per batch and waits for the
 * loader's acknowledgement when it is `MAX_IN_FLIGHT` batches ahead, so memory stays bounded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeCopy } from '../db/bulk.ts';
import type { CaseBatch } from './cases.ts';
import { CASE_TABLE_COLUMNS, CASE_TABLE_KEYS } from './columns.ts';
import { prepareDemo, type PreparedDemo, type SeedOptions } from './seed.ts';

export interface WorkerInput {
  tilsynSeedWorker: true;
  options: SeedOptions;
  batchSize: number;
  format: 'copy' | 'rows';
}

export type WorkerMessage =
  | {
      type: 'batch';
      counts: Record<string, number>;
      cases: number;
      copy?: Record<string, Uint8Array>;
      rows?: CaseBatch;
    }
  | { type: 'prepared'; prepared: PreparedParts }
  | { type: 'done'; caseNumberCounters: [number, number][] }
  | { type: 'error'; message: string };

/** What the loader writes before the cases: sent once, so it need not be generated twice. */
export type PreparedParts = Pick<PreparedDemo, 'period' | 'providers' | 'users' | 'signals'> & {
  workforce: Pick<PreparedDemo['workforce'], 'professionals' | 'employments'>;
};

/** Batches the worker may run ahead of the loader (about 7 MB each at 5,000 cases). */
const MAX_IN_FLIGHT = 16;

async function run(port: NonNullable<typeof parentPort>, input: WorkerInput): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port.on('message', () => {
    inFlight--;
    wake?.();
    wake = null;
  });
  const demo = prepareDemo(input.options, input.batchSize);
  const { period, providers, users, signals, workforce } = demo;
  port.postMessage({
    type: 'prepared',
    prepared: {
      period,
      providers,
      users,
      signals,
      workforce: { professionals: workforce.professionals, employments: workforce.employments },
    },
  } satisfies WorkerMessage);
  for (const batch of demo.cases()) {
    const counts: Record<string, number> = {};
    for (const [table, key] of CASE_TABLE_KEYS) counts[table] = batch[key].length;
    if (input.format === 'copy') {
      const copy: Record<string, Uint8Array> = {};
      for (const [table, key] of CASE_TABLE_KEYS)
        copy[table] = encodeCopy(CASE_TABLE_COLUMNS[table] ?? [], batch[key] as readonly object[]);
      // Handed over, not copied: each buffer's memory moves to the loader's thread.
      const transfer = [...new Set(Object.values(copy).map((b) => b.buffer as ArrayBuffer))];
      port.postMessage(
        { type: 'batch', counts, cases: batch.cases.length, copy } satisfies WorkerMessage,
        transfer,
      );
    } else
      port.postMessage({
        type: 'batch',
        counts,
        cases: batch.cases.length,
        rows: batch,
      } satisfies WorkerMessage);
    inFlight++;
    while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
  }
  port.postMessage({
    type: 'done',
    caseNumberCounters: [...demo.caseNumberCounters],
  } satisfies WorkerMessage);
}

if (parentPort && (workerData as { tilsynSeedWorker?: boolean } | null)?.tilsynSeedWorker) {
  const port = parentPort;
  run(port, workerData as WorkerInput).catch((error: unknown) => {
    port.postMessage({
      type: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies WorkerMessage);
  });
}
