import { Command, InvalidArgumentError } from 'commander';
import { deadlinesCommand } from './deadlines.ts';
import { seedCommand } from './seed.ts';
import { serveCommand } from './serve.ts';
import { migrateCommand } from './migrate.ts';
import { recomputeCommand } from './recompute.ts';
import { auditVerifyCommand } from './audit.ts';
import { trainCommand } from './train.ts';
import { apiKeyCreateCommand } from './api-key.ts';
import { CliError } from './shared.ts';

function wholeNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

function isoDate(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    new Date(value + 'T00:00:00Z').toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidArgumentError('must be a real date written YYYY-MM-DD.');
  }
  return value;
}

const program = new Command()
  .name('tilsyn')
  .description(
    'Tilsyn: case handling and knowledge platform for health, care, child-welfare and social services supervision',
  )
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

program
  .command('serve')
  .description('start the HTTP server (migrates the database first)')
  .option('--seed-if-empty', 'load the synthetic demo data when the database has no cases')
  .option('--cases <n>', 'cases in the demo data when seeding', wholeNumber('--cases', 100, 5_000_000))
  .action(serveCommand);

program
  .command('deadlines [json]')
  .description(
    'compute legal deadlines: JSON in (argument or stdin), JSON out, e.g. {"kind":"appeal","receivedOn":"2026-05-04","caseType":"personnel_reaction"}',
  )
  .action(deadlinesCommand);

program.command('migrate').description('apply database migrations and reference data').action(migrateCommand);

program
  .command('seed')
  .description('generate the synthetic national data set (deterministic for a seed) and load it')
  .option('--cases <n>', 'number of cases (approximately)', wholeNumber('--cases', 100, 5_000_000), 25_000)
  .option('--years <n>', 'years of history', wholeNumber('--years', 1, 20), 5)
  .option('--seed <n>', 'random seed', wholeNumber('--seed', 0, 2 ** 31), 1)
  .option('--providers <n>', 'number of providers', wholeNumber('--providers', 1000, 200_000), 50_000)
  .option('--today <date>', 'the demo\'s "today" (default: the real date)', isoDate)
  .option('--reset', 'delete all existing cases and demo data first')
  .option(
    '--ground-truth <file>',
    'where to write the planted signals (default: <data dir>/demo-ground-truth.json)',
  )
  .option('--no-progress', 'no progress bar')
  .action(seedCommand);

program
  .command('audit')
  .description('the hash-chained audit log')
  .command('verify')
  .description('recompute the audit chain; exit 1 naming the first changed or deleted row')
  .action(auditVerifyCommand);

program
  .command('recompute')
  .description('recompute the risk picture: one versioned run of signals with their evidence')
  .option('--as-of <date>', 'last day of the data to use (default: today)', isoDate)
  .option('--months <n>', 'months of history', wholeNumber('--months', 13, 240), 120)
  .option('--no-progress', 'no progress bar')
  .action(recomputeCommand);

program
  .command('train')
  .description(
    'retrain the intake classifier (service type, themes) on the cases in the database and store it',
  )
  .action(trainCommand);

program
  .command('api-key')
  .description("API keys for providers' machine clients (notifications by API)")
  .command('create')
  .description('make an API key for a provider and print it once (only its hash is stored)')
  .requiredOption('--provider <orgnr>', 'organisation number of the provider')
  .option('--scope <action...>', 'policy actions the key may do (default: notification.submit)')
  .option('--label <text>', 'a name for the key, e.g. the client system')
  .action(apiKeyCreateCommand);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`tilsyn: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  throw error;
}
