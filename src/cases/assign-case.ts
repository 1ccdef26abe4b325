import type { Actor } from '../access/actors.ts';
import { appendAudit } from '../access/audit.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { CaseError, INVALID_REQUEST } from './errors.ts';
import { authorisedCase } from './perform-action.ts';
import { appendEvent } from './repository.ts';

/**
 * Assigns (or reassigns) a case to a caseworker of the case's office. The assignee must hold a
 * case-handling role there and must not be disqualified (inhabil) in the case.
 */
export function assignCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { userId: number; reason?: string },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await authorisedCase(trx, actor, caseId, 'case.assign');
    const { row, resource } = loaded;
    const grants = await trx
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', input.userId)
      .where('office_code', '=', row.office_code)
      .execute();
    const canHandle = grants.some(
      (g) => g.role === 'caseworker' || g.role === 'national_lawyer' || g.role === 'office_manager',
    );
    const problem = !canHandle
      ? {
          nb: 'Personen er ikke saksbehandler ved sakens embete.',
          nn: 'Personen er ikkje sakshandsamar ved embetet til saka.',
          en: "The person is not a caseworker at the case's office.",
        }
      : resource.disqualifiedUserIds.includes(input.userId)
        ? {
            nb: 'Personen er inhabil i saken.',
            nn: 'Personen er ugild i saka.',
            en: 'The person is disqualified in this case.',
          }
        : null;
    if (problem)
      throw new CaseError(400, 'validation_failed', INVALID_REQUEST, [
        { field: 'userId', code: 'cannot_handle', texts: problem },
      ]);
    if (row.assigned_to === input.userId) return { caseId, assignedTo: input.userId, changed: false };
    await trx
      .updateTable('cases')
      .set({ assigned_to: input.userId, version: row.version + 1 })
      .where('id', '=', caseId)
      .execute();
    await appendEvent(trx, caseId, {
      kind: 'assigned',
      ...eventActor(actor),
      fromState: row.state,
      toState: row.state,
      reason: input.reason ?? null,
      data: { from: row.assigned_to, to: input.userId },
    });
    await appendAudit(trx, { actor, action: 'case.assign', caseId, details: { to: input.userId } });
    return { caseId, assignedTo: input.userId, changed: true };
  });
}
