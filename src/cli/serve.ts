import { migrate } from '../db/migrate.ts';
import { DEFAULT_SEED_OPTIONS, seedDemo } from '../demo/seed.ts';
import { refreshSearchIndex } from '../knowledge/search-index.ts';
import { warmTermIndex } from '../knowledge/term-index-sync.ts';
import { warmPictures } from '../risk/picture-service.ts';
import { latestRun } from '../risk/queries.ts';
import { recomputeRisk } from '../risk/recompute.ts';
import { buildApp } from '../http/app.ts';
import { configureStatusKey } from '../intake/status-link.ts';
import { CliError, configOrExit, connectFromConfig } from './shared.ts';

interface ServeOptions {
  seedIfEmpty?: boolean;
  cases?: number;
}

/**
 * Starts listening at once, so /health can say what is happening (503 while migrating or loading the demo),
 * then migrates, seeds an empty database if asked, and reports ready.
 */
export async function serveCommand(options: ServeOptions): Promise<void> {
  const config = configOrExit();
  const conn = await connectFromConfig(config);
  // Status secrets are derived with a key kept outside the database (the env, or a file in the data folder).
  configureStatusKey({ dataDir: config.dataDir });
  const { app, state } = await buildApp({
    conn,
    logLevel: config.logLevel,
    state: { status: 'starting', phase: 'migrating' },
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await conn.close();
    throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  }
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await conn.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const migrated = await migrate(conn.db);
    app.log.info({ applied: migrated.applied, database: conn.location }, 'database ready');
    let cases = await countCases(conn);
    if (cases === 0 && options.seedIfEmpty) {
      state.phase = 'loading demo data';
      const started = Date.now();
      const result = await seedDemo(conn, {
        ...DEFAULT_SEED_OPTIONS,
        cases: options.cases ?? DEFAULT_SEED_OPTIONS.cases,
        today: new Date().toISOString().slice(0, 10),
      });
      cases = result.counts.cases ?? 0;
      app.log.info({ cases, seconds: (Date.now() - started) / 1000 }, 'demo data loaded');
      // A fresh demo opens with its risk pictures: one run over the demo history up to the last full month
      // (a month still under way would show as a fall in every trend).
      state.phase = 'computing the risk picture';
      const lastFullMonthEnd = new Date(`${result.period.to.slice(0, 7)}-01T00:00:00Z`);
      lastFullMonthEnd.setUTCDate(0);
      const risk = await recomputeRisk(conn, {
        asOf: lastFullMonthEnd.toISOString().slice(0, 10),
        months: 120,
      });
      const run = await latestRun(conn.db);
      if (run) await warmPictures(conn.db, run);
      app.log.info({ signals: risk.signals, seconds: risk.seconds.total }, 'risk picture computed');
    }
    state.phase = 'indexing the knowledge base';
    const indexed = await refreshSearchIndex(conn);
    if (indexed.indexed > 0) app.log.info(indexed, 'knowledge base indexed');
    // The search index in memory is loaded beside the ready server; the first searches wait for it.
    const loading = Date.now();
    warmTermIndex(conn.db).then(
      () => app.log.info({ seconds: (Date.now() - loading) / 1000 }, 'search index loaded'),
      (error: unknown) => app.log.warn({ err: error }, 'search index not loaded; the first search loads it'),
    );
    state.cases = cases;
    state.status = 'ok';
    state.phase = 'ready';
    const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    app.log.info(`Tilsyn is ready at http://${shown}:${config.port} (${cases} cases, ${conn.kind} database)`);
  } catch (error) {
    state.status = 'failed';
    state.phase = (error as Error).message;
    app.log.error({ err: error }, 'start-up failed');
    await app.close();
    await conn.close();
    throw new CliError(`start-up failed: ${(error as Error).message}`);
  }
}

async function countCases(conn: {
  pool: { query: (q: string) => Promise<{ rows: { n: number }[] }> };
}): Promise<number> {
  const result = await conn.pool.query('SELECT count(*)::int AS n FROM cases');
  return result.rows[0]?.n ?? 0;
}
