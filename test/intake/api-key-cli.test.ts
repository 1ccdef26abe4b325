import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { actorForApiKey } from '../../src/intake/api-keys.ts';
import { cliSandbox } from '../helpers/cli.ts';

const sandbox = cliSandbox('tilsyn-api-key');
afterAll(() => sandbox.cleanup());

describe('tilsyn api-key create', () => {
  it('prints a key once that authenticates as the provider, storing only its hash', async () => {
    const conn = await connect({ dataDir: sandbox.dataDir });
    try {
      await migrate(conn.db);
      await conn.db
        .insertInto('providers')
        .values({
          org_number: '974760673',
          name: 'Testsykehuset',
          service_type: 'hospital_somatic',
          municipality_number: '0301',
          parent_id: null,
          size_measure: 'beds',
          size: 100,
          active_from: '2020-01-01',
          active_to: null,
        })
        .execute();
    } finally {
      await conn.close();
    }
    const bad = await sandbox.tilsyn(['api-key', 'create', '--provider', '123']);
    expect(bad.code).toBe(2);
    const unknown = await sandbox.tilsyn(['api-key', 'create', '--provider', '999999999']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no provider with organisation number 999999999/);

    const r = await sandbox.tilsyn([
      'api-key',
      'create',
      '--provider',
      '974760673',
      '--label',
      'avvikssystem',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const key = r.stdout.trim();
    expect(key).toMatch(/^tsk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/);
    expect(r.stderr).toMatch(/Testsykehuset \(974760673\), scopes: notification\.submit/);

    const after = await connect({ dataDir: sandbox.dataDir });
    try {
      const actor = await actorForApiKey(after.db, key);
      expect(actor).toMatchObject({ kind: 'provider', scopes: ['notification.submit'] });
      const stored = await after.db.selectFrom('api_keys').select(['key_hash', 'label']).execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.label).toBe('avvikssystem');
      expect(stored[0]!.key_hash).not.toContain(key);
    } finally {
      await after.close();
    }
  });
});
