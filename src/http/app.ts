import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
import { errorHandler } from './errors.ts';
import { referenceRoutes } from './routes/reference.ts';
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
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(systemRoutes(state));
  await app.register(referenceRoutes(state));

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
