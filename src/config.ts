/**
 * Settings from the environment, read in one place. Conventions other tools rely on: PORT (default 3000),
 * TILSYN_DATA_DIR (default ./data) and DATABASE_URL (a PostgreSQL server instead of the embedded database).
 */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port,
    // Loopback by default: the embedded demo has demo logins and should not be reachable from the network.
    host: env.HOST || '127.0.0.1',
    dataDir: env.TILSYN_DATA_DIR || './data',
    databaseUrl,
    logLevel: env.LOG_LEVEL || 'info',
  };
}
