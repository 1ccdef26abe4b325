import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { loadReferenceData } from './reference.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Arbitrary constant: serialises concurrent starts against one server, so two never migrate at once. */
const MIGRATION_LOCK = 7_301_001;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

/**
 * Applies the plain-SQL migrations that have not run yet, each in its own transaction (a failed one leaves
 * nothing behind), then brings the reference data (offices, municipalities, taxonomy) up to date.
 */
export async function migrate(db: Kysely<Database>): Promise<MigrationResult> {
  const applied: string[] = [];
  let alreadyApplied = 0;
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS tilsyn_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(trx);
    const done = new Set(
      (await trx.selectFrom('tilsyn_migrations').select('name').execute()).map((r) => r.name),
    );
    for (const name of migrationFiles()) {
      if (done.has(name)) {
        alreadyApplied++;
        continue;
      }
      const text = readFileSync(migrationsDir + name, 'utf8');
      await sql.raw(text).execute(trx);
      await trx.insertInto('tilsyn_migrations').values({ name }).execute();
      applied.push(name);
    }
    await loadReferenceData(trx);
  });
  return { applied, alreadyApplied };
}
