/**
 * Work queues: my queue, an office's queue (most at risk of missing its deadline first, deadlines computed by
 * the deadline engine), and an office's workload per caseworker for its manager.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { UseCaseContext } from '../../cases/context.ts';
import {
  listQueue,
  QUEUE_FILTERS,
  type Queue as QueuePage,
  type QueueFilters,
} from '../../cases/list-queue.ts';
import { officeWorkload } from '../../cases/office-workload.ts';

const codeList = z
  .string()
  .regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/, 'comma-separated codes')
  .max(2000)
  .optional();
const officeCode = z.string().regex(/^[A-Z]{2,4}$/);

const Filters = z.object({
  caseType: codeList,
  state: codeList,
  serviceType: codeList,
  theme: codeList,
  municipality: codeList,
  urgency: codeList,
  deadline: codeList,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const DeadlineStatus = z.enum(['ok', 'soon', 'breached', 'suspended', 'done']);
const Count = z.object({ value: z.string(), count: z.number() });
const QueueItem = z.object({
  id: z.number(),
  caseNumber: z.string(),
  caseType: z.string(),
  state: z.string(),
  officeCode: z.string(),
  serviceType: z.string().nullable(),
  themes: z.array(z.string()),
  urgency: z.array(z.string()),
  municipality: z.object({ number: z.string(), name: z.string() }).nullable(),
  receivedOn: z.string(),
  title: z.string(),
  assignedTo: z.object({ id: z.number(), name: z.string() }).nullable(),
  deadline: z.object({
    status: DeadlineStatus,
    date: z.string().nullable(),
    provisionalDate: z.string().nullable(),
    daysLeft: z.number().nullable(),
    daysOverdue: z.number().nullable(),
    suspendedDays: z.number(),
  }),
  interimReply: z.object({ due: z.string(), status: z.enum(['not_needed', 'sent', 'due', 'overdue']) }),
});
const Queue = z.object({
  scope: z.enum(['mine', 'office']),
  officeCode: z.string(),
  total: z.number(),
  items: z.array(QueueItem),
  facets: z.object(
    Object.fromEntries(QUEUE_FILTERS.map((f) => [f, z.array(Count)])) as Record<
      (typeof QUEUE_FILTERS)[number],
      z.ZodArray<typeof Count>
    >,
  ),
});
const WorkloadRow = z.object({
  userId: z.number().nullable(),
  name: z.string().nullable(),
  open: z.number(),
  byDeadline: z.record(DeadlineStatus, z.number()),
  oldestReceivedOn: z.string().nullable(),
});

/**
 * A kept queue page (list-queue.ts gives the same object for the same request while nothing changed) is
 * checked against its schema and turned into JSON once, then sent as it is.
 */
const serialised = new WeakMap<object, string>();
function sendQueue(reply: FastifyReply, queue: QueuePage): FastifyReply {
  let body = serialised.get(queue);
  if (body === undefined) {
    body = JSON.stringify(Queue.parse(queue));
    serialised.set(queue, body);
  }
  return reply.type('application/json; charset=utf-8').send(body);
}

function filtersOf(query: z.infer<typeof Filters>): QueueFilters {
  const filters: QueueFilters = {};
  for (const f of QUEUE_FILTERS) if (query[f]) filters[f] = query[f].split(',');
  return filters;
}

export const queueRoutes =
  (context: () => UseCaseContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['cases'];
    const filterHelp =
      'Filters are comma-separated codes; `urgency=any` keeps cases with any urgency flag, `deadline` takes ok, soon, breached, suspended, done. Each facet counts its values with the other filters applied.';

    registerRoutePolicy('GET', '/api/queues/mine', 'queue.read_own');
    app.get(
      '/api/queues/mine',
      {
        schema: {
          tags,
          summary: 'My queue: the open cases assigned to me, most at risk of missing the deadline first',
          description: filterHelp,
          querystring: Filters.strict(),
          response: { 200: Queue },
        },
      },
      async (request, reply) =>
        sendQueue(
          reply,
          await listQueue(context(), request.actor, {
            scope: 'mine',
            filters: filtersOf(request.query),
            limit: request.query.limit,
            offset: request.query.offset,
          }),
        ),
    );

    registerRoutePolicy('GET', '/api/queues/office', 'office.queue');
    app.get(
      '/api/queues/office',
      {
        schema: {
          tags,
          summary: "An office's queue: its open cases, most at risk of missing the deadline first",
          description: filterHelp,
          querystring: Filters.extend({ office: officeCode }).strict(),
          response: { 200: Queue },
        },
      },
      async (request, reply) =>
        sendQueue(
          reply,
          await listQueue(context(), request.actor, {
            scope: 'office',
            officeCode: request.query.office,
            filters: filtersOf(request.query),
            limit: request.query.limit,
            offset: request.query.offset,
          }),
        ),
    );

    registerRoutePolicy('GET', '/api/queues/workload', 'office.workload');
    app.get(
      '/api/queues/workload',
      {
        schema: {
          tags,
          summary: "An office's workload per caseworker, with deadline status counts (office managers)",
          querystring: z.object({ office: officeCode }).strict(),
          response: {
            200: z.object({
              officeCode: z.string(),
              caseworkers: z.array(WorkloadRow),
              unassigned: WorkloadRow,
            }),
          },
        },
      },
      async (request) => officeWorkload(context(), request.actor, request.query.office),
    );
  };
