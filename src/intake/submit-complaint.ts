/**
 * A citizen submits a complaint (a request to assess a possible breach of duty, pbrl. §§ 7-4, 7-4 a) on the
 * public form. One short transaction: claim the idempotency key, route to the office, find related cases,
 * write the case with its parties, attachments, triage findings and a status link. The receipt carries a
 * secret status link; a retry with the same key gets the same receipt (see status-link.ts for how the
 * secret is given again without being stored).
 */
import { z } from 'zod';
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import type { UseCaseContext } from '../cases/context.ts';
import { CaseError, INVALID_REQUEST, refusal, type Texts } from '../cases/errors.ts';
import { onceForKey, requestHash } from '../cases/idempotency.ts';
import { followRisk, insertCase, type PartyInput } from '../cases/open-case.ts';
import { addDocumentRow, appendEvent } from '../cases/repository.ts';
import { validateNationalId } from '../domain/identifiers/index.ts';
import { AttachmentInput, checkAttachments, MAX_FILES, type CheckedAttachment } from './attachments.ts';
import { classifierFor } from './classifier-cache.ts';
import { insertAttachments, insertTriage } from './repository.ts';
import { deriveStatusSecret, statusUrl, storeStatusLink } from './status-link.ts';
import {
  classifySubmission,
  duplicateOf,
  findRelatedCases,
  officeFor,
  type ClassificationRecord,
  type RelatedCase,
} from './triage.ts';
import { detectUrgency, type UrgencyFinding } from './urgency.ts';

const name = z.string().trim().min(1).max(100);

export const SUBMITTER_ROLES = ['patient', 'next_of_kin', 'on_behalf_of_child', 'professional'] as const;

export const ComplaintInput = z
  .object({
    /** Who is complaining: the patient or user, next of kin, someone on behalf of a child, a professional. */
    submitterRole: z.enum(SUBMITTER_ROLES),
    complainant: z
      .object({
        givenName: name,
        familyName: name,
        nationalId: z.string().trim(),
        email: z.email().max(200).optional(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ]{8,15}$/)
          .optional(),
      })
      .strict(),
    /** The person it is about, when that is not the complainant (the patient, the child). */
    subject: z
      .object({ givenName: name, familyName: name, nationalId: z.string().trim().optional() })
      .strict()
      .optional(),
    serviceType: z.string().min(1).max(60).optional(),
    providerId: z.number().int().positive().optional(),
    /** The provider in the complainant's words, when it was not found in the search. */
    providerText: z.string().trim().min(1).max(300).optional(),
    municipalityNumber: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
    whatHappened: z.string().trim().min(20).max(20_000),
    happenedOn: z.iso.date().optional(),
    /** When, in the complainant's words, if no exact date ("vinteren 2025"). */
    happenedWhen: z.string().trim().min(1).max(200).optional(),
    desiredOutcome: z.string().trim().min(5).max(5_000),
    /** The complaint may be shared with the provider for a statement (needed to investigate). */
    consent: z.boolean(),
    contactPreference: z.enum(['email', 'letter', 'phone']),
    language: z.enum(['nb', 'nn', 'en']).default('nb'),
    attachments: z.array(AttachmentInput).max(MAX_FILES).default([]),
  })
  .strict();
export type ComplaintInput = z.infer<typeof ComplaintInput>;

export interface Receipt {
  caseId: number;
  caseNumber: string;
  statusSecret: string;
  statusUrl: string;
  officeCode: string;
  /** True when the submission joined an existing case of the same person instead of opening a new one. */
  joinedExistingCase: boolean;
}

/** What the idempotency record keeps: the receipt without its secret. */
type StoredReceipt = Omit<Receipt, 'statusSecret' | 'statusUrl'>;

const SCOPE = 'intake.complaint';
const problem = (field: string, code: string, texts: Texts) => ({ field, code, texts });

export async function submitComplaint(
  ctx: UseCaseContext,
  actor: Actor,
  input: ComplaintInput,
  idempotencyKey: string,
): Promise<{ replayed: boolean; body: Receipt }> {
  const allowed = decide(actor, 'complaint.submit');
  if (!allowed.allowed) throw refusal(allowed);

  // Everything that needs no database is checked first: a bad request never opens a transaction.
  const problems = checkShape(input);
  const { files, problems: fileProblems } = await checkAttachments(input.attachments);
  problems.push(...fileProblems);
  if (problems.length > 0) throw new CaseError(400, 'validation_failed', INVALID_REQUEST, problems);

  const hash = requestHash(input);
  const title = complaintTitle(input);
  const narrative = complaintNarrative(input);
  const urgency = detectUrgency(`${input.whatHappened}\n${input.desiredOutcome}`);
  const classification = classifySubmission(await classifierFor(ctx.db), title, input.whatHappened);

  const answer = await ctx.db.transaction().execute((trx) =>
    onceForKey<StoredReceipt>(trx, SCOPE, idempotencyKey, hash, async () => {
      const provider = input.providerId
        ? await trx
            .selectFrom('providers')
            .select(['id', 'municipality_number', 'service_type'])
            .where('id', '=', input.providerId)
            .executeTakeFirst()
        : undefined;
      const errors = [];
      if (input.providerId && !provider)
        errors.push(
          problem('providerId', 'unknown_provider', {
            nb: 'Finner ikke virksomheten. Søk på nytt, eller skriv navnet selv.',
            nn: 'Finn ikkje verksemda. Søk på nytt, eller skriv namnet sjølv.',
            en: 'Provider not found. Search again, or write its name yourself.',
          }),
        );
      const municipalityNumber = provider?.municipality_number ?? input.municipalityNumber;
      const municipality = municipalityNumber
        ? await trx
            .selectFrom('municipalities')
            .select(['number', 'office_code'])
            .where('number', '=', municipalityNumber)
            .executeTakeFirst()
        : undefined;
      if (municipalityNumber && !municipality)
        errors.push(
          problem('municipalityNumber', 'unknown_municipality', {
            nb: 'Velg en kommune fra listen.',
            nn: 'Vel ein kommune frå lista.',
            en: 'Choose a municipality from the list.',
          }),
        );
      if (input.serviceType) {
        const known = await trx
          .selectFrom('service_types')
          .select('code')
          .where('code', '=', input.serviceType)
          .executeTakeFirst();
        if (!known)
          errors.push(
            problem('serviceType', 'unknown_service_type', {
              nb: 'Velg en tjeneste fra listen.',
              nn: 'Vel ei teneste frå lista.',
              en: 'Choose a service from the list.',
            }),
          );
      }
      const officeCode = officeFor('incident_supervision', municipality?.office_code);
      if (!officeCode && errors.length === 0)
        errors.push(
          problem('municipalityNumber', 'required', {
            nb: 'Velg virksomheten, eller kommunen der det skjedde, så klagen kommer til riktig statsforvalter.',
            nn: 'Vel verksemda, eller kommunen der det skjedde, så klaga kjem til rett statsforvaltar.',
            en: 'Choose the provider, or the municipality where it happened, so the complaint reaches the right office.',
          }),
        );
      if (errors.length > 0) throw new CaseError(400, 'validation_failed', INVALID_REQUEST, errors);
      const today = ctx.today();
      const nationalIds = [input.complainant.nationalId, input.subject?.nationalId].filter(
        (x): x is string => !!x,
      );
      const related = await findRelatedCases(trx, {
        providerId: provider?.id ?? null,
        nationalIds,
        narrative,
        today,
      });
      const repeated = duplicateOf(related);
      if (repeated) {
        await joinExistingCase(trx, repeated, input, files, urgency, title, narrative, today);
        // The receipt's link opens the case the submission joined.
        await storeStatusLink(trx, repeated.caseId, deriveStatusSecret(SCOPE, idempotencyKey, hash));
        return {
          statusCode: 201,
          body: {
            caseId: repeated.caseId,
            caseNumber: repeated.caseNumber,
            officeCode: repeated.officeCode,
            joinedExistingCase: true,
          },
        };
      }
      const confident = classification.route === 'suggest';
      const serviceType =
        input.serviceType ??
        provider?.service_type ??
        (confident ? (classification.serviceType?.label ?? null) : null);
      const created = await insertCase(trx, actor, {
        caseType: 'incident_supervision',
        officeCode: officeCode as string,
        providerId: provider?.id ?? null,
        professionalId: null,
        municipalityNumber: municipality?.number ?? null,
        serviceType,
        themes: confident ? classification.themes.map((t) => t.label) : [],
        urgency: urgency.map((u) => u.flag),
        channel: 'web',
        receivedOn: today,
        title,
        narrative,
        language: input.language,
        confidential: false,
        parties: parties(input),
        eventActorKind: 'citizen',
        eventData: { channel: 'web', urgency: urgency.map((u) => u.flag), humanTriage: !confident },
        alsoWrite: async ({ id, documentId }) => {
          await insertAttachments(trx, id, documentId, files);
          await insertTriage(trx, id, {
            source: 'citizen_form',
            submitterRole: input.submitterRole,
            urgency,
            classification,
            related,
            details: details(input),
          });
          await storeStatusLink(trx, id, deriveStatusSecret(SCOPE, idempotencyKey, hash));
        },
      });
      return {
        statusCode: 201,
        body: {
          caseId: created.id,
          caseNumber: created.caseNumber,
          officeCode: officeCode as string,
          joinedExistingCase: false,
        },
      };
    }),
  );
  if (!answer.replayed && !answer.body.joinedExistingCase) void followRisk(ctx, answer.body.caseId);
  const secret = deriveStatusSecret(SCOPE, idempotencyKey, hash);
  return {
    replayed: answer.replayed,
    body: { ...answer.body, statusSecret: secret, statusUrl: statusUrl(secret) },
  };
}

/** The same person wrote nearly the same again about an open case: it joins that case as a new document. */
async function joinExistingCase(
  trx: Parameters<typeof insertAttachments>[0],
  existing: RelatedCase,
  input: ComplaintInput,
  files: CheckedAttachment[],
  urgency: UrgencyFinding[],
  title: string,
  narrative: string,
  today: string,
): Promise<void> {
  await trx.selectFrom('cases').select('id').where('id', '=', existing.caseId).forUpdate().execute();
  const document = await addDocumentRow(trx, existing.caseId, {
    direction: 'inbound',
    kind: 'complaint_supplement',
    title,
    language: input.language,
    datedOn: today,
    authorId: null,
    body: narrative,
  });
  await insertAttachments(trx, existing.caseId, document.id, files);
  await appendEvent(trx, existing.caseId, {
    kind: 'supplement_received',
    actorKind: 'citizen',
    actorId: null,
    fromState: null,
    toState: null,
    reason: null,
    data: {
      documentId: document.id,
      urgency: urgency.map((u) => u.flag),
      nearDuplicate: existing.similarity,
    },
  });
}

function checkShape(input: ComplaintInput) {
  const problems = [];
  const id = validateNationalId(input.complainant.nationalId);
  if (!id.ok) {
    const e = id.errors[0]!;
    problems.push(problem('complainant.nationalId', e.code, e.message));
  }
  if (input.subject?.nationalId) {
    const s = validateNationalId(input.subject.nationalId);
    if (!s.ok) problems.push(problem('subject.nationalId', s.errors[0]!.code, s.errors[0]!.message));
  }
  if (!input.consent)
    problems.push(
      problem('consent', 'consent_required', {
        nb: 'Vi trenger samtykket ditt for å kunne be virksomheten om en forklaring.',
        nn: 'Vi treng samtykket ditt for å kunne be verksemda om ei forklaring.',
        en: 'We need your consent to ask the provider for an explanation.',
      }),
    );
  if (input.contactPreference === 'email' && !input.complainant.email)
    problems.push(
      problem('complainant.email', 'required', {
        nb: 'Skriv e-postadressen din, siden du vil bli kontaktet på e-post.',
        nn: 'Skriv e-postadressa di, sidan du vil bli kontakta på e-post.',
        en: 'Write your e-mail address, since you want to be contacted by e-mail.',
      }),
    );
  if (input.contactPreference === 'phone' && !input.complainant.phone)
    problems.push(
      problem('complainant.phone', 'required', {
        nb: 'Skriv telefonnummeret ditt, siden du vil bli kontaktet på telefon.',
        nn: 'Skriv telefonnummeret ditt, sidan du vil bli kontakta på telefon.',
        en: 'Write your phone number, since you want to be contacted by phone.',
      }),
    );
  if (!input.providerId && !input.providerText && !input.municipalityNumber)
    problems.push(
      problem('providerText', 'required', {
        nb: 'Velg virksomheten fra søket, eller skriv navnet og velg kommunen.',
        nn: 'Vel verksemda frå søket, eller skriv namnet og vel kommunen.',
        en: 'Choose the provider from the search, or write its name and choose the municipality.',
      }),
    );
  if (!input.providerId && input.providerText && !input.municipalityNumber)
    problems.push(
      problem('municipalityNumber', 'required', {
        nb: 'Velg kommunen der virksomheten ligger.',
        nn: 'Vel kommunen der verksemda ligg.',
        en: 'Choose the municipality where the provider is.',
      }),
    );
  return problems;
}

const ROLE_OF_COMPLAINANT = {
  patient: 'patient',
  next_of_kin: 'next_of_kin',
  on_behalf_of_child: 'parent',
  professional: 'notifier',
} as const;

function parties(input: ComplaintInput) {
  const lang = input.language;
  const list: z.infer<typeof PartyInput>[] = [
    {
      role: ROLE_OF_COMPLAINANT[input.submitterRole],
      nationalId: input.complainant.nationalId,
      givenName: input.complainant.givenName,
      familyName: input.complainant.familyName,
      ...(input.complainant.email ? { email: input.complainant.email } : {}),
      preferredLanguage: lang,
    },
  ];
  if (input.subject?.nationalId && input.subject.nationalId !== input.complainant.nationalId)
    list.push({
      role: input.submitterRole === 'on_behalf_of_child' ? 'child' : 'patient',
      nationalId: input.subject.nationalId,
      givenName: input.subject.givenName,
      familyName: input.subject.familyName,
      preferredLanguage: lang,
    });
  return list;
}

function complaintTitle(input: ComplaintInput): string {
  const first = input.whatHappened.split(/(?<=[.!?])\s/)[0] ?? input.whatHappened;
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
}

/** The narrative as the case keeps it: what happened, and (if given) when. */
function complaintNarrative(input: ComplaintInput): string {
  return input.whatHappened;
}

function details(input: ComplaintInput): Record<string, unknown> {
  return {
    providerText: input.providerText ?? null,
    happenedOn: input.happenedOn ?? null,
    happenedWhen: input.happenedWhen ?? null,
    desiredOutcome: input.desiredOutcome,
    consent: input.consent,
    contactPreference: input.contactPreference,
    phone: input.complainant.phone ?? null,
    subjectName: input.subject ? `${input.subject.givenName} ${input.subject.familyName}` : null,
    attachments: input.attachments.length,
  };
}

export type { ClassificationRecord };
