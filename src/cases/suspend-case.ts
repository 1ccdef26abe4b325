import type { Actor } from '../access/actors.ts';
import { appendAudit } from '../access/audit.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { CaseError } from './errors.ts';
import { authorisedCase } from './perform-action.ts';
import { appendEvent } from './repository.ts';

/**
 * Stops the case's legal clock while the office waits for someone outside it (other than a statement,
 * which `requestStatement` handles), with the awaited party's own response deadline.
 */
export function suspendCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { reason: string; responseDeadline: string },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, openSuspension } = await authorisedCase(trx, actor, caseId, 'case.suspend');
    if (row.state === 'closed')
      throw new CaseError(409, 'not_allowed_in_state', {
        nb: 'Saken er avsluttet.',
        nn: 'Saka er avslutta.',
        en: 'The case is closed.',
      });
    if (openSuspension)
      throw new CaseError(409, 'already_suspended', {
        nb: 'Fristen står allerede stille.',
        nn: 'Fristen står alt stille.',
        en: 'The clock is already stopped.',
      });
    const today = ctx.today();
    const s = await trx
      .insertInto('case_suspensions')
      .values({
        case_id: caseId,
        reason: input.reason,
        from_date: today,
        response_deadline: input.responseDeadline,
        resumed_on: null,
        requested_from: null,
        document_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendEvent(trx, caseId, {
      kind: 'suspended',
      ...eventActor(actor),
      fromState: row.state,
      toState: row.state,
      reason: input.reason,
      data: { suspensionId: s.id, responseDeadline: input.responseDeadline },
    });
    await appendAudit(trx, { actor, action: 'case.suspend', caseId, details: { suspensionId: s.id } });
    return { suspensionId: s.id, from: today };
  });
}

/** Restarts the clock. */
export function resumeCase(ctx: UseCaseContext, actor: Actor, caseId: number, input: { reason?: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, openSuspension } = await authorisedCase(trx, actor, caseId, 'case.suspend');
    if (!openSuspension)
      throw new CaseError(409, 'not_suspended', {
        nb: 'Fristen går allerede.',
        nn: 'Fristen går alt.',
        en: 'The clock is already running.',
      });
    const today = ctx.today();
    await trx
      .updateTable('case_suspensions')
      .set({ resumed_on: today })
      .where('id', '=', openSuspension.id)
      .execute();
    await appendEvent(trx, caseId, {
      kind: 'resumed',
      ...eventActor(actor),
      fromState: row.state,
      toState: row.state,
      reason: input.reason ?? null,
      data: { suspensionId: openSuspension.id },
    });
    await appendAudit(trx, {
      actor,
      action: 'case.suspend',
      caseId,
      details: { resumed: openSuspension.id },
    });
    return { suspensionId: openSuspension.id, resumedOn: today };
  });
}
