/**
 * A provider's machine client sends a notification: a serious-incident notice under
 * spesialisthelsetjenesteloven § 3-3 a (to the national body, HT), or another statutory report (to the
 * office of the municipality where the unit is). Idempotent per client and Idempotency-Key: the same key and
 * body give the same receipt; the same key with another body is a 409.
 */
import { z } from 'zod';
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import type { UseCaseContext } from '../cases/context.ts';
import { CaseError, INVALID_REQUEST, refusal } from '../cases/errors.ts';
import { onceForKey, requestHash } from '../cases/idempotency.ts';
import { followRisk, insertCase } from '../cases/open-case.ts';
import type { CaseType } from '../db/schema.ts';
import { classifierFor } from './classifier-cache.ts';
import { insertTriage } from './repository.ts';
import { classifySubmission, findRelatedCases, officeFor } from './triage.ts';
import { detectUrgency } from './urgency.ts';

export const NotificationInput = z
  .object({
    /** `serious_incident`: § 3-3 a notice of death or serious harm; `other_statutory`: another report. */
    kind: z.enum(['serious_incident', 'other_statutory']),
    /** The unit where it happened: the key's own organisation or one of its sub-units (default: its own). */
    unitOrgNumber: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    occurredOn: z.iso.date(),
    consequence: z.enum(['death', 'serious_harm', 'risk_of_serious_harm', 'other']),
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().min(20).max(20_000),
    immediateMeasures: z.string().trim().min(1).max(5_000).optional(),
    contact: z
      .object({
        name: z.string().trim().min(1).max(200),
        email: z.email().max(200),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ]{8,15}$/)
          .optional(),
      })
      .strict(),
    language: z.enum(['nb', 'nn']).default('nb'),
  })
  .strict();
export type NotificationInput = z.infer<typeof NotificationInput>;

export const NotificationReceipt = z.object({
  caseId: z.number(),
  caseNumber: z.string(),
  officeCode: z.string(),
  caseType: z.string(),
  receivedOn: z.string(),
  urgency: z.array(z.string()),
});
export type NotificationReceipt = z.infer<typeof NotificationReceipt>;

export async function submitNotification(
  ctx: UseCaseContext,
  actor: Actor,
  input: NotificationInput,
  idempotencyKey: string,
): Promise<{ replayed: boolean; body: NotificationReceipt }> {
  const allowed = decide(actor, 'notification.submit');
  if (!allowed.allowed || actor.kind !== 'provider') throw refusal(allowed);
  const today = ctx.today();
  if (input.occurredOn > today)
    throw new CaseError(400, 'validation_failed', INVALID_REQUEST, [
      {
        field: 'occurredOn',
        code: 'in_future',
        texts: {
          nb: 'Datoen kan ikke være etter i dag.',
          nn: 'Datoen kan ikkje vere etter i dag.',
          en: 'The date cannot be after today.',
        },
      },
    ]);
  const hash = requestHash(input);
  const urgency = detectUrgency(`${input.title}\n${input.description}`);
  const classification = classifySubmission(await classifierFor(ctx.db), input.title, input.description);

  const answer = await ctx.db.transaction().execute((trx) =>
    onceForKey<NotificationReceipt>(
      trx,
      `provider.notification:${actor.providerId}`,
      idempotencyKey,
      hash,
      async () => {
        const unit = await trx
          .selectFrom('providers')
          .select(['id', 'municipality_number', 'service_type', 'parent_id'])
          .$if(!!input.unitOrgNumber, (q) => q.where('org_number', '=', input.unitOrgNumber as string))
          .$if(!input.unitOrgNumber, (q) => q.where('id', '=', actor.providerId))
          .executeTakeFirst();
        if (!unit || (unit.id !== actor.providerId && unit.parent_id !== actor.providerId))
          throw new CaseError(400, 'validation_failed', INVALID_REQUEST, [
            {
              field: 'unitOrgNumber',
              code: 'not_own_unit',
              texts: {
                nb: 'Organisasjonsnummeret er ikke virksomheten selv eller en av dens enheter.',
                nn: 'Organisasjonsnummeret er ikkje verksemda sjølv eller ei av einingane hennar.',
                en: 'The organisation number is neither the provider itself nor one of its units.',
              },
            },
          ]);
        const municipality = await trx
          .selectFrom('municipalities')
          .select('office_code')
          .where('number', '=', unit.municipality_number)
          .executeTakeFirstOrThrow();
        const caseType: CaseType =
          input.kind === 'serious_incident' ? 'serious_incident_notice' : 'incident_supervision';
        const officeCode = officeFor(caseType, municipality.office_code) as string;
        const related = await findRelatedCases(trx, {
          providerId: unit.id,
          nationalIds: [],
          narrative: input.description,
          today,
        });
        const confident = classification.route === 'suggest';
        const flags = urgency.map((u) => u.flag);
        if (input.consequence === 'death' && !flags.includes('death')) flags.unshift('death');
        const created = await insertCase(trx, actor, {
          caseType,
          officeCode,
          providerId: unit.id,
          professionalId: null,
          municipalityNumber: unit.municipality_number,
          serviceType: unit.service_type,
          themes: confident ? classification.themes.map((t) => t.label) : [],
          urgency: flags,
          channel: 'api',
          receivedOn: today,
          title: input.title,
          narrative: input.description,
          language: input.language,
          confidential: false,
          parties: [],
          eventData: { channel: 'api', kind: input.kind, consequence: input.consequence },
          alsoWrite: async ({ id }) => {
            await insertTriage(trx, id, {
              source: 'provider_api',
              submitterRole: 'provider',
              urgency,
              classification,
              related,
              details: {
                kind: input.kind,
                occurredOn: input.occurredOn,
                consequence: input.consequence,
                immediateMeasures: input.immediateMeasures ?? null,
                contact: input.contact,
              },
            });
          },
        });
        return {
          statusCode: 201,
          body: {
            caseId: created.id,
            caseNumber: created.caseNumber,
            officeCode,
            caseType,
            receivedOn: today,
            urgency: flags,
          },
        };
      },
    ),
  );
  if (!answer.replayed) void followRisk(ctx, answer.body.caseId);
  return { replayed: answer.replayed, body: answer.body };
}
