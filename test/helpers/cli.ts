import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve('bin/tilsyn.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The `tilsyn` command as a user runs it, against the embedded database in a temporary folder of its own
 * (CLI tests test the command, not the backend). `env` adds or overrides variables for one call.
 */
export function cliSandbox(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  const env = { ...process.env, TILSYN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
  return {
    dataDir,
    async tilsyn(args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
      try {
        const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
          env: { ...env, ...extraEnv },
          timeout: 120_000,
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as CliResult;
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    },
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
