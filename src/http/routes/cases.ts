/**
 * The case API: open and read cases, and every case-handling action. Each route declares the policy
 * action that guards it (the authorisation matrix test reads the declarations); the use cases enforce it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../access/actors.ts';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { Action } from '../../access/policy-table.ts';
import { addDocument } from '../../cases/add-document.ts';
import { advanceCase, SIMPLE_STEPS } from '../../cases/advance-case.ts';
import { appealDecision } from '../../cases/appeal-decision.ts';
import { assignCase } from '../../cases/assign-case.ts';
import { closeCase } from '../../cases/close-case.ts';
import { concludeCase } from '../../cases/conclude-case.ts';
import type { UseCaseContext } from '../../cases/context.ts';
import { draftDecision } from '../../cases/draft-decision.ts';
import { getCase } from '../../cases/get-case.ts';
import { getDraftLetter, getLetter } from '../../cases/get-letter.ts';
import { issueDecision } from '../../cases/issue-decision.ts';
import { OpenCaseInput, openCase } from '../../cases/open-case.ts';
import { recordStatement } from '../../cases/record-statement.ts';
import { reopenCase } from '../../cases/reopen-case.ts';
import { requestStatement } from '../../cases/request-statement.ts';
import { resumeCase, suspendCase } from '../../cases/suspend-case.ts';
import { sendInterimReply } from '../../cases/send-interim-reply.ts';
import { transferCase } from '../../cases/transfer-case.ts';
import { triageCase } from '../../cases/triage-case.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const version = { expectedVersion: z.number().int().positive().optional() };
const ActionResult = z
  .object({
    caseId: z.number(),
    state: z.string(),
    outcome: z.string().nullable(),
    version: z.number(),
    eventId: z.number(),
  })
  .passthrough();

export const caseRoutes =
  (context: () => UseCaseContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['cases'];
    const guard = (method: string, url: string, action: Action) => registerRoutePolicy(method, url, action);

    guard('POST', '/api/cases', 'case.open');
    app.post(
      '/api/cases',
      {
        schema: {
          tags,
          summary:
            'Open a case (routed to the office of the municipality; national case types to the national body)',
          headers: z.object({ 'idempotency-key': z.string().min(8).max(200) }).passthrough(),
          body: OpenCaseInput,
          response: {
            200: z.object({
              id: z.number(),
              caseNumber: z.string(),
              officeCode: z.string(),
              state: z.string(),
            }),
            201: z.object({
              id: z.number(),
              caseNumber: z.string(),
              officeCode: z.string(),
              state: z.string(),
            }),
          },
        },
      },
      async (request, reply) => {
        const result = await openCase(
          context(),
          request.actor,
          request.body,
          request.headers['idempotency-key'],
        );
        return reply.code(result.replayed ? 200 : 201).send(result.body);
      },
    );

    guard('GET', '/api/cases/:id', 'case.read');
    app.get(
      '/api/cases/:id',
      {
        schema: {
          tags,
          summary:
            'Read a case: in full (the read of personal data is logged with its purpose) or pseudonymised',
          params: Params,
          querystring: z
            .object({ purpose: z.string().trim().min(3).max(200).default('saksbehandling') })
            .strict(),
        },
      },
      async (request) => getCase(context(), request.actor, request.params.id, request.query.purpose),
    );

    guard('GET', '/api/cases/:id/documents/:documentId/letter', 'case.read_documents');
    app.get(
      '/api/cases/:id/documents/:documentId/letter',
      {
        schema: {
          tags,
          summary:
            "A letter from the journal as the recipient gets it: PDF (default) or an HTML preview, in the party's language",
          params: z.object({
            id: z.coerce.number().int().positive(),
            documentId: z.coerce.number().int().positive(),
          }),
          querystring: z.object({ format: z.enum(['pdf', 'html']).default('pdf') }).strict(),
        },
      },
      async (request, reply) => {
        const letter = await getLetter(
          context(),
          request.actor,
          request.params.id,
          request.params.documentId,
          request.query.format,
        );
        if (letter.pdf) {
          return reply
            .type('application/pdf')
            .header(
              'content-disposition',
              `inline; filename="${letter.content.caseNumber.replace('/', '-')}-${request.params.documentId}.pdf"`,
            )
            .send(letter.pdf);
        }
        return reply.type('text/html; charset=utf-8').send(letter.html);
      },
    );

    guard('GET', '/api/cases/:id/decision-draft/letter', 'case.draft_decision');
    app.get(
      '/api/cases/:id/decision-draft/letter',
      {
        schema: {
          tags,
          summary:
            'Preview the decision draft as the letter the party would get if it were issued today: HTML (default) or PDF',
          params: Params,
          querystring: z.object({ format: z.enum(['pdf', 'html']).default('html') }).strict(),
        },
      },
      async (request, reply) => {
        const letter = await getDraftLetter(
          context(),
          request.actor,
          request.params.id,
          request.query.format,
        );
        if (letter.pdf) return reply.type('application/pdf').send(letter.pdf);
        return reply.type('text/html; charset=utf-8').send(letter.html);
      },
    );

    const action = <S extends z.ZodObject>(
      url: string,
      policy: Action,
      summary: string,
      body: S,
      run: (id: number, input: z.infer<S>, actor: Actor) => Promise<z.infer<typeof ActionResult>>,
    ) => {
      guard('POST', url, policy);
      app.post(
        url,
        { schema: { tags, summary, params: Params, body, response: { 200: ActionResult } } },
        async (request) => run(request.params.id, request.body as z.infer<S>, request.actor),
      );
    };

    action(
      '/api/cases/:id/triage',
      'case.triage',
      'Take a received case into handling',
      z.object({ reason: text(2000).optional(), ...version }).strict(),
      (id, input, actor) => triageCase(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/steps',
      'case.triage',
      'Move the case on one step that needs no other data',
      z
        .object({
          action: z.enum(SIMPLE_STEPS),
          reason: text(2000).optional(),
          responseDeadline: isoDate.optional(),
          ...version,
        })
        .strict(),
      (id, input, actor) => advanceCase(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/statement-requests',
      'case.request_statement',
      'Request a statement; the legal clock stops until it is recorded',
      z
        .object({
          recipient: text(200),
          responseDeadline: isoDate,
          questions: text(10_000).optional(),
          ...version,
        })
        .strict(),
      (id, input, actor) => requestStatement(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/statements',
      'case.record_statement',
      'Record a statement that came in; the clock runs again',
      z.object({ statement: text(50_000), from: text(200).optional(), ...version }).strict(),
      (id, input, actor) => recordStatement(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/decision',
      'case.issue_decision',
      'Issue the decision (from the draft, or from the body)',
      z
        .object({
          outcome: text(60).optional(),
          legalBasis: z.array(text(300)).min(1).max(20).optional(),
          reasons: text(50_000).optional(),
          ...version,
        })
        .strict(),
      (id, input, actor) => issueDecision(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/conclusion',
      'case.conclude',
      'Conclude without a full investigation (or dismiss an appeal)',
      z
        .object({
          outcome: text(60),
          reason: text(2000).optional(),
          legalBasis: z.array(text(300)).min(1).max(20).optional(),
          reasons: text(50_000).optional(),
          ...version,
        })
        .strict(),
      (id, input, actor) => concludeCase(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/transfer',
      'case.transfer',
      'Send to the national body for a reaction case, keeping the link',
      z.object({ reason: text(2000), ...version }).strict(),
      (id, input, actor) => transferCase(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/reopening',
      'case.reopen',
      'Reopen a closed case, with a reason',
      z.object({ reason: text(2000), ...version }).strict(),
      (id, input, actor) => reopenCase(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/appeal',
      'case.appeal',
      'Register an appeal of an enkeltvedtak',
      z.object({ reason: text(5000), ...version }).strict(),
      (id, input, actor) => appealDecision(context(), actor, id, input),
    );
    action(
      '/api/cases/:id/closing',
      'case.close',
      'Close the case after follow-up, accepted corrections or a decided appeal',
      z
        .object({
          action: z.enum(['close', 'accept_corrections', 'decide_appeal']).optional(),
          reason: text(2000),
          ...version,
        })
        .strict(),
      (id, input, actor) => closeCase(context(), actor, id, input),
    );

    const simple = <S extends z.ZodObject, R extends z.ZodType>(
      method: 'POST' | 'PUT' | 'DELETE',
      url: string,
      policy: Action,
      summary: string,
      body: S | null,
      response: R,
      run: (id: number, input: z.infer<S>, actor: Actor) => Promise<z.infer<R>>,
    ) => {
      guard(method, url, policy);
      // Generic over the schemas, so typed loosely here; each use case's own signature checks the data.
      (app as unknown as import('fastify').FastifyInstance).route({
        method,
        url,
        schema: {
          tags,
          summary,
          params: Params,
          ...(body ? { body } : {}),
          response: { 200: response },
        } as import('fastify').FastifySchema,
        handler: async (request) =>
          run((request.params as { id: number }).id, (request.body ?? {}) as z.infer<S>, request.actor),
      });
    };

    simple(
      'POST',
      '/api/cases/:id/assignment',
      'case.assign',
      'Assign or reassign the case to a caseworker of its office',
      z.object({ userId: z.number().int().positive(), reason: text(2000).optional() }).strict(),
      z.object({ caseId: z.number(), assignedTo: z.number(), changed: z.boolean() }),
      (id, input, actor) => assignCase(context(), actor, id, input),
    );
    simple(
      'POST',
      '/api/cases/:id/interim-reply',
      'case.add_document',
      'Send the interim reply owed when a request cannot be answered within a month (fvl. § 11 a)',
      z.object({ delayExplanation: text(4000).optional() }).strict(),
      z.object({ documentId: z.number(), expectedAnswerBy: z.string() }),
      (id, input, actor) => sendInterimReply(context(), actor, id, input),
    );
    simple(
      'POST',
      '/api/cases/:id/suspension',
      'case.suspend',
      'Stop the legal clock while waiting for someone outside the office',
      z.object({ reason: text(2000), responseDeadline: isoDate }).strict(),
      z.object({ suspensionId: z.number(), from: z.string() }),
      (id, input, actor) => suspendCase(context(), actor, id, input),
    );
    simple(
      'DELETE',
      '/api/cases/:id/suspension',
      'case.suspend',
      'Restart the legal clock',
      null,
      z.object({ suspensionId: z.number(), resumedOn: z.string() }),
      (id, _input, actor) => resumeCase(context(), actor, id, {}),
    );
    simple(
      'POST',
      '/api/cases/:id/documents',
      'case.add_document',
      'Add a document or note to the journal',
      z
        .object({
          direction: z.enum(['inbound', 'outbound', 'internal']),
          kind: text(60),
          title: text(300),
          body: text(100_000).optional(),
          language: z.enum(['nb', 'nn', 'en']).optional(),
        })
        .strict(),
      z.object({ documentId: z.number(), seq: z.number() }),
      (id, input, actor) => addDocument(context(), actor, id, input),
    );
    simple(
      'PUT',
      '/api/cases/:id/decision-draft',
      'case.draft_decision',
      'Save the decision draft: outcome, legal basis and reasons (fvl. §§ 24–25)',
      z
        .object({
          outcome: text(60),
          legalBasis: z.array(text(300)).min(1).max(20),
          reasons: text(50_000),
          language: z.enum(['nb', 'nn']),
        })
        .strict(),
      z.object({ decisionId: z.number(), outcome: z.string() }),
      (id, input, actor) => draftDecision(context(), actor, id, input),
    );
  };
