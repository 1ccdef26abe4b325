/**
 * Secret status links: a party follows the case at /status/<secret> without signing in. The secret is 32
 * random bytes (base64url); only its SHA-256 is stored, so the database alone never opens a status page.
 *
 * A submit that is retried with the same idempotency key must get the same receipt, secret included, yet the
 * secret may not be stored — not even in the idempotency record. So the secret of a submitted complaint is
 * derived: HMAC(status key, scope + idempotency key + request hash). The status key lives outside the
 * database (TILSYN_STATUS_KEY, or a file in the data folder), so knowing the stored idempotency keys is not
 * enough to rebuild a secret.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** A status secret looks like this; anything else is refused before touching the database. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

let statusKey: Buffer | undefined;

/**
 * The key that derives status secrets from idempotency keys: TILSYN_STATUS_KEY (hex or any string), else a
 * key kept in `<data dir>/status-link.key` (made on first use), else one per process (in-memory tests).
 */
export function configureStatusKey(options: { key?: string; dataDir?: string } = {}): void {
  const fromEnv = options.key ?? process.env.TILSYN_STATUS_KEY;
  if (fromEnv) {
    statusKey = createHash('sha256').update(fromEnv).digest();
    return;
  }
  if (options.dataDir) {
    const file = path.join(options.dataDir, 'status-link.key');
    if (!existsSync(file)) {
      mkdirSync(options.dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    }
    statusKey = createHash('sha256').update(readFileSync(file, 'utf8').trim()).digest();
    return;
  }
  statusKey ??= randomBytes(32);
}

function key(): Buffer {
  if (!statusKey) configureStatusKey();
  return statusKey as Buffer;
}

/** The secret for a submit: the same scope, key and request always give the same secret. */
export function deriveStatusSecret(scope: string, idempotencyKey: string, requestHash: string): string {
  return createHmac('sha256', key())
    .update(`${scope}\n${idempotencyKey}\n${requestHash}`)
    .digest('base64url');
}

/** Stores the hash of `secret` as a status link of the case (a replay stores nothing new). */
export async function storeStatusLink(db: Db, caseId: number, secret: string): Promise<void> {
  await db
    .insertInto('status_links')
    .values({ case_id: caseId, secret_hash: hashSecret(secret) })
    .onConflict((oc) => oc.column('secret_hash').doNothing())
    .execute();
}

/**
 * Issues a new status link for an existing case (e.g. the party lost the first one, or a staff member sends
 * one with a letter) and returns its secret; only the hash is stored.
 */
export async function createStatusLink(db: Kysely<Database>, caseId: number): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await storeStatusLink(db, caseId, secret);
  return secret;
}

/** The case a status secret opens, or undefined (unknown, malformed or revoked). */
export async function caseIdForSecret(db: Db, secret: string): Promise<number | undefined> {
  if (!SECRET_PATTERN.test(secret)) return undefined;
  const row = await db
    .selectFrom('status_links')
    .select('case_id')
    .where('secret_hash', '=', hashSecret(secret))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? Number(row.case_id) : undefined;
}

export const statusUrl = (secret: string): string => `/status/${secret}`;
