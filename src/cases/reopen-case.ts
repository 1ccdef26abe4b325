import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from './context.ts';
import { performAction } from './perform-action.ts';

/** Reopens a closed case (a party's request for a new assessment, or a reversal), always with a reason. */
export function reopenCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { reason: string; expectedVersion?: number },
) {
  return performAction(ctx, actor, caseId, { action: 'reopen', ...input });
}
