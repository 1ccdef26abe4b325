/**
 * Intake: the public complaint form's API (provider search, submit), the status page behind a secret link,
 * providers' notifications by API key, and the staff's view of what triage found. Submits are rate limited
 * per IP (TILSYN_SUBMIT_RATE_LIMIT a minute, default 10) and take an Idempotency-Key, so a browser that lost
 * the answer can send again and get the same receipt.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { Action } from '../../access/policy-table.ts';
import type { UseCaseContext } from '../../cases/context.ts';
import { getCaseIntake } from '../../intake/get-intake.ts';
import { getStatus, getStatusLetter } from '../../intake/get-status.ts';
import { searchProviders } from '../../intake/search-providers.ts';
import { ComplaintInput, submitComplaint } from '../../intake/submit-complaint.ts';
import {
  NotificationInput,
  NotificationReceipt,
  submitNotification,
} from '../../intake/submit-notification.ts';
import { requestLanguage } from '../language.ts';

export interface IntakeRouteOptions {
  /** Submits per IP per minute. */
  submitRateLimit: number;
}

const IdempotencyHeaders = z
  .object({
    'idempotency-key': z
      .string()
      .min(8)
      .max(200)
      .describe('A key you make per submission (a UUID); send the same key again to retry safely'),
  })
  .passthrough();

const Receipt = z.object({
  caseId: z.number(),
  caseNumber: z.string(),
  statusSecret: z.string(),
  statusUrl: z.string(),
  officeCode: z.string(),
  joinedExistingCase: z.boolean(),
});

const SecretParams = z.object({ secret: z.string().min(1).max(100) });

/** Attachments arrive base64 in the JSON body: 5 files of 5 MB, 10 MB together, as base64 plus the form. */
const COMPLAINT_BODY_LIMIT = 15 * 1024 * 1024;

export const intakeRoutes =
  (context: () => UseCaseContext, options: IntakeRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['intake'];
    const guard = (method: string, url: string, action: Action) => registerRoutePolicy(method, url, action);
    const rateLimit = { rateLimit: { max: options.submitRateLimit, timeWindow: '1 minute' } };

    guard('GET', '/api/intake/providers', 'reference.read');
    app.get(
      '/api/intake/providers',
      {
        schema: {
          tags,
          security: [],
          summary: 'Search providers by name or municipality (for the complaint form)',
          querystring: z.object({ q: z.string().trim().min(2).max(100) }).strict(),
          response: {
            200: z.array(
              z.object({
                id: z.number(),
                name: z.string(),
                orgNumber: z.string(),
                serviceType: z.string(),
                municipalityNumber: z.string(),
                municipalityName: z.string(),
              }),
            ),
          },
        },
      },
      async (request) => searchProviders(context().db, request.query.q),
    );

    guard('GET', '/api/intake/service-types', 'reference.read');
    app.get(
      '/api/intake/service-types',
      {
        schema: {
          tags,
          security: [],
          summary: 'The services a complaint can be about, with their names in bokmål, nynorsk and English',
          response: {
            200: z.array(
              z.object({
                code: z.string(),
                sector: z.string(),
                nb: z.string(),
                nn: z.string(),
                en: z.string(),
              }),
            ),
          },
        },
      },
      async () => {
        const rows = await context()
          .db.selectFrom('service_types')
          .select(['code', 'sector_code', 'name_nb', 'name_nn', 'name_en'])
          .orderBy('code')
          .execute();
        return rows.map((r) => ({
          code: r.code,
          sector: r.sector_code,
          nb: r.name_nb,
          nn: r.name_nn,
          en: r.name_en,
        }));
      },
    );

    guard('POST', '/api/intake/complaints', 'complaint.submit');
    app.post(
      '/api/intake/complaints',
      {
        bodyLimit: COMPLAINT_BODY_LIMIT,
        config: rateLimit,
        schema: {
          tags,
          security: [],
          summary:
            'Submit a complaint (no sign-in): routed, triaged and answered with a receipt holding a secret status link. ' +
            '201 when created, 200 with the same receipt when the Idempotency-Key was used before with the same body, 409 with another body',
          headers: IdempotencyHeaders,
          body: ComplaintInput,
          response: { 200: Receipt, 201: Receipt },
        },
      },
      async (request, reply) => {
        const result = await submitComplaint(
          context(),
          request.actor,
          request.body,
          request.headers['idempotency-key'],
        );
        return reply.code(result.replayed ? 200 : 201).send(result.body);
      },
    );

    guard('GET', '/api/status/:secret', 'status.read_by_link');
    app.get(
      '/api/status/:secret',
      {
        schema: {
          tags,
          security: [],
          summary:
            'The status of a case by its secret link: where it is, what happens next, the expected processing time at this office, and the letters',
          params: SecretParams,
          response: {
            200: z.object({
              caseNumber: z.string(),
              state: z.string(),
              where: z.string(),
              nextStep: z.string(),
              receivedOn: z.string(),
              office: z.string(),
              expectedProcessing: z.object({
                basedOnCases: z.number(),
                medianDays: z.number().nullable(),
                p10Days: z.number().nullable(),
                p90Days: z.number().nullable(),
                text: z.string(),
              }),
              letters: z.array(
                z.object({
                  id: z.number(),
                  title: z.string(),
                  kind: z.string(),
                  datedOn: z.string(),
                  url: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
        return getStatus(context(), request.params.secret, requestLanguage(request));
      },
    );

    guard('GET', '/api/status/:secret/letters/:id', 'status.read_by_link');
    app.get(
      '/api/status/:secret/letters/:id',
      {
        schema: {
          tags,
          security: [],
          summary: 'A letter of the case as PDF, by the secret status link',
          params: SecretParams.extend({ id: z.coerce.number().int().positive() }),
        },
      },
      async (request, reply) => {
        const letter = await getStatusLetter(context(), request.params.secret, request.params.id);
        return reply
          .type('application/pdf')
          .header('cache-control', 'no-store')
          .header('content-disposition', `inline; filename="${letter.fileName}"`)
          .send(letter.pdf);
      },
    );

    guard('POST', '/api/provider/notifications', 'notification.submit');
    app.post(
      '/api/provider/notifications',
      {
        config: rateLimit,
        schema: {
          tags,
          summary:
            'A provider notifies a serious incident (spesialisthelsetjenesteloven § 3-3 a, to the national body) or sends another statutory report. ' +
            'Authenticate with `Authorization: Bearer <API key>` (`tilsyn api-key create --provider <orgnr>`). ' +
            '201 when created, 200 with the same receipt for a repeated Idempotency-Key and body, 409 for the same key with another body',
          headers: IdempotencyHeaders,
          body: NotificationInput,
          response: { 200: NotificationReceipt, 201: NotificationReceipt },
        },
      },
      async (request, reply) => {
        const result = await submitNotification(
          context(),
          request.actor,
          request.body,
          request.headers['idempotency-key'],
        );
        return reply.code(result.replayed ? 200 : 201).send(result.body);
      },
    );

    guard('GET', '/api/cases/:id/intake', 'case.triage');
    app.get(
      '/api/cases/:id/intake',
      {
        schema: {
          tags: ['cases'],
          summary:
            'What triage found when the case came in: urgency flags with trigger words, the classifier suggestion with top words and confidence, related cases',
          params: z.object({ id: z.coerce.number().int().positive() }),
        },
      },
      async (request) => getCaseIntake(context(), request.actor, request.params.id),
    );
  };
