import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { CaseError } from './errors.ts';

export interface StoredAnswer<T> {
  replayed: boolean;
  statusCode: number;
  body: T;
}

export function requestHash(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

/**
 * Runs `create` at most once per (scope, key): the key is claimed first, inside the caller's transaction,
 * so a concurrent retry with the same key waits for the first to commit and then gets its stored answer.
 * The same key with a different request is refused (409): it is a client error, not a retry.
 */
export async function onceForKey<T>(
  trx: Transaction<Database>,
  scope: string,
  key: string,
  hash: string,
  create: () => Promise<{ statusCode: number; body: T }>,
): Promise<StoredAnswer<T>> {
  const claimed = await sql<{ key: string }>`
    INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response)
    VALUES (${scope}, ${key}, ${hash}, 0, '{}'::jsonb)
    ON CONFLICT (scope, key) DO NOTHING
    RETURNING key`.execute(trx);
  if (claimed.rows.length === 0) {
    const stored = await trx
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status_code', 'response'])
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (stored.request_hash !== hash) {
      throw new CaseError(
        409,
        'idempotency_key_reused',
        {
          nb: 'Idempotensnøkkelen er allerede brukt til en annen forespørsel.',
          nn: 'Idempotensnøkkelen er alt brukt til ein annan førespurnad.',
          en: 'The idempotency key was already used for a different request.',
        },
        [
          {
            field: 'idempotencyKey',
            code: 'reused',
            texts: {
              nb: 'Bruk en ny nøkkel for en ny forespørsel.',
              nn: 'Bruk ein ny nøkkel for ein ny førespurnad.',
              en: 'Use a new key for a new request.',
            },
          },
        ],
      );
    }
    return { replayed: true, statusCode: stored.status_code, body: stored.response as T };
  }
  const answer = await create();
  await trx
    .updateTable('idempotency_keys')
    .set({ status_code: answer.statusCode, response: JSON.stringify(answer.body) })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
  return { replayed: false, ...answer };
}
