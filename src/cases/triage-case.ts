import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from './context.ts';
import { performAction } from './perform-action.ts';

/** Takes a received case into handling: initial assessment (or straight to investigation, by case type). */
export function triageCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { reason?: string; expectedVersion?: number },
) {
  return performAction(ctx, actor, caseId, { action: 'triage', ...input });
}
