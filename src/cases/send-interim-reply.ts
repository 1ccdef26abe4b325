import type { Actor } from '../access/actors.ts';
import { appendAudit } from '../access/audit.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { caseDeadlines } from './deadlines.ts';
import { CaseError } from './errors.ts';
import { authorisedCase } from './perform-action.ts';
import { addDocumentRow, appendEvent } from './repository.ts';

/**
 * Sends the foreløpig svar owed when a written request cannot be answered within one month
 * (forvaltningsloven § 11 a): it says when the answer is expected — the case's computed processing
 * deadline — and why it takes time.
 */
export function sendInterimReply(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { delayExplanation?: string },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { row } = await authorisedCase(trx, actor, caseId, 'case.add_document');
    if (row.state === 'closed') {
      throw new CaseError(409, 'not_allowed_in_state', {
        nb: 'Saken er avsluttet.',
        nn: 'Saka er avslutta.',
        en: 'The case is closed.',
      });
    }
    const suspensions = await trx
      .selectFrom('case_suspensions')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute();
    const today = ctx.today();
    const deadlines = caseDeadlines({
      caseType: row.case_type,
      receivedOn: row.received_on,
      decidedOn: row.decided_on,
      closedOn: row.closed_on,
      suspensions,
      interimReplySent: false,
      today,
    });
    const expected = deadlines.processing.deadline ?? deadlines.processing.provisionalDeadline ?? today;
    const language = row.language === 'nn' ? 'nn' : 'nb';
    const doc = await addDocumentRow(trx, caseId, {
      direction: 'outbound',
      kind: 'interim_reply',
      title:
        language === 'nn'
          ? `Førebels svar – sak ${row.case_number}`
          : `Foreløpig svar – sak ${row.case_number}`,
      language,
      datedOn: today,
      authorId: actor.kind === 'staff' ? actor.userId : null,
      body: JSON.stringify({
        expectedAnswerBy: expected > today ? expected : null,
        delayExplanation: input.delayExplanation ?? null,
      }),
    });
    await appendEvent(trx, caseId, {
      kind: 'interim_reply_sent',
      ...eventActor(actor),
      fromState: row.state,
      toState: row.state,
      reason: null,
      data: { documentId: doc.id, expectedAnswerBy: expected },
    });
    await appendAudit(trx, {
      actor,
      action: 'case.add_document',
      caseId,
      details: { documentId: doc.id, kind: 'interim_reply' },
    });
    return { documentId: doc.id, expectedAnswerBy: expected };
  });
}
