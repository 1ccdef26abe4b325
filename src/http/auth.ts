/**
 * Who is calling. Production signs staff in with Entra ID and citizens with ID-porten (OpenID Connect);
 * the embedded demo has a clearly marked demo login that issues a signed bearer token for a demo user.
 * Every request gets an `actor` (anonymous when there is no valid token); routes never check roles
 * themselves — the use cases ask the policy.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor, RoleGrant } from '../access/actors.ts';
import type { Database } from '../db/schema.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

export interface TokenSigner {
  sign(userId: number): string;
  verify(token: string): number | null;
}

/** HMAC-signed `userId.signature` tokens. The secret comes from TILSYN_SESSION_SECRET or is made per process. */
export function tokenSigner(
  secret: string = process.env.TILSYN_SESSION_SECRET || randomBytes(32).toString('hex'),
): TokenSigner {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    sign: (userId) => `${userId}.${mac(String(userId))}`,
    verify(token) {
      const [id, signature] = token.split('.');
      if (!id || !signature || !/^\d+$/.test(id)) return null;
      const expected = Buffer.from(mac(id));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given) ? Number(id) : null;
    },
  };
}

export async function staffActor(db: Kysely<Database>, userId: number): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'office_code', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || !user.active) return null;
  const roles = await db
    .selectFrom('user_roles')
    .select(['role', 'office_code'])
    .where('user_id', '=', userId)
    .execute();
  const grants: RoleGrant[] = roles.map((r) => ({ role: r.role, officeCode: r.office_code }));
  return { kind: 'staff', userId: user.id, officeCode: user.office_code, roles: grants };
}

export function registerAuth(app: FastifyInstance, db: () => Kysely<Database>, signer: TokenSigner): void {
  app.decorateRequest('actor', null as unknown as never);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.actor = { kind: 'anonymous' };
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return;
    const userId = signer.verify(header.slice(7).trim());
    if (userId === null) return;
    request.actor = (await staffActor(db(), userId)) ?? { kind: 'anonymous' };
  });
}
