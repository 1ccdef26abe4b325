/**
 * The one way a case changes state: lock the case, ask the policy, ask the state machine, do the action's
 * own writes, move the state, append the event and the audit entry — all in one transaction, so a refused
 * or failed action writes nothing.
 */
import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actors.ts';
import { appendAudit } from '../access/audit.ts';
import { decide, type CaseAction as PolicyAction } from '../access/policies.ts';
import type { Database } from '../db/schema.ts';
import type { CaseAction } from '../domain/cases/state-machines.ts';
import { planTransition, type TransitionInput } from '../domain/cases/transition.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { CASE_NOT_FOUND, CaseError, INVALID_REQUEST } from './errors.ts';
import { appendEvent, loadCaseForUpdate, type LoadedCase } from './repository.ts';

/** Which policy governs each step of the state machines. */
export const POLICY_OF_ACTION: Record<CaseAction, PolicyAction> = {
  triage: 'case.triage',
  open_investigation: 'case.triage',
  request_statement: 'case.request_statement',
  record_statement: 'case.record_statement',
  share_statement: 'case.add_document',
  start_assessment: 'case.triage',
  send_advance_notice: 'case.draft_decision',
  issue_decision: 'case.issue_decision',
  conclude: 'case.conclude',
  transfer_to_national_body: 'case.transfer',
  notify_provider: 'case.request_statement',
  request_self_report: 'case.request_statement',
  hold_audit_visit: 'case.triage',
  hold_closing_meeting: 'case.triage',
  send_draft_report: 'case.draft_decision',
  issue_final_report: 'case.issue_decision',
  accept_corrections: 'case.close',
  close: 'case.close',
  reopen: 'case.reopen',
  register_appeal: 'case.appeal',
  decide_appeal: 'case.issue_decision',
};

export interface ActionRequest extends TransitionInput {
  action: CaseAction;
  /** Optimistic concurrency: refuse if the case changed since the caller read it. */
  expectedVersion?: number;
}

export interface ActionEffectsContext {
  trx: Transaction<Database>;
  loaded: LoadedCase;
  from: string;
  to: string;
  outcome: string | null;
  today: string;
}

/** Loads, locks and authorises; throws 404/403 as CaseError. */
export async function authorisedCase(
  trx: Transaction<Database>,
  actor: Actor,
  caseId: number,
  policy: PolicyAction,
): Promise<LoadedCase> {
  const loaded = await loadCaseForUpdate(trx, caseId);
  if (!loaded) throw new CaseError(404, 'not_found', CASE_NOT_FOUND);
  const decision = decide(actor, policy, loaded.resource);
  if (!decision.allowed)
    throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
  return loaded;
}

/** The request, or a function that makes it from the locked case (e.g. from the case's decision draft). */
export type ActionRequestSource =
  | ActionRequest
  | {
      action: CaseAction;
      resolve: (trx: Transaction<Database>, loaded: LoadedCase) => Promise<ActionRequest>;
    };

export async function performAction(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  source: ActionRequestSource,
  effects?: (e: ActionEffectsContext) => Promise<Record<string, unknown> | void>,
): Promise<{ caseId: number; state: string; outcome: string | null; version: number; eventId: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const policy = POLICY_OF_ACTION[source.action];
    const loaded = await authorisedCase(trx, actor, caseId, policy);
    const request = 'resolve' in source ? await source.resolve(trx, loaded) : source;
    const { row } = loaded;
    if (request.expectedVersion !== undefined && request.expectedVersion !== row.version) {
      throw new CaseError(409, 'version_conflict', {
        nb: 'Saken er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.',
        nn: 'Saka er endra av nokon andre sidan du opna henne. Last inn på nytt og prøv igjen.',
        en: 'Someone else changed the case since you opened it. Reload and try again.',
      });
    }
    const plan = planTransition(row.case_type, row.state, request);
    if (!plan.ok) {
      const stateError = plan.errors.find(
        (e) => e.code === 'not_allowed_in_state' || e.code === 'unknown_action',
      );
      throw new CaseError(
        stateError ? 409 : 400,
        stateError ? stateError.code : 'validation_failed',
        stateError?.texts ?? INVALID_REQUEST,
        plan.errors,
      );
    }
    const today = ctx.today();
    const extra =
      (await effects?.({ trx, loaded, from: plan.from, to: plan.to, outcome: plan.outcome, today })) ?? {};
    const decided = plan.outcome !== null;
    const closing = plan.to === 'closed' && row.state !== 'closed';
    const reopening = row.state === 'closed' && plan.to !== 'closed';
    const updated = await trx
      .updateTable('cases')
      .set({
        state: plan.to,
        version: row.version + 1,
        updated_at: sql`now()`,
        ...(decided ? { outcome: plan.outcome, decided_on: today } : {}),
        ...(closing ? { closed_on: today } : {}),
        ...(reopening ? { closed_on: null } : {}),
      })
      .where('id', '=', caseId)
      .returning(['state', 'outcome', 'version'])
      .executeTakeFirstOrThrow();
    const eventId = await appendEvent(trx, caseId, {
      kind: request.action,
      ...eventActor(actor),
      fromState: plan.from,
      toState: plan.to,
      reason: request.reason ?? null,
      data: { ...(plan.outcome ? { outcome: plan.outcome } : {}), ...extra },
    });
    await appendAudit(trx, {
      actor,
      action: policy,
      caseId,
      details: {
        step: request.action,
        from: plan.from,
        to: plan.to,
        ...(plan.outcome ? { outcome: plan.outcome } : {}),
      },
    });
    return { caseId, state: updated.state, outcome: updated.outcome, version: updated.version, eventId };
  });
}
