/**
 * Who is calling. Production signs staff in with Entra ID and citizens with ID-porten (OpenID Connect);
 * the embedded demo has a clearly marked demo login that issues a signed bearer token for a demo user.
 * Every request gets an `actor` (anonymous when there is no valid token); routes never check roles
 * themselves — the use cases ask the policy.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { policyRow } from '../access/policy-table.ts';
import { actorForApiKey, looksLikeApiKey } from '../intake/api-keys.ts';
import { reasonText } from '../access/reasons.ts';
import { policyForRoute } from '../access/route-policies.ts';
import { requestLanguage } from './language.ts';
import type { Kysely } from 'kysely';
import type { Actor, RoleGrant } from '../access/actors.ts';
import type { Database } from '../db/schema.ts';
import { currentStamps } from '../db/stamps.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Who a token speaks for: a staff user, a citizen (a party, by person id) or a provider's API client. */
export type TokenSubject =
  | { kind: 'staff'; userId: number }
  | { kind: 'citizen'; personId: number }
  | { kind: 'provider'; providerId: number };

export interface TokenSigner {
  sign(subject: TokenSubject | number): string;
  verify(token: string): TokenSubject | null;
}

const PREFIX = { staff: 'u', citizen: 'c', provider: 'p' } as const;

/**
 * HMAC-signed `kind:id.signature` tokens. The secret comes from TILSYN_SESSION_SECRET or is made per process.
 * Staff get theirs from the sign-in; citizens' (status links) and providers' (API keys) come with intake.
 */
export function tokenSigner(
  secret: string = process.env.TILSYN_SESSION_SECRET || randomBytes(32).toString('hex'),
): TokenSigner {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    sign(subject) {
      const s: TokenSubject = typeof subject === 'number' ? { kind: 'staff', userId: subject } : subject;
      const id = s.kind === 'staff' ? s.userId : s.kind === 'citizen' ? s.personId : s.providerId;
      const payload = `${PREFIX[s.kind]}:${id}`;
      return `${payload}.${mac(payload)}`;
    },
    verify(token) {
      const [payload, signature] = token.split('.');
      const match = payload ? /^([ucp]):(\d{1,15})$/.exec(payload) : null;
      if (!match || !signature) return null;
      const expected = Buffer.from(mac(payload as string));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      const id = Number(match[2]);
      return match[1] === 'u'
        ? { kind: 'staff', userId: id }
        : match[1] === 'c'
          ? { kind: 'citizen', personId: id }
          : { kind: 'provider', providerId: id };
    },
  };
}

/**
 * Signed-in staff with their roles, kept per user while the national stamp has not moved: users and their
 * roles move it (migrations 010 and 014), so a withdrawn role takes effect on the next request.
 */
const staffActors = new WeakMap<
  Kysely<Database>,
  { stamp: string; actors: Map<number, Promise<Actor | null>> }
>();

export async function cachedStaffActor(db: Kysely<Database>, userId: number): Promise<Actor | null> {
  const stamp = (await currentStamps(db)).national;
  let kept = staffActors.get(db);
  if (!kept || kept.stamp !== stamp) staffActors.set(db, (kept = { stamp, actors: new Map() }));
  let actor = kept.actors.get(userId);
  if (!actor) {
    const actors = kept.actors;
    // Shared by every request of this user: frozen, so no use case can change it for the others.
    actor = staffActor(db, userId).then((a) => (a?.kind === 'staff' ? freezeStaff(a) : a));
    actors.set(userId, actor);
    actor.catch(() => actors.delete(userId));
  }
  return actor;
}

function freezeStaff(actor: Extract<Actor, { kind: 'staff' }>): Actor {
  actor.roles.forEach((grant) => Object.freeze(grant));
  Object.freeze(actor.roles);
  return Object.freeze(actor);
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

/**
 * Before a body is validated, a caller who is not signed in is told to sign in (401) on every route whose
 * policy is not public — rather than receiving a list of field errors for a request they may not make.
 */
async function requireSignInForPrivateRoutes(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.actor.kind !== 'anonymous') return;
  const action = policyForRoute(request.method, request.routeOptions.url ?? '');
  if (!action || policyRow(action)?.scope === 'public') return;
  const reason = reasonText('login_required', { label: policyRow(action)?.label });
  const lang = requestLanguage(request);
  await reply.code(401).send({ statusCode: 401, error: 'login_required', message: reason[lang] });
}

export function registerAuth(app: FastifyInstance, db: () => Kysely<Database>, signer: TokenSigner): void {
  app.addHook('preValidation', requireSignInForPrivateRoutes);
  app.decorateRequest('actor', null as unknown as never);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.actor = { kind: 'anonymous' };
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return;
    const token = header.slice(7).trim();
    if (looksLikeApiKey(token)) {
      request.actor = (await actorForApiKey(db(), token)) ?? { kind: 'anonymous' };
      return;
    }
    const subject = signer.verify(token);
    if (!subject) return;
    if (subject.kind === 'staff') {
      request.actor = (await cachedStaffActor(db(), subject.userId)) ?? { kind: 'anonymous' };
    } else if (subject.kind === 'citizen') {
      const person = await db()
        .selectFrom('persons')
        .select('id')
        .where('id', '=', subject.personId)
        .executeTakeFirst();
      if (person) request.actor = { kind: 'citizen', personId: person.id };
    } else {
      const provider = await db()
        .selectFrom('providers')
        .select('id')
        .where('id', '=', subject.providerId)
        .executeTakeFirst();
      if (provider) request.actor = { kind: 'provider', providerId: provider.id };
    }
  });
}
