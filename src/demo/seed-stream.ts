import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CaseBatch } from './cases.ts';
import type { SeedOptions } from './seed.ts';
import type { PreparedParts, WorkerInput, WorkerMessage } from './seed-worker.ts';

export interface StreamedBatch {
  cases: number;
  counts: Record<string, number>;
  /** COPY text per table (server), or the rows themselves (embedded). */
  copy?: Record<string, Uint8Array>;
  rows?: CaseBatch;
}

/**
 * Compiles the worker to one plain JavaScript file once per process (esbuild, in milliseconds): the hot
 * loop then runs without the TypeScript loader and its name-keeping wrappers.
 */
let bundled: Promise<string> | undefined;
function workerBundle(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const source = fileURLToPath(new URL('./seed-worker.ts', import.meta.url));
    // Two folders below the project root, like src/demo: the bundle's `new URL('../../reference/…')` and
    // its package imports then resolve as they do from the sources.
    const outfile = path.resolve(path.dirname(source), '../../.cache/worker/seed-worker.mjs');
    const result = await build({
      entryPoints: [source],
      outfile,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    // Several processes (test workers, a server and a CLI) may build at once: each writes its own file and
    // renames it into place, so a reader never sees a half-written bundle.
    mkdirSync(path.dirname(outfile), { recursive: true });
    const temporary = `${outfile}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, (result.outputFiles[0] as { contents: Uint8Array }).contents);
    renameSync(temporary, outfile);
    return outfile;
  })();
  return bundled;
}

export interface CaseStream extends AsyncIterable<StreamedBatch> {
  /** What the worker prepared before the cases (providers, staff, planted signals). */
  prepared(): Promise<PreparedParts>;
  /** Stops the worker (call when the load ends early). */
  close(): Promise<void>;
}

/**
 * Starts generating the case history in a worker thread at once (so it runs while the caller prepares
 * and writes the rest), and gives it as an async stream of batches. The worker runs the same deterministic
 * generator as `prepareDemo(...).cases()`; `caseNumberCounters` is filled at the end.
 */
export function startCaseStream(
  options: SeedOptions,
  batchSize: number,
  format: 'copy' | 'rows',
  caseNumberCounters: Map<number, number>,
): CaseStream {
  const input: WorkerInput = { tilsynSeedWorker: true, options, batchSize, format };
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const started = workerBundle().then((file) => {
    // A roomy young generation: a batch's rows die young instead of being promoted and compacted.
    const worker = new Worker(file, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 384 } });
    worker.on('message', (m: WorkerMessage) => {
      queue.push(m);
      notify();
    });
    worker.on('error', (e) => {
      failure = e;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !failure) failure = new Error(`the data generator stopped with exit code ${code}`);
      notify();
    });
    return worker;
  });
  started.catch((e: unknown) => {
    failure = e instanceof Error ? e : new Error(String(e));
  });
  let preparedParts: PreparedParts | null = null;
  const prepared = async (): Promise<PreparedParts> => {
    await started;
    while (!preparedParts) {
      const index = queue.findIndex((m) => m.type === 'prepared');
      if (index >= 0) {
        preparedParts = (queue.splice(index, 1)[0] as Extract<WorkerMessage, { type: 'prepared' }>).prepared;
        break;
      }
      const error = queue.find((m) => m.type === 'error');
      if (error && error.type === 'error') throw new Error(`data generator: ${error.message}`);
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    return preparedParts;
  };
  const close = async () => {
    const worker = await started.catch(() => null);
    await worker?.terminate();
  };
  return {
    prepared,
    close,
    async *[Symbol.asyncIterator]() {
      const worker = await started;
      await prepared();
      try {
        for (;;) {
          while (queue.length === 0) {
            if (failure) throw failure;
            await new Promise<void>((resolve) => (wake = resolve));
          }
          const message = queue.shift() as WorkerMessage;
          if (message.type === 'error') throw new Error(`data generator: ${message.message}`);
          if (message.type === 'done') {
            for (const [year, seq] of message.caseNumberCounters) caseNumberCounters.set(year, seq);
            return;
          }
          if (message.type !== 'batch') continue;
          yield { cases: message.cases, counts: message.counts, copy: message.copy, rows: message.rows };
          worker.postMessage('ack');
        }
      } finally {
        await worker.terminate();
      }
    },
  };
}
