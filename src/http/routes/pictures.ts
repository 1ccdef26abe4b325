/**
 * Risk pictures and the equal-treatment monitor: the national and office pictures, the providers' funnel,
 * the map, a provider's profile (and its variant for sharing with the provider), the planning view and
 * turning a candidate into a planned supervision case. Reading is 'stats.read_pseudonymised' (all staff; no
 * personal data leaves here); planning opens a case, so it is 'case.open' at the unit's office.
 * Authorisation is checked before validation, so a refused caller learns nothing from the input's errors.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decide } from '../../access/policies.ts';
import type { GlobalAction } from '../../access/policy-table.ts';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { UseCaseContext } from '../../cases/context.ts';
import { CaseError } from '../../cases/errors.ts';
import { CANDIDATE_RULES, supervisionCandidates } from '../../risk/candidates.ts';
import { planningCapacity } from '../../risk/picture-queries.ts';
import {
  day,
  equalTreatmentMonitor,
  funnelPicture,
  mapPicture,
  providerProfile,
  riskPicture,
  type Run,
} from '../../risk/picture-service.ts';
import { planSupervision } from '../../risk/plan-supervision.ts';
import {
  EqualTreatmentResponse,
  finite,
  FunnelResponse,
  MapResponse,
  NationalPictureResponse,
  OfficePictureResponse,
  PlannedSupervisionResponse,
  PlanningResponse,
  ProviderProfileResponse,
} from './pictures-schema.ts';
import { mayReadProfessionalNames, unitLabelFor } from '../../risk/professional-names.ts';
import { candidateSignals, latestRun, type SignalRow } from '../../risk/queries.ts';
import { monthDate, monthNumber } from '../../risk/months.ts';
import { storedComparison } from '../../risk/signal.ts';

const NO_RUN = { nb: 'Ingen risikokjøring ennå.', nn: 'Inga risikokøyring enno.', en: 'No risk run yet.' };
const NO_OFFICE = { nb: 'Fant ikke embetet.', nn: 'Fann ikkje embetet.', en: 'Office not found.' };
const NO_PROVIDER = { nb: 'Fant ikke virksomheten.', nn: 'Fann ikkje verksemda.', en: 'Provider not found.' };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const code = z.string().trim().min(1).max(60);

const requirePolicy = (action: GlobalAction) => async (request: FastifyRequest) => {
  const decision = decide(request.actor, action);
  if (!decision.allowed)
    throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
};

function presentRun(r: Run) {
  return { id: Number(r.id), version: r.version, asOf: day(r.as_of) };
}

function presentSignal(s: SignalRow, names: boolean) {
  return {
    id: Number(s.id),
    signalKey: s.signal_key,
    unitType: s.unit_type,
    unitId: s.unit_id,
    unitLabel: unitLabelFor(names, { unitType: s.unit_type, unitId: s.unit_id, unitLabel: s.unit_label }),
    serviceType: s.service_type,
    theme: s.theme,
    method: s.method,
    observed: Number(s.observed),
    expected: Number(s.expected),
    ratio: Number(s.ratio),
    interval: {
      lower: Number(s.interval_lower),
      upper: Number(s.interval_upper),
      level: Number(s.interval_level),
    },
    comparisonGroup: s.comparison_group,
    comparison: storedComparison(s.evidence),
    period: { from: day(s.period_from), to: day(s.period_to) },
    score: Number(s.score),
    evidence: s.evidence,
  };
}

const actorKey = (actor: FastifyRequest['actor']) =>
  actor.kind === 'staff' ? `u${actor.userId}` : actor.kind;

export const pictureRoutes =
  (context: () => UseCaseContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = () => context().db;
    const tags = ['risk'];
    // Statistics without a value (NaN, ±∞) leave as null: JSON has no NaN, and the response schemas say so.
    app.addHook('preSerialization', async (_request, _reply, payload) => finite(payload));
    const guarded = (method: string, url: string, action: GlobalAction) => {
      registerRoutePolicy(method, url, action);
      return { preValidation: requirePolicy(action) };
    };
    const run = async () => {
      const found = await latestRun(db());
      if (!found) throw new CaseError(404, 'not_found', NO_RUN);
      return found;
    };
    const offices = async () =>
      new Set((await db().selectFrom('offices').select('code').execute()).map((o) => o.code));

    app.get(
      '/api/pictures/equal-treatment',
      {
        ...guarded('GET', '/api/pictures/equal-treatment', 'stats.read_pseudonymised'),
        schema: {
          tags,
          response: { 200: EqualTreatmentResponse },
          summary:
            'Equal-treatment monitor: per case type, offices compared on outcome shares, reaction rates and processing times, adjusted for case mix (service type × theme × severity), with funnel limits (95 %/99.8 %) and the outlying offices',
          querystring: z
            .object({
              caseType: code.optional(),
              from: isoDate.optional(),
              to: isoDate.optional(),
              months: z.coerce.number().int().min(3).max(120).default(36),
            })
            .strict(),
        },
      },
      async (request) => {
        const latest = await latestRun(db());
        const to = request.query.to ?? (latest ? day(latest.as_of) : context().today());
        const from = request.query.from ?? monthDate(monthNumber(to) - request.query.months + 1);
        const result = await equalTreatmentMonitor(db(), { from, to, caseType: request.query.caseType });
        return {
          period: { from, to },
          strata: 'service type × first theme × severity (any urgency flag)',
          method:
            'indirect standardisation: expected = Σ national stratum rate × office stratum count; funnel limits with exact Poisson limits and Spiegelhalter overdispersion; processing time: normal approximation from the national stratum variances',
          ...result,
        };
      },
    );

    app.get(
      '/api/pictures/national',
      {
        ...guarded('GET', '/api/pictures/national', 'stats.read_pseudonymised'),
        schema: {
          tags,
          response: { 200: NationalPictureResponse },
          summary:
            'The national risk picture: top signals with evidence, the monthly trend with EWMA band and CUSUM alarms, the offices, and the theme × provider disproportionality table',
          querystring: z.object({ signals: z.coerce.number().int().min(1).max(50).default(10) }).strict(),
        },
      },
      async (request) => {
        const latest = await run();
        const picture = await riskPicture(db(), latest, { signals: request.query.signals });
        return {
          run: presentRun(latest),
          ...picture,
          topSignals: picture.topSignals.map((s) =>
            presentSignal(s, mayReadProfessionalNames(request.actor)),
          ),
        };
      },
    );

    app.get(
      '/api/pictures/offices/:office',
      {
        ...guarded('GET', '/api/pictures/offices/:office', 'stats.read_pseudonymised'),
        schema: {
          tags,
          response: { 200: OfficePictureResponse },
          summary: "One office's risk picture: its signals, trend, and theme table",
          params: z.object({ office: z.string().min(1).max(20) }),
          querystring: z.object({ signals: z.coerce.number().int().min(1).max(50).default(10) }).strict(),
        },
      },
      async (request) => {
        const office = request.params.office.toUpperCase();
        if (!(await offices()).has(office)) throw new CaseError(404, 'not_found', NO_OFFICE);
        const latest = await run();
        const picture = await riskPicture(db(), latest, { office, signals: request.query.signals });
        return {
          run: presentRun(latest),
          office,
          ...picture,
          topSignals: picture.topSignals.map((s) =>
            presentSignal(s, mayReadProfessionalNames(request.actor)),
          ),
        };
      },
    );

    app.get(
      '/api/pictures/funnel',
      {
        ...guarded('GET', '/api/pictures/funnel', 'stats.read_pseudonymised'),
        schema: {
          tags,
          response: { 200: FunnelResponse },
          summary:
            'Funnel plot of the providers of one service type (last 12 months of the run): observed vs expected with 95 %/99.8 % limits',
          querystring: z
            .object({
              serviceType: code.default('nursing_home'),
              office: z.string().min(1).max(20).optional(),
            })
            .strict(),
        },
      },
      async (request) => {
        const latest = await run();
        const office = request.query.office?.toUpperCase();
        return {
          run: presentRun(latest),
          ...(await funnelPicture(db(), latest, request.query.serviceType, office)),
        };
      },
    );

    app.get(
      '/api/pictures/map',
      {
        ...guarded('GET', '/api/pictures/map', 'stats.read_pseudonymised'),
        schema: {
          tags,
          response: { 200: MapResponse },
          summary:
            'Map data per municipality: cases per 1,000 inhabitants, observed vs expected (national rate × population) and open signals; filters sector, service type, theme, period',
          querystring: z
            .object({
              sector: code.optional(),
              serviceType: code.optional(),
              theme: code.optional(),
              from: isoDate.optional(),
              to: isoDate.optional(),
            })
            .strict(),
        },
      },
      async (request) => {
        const latest = await run();
        return { run: presentRun(latest), ...(await mapPicture(db(), latest, request.query)) };
      },
    );

    app.get(
      '/api/pictures/providers/:providerId',
      {
        ...guarded('GET', '/api/pictures/providers/:providerId', 'stats.read_pseudonymised'),
        schema: {
          tags,
          response: { 200: ProviderProfileResponse },
          summary:
            "A provider's profile: cases, findings and signals over time against peers of the same service type; shared=true gives the variant to share with the provider (no case numbers)",
          params: z.object({ providerId: z.coerce.number().int().positive() }),
          querystring: z.object({ shared: z.enum(['true', 'false']).default('false') }).strict(),
        },
      },
      async (request) => {
        const latest = await latestRun(db());
        const profile = await providerProfile(
          db(),
          latest,
          request.params.providerId,
          request.query.shared === 'true',
        );
        if (!profile) throw new CaseError(404, 'not_found', NO_PROVIDER);
        return profile;
      },
    );

    app.get(
      '/api/pictures/planning',
      {
        ...guarded('GET', '/api/pictures/planning', 'stats.read_pseudonymised'),
        schema: {
          tags,
          response: { 200: PlanningResponse },
          summary:
            'Supervision planning: the prioritised candidates of the latest run with their reasons and office, and capacity per office',
          querystring: z
            .object({
              office: z.string().min(1).max(20).optional(),
              limit: z.coerce.number().int().min(1).max(500).default(50),
            })
            .strict(),
        },
      },
      async (request) => {
        const latest = await run();
        const candidates = supervisionCandidates(await candidateSignals(db(), Number(latest.id)));
        const officeOf = await candidateOffices(candidates);
        const office = request.query.office?.toUpperCase();
        const listed = candidates
          .map((c) => ({
            ...c,
            unitLabel: unitLabelFor(mayReadProfessionalNames(request.actor), c),
            office: officeOf.get(`${c.unitType}:${c.unitId}`) ?? null,
          }))
          .filter((c) => !office || c.office === office);
        return {
          run: presentRun(latest),
          rules: CANDIDATE_RULES.map((r) => ({ ...r, unitTypes: [...r.unitTypes], methods: [...r.methods] })),
          capacity: await planningCapacity(db(), day(latest.as_of)),
          total: listed.length,
          candidates: listed.slice(0, request.query.limit),
        };
      },
    );

    async function candidateOffices(candidates: { unitType: string; unitId: string }[]) {
      const out = new Map<string, string>();
      const providers = candidates.filter((c) => c.unitType === 'provider').map((c) => Number(c.unitId));
      const municipalities = candidates.filter((c) => c.unitType === 'municipality').map((c) => c.unitId);
      if (providers.length > 0)
        for (const r of await db()
          .selectFrom('providers as p')
          .innerJoin('municipalities as m', 'm.number', 'p.municipality_number')
          .select(['p.id', 'm.office_code'])
          .where('p.id', 'in', providers)
          .execute())
          out.set(`provider:${r.id}`, r.office_code);
      if (municipalities.length > 0)
        for (const r of await db()
          .selectFrom('municipalities')
          .select(['number', 'office_code'])
          .where('number', 'in', municipalities)
          .execute())
          out.set(`municipality:${r.number}`, r.office_code);
      for (const c of candidates) if (c.unitType === 'office') out.set(`office:${c.unitId}`, c.unitId);
      return out;
    }

    registerRoutePolicy('POST', '/api/pictures/planned-supervisions', 'case.open');
    app.post(
      '/api/pictures/planned-supervisions',
      {
        schema: {
          tags,
          response: { 201: PlannedSupervisionResponse, 200: PlannedSupervisionResponse },
          summary:
            "Turn a supervision candidate of the latest run into a planned supervision case at the unit's office, recording why it was chosen (201; the same idempotency key gives the same case)",
          headers: z.object({ 'idempotency-key': z.string().min(8).max(200).optional() }).passthrough(),
          body: z
            .object({
              unitType: z.enum(['provider', 'municipality']),
              unitId: z.string().trim().min(1).max(20),
              reason: z.string().trim().min(3).max(2000),
            })
            .strict(),
        },
        // The use case asks the policy for the unit's office; anonymous callers are refused before validation.
        preValidation: async (request) => {
          if (request.actor.kind === 'anonymous')
            throw new CaseError(401, 'login_required', {
              nb: 'Du må logge inn.',
              nn: 'Du må logge inn.',
              en: 'Please sign in.',
            });
        },
      },
      async (request, reply) => {
        const result = await planSupervision(
          context(),
          request.actor,
          request.body,
          // Without a key, the same person planning the same unit for the same reason gets the same case.
          request.headers['idempotency-key'] ??
            `plan:${actorKey(request.actor)}:${request.body.unitType}:${request.body.unitId}:${request.body.reason}`,
        );
        return reply.code(result.replayed ? 200 : 201).send(result.body);
      },
    );
  };
