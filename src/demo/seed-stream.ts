import { Worker } from 'node:worker_threads';
import type { CaseBatch } from './cases.ts';
import type { SeedOptions } from './seed.ts';
import type { WorkerInput, WorkerMessage } from './seed-worker.ts';

export interface StreamedBatch {
  cases: number;
  counts: Record<string, number>;
  /** COPY text per table (server), or the rows themselves (embedded). */
  copy?: Record<string, Uint8Array>;
  rows?: CaseBatch;
}

/**
 * The case history generated in a worker thread, as an async stream of batches. The worker runs the
 * same deterministic generator as `prepareDemo(...).cases()`; `caseNumberCounters` is filled at the end.
 */
export async function* streamCaseBatches(
  options: SeedOptions,
  batchSize: number,
  format: 'copy' | 'rows',
  caseNumberCounters: Map<number, number>,
): AsyncGenerator<StreamedBatch> {
  const input: WorkerInput = { tilsynSeedWorker: true, options, batchSize, format };
  // The worker runs TypeScript like the rest of the app, through tsx's loader (see the boot file).
  // A roomy young generation: a batch's rows die young instead of being promoted and compacted.
  const worker = new Worker(new URL('./seed-worker-boot.mjs', import.meta.url), {
    workerData: input,
    resourceLimits: { maxYoungGenerationSizeMb: 128 },
  });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  worker.on('exit', (code) => {
    if (code !== 0 && !failure) failure = new Error(`the data generator stopped with exit code ${code}`);
    wake?.();
  });
  try {
    for (;;) {
      while (queue.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const message = queue.shift() as WorkerMessage;
      if (message.type === 'error') throw new Error(`data generator: ${message.message}`);
      if (message.type === 'done') {
        for (const [year, seq] of message.caseNumberCounters) caseNumberCounters.set(year, seq);
        return;
      }
      yield { cases: message.cases, counts: message.counts, copy: message.copy, rows: message.rows };
      worker.postMessage('ack');
    }
  } finally {
    await worker.terminate();
  }
}
