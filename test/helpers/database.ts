import pg from 'pg';
import { connect, quoteIdent, type Connection } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or — when TEST_DATABASE_URL is
 * set — a schema of its own on that PostgreSQL server, dropped again by `close()`. The suite runs on both.
 */
export interface TestDatabase extends Connection {
  backend: 'pglite' | 'postgres';
}

export const serverUrl = process.env.TEST_DATABASE_URL || undefined;

export async function testDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let conn: Connection;
  let schema: string | undefined;
  if (serverUrl) {
    schema = `test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
    conn = await connect({ url: serverUrl, schema, poolSize: 4 });
  } else {
    conn = await connect({ memory: true });
  }
  if (options.migrate !== false) await migrate(conn.db);
  return {
    ...conn,
    backend: serverUrl ? 'postgres' : 'pglite',
    async close() {
      await conn.close();
      if (schema) await dropSchema(schema);
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}
