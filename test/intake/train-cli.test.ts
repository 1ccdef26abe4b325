import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.ts';
import { loadLatestModel } from '../../src/intake/classify/index.ts';
import { cliSandbox } from '../helpers/cli.ts';

const sandbox = cliSandbox('tilsyn-train');
afterAll(() => sandbox.cleanup());

describe('tilsyn train', () => {
  it('refuses an empty database with a hint, and writes no model', async () => {
    const r = await sandbox.tilsyn(['train']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no cases with a service type.*tilsyn seed/);
  });

  it('trains on the seeded cases, prints the held-out figures and stores the model', async () => {
    const seeded = await sandbox.tilsyn([
      'seed',
      '--cases',
      '1000',
      '--years',
      '1',
      '--providers',
      '1000',
      '--seed',
      '5',
      '--today',
      '2026-06-30',
      '--no-progress',
    ]);
    expect(seeded.code, seeded.stderr).toBe(0);
    const r = await sandbox.tilsyn(['train']);
    expect(r.code, r.stderr).toBe(0);
    const top1 = Number(/service type top-1 accuracy: ([\d.]+)/.exec(r.stdout)?.[1]);
    expect(top1).toBeGreaterThan(0.7);
    expect(r.stdout).toMatch(/theme macro-F1: 0\.\d{4}/);
    expect(r.stdout).toMatch(/below the 0\.99 threshold \(to human triage\): [\d.]+ %/);

    const conn = await connect({ dataDir: sandbox.dataDir });
    try {
      const stored = await loadLatestModel(conn.db);
      expect(stored?.id).toBe(1); // the refused run stored nothing
      expect(stored?.metrics).toMatchObject({ serviceTypeTop1: top1 });
      expect(stored?.model.serviceTypes.labels).toHaveLength(22);
    } finally {
      await conn.close();
    }
  });
});
