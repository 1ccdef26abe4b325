import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from './context.ts';
import { performAction } from './perform-action.ts';
import { addDocumentRow } from './repository.ts';

/** Records the statement that came in: it goes into the journal and the legal clock runs again. */
export function recordStatement(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { statement: string; from?: string; expectedVersion?: number },
) {
  return performAction(
    ctx,
    actor,
    caseId,
    { action: 'record_statement', ...input },
    async ({ trx, loaded, today }) => {
      const doc = await addDocumentRow(trx, loaded.row.id, {
        direction: 'inbound',
        kind: 'statement',
        title: `Uttalelse${input.from ? ` fra ${input.from}` : ''}`,
        language: loaded.row.language,
        datedOn: today,
        authorId: null,
        body: input.statement,
      });
      let resumed: number | null = null;
      if (loaded.openSuspension) {
        await trx
          .updateTable('case_suspensions')
          .set({ resumed_on: today })
          .where('id', '=', loaded.openSuspension.id)
          .execute();
        resumed = loaded.openSuspension.id;
      }
      return { documentId: doc.id, resumedSuspension: resumed };
    },
  );
}
