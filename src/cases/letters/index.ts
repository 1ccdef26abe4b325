/**
 * Letters from templates (interim reply, request for statement, advance notice, decision) in bokmål or
 * nynorsk, as structured content for previews and as PDF. No database access: the caller supplies every
 * value, including deadlines computed with the legal calendar.
 */
export {
  APPEAL_ROUTES,
  DECISION_TYPES,
  DECISION_TYPE_RULES,
  DELAY_REASONS,
  LETTER_KINDS,
  LETTER_LANGUAGES,
  STATEMENT_RECIPIENT_ROLES,
  letterInputSchema,
  validateLetterInput,
  type AppealRoute,
  type DecisionType,
  type DelayReason,
  type FinalDecisionType,
  type LetterFieldError,
  type LetterInput,
  type LetterInputDraft,
  type LetterInputOf,
  type LetterKind,
  type LetterLanguage,
  type StatementRecipientRole,
} from './schema.ts';
export type {
  LetterBlock,
  LetterContent,
  LetterDeadline,
  LetterDeadlineKind,
  LetterSection,
} from './content.ts';
export { composeLetter } from './compose-letter.ts';
export { renderLetter, renderLetterContent } from './render-letter.ts';
export { letterToHtml, letterToPlainText } from './preview.ts';
export { formatLetterDate } from './format.ts';
