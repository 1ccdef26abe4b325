/**
 * The national knowledge base: full-text search over every office's cases (pseudonymised where the reader
 * may not see personal data), similar decided cases for a case, and the vocabulary the app labels them with.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { UseCaseContext } from '../../cases/context.ts';
import { readReferenceData } from '../../db/reference.ts';
import { CASE_TYPE_DEFINITIONS, CASE_TYPES } from '../../domain/cases/case-types.ts';
import { CASE_ACTIONS, STATE_MACHINES } from '../../domain/cases/state-machines.ts';
import { FACETS, searchCases } from '../../knowledge/search-cases.ts';
import { similarCases } from '../../knowledge/similar-cases.ts';

const codes = z
  .string()
  .regex(/^[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*$/, 'comma-separated codes')
  .max(2000)
  .optional();
const years = z
  .string()
  .regex(/^\d{4}(,\d{4})*$/, 'comma-separated years')
  .max(200)
  .optional();
const split = (value: string | undefined) => (value ? value.split(',') : undefined);

const Label = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
const Term = z.object({ code: z.string(), label: Label });
const Count = z.object({ value: z.string(), count: z.number() });

const Hit = z.object({
  id: z.number(),
  caseNumber: z.string(),
  officeCode: z.string(),
  caseType: z.string(),
  serviceType: z.string().nullable(),
  themes: z.array(z.string()),
  state: z.string(),
  outcome: z.string().nullable(),
  receivedOn: z.string(),
  decidedOn: z.string().nullable(),
  title: z.string(),
  provider: z.object({ id: z.number(), name: z.string() }).nullable(),
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  pseudonymised: z.boolean(),
  rank: z.number(),
});

const labelled = (t: { code: string; nb: string; nn?: string; en: string }) => ({
  code: t.code,
  label: { nb: t.nb, nn: t.nn ?? t.nb, en: t.en },
});

export const knowledgeRoutes =
  (context: () => UseCaseContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['knowledge'];

    registerRoutePolicy('GET', '/api/knowledge/search', 'knowledge.search');
    app.get(
      '/api/knowledge/search',
      {
        schema: {
          tags,
          summary:
            "Search every office's cases and decisions (Norwegian stemming and prefixes; provider names by trigram similarity), with facets and highlighted snippets",
          description:
            "Another office's case is matched by its title only and shown without its narrative (pseudonymised); confidential cases only at their own office. Facet filters are comma-separated codes.",
          querystring: z
            .object({
              q: z.string().trim().max(200).optional(),
              office: codes,
              caseType: codes,
              serviceType: codes,
              theme: codes,
              outcome: codes,
              year: years,
              providerId: z.coerce.number().int().positive().optional(),
              professionalId: z.coerce.number().int().positive().optional(),
              limit: z.coerce.number().int().min(1).max(100).default(20),
              offset: z.coerce.number().int().min(0).max(10_000).default(0),
            })
            .strict(),
          response: {
            200: z.object({
              total: z.number(),
              results: z.array(Hit),
              facets: z.object(
                Object.fromEntries(FACETS.map((f) => [f, z.array(Count)])) as Record<
                  (typeof FACETS)[number],
                  z.ZodArray<typeof Count>
                >,
              ),
              providers: z.array(z.object({ id: z.number(), name: z.string(), similarity: z.number() })),
            }),
          },
        },
      },
      async (request) => {
        const q = request.query;
        return searchCases(context().db, request.actor, {
          q: q.q || undefined,
          office: split(q.office),
          caseType: split(q.caseType),
          serviceType: split(q.serviceType),
          theme: split(q.theme),
          outcome: split(q.outcome),
          year: split(q.year)?.map(Number),
          providerId: q.providerId,
          professionalId: q.professionalId,
          limit: q.limit,
          offset: q.offset,
        });
      },
    );

    registerRoutePolicy('GET', '/api/cases/:id/similar', 'knowledge.similar');
    app.get(
      '/api/cases/:id/similar',
      {
        schema: {
          tags,
          summary:
            'The nearest decided cases nationally (text, service type, themes, provider type), their outcomes and offices, and the outcome distribution per office',
          params: z.object({ id: z.coerce.number().int().positive() }),
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }).strict(),
          response: {
            200: z.object({
              caseId: z.number(),
              candidates: z.number(),
              similar: z.array(
                z.object({
                  id: z.number(),
                  caseNumber: z.string(),
                  officeCode: z.string(),
                  title: z.string(),
                  outcome: z.string().nullable(),
                  decidedOn: z.string(),
                  themes: z.array(z.string()),
                  score: z.number(),
                  sharedWords: z.number(),
                  sharedThemes: z.number(),
                  sameProviderType: z.boolean(),
                }),
              ),
              distribution: z.array(
                z.object({ officeCode: z.string(), outcome: z.string(), count: z.number() }),
              ),
            }),
          },
        },
      },
      async (request) => similarCases(context().db, request.actor, request.params.id, request.query.limit),
    );

    const taxonomy = readReferenceData().taxonomy;
    const terms = {
      caseTypes: CASE_TYPES.map((code) => {
        const d = CASE_TYPE_DEFINITIONS[code];
        return {
          ...labelled(d),
          legalBasis: d.legalBasis,
          outcomes: d.outcomes.map((o) => ({ ...labelled(o), byDecision: o.byDecision })),
          states: [...STATE_MACHINES[code].states],
        };
      }),
      actions: CASE_ACTIONS.map((code) => {
        const rule = CASE_TYPES.flatMap((t) => STATE_MACHINES[t].transitions).find((r) => r.action === code);
        return {
          code,
          label: rule ? { nb: rule.nb, nn: rule.nn, en: rule.en } : { nb: code, nn: code, en: code },
        };
      }),
      serviceTypes: taxonomy.serviceTypes.map(labelled),
      themes: taxonomy.themes.map(labelled),
      urgencyFlags: taxonomy.urgencyFlags.map(labelled),
    };
    registerRoutePolicy('GET', '/api/knowledge/terms', 'reference.read');
    app.get(
      '/api/knowledge/terms',
      {
        schema: {
          tags,
          summary:
            'The vocabulary: case types with their states and outcomes, actions, service types, themes, urgency flags',
          response: {
            200: z.object({
              caseTypes: z.array(
                Term.extend({
                  legalBasis: z.string(),
                  outcomes: z.array(Term.extend({ byDecision: z.boolean() })),
                  states: z.array(z.string()),
                }),
              ),
              actions: z.array(Term),
              serviceTypes: z.array(Term),
              themes: z.array(Term),
              urgencyFlags: z.array(Term),
            }),
          },
        },
      },
      async () => terms,
    );
  };
