/**
 * What a caller must give to make a letter: one zod schema, reused by the HTTP layer for validation, types and
 * OpenAPI. Checks that would otherwise surface as a wrong letter — a deadline before the letter is dated, an
 * appeal paragraph on a conclusion that cannot be appealed, a national id number in free text — are refused
 * here with a field-level message (nb/nn/en in `params`, which the HTTP error handler reads).
 */
import { z } from 'zod';
import { addDays, compareDates } from '../../domain/calendar/local-date.ts';
import { validateOrganisationNumber } from '../../domain/identifiers/organisation-number.ts';
import { isoDate, line, text } from './fields.ts';

export const LETTER_KINDS = ['interim_reply', 'request_for_statement', 'advance_notice', 'decision'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_LANGUAGES = ['nb', 'nn'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Why an interim reply is late; each code has a sentence per language in the interim-reply template. */
export const DELAY_REASONS = [
  'caseload',
  'statement_needed',
  'records_needed',
  'expert_opinion',
  'complex_case',
] as const;
export type DelayReason = (typeof DELAY_REASONS)[number];

/** Who is asked for a statement decides which duty to inform applies (helsetilsynsloven § 7 / hpl. § 30). */
export const STATEMENT_RECIPIENT_ROLES = ['provider', 'professional'] as const;
export type StatementRecipientRole = (typeof STATEMENT_RECIPIENT_ROLES)[number];

/**
 * Which decisions can be appealed (fvl. § 28): a first-instance enkeltvedtak can; a decision made in an
 * appeal case (the office deciding a rights appeal) is final (§ 28 third paragraph) — except a dismissal,
 * which the caller sends as an `individual_decision`; a tilsynssak conclusion is not an enkeltvedtak at all.
 */
export const DECISION_TYPE_RULES = {
  individual_decision: { appealable: true },
  appeal_decision: { appealable: false },
  supervisory_conclusion: { appealable: false },
} as const;
export type DecisionType = keyof typeof DECISION_TYPE_RULES;
export const DECISION_TYPES = Object.keys(DECISION_TYPE_RULES) as [DecisionType, ...DecisionType[]];
export type FinalDecisionType = {
  [T in DecisionType]: (typeof DECISION_TYPE_RULES)[T]['appealable'] extends false ? T : never;
}[DecisionType];

/**
 * Appeal routes: the period and the body that decides the appeal. Keyed like the legal calendar's
 * APPEAL_BY_CASE_TYPE, so the caller passes the same key to `appealDeadline(receivedOn, route)` and here.
 * The deadline date itself is the caller's; the weeks are used only to refuse a date that cannot be right.
 */
export const APPEAL_ROUTES = {
  general: { weeks: 3, fixedBody: null },
  rights_appeal: { weeks: 4, fixedBody: null },
  personnel_reaction: { weeks: 3, fixedBody: 'Statens helsepersonellnemnd' },
} as const;
export type AppealRoute = keyof typeof APPEAL_ROUTES;
const APPEAL_ROUTE_CODES = Object.keys(APPEAL_ROUTES) as [AppealRoute, ...AppealRoute[]];

const senderSchema = z.strictObject({
  /** The office as it signs, e.g. "Statsforvalteren i Vestland". */
  name: line(),
  addressLines: z.array(line()).min(1).max(5),
  orgNumber: z
    .string()
    .superRefine((value, ctx) => {
      // The identifier module says what is wrong (spacing, length, check digit) in all three languages.
      const result = validateOrganisationNumber(value);
      if (result.ok) return;
      for (const { code, message } of result.errors) {
        ctx.addIssue({ code: 'custom', message: message.en, params: { ...message, reason: code } });
      }
    })
    .optional(),
  email: z.email().max(200).optional(),
  phone: line(30).optional(),
});

const recipientSchema = z.strictObject({
  name: line(),
  /** Postal address lines, or 'digital' when the letter goes to the recipient's digital mailbox. */
  address: z.union([z.literal('digital'), z.array(line()).min(1).max(6)]),
});

const commonFields = {
  language: z.enum(LETTER_LANGUAGES),
  sender: senderSchema,
  recipient: recipientSchema,
  caseNumber: line(40),
  ourReference: line(60).optional(),
  yourReference: line(60).optional(),
  letterDate: isoDate,
  /** Shown after the kind in the title: "Foreløpig svar – klage på helsehjelp". */
  subject: line(200).optional(),
  caseworker: z.strictObject({ name: line(), title: line(100).optional() }),
  /** Marks the letter "unntatt offentlighet" (offentleglova § 13, fvl. § 13). */
  confidential: z.boolean().default(false),
};

const interimReplySchema = z.strictObject({
  kind: z.literal('interim_reply'),
  ...commonFields,
  receivedOn: isoDate,
  expectedAnswerBy: isoDate,
  delayReasons: z.array(z.enum(DELAY_REASONS)).max(DELAY_REASONS.length).default([]),
  delayExplanation: text(4000).optional(),
});

const requestForStatementSchema = z.strictObject({
  kind: z.literal('request_for_statement'),
  ...commonFields,
  recipientRole: z.enum(STATEMENT_RECIPIENT_ROLES),
  caseSummary: text(),
  questions: z.array(text(4000)).min(1).max(30),
  requestedDocuments: z.array(line(300)).max(30).default([]),
  responseDeadline: isoDate,
  /** The answer will be shown to the complainant for comment (fvl. § 17). */
  shareWithComplainant: z.boolean().default(false),
});

const advanceNoticeSchema = z.strictObject({
  kind: z.literal('advance_notice'),
  ...commonFields,
  /** The decision being considered, in the caseworker's words. */
  consideredDecision: text(4000),
  consideredLegalBasis: z.array(line(300)).min(1).max(20),
  facts: text(),
  commentDeadline: isoDate,
});

const decisionSchema = z.strictObject({
  kind: z.literal('decision'),
  ...commonFields,
  decisionType: z.enum(DECISION_TYPES),
  /** The outcome as the party reads it, in the letter's language (e.g. the case type's outcome label). */
  outcomeLabel: line(200),
  outcomeText: text(4000).optional(),
  legalBasis: z.array(line(300)).min(1).max(20),
  /** fvl. § 25: the facts, the rules (beyond the legal basis list) and the main considerations. */
  reasons: z.strictObject({ facts: text(), rules: text().optional(), considerations: text() }),
  appeal: z
    .strictObject({
      route: z.enum(APPEAL_ROUTE_CODES),
      /** Computed by the caller with the legal calendar; shown as the last day to appeal. */
      deadline: isoDate,
      /** The appeal body; fixed for personnel reactions (Statens helsepersonellnemnd). */
      body: line(200).optional(),
    })
    .optional(),
});

type Issue = { path: (string | number)[]; message: string; params: { nb: string; nn: string; en: string } };
const issue = (path: (string | number)[], nb: string, nn: string, en: string): Issue => ({
  path,
  message: en,
  params: { nb, nn, en },
});

const AFTER_LETTER = ['Fristen må være etter brevdatoen.', 'Fristen må vere etter brevdatoen.'] as const;

type VariantOf<K extends LetterKind> = Extract<z.output<typeof letterVariants>, { kind: K }>;
const mustFollowLetter = (input: { letterDate: string }, date: string, path: string[]): Issue[] =>
  compareDates(date, input.letterDate) > 0
    ? []
    : [issue(path, ...AFTER_LETTER, 'The deadline must be after the letter date.')];

/** Cross-field rules per kind; each issue carries the path of the field the caseworker must correct. */
const CROSS_FIELD_RULES: { [K in LetterKind]: (input: VariantOf<K>) => Issue[] } = {
  interim_reply: (input) => [
    ...(compareDates(input.receivedOn, input.letterDate) > 0
      ? [
          issue(
            ['receivedOn'],
            'Mottaksdatoen kan ikke være etter brevdatoen.',
            'Mottaksdatoen kan ikkje vere etter brevdatoen.',
            'The date received cannot be after the letter date.',
          ),
        ]
      : []),
    ...mustFollowLetter(input, input.expectedAnswerBy, ['expectedAnswerBy']),
    ...(input.delayReasons.length === 0 && !input.delayExplanation
      ? [
          issue(
            ['delayReasons'],
            'Oppgi minst én grunn til at saken tar tid.',
            'Oppgi minst éin grunn til at saka tek tid.',
            'Give at least one reason why the case takes time.',
          ),
        ]
      : []),
  ],
  request_for_statement: (input) => mustFollowLetter(input, input.responseDeadline, ['responseDeadline']),
  advance_notice: (input) => mustFollowLetter(input, input.commentDeadline, ['commentDeadline']),
  decision: (input) => decisionIssues(input),
};

function decisionIssues(input: z.output<typeof decisionSchema>): Issue[] {
  const { appeal } = input;
  if (!DECISION_TYPE_RULES[input.decisionType].appealable) {
    return appeal
      ? [
          issue(
            ['appeal'],
            'Denne avgjørelsen kan ikke påklages. Fjern klageopplysningene.',
            'Denne avgjerda kan ikkje klagast på. Fjern klageopplysningane.',
            'This decision cannot be appealed. Remove the appeal.',
          ),
        ]
      : [];
  }
  if (!appeal) {
    return [
      issue(
        ['appeal'],
        'Et enkeltvedtak må opplyse om klageretten: oppgi klagevei og klagefrist.',
        'Eit enkeltvedtak må opplyse om klageretten: oppgi klageveg og klagefrist.',
        'An individual decision must state the right to appeal: give the appeal route and deadline.',
      ),
    ];
  }
  const route = APPEAL_ROUTES[appeal.route];
  const issues: Issue[] = [];
  // The party cannot receive the letter before it is dated, so the period counted from receipt ends no
  // earlier than the letter date plus the period: an earlier date was computed wrongly (e.g. 3 weeks for 4).
  if (compareDates(appeal.deadline, addDays(input.letterDate, 7 * route.weeks)) < 0) {
    issues.push(
      issue(
        ['appeal', 'deadline'],
        `Klagefristen er ${route.weeks} uker fra parten mottok vedtaket og kan ikke ende før ${route.weeks} uker etter brevdatoen.`,
        `Klagefristen er ${route.weeks} veker frå parten fekk vedtaket og kan ikkje ende før ${route.weeks} veker etter brevdatoen.`,
        `The appeal period is ${route.weeks} weeks from receipt and cannot end before ${route.weeks} weeks after the letter date.`,
      ),
    );
  }
  if (route.fixedBody === null && !appeal.body) {
    issues.push(
      issue(
        ['appeal', 'body'],
        'Oppgi klageinstansen.',
        'Oppgi klageinstansen.',
        'Give the body that decides the appeal.',
      ),
    );
  }
  // The law names the body for this route; a different one would tell the party to appeal to the wrong place.
  if (route.fixedBody !== null && appeal.body !== undefined && appeal.body !== route.fixedBody) {
    issues.push(
      issue(
        ['appeal', 'body'],
        `Klageinstansen for denne klageveien er ${route.fixedBody}.`,
        `Klageinstansen for denne klagevegen er ${route.fixedBody}.`,
        `The appeal body for this route is ${route.fixedBody}.`,
      ),
    );
  }
  return issues;
}

const letterVariants = z.discriminatedUnion('kind', [
  interimReplySchema,
  requestForStatementSchema,
  advanceNoticeSchema,
  decisionSchema,
]);

export const letterInputSchema = letterVariants.superRefine(
  (input, ctx) => {
    const rules = CROSS_FIELD_RULES[input.kind] as (input: z.output<typeof letterVariants>) => Issue[];
    for (const { path, message, params } of rules(input)) {
      ctx.addIssue({ code: 'custom', path, message, params });
    }
  },
  // Compare fields only once each is valid on its own: a malformed date is reported as malformed, not also
  // as "before the letter date" (and the rules can rely on real dates).
  { when: (payload) => payload.issues.length === 0 },
);

/** A validated letter request (after defaults and trimming). */
export type LetterInput = z.output<typeof letterInputSchema>;
/** What a client may send (defaults not yet applied). */
export type LetterInputDraft = z.input<typeof letterInputSchema>;
export type LetterInputOf<K extends LetterKind> = Extract<LetterInput, { kind: K }>;

export interface LetterFieldError {
  /** Dotted path, e.g. "appeal.deadline" or "questions.0". */
  field: string;
  code: string;
  message: string;
}

/** Validates without throwing; for callers outside HTTP (which has its own error handler). */
export function validateLetterInput(
  raw: unknown,
): { ok: true; input: LetterInput } | { ok: false; errors: LetterFieldError[] } {
  const result = letterInputSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => ({ field: i.path.join('.'), code: i.code, message: i.message })),
  };
}
