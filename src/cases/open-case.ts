/**
 * Opens a case: numbers it, routes it to the office of the municipality where it happened (or to the
 * national body for its national case types), records the parties and the first event. Idempotent per key.
 * After the commit, the new case moves the risk engine's CUSUM charts of its provider and areas (see
 * `followRisk`).
 */
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../access/actors.ts';
import { appendAudit } from '../access/audit.ts';
import { decide } from '../access/policies.ts';
import { NATIONAL_OFFICE } from '../db/reference.ts';
import type { Database } from '../db/schema.ts';
import { CASE_TYPE_DEFINITIONS, CASE_TYPES } from '../domain/cases/case-types.ts';
import { STATE_MACHINES } from '../domain/cases/state-machines.ts';
import { validateNationalId } from '../domain/identifiers/index.ts';
import { updateRiskForCase } from '../risk/incremental.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { CaseError, INVALID_REQUEST, type Texts } from './errors.ts';
import { onceForKey, requestHash } from './idempotency.ts';
import { addDocumentRow, appendEvent, nextCaseNumber } from './repository.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PartyInput = z.object({
  role: z.enum(['complainant', 'patient', 'next_of_kin', 'representative', 'child', 'parent', 'notifier']),
  nationalId: z.string().regex(/^\d{11}$/),
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.email().max(200).optional(),
  preferredLanguage: z.enum(['nb', 'nn', 'en']).default('nb'),
});

export const OpenCaseInput = z
  .object({
    caseType: z.enum(CASE_TYPES),
    providerId: z.number().int().positive().optional(),
    professionalId: z.number().int().positive().optional(),
    municipalityNumber: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
    serviceType: z.string().min(1).max(60).optional(),
    themes: z.array(z.string().min(1).max(60)).max(5).default([]),
    urgency: z.array(z.string().min(1).max(40)).max(6).default([]),
    channel: z.enum(['web', 'letter', 'email', 'api', 'own_initiative', 'transfer']),
    receivedOn: isoDate.optional(),
    title: z.string().trim().min(3).max(200),
    narrative: z.string().trim().min(10).max(20_000),
    language: z.enum(['nb', 'nn', 'en']).default('nb'),
    confidential: z.boolean().default(false),
    parties: z.array(PartyInput).max(10).default([]),
  })
  .strict();
export type OpenCaseInput = z.infer<typeof OpenCaseInput>;

export interface OpenedCase {
  id: number;
  caseNumber: string;
  officeCode: string;
  state: string;
}

const field = (name: string, code: string, texts: Texts) => ({ field: name, code, texts });

export async function openCase(
  ctx: UseCaseContext,
  actor: Actor,
  input: OpenCaseInput,
  idempotencyKey: string,
): Promise<{ replayed: boolean; body: OpenedCase }> {
  const opened = await ctx.db.transaction().execute(async (trx) => {
    const answer = await onceForKey(trx, 'case.open', idempotencyKey, requestHash(input), async () => {
      // Facts that decide the office come from the register, never from the request.
      const provider = input.providerId
        ? await trx
            .selectFrom('providers')
            .select(['id', 'municipality_number', 'service_type'])
            .where('id', '=', input.providerId)
            .executeTakeFirst()
        : undefined;
      const errors = [];
      if (input.providerId && !provider) {
        errors.push(
          field('providerId', 'unknown_provider', {
            nb: 'Finner ikke virksomheten.',
            nn: 'Finn ikkje verksemda.',
            en: 'No such provider.',
          }),
        );
      }
      const municipalityNumber = input.municipalityNumber ?? provider?.municipality_number;
      const municipality = municipalityNumber
        ? await trx
            .selectFrom('municipalities')
            .select(['number', 'office_code'])
            .where('number', '=', municipalityNumber)
            .executeTakeFirst()
        : undefined;
      if (municipalityNumber && !municipality) {
        errors.push(
          field('municipalityNumber', 'unknown_municipality', {
            nb: `Kommunenummeret ${municipalityNumber} finnes ikke.`,
            nn: `Kommunenummeret ${municipalityNumber} finst ikkje.`,
            en: `Municipality number ${municipalityNumber} does not exist.`,
          }),
        );
      }
      input.parties.forEach((p, i) => {
        const result = validateNationalId(p.nationalId);
        if (!result.ok) {
          const e = result.errors[0];
          errors.push(field(`parties.${i}.nationalId`, e.code, e.message));
        }
      });
      const definition = CASE_TYPE_DEFINITIONS[input.caseType];
      const officeCode = definition.national ? NATIONAL_OFFICE : municipality?.office_code;
      if (!officeCode && errors.length === 0) {
        errors.push(
          field('municipalityNumber', 'required', {
            nb: 'Oppgi kommune eller virksomhet, så saken kan gå til riktig embete.',
            nn: 'Oppgi kommune eller verksemd, så saka kan gå til rett embete.',
            en: 'Give a municipality or a provider so the case reaches the right office.',
          }),
        );
      }
      if (errors.length > 0) throw new CaseError(400, 'validation_failed', INVALID_REQUEST, errors);

      const decision = decide(actor, 'case.open', { officeCode: officeCode as string });
      if (!decision.allowed)
        throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);

      const receivedOn = input.receivedOn ?? ctx.today();
      const service = input.serviceType ?? provider?.service_type ?? null;
      const created = await insertCase(trx, actor, {
        caseType: input.caseType,
        officeCode: officeCode as string,
        providerId: provider?.id ?? null,
        professionalId: input.professionalId ?? null,
        municipalityNumber: municipalityNumber ?? null,
        serviceType: service,
        themes: input.themes,
        urgency: input.urgency,
        channel: input.channel,
        receivedOn,
        title: input.title,
        narrative: input.narrative,
        language: input.language,
        confidential: input.confidential,
        parties: input.parties,
      });
      const { caseNumber, state: initial } = created;
      return {
        statusCode: 201,
        body: { id: created.id, caseNumber, officeCode: officeCode as string, state: initial },
      };
    });
    return { replayed: answer.replayed, body: answer.body };
  });
  if (!opened.replayed) await followRisk(ctx, opened.body.id);
  return opened;
}

/** What a new case is, once its office and provider are settled (from the register, never the request). */
export interface NewCase {
  caseType: OpenCaseInput['caseType'];
  officeCode: string;
  providerId: number | null;
  professionalId: number | null;
  municipalityNumber: string | null;
  serviceType: string | null;
  themes: string[];
  urgency: string[];
  channel: OpenCaseInput['channel'];
  receivedOn: string;
  title: string;
  narrative: string;
  language: 'nb' | 'nn' | 'en';
  confidential: boolean;
  parties: z.infer<typeof PartyInput>[];
  /** The case's event data (default: the channel). */
  eventData?: Record<string, unknown>;
  /** Who the first event names when the actor is not signed in (a citizen using the public form). */
  eventActorKind?: 'citizen' | 'provider';
  /** The caller's own writes for the new case, done before the audit entry (which holds the chain lock). */
  alsoWrite?: (created: { id: number; documentId: number; personIds: number[] }) => Promise<void>;
}

/**
 * Writes a new case inside the caller's transaction: its number, the row, the parties, the first document
 * (the complaint or notification as received), the first event and the audit entry. The caller has checked
 * the policy and settled the office. Shared by staff opening a case and by public intake.
 */
export async function insertCase(
  trx: Transaction<Database>,
  actor: Actor,
  input: NewCase,
): Promise<{ id: number; caseNumber: string; state: string; documentId: number; personIds: number[] }> {
  const personIds: number[] = [];
  const caseNumber = await nextCaseNumber(trx, Number(input.receivedOn.slice(0, 4)));
  const service = input.serviceType;
  const sector = service
    ? ((
        await trx
          .selectFrom('service_types')
          .select('sector_code')
          .where('code', '=', service)
          .executeTakeFirst()
      )?.sector_code ?? 'health')
    : 'health';
  const initial = STATE_MACHINES[input.caseType].initial;
  const created = await trx
    .insertInto('cases')
    .values({
      case_number: caseNumber,
      case_type: input.caseType,
      sector,
      office_code: input.officeCode,
      provider_id: input.providerId,
      professional_id: input.professionalId,
      municipality_number: input.municipalityNumber,
      service_type: service,
      themes: input.themes,
      urgency: input.urgency,
      state: initial,
      outcome: null,
      channel: input.channel,
      received_on: input.receivedOn,
      decided_on: null,
      closed_on: null,
      title: input.title,
      narrative: input.narrative,
      language: input.language,
      confidential: input.confidential,
      assigned_to: null,
      parent_case_id: null,
      campaign: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  for (const p of input.parties) {
    const id = validateNationalId(p.nationalId);
    const person = await trx
      .insertInto('persons')
      .values({
        national_id: p.nationalId,
        id_kind: id.ok ? id.kind : 'fnr',
        synthetic: id.ok ? id.synthetic : false,
        given_name: p.givenName,
        family_name: p.familyName,
        email: p.email ?? null,
        phone: null,
        preferred_language: p.preferredLanguage,
        municipality_number: input.municipalityNumber,
      })
      .onConflict((oc) =>
        oc
          .column('national_id')
          .doUpdateSet({ email: (eb) => eb.fn.coalesce('excluded.email', 'persons.email') }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    personIds.push(person.id);
    await trx
      .insertInto('case_parties')
      .values({
        case_id: created.id,
        person_id: person.id,
        role: p.role,
        preferred_language: p.preferredLanguage,
      })
      .execute();
  }
  const document = await addDocumentRow(trx, created.id, {
    direction: input.channel === 'own_initiative' ? 'internal' : 'inbound',
    kind:
      input.caseType === 'serious_incident_notice'
        ? 'notification'
        : input.caseType === 'rights_appeal'
          ? 'appeal'
          : 'complaint',
    title: input.title,
    language: input.language,
    datedOn: input.receivedOn,
    authorId: null,
    body: input.narrative,
  });
  await appendEvent(trx, created.id, {
    kind: 'received',
    ...(input.eventActorKind ? { actorKind: input.eventActorKind, actorId: null } : eventActor(actor)),
    fromState: null,
    toState: initial,
    reason: null,
    data: input.eventData ?? { channel: input.channel },
  });
  await input.alsoWrite?.({ id: created.id, documentId: document.id, personIds });
  await appendAudit(trx, {
    actor,
    action: 'case.open',
    caseId: created.id,
    details: { caseType: input.caseType, officeCode: input.officeCode },
  });
  return { id: created.id, caseNumber, state: initial, documentId: document.id, personIds };
}

/** Longest the risk update may hold up opening a case (a row lock waited on, a slow statement). */
const RISK_UPDATE_TIMEOUT_MS = 25;

/**
 * The incremental risk update runs right after the case is committed, in a transaction of its own: a case is
 * opened whatever happens to the advisory risk signals. On failure or timeout the update is dropped (nothing
 * is half-written); the next full recompute counts the case from the cases table anyway.
 */
export async function followRisk(ctx: UseCaseContext, caseId: number): Promise<void> {
  try {
    await updateRiskForCase(ctx.db, caseId, { timeoutMs: RISK_UPDATE_TIMEOUT_MS });
  } catch (error) {
    console.warn(`risk: incremental update skipped for case ${caseId}: ${(error as Error).message}`);
  }
}
