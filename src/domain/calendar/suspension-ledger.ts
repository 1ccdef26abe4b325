/**
 * A case's clock with suspensions. While the office waits for something it cannot control (a statement from a
 * provider, records from a hospital) the clock stops, and the deadline moves by the calendar days it stood
 * still — the pattern of forvaltningslovforskriften § 39 ("løper ikke fristen så lenge forsinkelsen varer").
 *
 * Counting choices (stated so they can be checked):
 * - A suspension runs from `from` (the day the clock stops, e.g. the day a statement was requested) up to but
 *   not including `resumedOn` (the day the answer came and the clock runs again): it lasts resumedOn − from days.
 * - Overlapping or touching suspensions count once: the clock is either stopped or not.
 * - A suspension that starts after the (extended) deadline has passed does not extend it: a breach stays one.
 * - A still-open suspension that started in time leaves the deadline unknown; we say so and give the days that
 *   were left when the clock stopped, not a guess — plus, separately, the date it would be on an assumed
 *   resumption day.
 * - The end moves off a weekend or holiday once, after all extensions (domstolloven § 149 pattern).
 */
import {
  moveToWorkingDayStep,
  periodStep,
  workingDaysStep,
  type DeadlineRule,
  type Explanation,
} from './deadlines.ts';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from './local-date.ts';
import { addPeriod, type LocalizedText, type Period } from './period.ts';
import { validateClockInput } from './suspension-ledger-validation.ts';
import { addWorkingDays, onOrNextWorkingDay, workingDaysBetween } from './working-days.ts';

export interface Suspension {
  /** The day the clock stops. */
  from: IsoDate;
  /** The day the clock runs again; absent or null while the case still waits. */
  resumedOn?: IsoDate | null;
  /** The awaited party's own deadline, counted from `from` (e.g. 14 days, 3 weeks). */
  responsePeriod?: Period;
}

export interface ClockInput {
  receivedOn: IsoDate;
  rule: DeadlineRule;
  suspensions?: readonly Suspension[];
  /** Without it, only the deadline is computed (these functions never read the system clock). */
  today?: IsoDate;
  /** 'soon' when the deadline is at most this many working days away; default 5. */
  warnWithinWorkingDays?: number;
}

export interface SuspensionSummary extends Suspension {
  resumedOn: IsoDate | null;
  responseDeadline: IsoDate | null;
  /** Answer came (or, still open, is at `today`) after its response deadline; null when not knowable. */
  responseLate: boolean | null;
}

/** A stretch of time the clock stood still: suspensions merged where they overlap or touch. */
export interface StoppedPeriod {
  from: IsoDate;
  resumedOn: IsoDate | null;
  days: number | null;
  extendsDeadline: boolean;
}

export type DeadlineStatus = 'ok' | 'soon' | 'breached';

export interface ClockProgress {
  today: IsoDate;
  status: DeadlineStatus | 'suspended';
  /** Calendar days the clock has run, suspensions excluded. */
  daysUsed: number;
  /** Calendar days to the deadline (negative when overdue); while suspended, the days left when it stopped. */
  daysLeft: number;
  workingDaysLeft: number | null;
  daysOverdue: number;
  workingDaysOverdue: number;
}

interface ClockCommon {
  receivedOn: IsoDate;
  /** Receipt + the rule's length, before suspensions and before moving off a non-working day. */
  baseDeadline: IsoDate;
  /** Days the deadline has been extended by (closed suspensions that started in time). */
  suspendedDays: number;
  suspensions: SuspensionSummary[];
  stoppedPeriods: StoppedPeriod[];
  progress: ClockProgress | null;
  explanation: Explanation;
}

export { ClockInputError } from './suspension-ledger-validation.ts';

export type ClockResult =
  | (ClockCommon & { deadlineKnown: true; deadline: IsoDate })
  | (ClockCommon & {
      deadlineKnown: false;
      deadline: null;
      stoppedSince: IsoDate;
      daysLeftWhenStopped: number;
      /** The later of the open suspensions' response deadlines and today; null when neither is known. */
      assumedResumption: IsoDate | null;
      provisionalDeadline: IsoDate | null;
    });

export const DEFAULT_WARN_WITHIN_WORKING_DAYS = 5;

interface Interval {
  start: number;
  end: number | null; // null: still open
}

export function evaluateClock(input: ClockInput): ClockResult {
  const { receivedOn, rule } = input;
  const suspensions = input.suspensions ?? [];
  const warnWithin = input.warnWithinWorkingDays ?? DEFAULT_WARN_WITHIN_WORKING_DAYS;
  validateClockInput(input, suspensions, warnWithin);
  const today = input.today ?? null;

  const summaries = suspensions.map((s) => summarise(s, today));
  const base =
    rule.length.kind === 'period'
      ? addPeriod(receivedOn, rule.length.period)
      : addWorkingDays(receivedOn, rule.length.count);
  const steps: LocalizedText[] =
    rule.length.kind === 'period'
      ? periodStep(receivedOn, rule.length.period, base)
      : [workingDaysStep(receivedOn, rule.length.count, base)];

  let running = toDayNumber(base);
  let suspendedDays = 0;
  const stoppedPeriods: StoppedPeriod[] = [];
  let open: { start: number; remainder: number } | null = null;
  for (const { start, end } of mergeIntervals(suspensions)) {
    const from = fromDayNumber(start);
    const resumedOn = end === null ? null : fromDayNumber(end);
    const dueBefore = onOrNextWorkingDay(fromDayNumber(running));
    if (start > toDayNumber(dueBefore)) {
      stoppedPeriods.push({
        from,
        resumedOn,
        days: end === null ? null : end - start,
        extendsDeadline: false,
      });
      steps.push(lateStep(from, dueBefore));
      continue;
    }
    if (end === null) {
      open = { start, remainder: running - start };
      stoppedPeriods.push({ from, resumedOn, days: null, extendsDeadline: true });
      steps.push({
        nb: `Saken står stille fra ${from} og er ikke gjenopptatt; fristen er ukjent til den gjenopptas (${open.remainder} dager igjen da den stanset)`,
        en: `The clock has stood still since ${from} and has not resumed; the deadline is unknown until it does (${open.remainder} days were left when it stopped)`,
      });
      continue;
    }
    const days = end - start;
    const before = fromDayNumber(running);
    running += days;
    suspendedDays += days;
    stoppedPeriods.push({ from, resumedOn, days, extendsDeadline: true });
    steps.push({
      nb: `Saken sto stille fra ${from} til ${resumedOn} (${days} dager); fristen forskyves fra ${before} til ${fromDayNumber(running)}`,
      en: `The clock stood still from ${from} until ${resumedOn} (${days} days); the deadline moves from ${before} to ${fromDayNumber(running)}`,
    });
  }

  const explanation = { ruleId: rule.id, legalBasis: rule.legalBasis, summary: rule.summary, steps };
  const common = { receivedOn, baseDeadline: base, suspendedDays, suspensions: summaries, stoppedPeriods };
  const runUntil = (day: number) => clockDays(receivedOn, day, stoppedPeriods);

  if (open) {
    const stoppedSince = fromDayNumber(open.start);
    const responseDeadlines = summaries
      .filter((s) => s.resumedOn === null && s.responseDeadline !== null)
      .map((s) => s.responseDeadline as IsoDate);
    const candidates = today ? [...responseDeadlines, today] : responseDeadlines;
    const assumedResumption = candidates.length ? candidates.reduce((a, b) => (a > b ? a : b)) : null;
    let provisionalDeadline: IsoDate | null = null;
    if (assumedResumption) {
      provisionalDeadline = onOrNextWorkingDay(addDays(assumedResumption, open.remainder));
      steps.push({
        nb: `Gjenopptas saken ${assumedResumption}, blir fristen ${provisionalDeadline}`,
        en: `If the clock resumes on ${assumedResumption}, the deadline will be ${provisionalDeadline}`,
      });
    }
    const progress: ClockProgress | null = today
      ? {
          today,
          status: 'suspended',
          daysUsed: runUntil(open.start),
          daysLeft: open.remainder,
          workingDaysLeft: null,
          daysOverdue: 0,
          workingDaysOverdue: 0,
        }
      : null;
    return {
      ...common,
      deadlineKnown: false,
      deadline: null,
      stoppedSince,
      daysLeftWhenStopped: open.remainder,
      assumedResumption,
      provisionalDeadline,
      progress,
      explanation,
    };
  }

  const moved = moveToWorkingDayStep(fromDayNumber(running));
  steps.push(moved.step);
  const deadline = moved.deadline;
  let progress: ClockProgress | null = null;
  if (today) {
    const daysLeft = toDayNumber(deadline) - toDayNumber(today);
    const workingDaysLeft = workingDaysBetween(today, deadline);
    const status: DeadlineStatus = daysLeft < 0 ? 'breached' : workingDaysLeft <= warnWithin ? 'soon' : 'ok';
    progress = {
      today,
      status,
      daysUsed: runUntil(toDayNumber(today)),
      daysLeft,
      workingDaysLeft: Math.max(0, workingDaysLeft),
      daysOverdue: Math.max(0, -daysLeft),
      workingDaysOverdue: Math.max(0, -workingDaysLeft),
    };
  }
  return { ...common, deadlineKnown: true, deadline, progress, explanation };
}

/** Calendar days from receipt to `day` while the clock ran (stops that extended the deadline excluded). */
function clockDays(receivedOn: IsoDate, day: number, stopped: readonly StoppedPeriod[]): number {
  let days = day - toDayNumber(receivedOn);
  for (const period of stopped) {
    if (!period.extendsDeadline) continue;
    const start = toDayNumber(period.from);
    const end = Math.min(period.resumedOn === null ? day : toDayNumber(period.resumedOn), day);
    days -= Math.max(0, end - start);
  }
  return days;
}

function mergeIntervals(suspensions: readonly Suspension[]): Interval[] {
  const intervals = suspensions
    .map((s) => ({ start: toDayNumber(s.from), end: s.resumedOn ? toDayNumber(s.resumedOn) : null }))
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && (last.end === null || interval.start <= last.end)) {
      last.end = last.end === null || interval.end === null ? null : Math.max(last.end, interval.end);
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

function summarise(suspension: Suspension, today: IsoDate | null): SuspensionSummary {
  const resumedOn = suspension.resumedOn ?? null;
  const responseDeadline = suspension.responsePeriod
    ? onOrNextWorkingDay(addPeriod(suspension.from, suspension.responsePeriod))
    : null;
  const answeredOrToday = resumedOn ?? today;
  const responseLate =
    responseDeadline === null || answeredOrToday === null ? null : answeredOrToday > responseDeadline;
  return { ...suspension, resumedOn, responseDeadline, responseLate };
}

function lateStep(from: IsoDate, due: IsoDate): LocalizedText {
  return {
    nb: `Stansen fra ${from} begynte etter at fristen ${due} var ute, og forlenger den ikke`,
    en: `The suspension from ${from} began after the deadline ${due} had passed and does not extend it`,
  };
}
