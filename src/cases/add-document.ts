import type { Actor } from '../access/actors.ts';
import { appendAudit } from '../access/audit.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { authorisedCase } from './perform-action.ts';
import { addDocumentRow, appendEvent } from './repository.ts';

/** Adds a document or a note to the case's journal (inbound, outbound or internal). */
export function addDocument(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: {
    direction: 'inbound' | 'outbound' | 'internal';
    kind: string;
    title: string;
    body?: string;
    language?: 'nb' | 'nn' | 'en';
  },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { row } = await authorisedCase(trx, actor, caseId, 'case.add_document');
    const doc = await addDocumentRow(trx, caseId, {
      direction: input.direction,
      kind: input.kind,
      title: input.title,
      language: input.language ?? row.language,
      datedOn: ctx.today(),
      authorId: actor.kind === 'staff' ? actor.userId : null,
      body: input.body ?? null,
    });
    await appendEvent(trx, caseId, {
      kind: 'document_added',
      ...eventActor(actor),
      fromState: row.state,
      toState: row.state,
      reason: null,
      data: { documentId: doc.id, kind: input.kind },
    });
    await appendAudit(trx, { actor, action: 'case.add_document', caseId, details: { documentId: doc.id } });
    return { documentId: doc.id, seq: doc.seq };
  });
}
