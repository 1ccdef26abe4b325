import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from '../helpers/cli.ts';

const sandbox = cliSandbox('tilsyn-cli');
const dataDir = sandbox.dataDir;
const tilsyn = (...args: string[]) => sandbox.tilsyn(args);

afterAll(() => sandbox.cleanup());

describe('the tilsyn command', () => {
  it('rejects bad options with a clear message and a non-zero exit, writing nothing', async () => {
    const bad = await tilsyn('seed', '--cases', 'lots');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--cases must be a whole number from 100 to 5000000');
    const date = await tilsyn('seed', '--today', '2025-02-30');
    expect(date.code).not.toBe(0);
    expect(date.stderr).toContain('must be a real date written YYYY-MM-DD');
    const unknown = await tilsyn('sede');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command 'sede'/);
  });

  it('migrates, seeds a persisted embedded database with a ground-truth file, and refuses a second seed', async () => {
    const migrated = await tilsyn('migrate');
    expect(migrated.code).toBe(0);
    const migrations = readdirSync('src/db/migrations').filter((f) => f.endsWith('.sql')).length;
    expect(migrated.stdout).toContain(`${migrations} applied`);

    const truth = path.join(dataDir, 'truth.json');
    const seeded = await tilsyn(
      'seed',
      '--cases',
      '800',
      '--years',
      '2',
      '--providers',
      '1500',
      '--seed',
      '5',
      '--today',
      '2026-01-31',
      '--ground-truth',
      truth,
    );
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/seeded .*: \d+ cases/);
    const file = JSON.parse(readFileSync(truth, 'utf8')) as {
      signals: { id: string; unitIds: string[]; startMonth: string; effectSize: number }[];
    };
    expect(file.signals.length).toBeGreaterThanOrEqual(12);
    expect(
      file.signals.every(
        (s) => s.unitIds.length > 0 && /^\d{4}-\d{2}-01$/.test(s.startMonth) && s.effectSize > 0,
      ),
    ).toBe(true);

    const again = await tilsyn('seed', '--cases', '800', '--providers', '1500');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has \d+ cases\. Use --reset/);

    const remigrate = await tilsyn('migrate');
    expect(remigrate.stdout).toContain(`0 applied, ${migrations} already there`);
  });

  it('computes deadlines from JSON: an appeal deadline moved past Whit Monday, and a field-level error', async () => {
    // Decision received Monday 4 May 2026; three weeks → Monday 25 May = Whit Monday (Easter 5 April + 50) → 26 May.
    const ok = await tilsyn(
      'deadlines',
      '{"kind":"appeal","receivedOn":"2026-05-04","caseType":"personnel_reaction"}',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, deadline: '2026-05-26' });
    const bad = await tilsyn('deadlines', '{"kind":"interim_reply","receivedOn":"2026-02-30"}');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).errors[0]).toMatchObject({ field: 'receivedOn', code: 'invalid_date' });
    const notJson = await tilsyn('deadlines', '{kind:');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
  });

  it('refuses a bad PORT before starting', async () => {
    const { code, stderr } = await sandbox.tilsyn(['serve'], { PORT: 'eighty' });
    expect(code).toBe(2);
    expect(stderr).toContain('PORT must be a whole number from 0 to 65535, not "eighty"');
  });
});
