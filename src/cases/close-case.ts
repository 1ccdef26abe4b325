import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from './context.ts';
import { performAction } from './perform-action.ts';

/**
 * Closes a case whose handling is over: a follow-up that is done, corrections accepted after a planned
 * supervision, or an appeal decided by Statens helsepersonellnemnd. Always with a reason.
 */
export function closeCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: {
    action?: 'close' | 'accept_corrections' | 'decide_appeal';
    reason: string;
    expectedVersion?: number;
  },
) {
  return performAction(ctx, actor, caseId, { ...input, action: input.action ?? 'close' });
}
