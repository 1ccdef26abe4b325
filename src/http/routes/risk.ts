/**
 * The risk API: the latest run's signals with their evidence, one signal with its assessment history,
 * recording an assessment (append-only), and the prioritised supervision candidates with their reasons.
 * Signals hold no personal data beyond a unit's label; reading them is 'stats.read_pseudonymised'.
 * Authorisation is checked before validation, so a refused caller learns nothing from the input's errors.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decide } from '../../access/policies.ts';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { GlobalAction } from '../../access/policy-table.ts';
import { CaseError } from '../../cases/errors.ts';
import type { Selectable } from 'kysely';
import type { RiskAssessmentsTable } from '../../db/schema.ts';
import { CANDIDATE_RULES, supervisionCandidates } from '../../risk/candidates.ts';
import {
  candidateSignals,
  getSignal,
  latestRun,
  listSignals,
  recordAssessment,
  type SignalRow,
} from '../../risk/queries.ts';
import { mayReadProfessionalNames, unitLabelFor } from '../../risk/professional-names.ts';
import { storedComparison } from '../../risk/signal.ts';
import type { AppState } from '../app.ts';

const UNIT_TYPES = ['provider', 'professional', 'municipality', 'county', 'office', 'national'] as const;
const METHODS = [
  'cusum',
  'funnel',
  'empirical_bayes',
  'disproportionality',
  'outcome_share',
  'repeat_named',
] as const;

const NO_RUN = { nb: 'Ingen risikokjøring ennå.', nn: 'Inga risikokøyring enno.', en: 'No risk run yet.' };
const NO_SIGNAL = { nb: 'Fant ikke signalet.', nn: 'Fann ikkje signalet.', en: 'Signal not found.' };

const Run = z.object({
  id: z.number(),
  version: z.string(),
  asOf: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  finishedAt: z.string().nullable(),
});

const Signal = z.object({
  id: z.number(),
  runId: z.number(),
  signalKey: z.string(),
  unitType: z.enum(UNIT_TYPES),
  unitId: z.string(),
  unitLabel: z.string(),
  serviceType: z.string().nullable(),
  theme: z.string().nullable(),
  method: z.enum(METHODS),
  observed: z.number(),
  expected: z.number(),
  ratio: z.number(),
  interval: z.object({ lower: z.number(), upper: z.number(), level: z.number() }),
  comparisonGroup: z.string(),
  /** The comparison group as data (kind and figures), for a client to word in its own language. */
  comparison: z.record(z.string(), z.unknown()).nullable(),
  period: z.object({ from: z.string(), to: z.string() }),
  score: z.number(),
  incremental: z.boolean(),
});

const Assessment = z.object({
  id: z.number(),
  signalId: z.number(),
  decision: z.enum(['agree', 'not_now', 'disagree']),
  reason: z.string(),
  assessedBy: z.string(),
  assessedAt: z.string(),
});

const Label = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
const Candidate = z.object({
  unitType: z.enum(UNIT_TYPES),
  unitId: z.string(),
  unitLabel: z.string(),
  priority: z.number().int(),
  reasons: z.array(
    z.object({
      rule: z.string(),
      priority: z.number().int(),
      label: Label,
      signals: z.array(
        z.object({
          id: z.number(),
          method: z.enum(METHODS),
          theme: z.string().nullable(),
          observed: z.number(),
          expected: z.number(),
          ratio: z.number(),
        }),
      ),
    }),
  ),
});

// Timestamps arrive as Date from pg and as Date or string from PGlite; the API shows ISO strings.
const iso = (d: unknown) => (d == null ? null : d instanceof Date ? d.toISOString() : String(d));
const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

function presentRun(r: NonNullable<Awaited<ReturnType<typeof latestRun>>>): z.infer<typeof Run> {
  return {
    id: Number(r.id),
    version: r.version,
    asOf: day(r.as_of),
    periodFrom: day(r.period_from),
    periodTo: day(r.period_to),
    finishedAt: iso(r.finished_at),
  };
}

function presentSignal(s: SignalRow, names: boolean): z.infer<typeof Signal> {
  return {
    id: Number(s.id),
    runId: Number(s.run_id),
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
    incremental: s.incremental,
  };
}

function presentAssessment(a: Selectable<RiskAssessmentsTable>): z.infer<typeof Assessment> {
  return {
    id: Number(a.id),
    signalId: Number(a.signal_id),
    decision: a.decision,
    reason: a.reason,
    assessedBy: a.assessed_by,
    assessedAt: iso(a.assessed_at)!,
  };
}

/** Refuses before validation: 401 without a login, 403 with one that the policy refuses. */
const requirePolicy = (action: GlobalAction) => async (request: FastifyRequest) => {
  const decision = decide(request.actor, action);
  if (!decision.allowed)
    throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
};

export const riskRoutes =
  (state: AppState): FastifyPluginAsyncZod =>
  async (app) => {
    const db = () => state.conn.db;
    const tags = ['risk'];
    const guarded = (method: string, url: string, action: GlobalAction) => {
      registerRoutePolicy(method, url, action);
      return { preValidation: requirePolicy(action) };
    };
    const run = async () => {
      const found = await latestRun(db());
      if (!found) throw new CaseError(404, 'not_found', NO_RUN);
      return found;
    };

    app.get(
      '/api/risk/signals',
      {
        ...guarded('GET', '/api/risk/signals', 'stats.read_pseudonymised'),
        schema: {
          tags,
          summary:
            'The latest risk run and its signals, strongest first: each with observed vs expected, interval, method, comparison group and period. Advisory: a person assesses each one.',
          querystring: z
            .object({
              unitType: z.enum(UNIT_TYPES).optional(),
              serviceType: z.string().trim().min(1).max(60).optional(),
              theme: z.string().trim().min(1).max(60).optional(),
              method: z.enum(METHODS).optional(),
              office: z.string().trim().min(1).max(20).optional(),
              page: z.coerce.number().int().min(1).max(10_000).default(1),
              pageSize: z.coerce.number().int().min(1).max(200).default(50),
            })
            .strict(),
          response: {
            200: z.object({
              run: Run,
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              signals: z.array(Signal),
            }),
          },
        },
      },
      async (request) => {
        const latest = await run();
        const { page, pageSize, ...filter } = request.query;
        const { total, rows } = await listSignals(db(), Number(latest.id), filter, {
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        return {
          run: presentRun(latest),
          total,
          page,
          pageSize,
          signals: rows.map((s) => presentSignal(s, mayReadProfessionalNames(request.actor))),
        };
      },
    );

    app.get(
      '/api/risk/signals/:signalId',
      {
        ...guarded('GET', '/api/risk/signals/:signalId', 'stats.read_pseudonymised'),
        schema: {
          tags,
          summary:
            'One signal with its full evidence and every assessment of it (across runs, by signal key), newest first',
          params: z.object({ signalId: z.coerce.number().int().positive() }),
          response: {
            200: Signal.extend({
              evidence: z.record(z.string(), z.unknown()),
              assessments: z.array(Assessment),
            }),
          },
        },
      },
      async (request) => {
        const found = await getSignal(db(), request.params.signalId);
        if (!found) throw new CaseError(404, 'not_found', NO_SIGNAL);
        return {
          ...presentSignal(found.signal, mayReadProfessionalNames(request.actor)),
          evidence: found.signal.evidence,
          assessments: found.assessments.map(presentAssessment),
        };
      },
    );

    app.post(
      '/api/risk/signals/:signalId/assessments',
      {
        ...guarded('POST', '/api/risk/signals/:signalId/assessments', 'risk.assess'),
        schema: {
          tags,
          summary:
            'Record what a person makes of a signal: agree, not now or disagree, with a reason. Never changed afterwards.',
          params: z.object({ signalId: z.coerce.number().int().positive() }),
          body: z
            .object({
              decision: z.enum(['agree', 'not_now', 'disagree']),
              reason: z.string().trim().min(1).max(2000),
            })
            .strict(),
          response: { 201: Assessment },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        const found = await getSignal(db(), request.params.signalId);
        if (!found) throw new CaseError(404, 'not_found', NO_SIGNAL);
        const user =
          actor.kind === 'staff'
            ? await db()
                .selectFrom('users')
                .select('username')
                .where('id', '=', actor.userId)
                .executeTakeFirst()
            : undefined;
        const saved = await recordAssessment(
          db(),
          { id: Number(found.signal.id), signalKey: found.signal.signal_key },
          {
            decision: request.body.decision,
            reason: request.body.reason,
            assessedBy: user?.username ?? 'unknown',
          },
        );
        return reply.code(201).send(presentAssessment(saved));
      },
    );

    app.get(
      '/api/risk/candidates',
      {
        ...guarded('GET', '/api/risk/candidates', 'stats.read_pseudonymised'),
        schema: {
          tags,
          summary:
            'Prioritised supervision candidates from the latest run: units matched by the published rule table, each with the rules and signals that put it there',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }).strict(),
          response: {
            200: z.object({
              run: Run,
              rules: z.array(
                z.object({
                  id: z.string(),
                  priority: z.number().int(),
                  label: Label,
                  unitTypes: z.array(z.string()),
                  methods: z.array(z.string()),
                  minMethods: z.number(),
                  minRatio: z.number(),
                }),
              ),
              total: z.number().int(),
              candidates: z.array(Candidate),
            }),
          },
        },
      },
      async (request) => {
        const latest = await run();
        const candidates = supervisionCandidates(await candidateSignals(db(), Number(latest.id)));
        return {
          run: presentRun(latest),
          rules: CANDIDATE_RULES.map((r) => ({
            ...r,
            unitTypes: [...r.unitTypes],
            methods: [...r.methods],
          })),
          total: candidates.length,
          candidates: candidates.slice(0, request.query.limit).map((c) => ({
            ...c,
            unitLabel: unitLabelFor(mayReadProfessionalNames(request.actor), c),
          })),
        };
      },
    );
  };
