/**
 * A case's legal clocks, computed (never typed in) from its dates and its suspension ledger by the pure
 * deadline engine in domain/calendar.
 */
import {
  evaluateClock,
  interimReplyDeadline,
  processingTargetRule,
  type ClockResult,
  type Suspension,
} from '../domain/calendar/index.ts';

export interface CaseDeadlines {
  processing: {
    deadline: string | null;
    provisionalDeadline: string | null;
    status: 'ok' | 'soon' | 'breached' | 'suspended' | 'done';
    suspendedDays: number;
    daysLeft: number | null;
    daysOverdue: number | null;
    explanation: ClockResult['explanation'];
  };
  /** fvl. § 11 a: owed when a written request cannot be answered within one month. */
  interimReply: { due: string; status: 'not_needed' | 'sent' | 'due' | 'overdue' };
}

export function caseDeadlines(input: {
  caseType: string;
  receivedOn: string;
  decidedOn: string | null;
  closedOn: string | null;
  suspensions: readonly { from_date: string; resumed_on: string | null; response_deadline: string }[];
  interimReplySent: boolean;
  today: string;
}): CaseDeadlines {
  const suspensions: Suspension[] = input.suspensions.map((s) => ({
    from: s.from_date,
    resumedOn: s.resumed_on,
  }));
  const done = input.decidedOn ?? input.closedOn;
  // A case dated after today (a clock or time-zone slip where it was registered) is counted from its own
  // day, as if received today: its whole time is left. One such case must not fail a whole office's queue.
  const today = input.today < input.receivedOn ? input.receivedOn : input.today;
  const clock = evaluateClock({
    receivedOn: input.receivedOn,
    rule: processingTargetRule(input.caseType),
    suspensions,
    today: done ?? today,
  });
  const interimDue = interimReplyDeadline(input.receivedOn).deadline;
  let interimStatus: CaseDeadlines['interimReply']['status'];
  if (input.interimReplySent) interimStatus = 'sent';
  else if (done && done <= interimDue) interimStatus = 'not_needed';
  else interimStatus = (done ?? today) > interimDue ? 'overdue' : 'due';
  const status = done ? 'done' : clock.deadlineKnown ? (clock.progress?.status ?? 'ok') : 'suspended';
  return {
    processing: {
      deadline: clock.deadlineKnown ? clock.deadline : null,
      provisionalDeadline: clock.deadlineKnown ? null : clock.provisionalDeadline,
      status,
      suspendedDays: clock.suspendedDays,
      daysLeft: clock.progress?.daysLeft ?? null,
      daysOverdue: clock.progress?.daysOverdue ?? null,
      explanation: clock.explanation,
    },
    interimReply: { due: interimDue, status: interimStatus },
  };
}
