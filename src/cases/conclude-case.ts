import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from './context.ts';
import { issueDecision } from './issue-decision.ts';
import { performAction } from './perform-action.ts';

/**
 * Concludes a case without a full investigation: a tilsynssak closed after the initial assessment (no case,
 * sent to another authority, left to the provider under § 7-4 a), a notice closed or sent to an office,
 * or a rights appeal dismissed (which is an enkeltvedtak with reasons, so it goes through a decision).
 */
export async function concludeCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: {
    outcome: string;
    reason?: string;
    legalBasis?: string[];
    reasons?: string;
    expectedVersion?: number;
  },
) {
  if (input.legalBasis || input.reasons)
    return issueDecision(ctx, actor, caseId, { action: 'conclude', ...input });
  return performAction(ctx, actor, caseId, { action: 'conclude', ...input });
}
