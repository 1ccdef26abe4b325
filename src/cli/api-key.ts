import { migrate } from '../db/migrate.ts';
import { ApiKeyError, createApiKey, DEFAULT_API_KEY_SCOPES } from '../intake/api-keys.ts';
import { CliError, configOrExit, connectFromConfig } from './shared.ts';

/**
 * `tilsyn api-key create --provider <orgnr>`: makes an API key for a provider's machine client and prints it
 * once — only its hash is stored, so a lost key is replaced, never recovered.
 */
export async function apiKeyCreateCommand(options: {
  provider: string;
  scope?: string[];
  label?: string;
}): Promise<void> {
  if (!/^\d{9}$/.test(options.provider))
    throw new CliError('api-key create: --provider must be a 9-digit organisation number.', 2);
  const conn = await connectFromConfig(configOrExit());
  try {
    await migrate(conn.db);
    const created = await createApiKey(conn.db, {
      orgNumber: options.provider,
      scopes: options.scope && options.scope.length > 0 ? options.scope : DEFAULT_API_KEY_SCOPES,
      ...(options.label ? { label: options.label } : {}),
    }).catch((error: unknown) => {
      if (error instanceof ApiKeyError) throw new CliError(`api-key create: ${error.message}`);
      throw error;
    });
    process.stderr.write(
      `API key ${created.id} for ${created.providerName} (${options.provider}), scopes: ${created.scopes.join(', ')}.\n` +
        'It is shown only now; store it safely. Send it as "Authorization: Bearer <key>".\n',
    );
    process.stdout.write(`${created.key}\n`);
  } finally {
    await conn.close();
  }
}
