/**
 * API keys for providers' machine clients (notifications by API). A key is shown once, when it is made;
 * only its SHA-256 is stored. Its scopes are policy actions (`notification.submit`), so `decide()` refuses
 * what a key was not issued for — the same table decides for keys as for everyone else.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actors.ts';
import { isAction } from '../access/policy-table.ts';
import type { Database } from '../db/schema.ts';

export const API_KEY_PREFIX = 'tsk_';
export const DEFAULT_API_KEY_SCOPES = ['notification.submit'] as const;
const KEY_PATTERN = /^tsk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/;

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export const looksLikeApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);

export class ApiKeyError extends Error {}

export async function createApiKey(
  db: Kysely<Database>,
  options: { orgNumber: string; scopes?: readonly string[]; label?: string },
): Promise<{ id: number; key: string; providerId: number; providerName: string; scopes: string[] }> {
  const provider = await db
    .selectFrom('providers')
    .select(['id', 'name'])
    .where('org_number', '=', options.orgNumber)
    .executeTakeFirst();
  if (!provider) throw new ApiKeyError(`no provider with organisation number ${options.orgNumber}`);
  const scopes = [...(options.scopes ?? DEFAULT_API_KEY_SCOPES)];
  const unknown = scopes.filter((s) => !isAction(s));
  if (unknown.length > 0) throw new ApiKeyError(`unknown scope: ${unknown.join(', ')}`);
  const prefix = randomBytes(6).toString('base64url');
  const key = `${API_KEY_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
  const row = await db
    .insertInto('api_keys')
    .values({
      provider_id: provider.id,
      key_hash: hashKey(key),
      key_prefix: `${API_KEY_PREFIX}${prefix}`,
      scopes,
      label: options.label ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), key, providerId: Number(provider.id), providerName: provider.name, scopes };
}

/** The provider actor an API key speaks for, or null (unknown, malformed or revoked). */
export async function actorForApiKey(db: Kysely<Database>, key: string): Promise<Actor | null> {
  if (!KEY_PATTERN.test(key)) return null;
  const row = await db
    .selectFrom('api_keys')
    .select(['provider_id', 'scopes'])
    .where('key_hash', '=', hashKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { kind: 'provider', providerId: Number(row.provider_id), scopes: row.scopes } : null;
}
