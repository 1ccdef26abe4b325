import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { AppState } from '../app.ts';

const Health = z.object({
  status: z
    .enum(['ok', 'starting', 'failed'])
    .describe('ok: ready; starting: migrating or loading demo data'),
  phase: z.string().describe('what the server is doing now'),
  database: z.enum(['embedded', 'server']),
  cases: z.number().int().nullable().describe('cases in the database, when ready'),
  version: z.string(),
  uptimeSeconds: z.number(),
});

export const systemRoutes =
  (state: AppState): FastifyPluginAsyncZod =>
  async (app) => {
    registerRoutePolicy('GET', '/health', 'public.service_info');
    app.get(
      '/health',
      {
        // Probes call this every few seconds: log only problems.
        logLevel: 'warn',
        schema: {
          tags: ['system'],
          summary: 'Liveness and readiness: 200 when ready to serve, 503 while starting',
          response: { 200: Health, 503: Health },
        },
      },
      async (_request, reply) => {
        const body = {
          status: state.status,
          phase: state.phase,
          database: state.conn.kind,
          cases: state.status === 'ok' ? state.cases : null,
          version: state.version,
          uptimeSeconds: Math.round(process.uptime()),
        };
        return reply.code(state.status === 'ok' ? 200 : 503).send(body);
      },
    );
  };
