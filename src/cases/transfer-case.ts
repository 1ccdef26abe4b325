import type { Actor } from '../access/actors.ts';
import { NATIONAL_OFFICE } from '../db/reference.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { performAction } from './perform-action.ts';
import { appendEvent, nextCaseNumber } from './repository.ts';

/**
 * Sends a tilsynssak to the national body for a possible reaction against a professional: a new
 * personnel-reaction case opens at Statens helsetilsyn, linked both ways to the office's case.
 */
export function transferCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: { reason: string; expectedVersion?: number },
) {
  return performAction(
    ctx,
    actor,
    caseId,
    { action: 'transfer_to_national_body', ...input },
    async ({ trx, loaded, today }) => {
      const source = loaded.row;
      const caseNumber = await nextCaseNumber(trx, Number(today.slice(0, 4)));
      const created = await trx
        .insertInto('cases')
        .values({
          case_number: caseNumber,
          case_type: 'personnel_reaction',
          sector: source.sector,
          office_code: NATIONAL_OFFICE,
          provider_id: source.provider_id,
          professional_id: source.professional_id,
          municipality_number: source.municipality_number,
          service_type: source.service_type,
          themes: source.themes,
          urgency: source.urgency,
          state: 'received',
          outcome: null,
          channel: 'transfer',
          received_on: today,
          decided_on: null,
          closed_on: null,
          title: source.title,
          narrative: source.narrative,
          language: source.language,
          confidential: source.confidential,
          assigned_to: null,
          parent_case_id: source.id,
          campaign: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('case_links')
        .values([
          { case_id: source.id, linked_case_id: created.id, kind: 'transferred_to' },
          { case_id: created.id, linked_case_id: source.id, kind: 'transferred_from' },
        ])
        .execute();
      const parties = await trx
        .selectFrom('case_parties')
        .select(['person_id', 'role', 'preferred_language'])
        .where('case_id', '=', source.id)
        .execute();
      if (parties.length > 0)
        await trx
          .insertInto('case_parties')
          .values(parties.map((p) => ({ ...p, case_id: created.id })))
          .execute();
      await appendEvent(trx, created.id, {
        kind: 'received',
        ...eventActor(actor),
        fromState: null,
        toState: 'received',
        reason: input.reason,
        data: { channel: 'transfer', fromCase: source.id },
      });
      return { transferredTo: created.id, transferredToNumber: caseNumber };
    },
  );
}
