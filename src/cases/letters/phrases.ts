/**
 * The shape of one language's letter texts. Each language file (phrases-nb.ts, phrases-nn.ts) fills the
 * same shape, so the compiler refuses a language that misses a sentence, and a letter's structure is written
 * once per kind (templates.ts) instead of once per kind and language.
 *
 * Sentences that take values are functions, never strings with placeholders: caseworker text is inserted
 * as a value and can never be read as a template, whatever braces it contains.
 *
 * Every `*References` entry must appear word for word in the sentence it belongs to (a test checks this),
 * because the letter's list of legal references is built from them.
 */
import type {
  AppealRoute,
  DecisionType,
  DelayReason,
  FinalDecisionType,
  StatementRecipientRole,
} from './schema.ts';

type ByRole<T> = Record<StatementRecipientRole, T>;
type ByDecisionType<T> = Record<DecisionType, T>;

export interface CommonPhrases {
  labels: {
    letterDate: string;
    ourReference: string;
    yourReference: string;
    caseNumber: string;
    caseworker: string;
  };
  sentDigitally: string;
  orgNumber: (formatted: string) => string;
  closing: string;
  electronicApproval: string;
  confidentialMarking: string;
  confidentialReferences: string[];
  contactHeading: string;
  contact: (c: {
    caseworker: string;
    phone: string | null;
    email: string | null;
    caseNumber: string;
  }) => string;
  page: (current: number, total: number) => string;
}

export interface InterimReplyPhrases {
  title: string;
  received: (date: string) => string;
  delayIntro: string;
  delayReasons: Record<DelayReason, string>;
  expectedHeading: string;
  expected: (date: string) => string;
  legalNote: string;
  legalNoteReferences: string[];
  deadlineLabel: string;
}

export interface RequestForStatementPhrases {
  title: string;
  opening: ByRole<string>;
  summaryHeading: string;
  questionsHeading: string;
  questionsIntro: ByRole<string>;
  documentsIntro: ByRole<string>;
  deadlineHeading: string;
  deadline: ByRole<(date: string) => string>;
  dutyHeading: string;
  duty: ByRole<string>;
  dutyReferences: ByRole<string[]>;
  confidentialityHeading: string;
  confidentiality: string;
  confidentialityReferences: string[];
  shareWithComplainant: ByRole<string>;
  shareReferences: string[];
  deadlineLabel: string;
}

export interface AdvanceNoticePhrases {
  title: string;
  opening: string;
  openingReferences: string[];
  consideredHeading: string;
  consideredBasisIntro: string;
  factsHeading: string;
  factsIntro: string;
  commentHeading: string;
  comment: (date: string) => string;
  representative: string;
  representativeReferences: string[];
  accessHeading: string;
  access: string;
  accessReferences: string[];
  deadlineLabel: string;
}

export interface DecisionPhrases {
  title: ByDecisionType<string>;
  outcomeHeading: string;
  reasonsHeading: string;
  reasonsIntro: ByDecisionType<string>;
  reasonsReferences: ByDecisionType<string[]>;
  factsHeading: string;
  rulesHeading: string;
  rulesIntro: ByDecisionType<string>;
  considerationsHeading: string;
  appealHeading: string;
  appealRight: string;
  appealRightReferences: string[];
  appealPeriod: Record<AppealRoute, (deadline: string) => string>;
  appealPeriodReferences: Record<AppealRoute, string[]>;
  appealBody: (body: string) => string;
  /** A route-specific sentence (the personnel board's legal basis), or null. */
  appealRouteNote: Record<AppealRoute, { text: string; references: string[] } | null>;
  appealForm: string;
  appealFormReferences: string[];
  deferral: string;
  deferralReferences: string[];
  noAppealHeading: string;
  /** Why this decision cannot be appealed, and what the party can do instead. */
  noAppeal: Record<FinalDecisionType, { text: string; references: string[] }>;
  accessHeading: string;
  access: ByDecisionType<string>;
  accessReferences: ByDecisionType<string[]>;
  deadlineLabel: string;
}

export interface LetterPhrases {
  common: CommonPhrases;
  interim_reply: InterimReplyPhrases;
  request_for_statement: RequestForStatementPhrases;
  advance_notice: AdvanceNoticePhrases;
  decision: DecisionPhrases;
}
