import type { Actor } from '../access/actors.ts';
import type { CaseAction } from '../domain/cases/state-machines.ts';
import type { UseCaseContext } from './context.ts';
import { performAction } from './perform-action.ts';
import { addDocumentRow } from './repository.ts';

/**
 * The steps that only move a case on, with no writes of their own: open an investigation, start the
 * assessment, share a statement with the complainant, and the stages of a planned supervision.
 */
export const SIMPLE_STEPS = [
  'open_investigation',
  'start_assessment',
  'share_statement',
  'notify_provider',
  'request_self_report',
  'hold_audit_visit',
  'hold_closing_meeting',
  'send_draft_report',
  'send_advance_notice',
] as const satisfies readonly CaseAction[];
export type SimpleStep = (typeof SIMPLE_STEPS)[number];

export function advanceCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { action: SimpleStep; reason?: string; responseDeadline?: string; expectedVersion?: number },
) {
  return performAction(ctx, actor, caseId, input, async ({ trx, loaded, today, to }) => {
    // An advance notice or a draft report waits for the other side's comments: the clock stops until then.
    if (
      (input.action === 'send_advance_notice' || input.action === 'send_draft_report') &&
      input.responseDeadline
    ) {
      if (loaded.openSuspension) return { suspension: 'already_open' };
      const language = loaded.row.language === 'nn' ? 'nn' : 'nb';
      // The notice itself goes into the journal as a letter (fvl. § 16); the reason holds what is considered.
      const doc =
        input.action === 'send_advance_notice'
          ? await addDocumentRow(trx, loaded.row.id, {
              direction: 'outbound',
              kind: 'advance_notice',
              title:
                language === 'nn'
                  ? `Førehandsvarsel – sak ${loaded.row.case_number}`
                  : `Forhåndsvarsel – sak ${loaded.row.case_number}`,
              language,
              datedOn: today,
              authorId: actor.kind === 'staff' ? actor.userId : null,
              body: input.reason ?? null,
            })
          : null;
      await trx
        .insertInto('case_suspensions')
        .values({
          case_id: loaded.row.id,
          reason: input.action,
          from_date: today,
          response_deadline: input.responseDeadline,
          resumed_on: null,
          requested_from: null,
          document_id: doc?.id ?? null,
        })
        .execute();
      return {
        suspendedUntilAnswer: true,
        responseDeadline: input.responseDeadline,
        to,
        ...(doc ? { documentId: doc.id } : {}),
      };
    }
    return {};
  });
}
