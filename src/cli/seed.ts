import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { migrate } from '../db/migrate.ts';
import { seedDemo, SeedError, type SeedProgress, type SeedResult } from '../demo/seed.ts';
import { CliError, configOrExit, connectFromConfig } from './shared.ts';

interface SeedCliOptions {
  cases: number;
  years: number;
  seed: number;
  providers: number;
  today?: string;
  reset?: boolean;
  groundTruth?: string;
  progress: boolean;
}

export async function seedCommand(options: SeedCliOptions): Promise<void> {
  const config = configOrExit();
  const conn = await connectFromConfig(config);
  try {
    await migrate(conn.db);
    const progress = options.progress && process.stderr.isTTY ? progressBar() : undefined;
    let result: SeedResult;
    try {
      result = await seedDemo(
        conn,
        {
          seed: options.seed,
          cases: options.cases,
          years: options.years,
          providers: options.providers,
          today: options.today ?? new Date().toISOString().slice(0, 10),
        },
        progress,
        options.reset ?? false,
      );
    } catch (error) {
      if (error instanceof SeedError) throw new CliError(error.message, 2);
      throw error;
    }
    const file = options.groundTruth ?? path.join(config.dataDir, 'demo-ground-truth.json');
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({ runId: result.runId, period: result.period, signals: result.signals }, null, 2) + '\n',
    );
    const rate = Math.round((result.counts.cases ?? 0) / result.seconds);
    process.stdout.write(
      `seeded ${conn.location}: ${result.counts.cases} cases (${rate} cases/s), ${result.counts.providers} providers, ` +
        `${result.signals.length} planted signals in ${result.seconds.toFixed(1)} s; ground truth: ${file}\n`,
    );
    const indexed = result.searchIndex;
    if (indexed.indexed > 0)
      process.stdout.write(`indexed ${indexed.indexed} cases for search in ${indexed.seconds} s\n`);
  } finally {
    await conn.close();
  }
}

function progressBar(): SeedProgress {
  const bar = new cliProgress.SingleBar(
    { format: 'seeding [{bar}] {value}/{total} cases | {eta_formatted} left', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0),
    update: (n) => bar.update(Math.min(n, bar.getTotal()), {}),
    stop: () => bar.stop(),
  };
}
