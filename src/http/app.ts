import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Connection } from '../db/connect.ts';
import { registerRoutePolicy } from '../access/route-policies.ts';
import { osloToday, type UseCaseContext } from '../cases/context.ts';
import { registerAuth, tokenSigner, type TokenSigner } from './auth.ts';
import { errorHandler } from './errors.ts';
import { requestLanguage } from './language.ts';
import { caseRoutes } from './routes/cases.ts';
import { intakeRoutes } from './routes/intake.ts';
import { knowledgeRoutes } from './routes/knowledge.ts';
import { queueRoutes } from './routes/queues.ts';
import { sessionRoutes } from './routes/session.ts';
import { referenceRoutes } from './routes/reference.ts';
import { pictureRoutes } from './routes/pictures.ts';
import { riskRoutes } from './routes/risk.ts';
import { systemRoutes } from './routes/system.ts';

const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** What the server knows about itself while it starts and runs; /health reports it. */
export interface AppState {
  conn: Connection;
  status: 'starting' | 'ok' | 'failed';
  phase: string;
  cases: number;
  version: string;
}

export interface AppOptions {
  conn: Connection;
  /** pino log level, or false for no logs (tests). */
  logLevel?: string | false;
  /** Serve the built web app from web/dist (off in API-only tests). */
  serveWeb?: boolean;
  state?: Partial<AppState>;
  /** Today's date for the use cases (tests fix it); default: today in Europe/Oslo. */
  today?: () => string;
  /** The demo sign-in; on by default for the embedded database only. */
  demoLogin?: boolean;
  signer?: TokenSigner;
  /** Public submits per IP per minute; default TILSYN_SUBMIT_RATE_LIMIT, else 10. */
  submitRateLimit?: number;
  /** Collects every registered route (the authorisation matrix test reads it). */
  routes?: { method: string | string[]; url: string }[];
}

export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; state: AppState }> {
  const state: AppState = {
    conn: options.conn,
    status: 'ok',
    phase: 'ready',
    cases: 0,
    version: packageJson.version,
    ...options.state,
  };
  const app = Fastify({
    logger: options.logLevel === false ? false : { level: options.logLevel ?? 'info' },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'A staff or citizen token, or a provider API key (`tsk_…`, made with `tilsyn api-key create --provider <orgnr>`)',
          },
        },
      },
      security: [{ bearer: [] }],
      info: {
        title: 'Tilsyn API',
        version: state.version,
        description:
          'Case handling and knowledge platform for the supervision of health, care, child-welfare and social services. ' +
          'Errors are field-level, in bokmål by default; send `Accept-Language: en` (or `nn`) for English (or nynorsk).',
      },
      tags: [
        { name: 'system', description: 'Health and operations' },
        { name: 'reference', description: 'Offices, municipalities and the taxonomy' },
        { name: 'knowledge', description: 'The national knowledge base' },
        { name: 'cases', description: 'Case handling: open, read and act on cases' },
        {
          name: 'intake',
          description:
            'Complaints from citizens (no sign-in), the status page by secret link, and notifications from providers by API key',
        },
        { name: 'session', description: 'Sign-in (the demo login exists only in the embedded demo)' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Every route declares the policy that guards it; the framework's own (docs, static files) are public.
  app.addHook('onRoute', (route) => {
    options.routes?.push({ method: route.method, url: route.url });
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const isPublic =
      route.url.startsWith('/api/docs') ||
      route.url === '/api/openapi.json' ||
      !route.url.startsWith('/api/');
    if (isPublic && route.url !== '/health')
      for (const m of methods) registerRoutePolicy(m, route.url, 'public.service_info');
  });
  const signer = options.signer ?? tokenSigner();
  registerAuth(app, () => state.conn.db, signer);
  const context = (): UseCaseContext => ({ db: state.conn.db, today: options.today ?? (() => osloToday()) });

  await app.register(systemRoutes(state));
  await app.register(referenceRoutes(state));
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (request, limit) => {
      const lang = requestLanguage(request);
      const seconds = Math.ceil(limit.ttl / 1000);
      return Object.assign(
        new Error(
          {
            nb: `For mange innsendinger. Vent ${seconds} sekunder og prøv igjen. Ingenting er lagret.`,
            nn: `For mange innsendingar. Vent ${seconds} sekund og prøv igjen. Ingenting er lagra.`,
            en: `Too many submissions. Wait ${seconds} seconds and try again. Nothing was saved.`,
          }[lang],
        ),
        { statusCode: 429, code: 'rate_limited' },
      );
    },
  });
  await app.register(caseRoutes(context));
  await app.register(
    intakeRoutes(context, {
      submitRateLimit: options.submitRateLimit ?? (Number(process.env.TILSYN_SUBMIT_RATE_LIMIT) || 10),
    }),
  );
  await app.register(riskRoutes(state));
  await app.register(queueRoutes(context));
  await app.register(knowledgeRoutes(context));
  await app.register(pictureRoutes(context));
  if (options.demoLogin ?? state.conn.kind === 'embedded')
    await app.register(sessionRoutes(() => state.conn.db, signer));

  if (options.serveWeb !== false && existsSync(webDist + 'index.html')) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // The web app routes on the client: any other GET outside /api gets its page.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.code(404).send({ statusCode: 404, error: 'not_found', message: 'Not found' });
    });
  } else {
    app.setNotFoundHandler((_request, reply) =>
      reply.code(404).send({ statusCode: 404, error: 'not_found', message: 'Not found' }),
    );
  }
  return { app, state };
}
