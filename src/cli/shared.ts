import { readConfig, ConfigError, type Config } from '../config.ts';
import { connect, type Connection } from '../db/connect.ts';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function configOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
}

export async function connectFromConfig(config: Config): Promise<Connection> {
  try {
    return await connect({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    throw new CliError(
      `cannot open the database (${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}): ${(error as Error).message}`,
    );
  }
}
