/**
 * Target processing times per case type: the authority's own goals (set in its annual letter of allocation
 * and plans), not statutes. They are a table the caller may override row by row, so an office or a year with
 * other targets changes data, not code.
 */
import {
  applyDeadlineRule,
  UnknownCaseTypeError,
  type DeadlineAnswer,
  type DeadlineRule,
} from './deadlines.ts';
import type { IsoDate } from './local-date.ts';
import { describePeriod, isPeriod, type Period } from './period.ts';
import { CASE_TYPE_DEFINITIONS } from '../cases/case-types.ts';

export type ProcessingTargets = Readonly<Record<string, Period>>;

export const DEFAULT_PROCESSING_TARGETS: ProcessingTargets = {
  rights_appeal: { amount: 3, unit: 'months' },
  incident_supervision: { amount: 5, unit: 'months' },
  serious_incident_notice: { amount: 1, unit: 'months' },
  personnel_reaction: { amount: 6, unit: 'months' },
  planned_supervision: { amount: 12, unit: 'months' },
};

/** The defaults with the caller's rows laid over them. */
export function mergeProcessingTargets(overrides: Partial<Record<string, Period>> = {}): ProcessingTargets {
  const merged: Record<string, Period> = { ...DEFAULT_PROCESSING_TARGETS };
  for (const [caseType, period] of Object.entries(overrides)) {
    if (period === undefined) continue;
    if (!isPeriod(period))
      throw new RangeError(`Not a valid target for ${caseType}: ${JSON.stringify(period)}`);
    merged[caseType] = period;
  }
  return merged;
}

/** The target for a case type as a deadline rule, so the same engine and explanations apply. */
export function processingTargetRule(
  caseType: string,
  overrides: Partial<Record<string, Period>> = {},
): DeadlineRule {
  const targets = mergeProcessingTargets(overrides);
  const period = Object.hasOwn(targets, caseType) ? targets[caseType] : undefined;
  if (!period) throw new UnknownCaseTypeError(caseType, Object.keys(targets));
  const length = describePeriod(period);
  // People read the explanation: name the case type as they know it, not by its code.
  const known = (CASE_TYPE_DEFINITIONS as Record<string, { nb: string; en: string } | undefined>)[caseType];
  const name = {
    nb: known ? known.nb.toLowerCase() : caseType,
    en: known ? known.en.toLowerCase() : caseType,
  };
  return {
    id: `processing_target.${caseType}`,
    legalBasis:
      'Internt mål for saksbehandlingstid (tabell); stans etter mønster av forvaltningslovforskriften § 39',
    summary: {
      nb: `Målet for saksbehandlingstid for ${name.nb} er ${length.nb} fra saken kom inn, med tillegg for tid saken står stille.`,
      en: `The target processing time for ${name.en} is ${length.en} from receipt, plus any time the case is suspended.`,
    },
    length: { kind: 'period', period },
    // A target, like a legal deadline, should not fall due on a day the office is closed.
    movesToWorkingDay: true,
  };
}

/** The target date without suspensions; see suspension-ledger.ts for a case's clock with them. */
export function processingTargetDeadline(
  receivedOn: IsoDate,
  caseType: string,
  overrides: Partial<Record<string, Period>> = {},
): DeadlineAnswer {
  return applyDeadlineRule(processingTargetRule(caseType, overrides), receivedOn);
}
