import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from './context.ts';
import { performAction } from './perform-action.ts';

/**
 * Registers an appeal of an enkeltvedtak (a reaction against a professional goes to Statens
 * helsepersonellnemnd). A late appeal is registered too, marked late: fvl. § 31 lets it be considered.
 * Case types without appeal (a tilsynssak) are refused by their state machine with the reason.
 */
export function appealDecision(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { reason: string; expectedVersion?: number },
) {
  return performAction(
    ctx,
    actor,
    caseId,
    { action: 'register_appeal', ...input },
    async ({ trx, today }) => {
      const decision = await trx
        .selectFrom('decisions')
        .select(['id', 'appeal_deadline'])
        .where('case_id', '=', caseId)
        .where('status', '=', 'issued')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      const late = decision?.appeal_deadline ? today > decision.appeal_deadline : false;
      return { decisionId: decision?.id ?? null, appealDeadline: decision?.appeal_deadline ?? null, late };
    },
  );
}
