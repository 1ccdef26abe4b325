import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// Dates stay 'YYYY-MM-DD' strings and bigints stay exact: a legal date must never shift with a time zone,
// and the same parsing applies in both modes because both go through node-postgres.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
});
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export type DatabaseKind = 'embedded' | 'server';

export interface Connection {
  kind: DatabaseKind;
  db: Kysely<Database>;
  pool: pg.Pool;
  /** Where the data lives, for the log: a folder, 'memory' or the server URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL server URL; when absent the embedded database is used. */
  url?: string | undefined;
  /** Folder for the embedded database; `memory` (or undefined with `memory: true`) keeps it in memory. */
  dataDir?: string | undefined;
  memory?: boolean;
  /** Server mode: run with this schema first on the search path (used by tests to get a clean database each). */
  schema?: string;
  poolSize?: number;
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.url) return connectServer(options.url, options.schema, options.poolSize ?? 10);
  return connectEmbedded(options.memory ? undefined : options.dataDir);
}

async function connectServer(url: string, schema: string | undefined, poolSize: number): Promise<Connection> {
  const config: pg.PoolConfig = { connectionString: url, max: poolSize };
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await admin.end();
    config.options = `-c search_path=${schema},public`;
  }
  const pool = new pg.Pool(config);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'server',
    db,
    pool,
    location: redactUrl(url) + (schema ? ` (schema ${schema})` : ''),
    close: () => db.destroy(),
  };
}

async function connectEmbedded(dataDir: string | undefined): Promise<Connection> {
  let dir: string | undefined;
  if (dataDir) {
    dir = path.resolve(dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
  }
  const pglite = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
  // One connection: PGlite is single-session, so a pool of one serialises work; code inside a transaction
  // must use the transaction's own handle (Kysely's `trx`), never the pool, or it would wait on itself.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'embedded',
    db,
    pool,
    location: dir ?? 'memory',
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
