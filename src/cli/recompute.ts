import cliProgress from 'cli-progress';
import { migrate } from '../db/migrate.ts';
import { warmPictures } from '../risk/picture-service.ts';
import { latestRun } from '../risk/queries.ts';
import { recomputeRisk } from '../risk/recompute.ts';
import { configOrExit, connectFromConfig } from './shared.ts';

/** `tilsyn recompute`: one full, versioned risk run, with a progress bar over its steps. */
export async function recomputeCommand(options: {
  asOf?: string;
  months: number;
  progress: boolean;
}): Promise<void> {
  const conn = await connectFromConfig(configOrExit());
  try {
    await migrate(conn.db);
    const steps = ['load', 'compute', 'store', 'done'];
    const bar =
      options.progress && process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { format: 'recompute [{bar}] {step}', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
    bar?.start(steps.length - 1, 0, { step: 'load' });
    const result = await recomputeRisk(
      conn,
      { asOf: options.asOf ?? new Date().toISOString().slice(0, 10), months: options.months },
      { step: (name) => bar?.update(steps.indexOf(name), { step: name }) },
    );
    // The national picture's summary now, not on the first visit (the LCP budget of the risk pages).
    const run = await latestRun(conn.db);
    if (run) await warmPictures(conn.db, run);
    bar?.stop();
    process.stdout.write(
      `risk run ${result.runId} (version ${result.version}): ${result.signals} signals in ${result.seconds.total.toFixed(1)} s\n`,
    );
  } finally {
    await conn.close();
  }
}
