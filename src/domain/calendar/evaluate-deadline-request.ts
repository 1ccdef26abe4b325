/**
 * One entry point for "what is the deadline?" questions arriving as JSON (the `tilsyn deadlines` CLI, an HTTP
 * route). It trusts nothing: every field is checked, and bad input comes back as field-level errors in bokmål
 * and English instead of an exception, so a wrapper can print them or answer 400 as they are.
 */
import {
  accessRequestDeadline,
  APPEAL_BY_CASE_TYPE,
  appealDeadline,
  interimReplyDeadline,
  type Explanation,
} from './deadlines.ts';
import { isIsoDate, type IsoDate } from './local-date.ts';
import { isPeriod, type LocalizedText, type Period } from './period.ts';
import { mergeProcessingTargets, processingTargetRule } from './processing-targets.ts';
import { ClockInputError } from './suspension-ledger-validation.ts';
import { evaluateClock, type ClockResult, type Suspension } from './suspension-ledger.ts';
import { workingDaysBetween } from './working-days.ts';

export type DeadlineRequest =
  | { kind: 'appeal'; receivedOn: IsoDate; caseType: string }
  | { kind: 'interim_reply'; receivedOn: IsoDate }
  | { kind: 'access_request'; receivedOn: IsoDate }
  | { kind: 'working_days_between'; from: IsoDate; to: IsoDate }
  | {
      kind: 'processing_target';
      receivedOn: IsoDate;
      caseType: string;
      suspensions?: Suspension[];
      today?: IsoDate;
      warnWithinWorkingDays?: number;
    };

export type FieldErrorCode =
  | 'required'
  | 'invalid_date'
  | 'invalid_value'
  | 'unknown_kind'
  | 'unknown_case_type'
  | 'no_appeal'
  | 'invalid_order';

export interface FieldError {
  /** Path of the field, e.g. "receivedOn" or "suspensions[1].resumedOn"; "" for the request itself. */
  field: string;
  code: FieldErrorCode;
  message: LocalizedText;
}

export type DeadlineResponse =
  | {
      ok: true;
      kind: 'appeal' | 'interim_reply' | 'access_request';
      deadline: IsoDate;
      explanation: Explanation;
    }
  | {
      ok: true;
      kind: 'working_days_between';
      from: IsoDate;
      to: IsoDate;
      workingDays: number;
      counting: LocalizedText;
    }
  | ({ ok: true; kind: 'processing_target' } & ClockResult)
  | { ok: false; errors: FieldError[] };

export interface EvaluateOptions {
  /** Rows laid over DEFAULT_PROCESSING_TARGETS. */
  processingTargets?: Partial<Record<string, Period>>;
}

export const DEADLINE_REQUEST_KINDS = [
  'appeal',
  'interim_reply',
  'access_request',
  'working_days_between',
  'processing_target',
] as const;

const COUNTING: LocalizedText = {
  nb: 'Fra-datoen telles ikke med, til-datoen telles med (negativt tall når til er før fra).',
  en: 'The from date is not counted, the to date is (negative when to is before from).',
};

export function evaluateDeadlineRequest(input: unknown, options: EvaluateOptions = {}): DeadlineResponse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([
      error('', 'invalid_value', 'Forespørselen må være et JSON-objekt', 'The request must be a JSON object'),
    ]);
  }
  const request = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  const date = (field: string, value: unknown, required = true) => checkDate(errors, field, value, required);

  switch (request.kind) {
    case 'appeal': {
      const receivedOn = date('receivedOn', request.receivedOn);
      const caseType = checkCaseType(errors, request.caseType, Object.keys(APPEAL_BY_CASE_TYPE));
      const entry = caseType === undefined ? undefined : APPEAL_BY_CASE_TYPE[caseType];
      if (entry && !entry.appealable)
        errors.push({ field: 'caseType', code: 'no_appeal', message: entry.reason });
      if (errors.length || !receivedOn || !caseType) return fail(errors);
      return { ok: true, kind: 'appeal', ...appealDeadline(receivedOn, caseType) };
    }
    case 'interim_reply':
    case 'access_request': {
      const receivedOn = date('receivedOn', request.receivedOn);
      if (!receivedOn) return fail(errors);
      const answer =
        request.kind === 'interim_reply'
          ? interimReplyDeadline(receivedOn)
          : accessRequestDeadline(receivedOn);
      return { ok: true, kind: request.kind, ...answer };
    }
    case 'working_days_between': {
      const from = date('from', request.from);
      const to = date('to', request.to);
      if (!from || !to) return fail(errors);
      return {
        ok: true,
        kind: 'working_days_between',
        from,
        to,
        workingDays: workingDaysBetween(from, to),
        counting: COUNTING,
      };
    }
    case 'processing_target':
      return processingTarget(request, errors, options);
    default:
      return fail([
        error(
          'kind',
          'unknown_kind',
          `Ukjent «kind»; gyldige verdier: ${DEADLINE_REQUEST_KINDS.join(', ')}`,
          `Unknown "kind"; valid values: ${DEADLINE_REQUEST_KINDS.join(', ')}`,
        ),
      ]);
  }
}

function processingTarget(
  request: Record<string, unknown>,
  errors: FieldError[],
  options: EvaluateOptions,
): DeadlineResponse {
  const targets = mergeProcessingTargets(options.processingTargets);
  const receivedOn = checkDate(errors, 'receivedOn', request.receivedOn, true);
  const caseType = checkCaseType(errors, request.caseType, Object.keys(targets));
  const today = checkDate(errors, 'today', request.today, false);
  const warn = request.warnWithinWorkingDays;
  if (warn !== undefined && !(typeof warn === 'number' && Number.isInteger(warn) && warn >= 0)) {
    errors.push(
      error(
        'warnWithinWorkingDays',
        'invalid_value',
        'Må være et helt tall ≥ 0',
        'Must be a whole number ≥ 0',
      ),
    );
  }
  const suspensions: Suspension[] = [];
  if (request.suspensions !== undefined && !Array.isArray(request.suspensions)) {
    errors.push(error('suspensions', 'invalid_value', 'Må være en liste', 'Must be a list'));
  }
  (Array.isArray(request.suspensions) ? request.suspensions : []).forEach((raw: unknown, index) => {
    const field = `suspensions[${index}]`;
    if (typeof raw !== 'object' || raw === null) {
      errors.push(error(field, 'invalid_value', 'Må være et objekt', 'Must be an object'));
      return;
    }
    const s = raw as Record<string, unknown>;
    const from = checkDate(errors, `${field}.from`, s.from, true);
    const resumedOn =
      s.resumedOn === null ? undefined : checkDate(errors, `${field}.resumedOn`, s.resumedOn, false);
    if (s.responsePeriod !== undefined && !isPeriod(s.responsePeriod)) {
      errors.push(
        error(
          `${field}.responsePeriod`,
          'invalid_value',
          'Forventet { amount: helt tall ≥ 0, unit: "days" | "weeks" | "months" }',
          'Expected { amount: whole number ≥ 0, unit: "days" | "weeks" | "months" }',
        ),
      );
    }
    if (from)
      suspensions.push({
        from,
        resumedOn: resumedOn ?? null,
        responsePeriod: s.responsePeriod as Period | undefined,
      });
  });
  if (errors.length || !receivedOn || !caseType) return fail(errors);
  try {
    const clock = evaluateClock({
      receivedOn,
      rule: processingTargetRule(caseType, options.processingTargets),
      suspensions,
      today,
      warnWithinWorkingDays: warn as number | undefined,
    });
    return { ok: true, kind: 'processing_target', ...clock };
  } catch (cause) {
    if (cause instanceof ClockInputError) {
      return fail([{ field: cause.field, code: 'invalid_order', message: cause.text }]);
    }
    throw cause;
  }
}

function checkDate(
  errors: FieldError[],
  field: string,
  value: unknown,
  required: boolean,
): IsoDate | undefined {
  if (value === undefined) {
    if (required)
      errors.push(error(field, 'required', `Feltet «${field}» mangler`, `The field "${field}" is missing`));
    return undefined;
  }
  if (isIsoDate(value)) return value;
  errors.push(
    error(
      field,
      'invalid_date',
      `«${field}» er ikke en gyldig dato: ${JSON.stringify(value)} (forventet ÅÅÅÅ-MM-DD, en dag som finnes)`,
      `"${field}" is not a valid date: ${JSON.stringify(value)} (expected YYYY-MM-DD, a day that exists)`,
    ),
  );
  return undefined;
}

function checkCaseType(errors: FieldError[], value: unknown, known: string[]): string | undefined {
  if (value === undefined) {
    errors.push(
      error('caseType', 'required', 'Feltet «caseType» mangler', 'The field "caseType" is missing'),
    );
    return undefined;
  }
  if (typeof value === 'string' && known.includes(value)) return value;
  errors.push(
    error(
      'caseType',
      'unknown_case_type',
      `Ukjent sakstype ${JSON.stringify(value)}; gyldige verdier: ${known.join(', ')}`,
      `Unknown case type ${JSON.stringify(value)}; valid values: ${known.join(', ')}`,
    ),
  );
  return undefined;
}

function error(field: string, code: FieldErrorCode, nb: string, en: string): FieldError {
  return { field, code, message: { nb, en } };
}

function fail(errors: FieldError[]): DeadlineResponse {
  return { ok: false, errors };
}
