/**
 * Demo sign-in for the embedded demo only: pick a demo user, get a bearer token. Clearly marked, and not
 * registered at all when the server runs against a PostgreSQL server (production signs in with Entra ID).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { staffActor, type TokenSigner } from '../auth.ts';
import { CaseError } from '../../cases/errors.ts';

const DemoUser = z.object({
  id: z.number(),
  username: z.string(),
  name: z.string(),
  officeCode: z.string(),
  roles: z.array(z.object({ role: z.string(), officeCode: z.string() })),
});

export const sessionRoutes =
  (db: () => Kysely<Database>, signer: TokenSigner): FastifyPluginAsyncZod =>
  async (app) => {
    registerRoutePolicy('GET', '/api/demo/users', 'public.service_info');
    app.get(
      '/api/demo/users',
      {
        schema: {
          tags: ['session'],
          summary: 'DEMO ONLY: the demo users one can sign in as',
          response: { 200: z.array(DemoUser) },
        },
      },
      async () => {
        const users = await db()
          .selectFrom('users')
          .select(['id', 'username', 'name', 'office_code'])
          .where('username', 'not like', 'sb%')
          .where('username', 'not like', 'jurist_.%')
          .orderBy('id')
          .execute();
        const roles = await db()
          .selectFrom('user_roles')
          .select(['user_id', 'role', 'office_code'])
          .execute();
        return users
          .filter((u) => !/^(sb\d|jurist\d)/.test(u.username))
          .map((u) => ({
            id: u.id,
            username: u.username,
            name: u.name,
            officeCode: u.office_code,
            roles: roles
              .filter((r) => r.user_id === u.id)
              .map((r) => ({ role: r.role, officeCode: r.office_code })),
          }));
      },
    );

    registerRoutePolicy('POST', '/api/demo/login', 'public.service_info');
    app.post(
      '/api/demo/login',
      {
        schema: {
          tags: ['session'],
          summary:
            'DEMO ONLY: sign in as a demo user and get a bearer token (no password in the embedded demo)',
          body: z.object({ username: z.string().trim().min(2).max(64) }).strict(),
          response: { 200: z.object({ token: z.string(), user: DemoUser }) },
        },
      },
      async (request) => {
        const user = await db()
          .selectFrom('users')
          .select(['id', 'username', 'name', 'office_code'])
          .where('username', '=', request.body.username)
          .executeTakeFirst();
        const actor = user ? await staffActor(db(), user.id) : null;
        if (!user || !actor || actor.kind !== 'staff') {
          throw new CaseError(
            400,
            'validation_failed',
            { nb: 'Ukjent demobruker.', nn: 'Ukjend demobrukar.', en: 'Unknown demo user.' },
            [
              {
                field: 'body.username',
                code: 'unknown_user',
                texts: {
                  nb: 'Velg en av demobrukerne.',
                  nn: 'Vel ein av demobrukarane.',
                  en: 'Choose one of the demo users.',
                },
              },
            ],
          );
        }
        return {
          token: signer.sign(user.id),
          user: {
            id: user.id,
            username: user.username,
            name: user.name,
            officeCode: user.office_code,
            roles: actor.roles.map((r) => ({ ...r })),
          },
        };
      },
    );
  };
