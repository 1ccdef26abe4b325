import { migrate } from '../db/migrate.ts';
import { configOrExit, connectFromConfig } from './shared.ts';

export async function migrateCommand(): Promise<void> {
  const config = configOrExit();
  const conn = await connectFromConfig(config);
  try {
    const result = await migrate(conn.db);
    process.stdout.write(
      `migrated ${conn.location}: ${result.applied.length} applied${result.applied.length ? ` (${result.applied.join(', ')})` : ''}, ${result.alreadyApplied} already there\n`,
    );
  } finally {
    await conn.close();
  }
}
