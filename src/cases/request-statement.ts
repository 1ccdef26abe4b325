import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from './context.ts';
import { CaseError } from './errors.ts';
import { performAction } from './perform-action.ts';
import { addDocumentRow } from './repository.ts';

/**
 * Asks the provider or professional for a statement: the request goes into the journal, and the legal
 * clock stops until the answer comes (the suspension ledger), with its own response deadline.
 */
export function requestStatement(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { recipient: string; responseDeadline: string; questions?: string; expectedVersion?: number },
) {
  return performAction(
    ctx,
    actor,
    caseId,
    { action: 'request_statement', ...input },
    async ({ trx, loaded, today }) => {
      if (input.responseDeadline < today) {
        throw new CaseError(
          400,
          'validation_failed',
          {
            nb: 'Svarfristen er passert.',
            nn: 'Svarfristen er passert.',
            en: 'The response deadline has passed.',
          },
          [
            {
              field: 'responseDeadline',
              code: 'in_the_past',
              texts: {
                nb: 'Svarfristen kan ikke være før i dag.',
                nn: 'Svarfristen kan ikkje vere før i dag.',
                en: 'The response deadline cannot be before today.',
              },
            },
          ],
        );
      }
      if (loaded.openSuspension) {
        throw new CaseError(409, 'already_waiting', {
          nb: 'Saken venter allerede på svar. Registrer svaret før du ber om en ny uttalelse.',
          nn: 'Saka ventar alt på svar. Registrer svaret før du ber om ei ny fråsegn.',
          en: 'The case is already waiting for an answer. Record it before requesting another statement.',
        });
      }
      const language = loaded.row.language === 'nn' ? 'nn' : 'nb';
      const doc = await addDocumentRow(trx, loaded.row.id, {
        direction: 'outbound',
        kind: 'request_for_statement',
        title:
          language === 'nn'
            ? `Førespurnad om fråsegn – sak ${loaded.row.case_number}`
            : `Anmodning om uttalelse – sak ${loaded.row.case_number}`,
        language,
        datedOn: today,
        authorId: actor.kind === 'staff' ? actor.userId : null,
        body: input.questions ?? null,
      });
      await trx
        .insertInto('case_suspensions')
        .values({
          case_id: loaded.row.id,
          reason: 'request_statement',
          from_date: today,
          response_deadline: input.responseDeadline,
          resumed_on: null,
          requested_from: input.recipient,
          document_id: doc.id,
        })
        .execute();
      return { documentId: doc.id, recipient: input.recipient, responseDeadline: input.responseDeadline };
    },
  );
}
