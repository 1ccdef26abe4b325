import type { Selectable } from 'kysely';
import type { Actor } from '../access/actors.ts';
import type { DecisionsTable } from '../db/schema.ts';
import { appealRouteOf, CASE_TYPE_DEFINITIONS } from '../domain/cases/case-types.ts';
import type { CaseAction } from '../domain/cases/state-machines.ts';
import { appealDeadline } from '../domain/calendar/index.ts';
import type { UseCaseContext } from './context.ts';
import { CaseError } from './errors.ts';
import { performAction } from './perform-action.ts';
import { addDocumentRow } from './repository.ts';

const REACTION_OUTCOMES = new Set([
  'faglig_palegg',
  'tilbakekall',
  'suspensjon',
  'begrensning',
  'tap_rekvirering',
]);
const REACTION_LAW: Record<string, string> = {
  faglig_palegg: 'helsepersonelloven § 56',
  tilbakekall: 'helsepersonelloven § 57',
  suspensjon: 'helsepersonelloven § 58',
  begrensning: 'helsepersonelloven § 59',
  tap_rekvirering: 'helsepersonelloven § 63',
};

/**
 * Issues the case's decision: from its draft, or from the input when there is none. The decision gets its
 * letter in the journal, and an enkeltvedtak its appeal deadline (counted from today: the letter is sent
 * digitally and reaches the party the same day); a reaction against a professional is registered.
 */
export function issueDecision(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  input: {
    action?: Extract<CaseAction, 'issue_decision' | 'issue_final_report' | 'conclude'>;
    outcome?: string;
    legalBasis?: string[];
    reasons?: string;
    expectedVersion?: number;
  } = {},
) {
  let draft: Selectable<DecisionsTable> | undefined;
  let outcome: string | undefined;
  let legalBasis: string[] | undefined;
  let reasons: string | undefined;
  const action = input.action ?? 'issue_decision';
  return performAction(
    ctx,
    actor,
    caseId,
    {
      action,
      // The draft is read under the case's lock, so what is issued is what was last drafted.
      resolve: async (trx, loaded) => {
        draft = await trx
          .selectFrom('decisions')
          .selectAll()
          .where('case_id', '=', caseId)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (draft && input.outcome && input.outcome !== draft.outcome) {
          throw new CaseError(409, 'draft_differs', {
            nb: 'Utfallet avviker fra utkastet. Oppdater utkastet først.',
            nn: 'Utfallet avvik frå utkastet. Oppdater utkastet først.',
            en: 'The outcome differs from the draft. Update the draft first.',
          });
        }
        outcome = input.outcome ?? draft?.outcome;
        legalBasis = input.legalBasis ?? draft?.legal_basis;
        reasons = input.reasons ?? draft?.reasons;
        const step =
          input.action ??
          (loaded.row.case_type === 'planned_supervision' ? 'issue_final_report' : 'issue_decision');
        return { action: step, outcome, legalBasis, reasons, expectedVersion: input.expectedVersion };
      },
    },
    async ({ trx, loaded, today }) => {
      const definition = CASE_TYPE_DEFINITIONS[loaded.row.case_type];
      const outcomeDefinition = definition.outcomes.find((o) => o.code === outcome);
      const individual = outcomeDefinition?.individualDecision ?? false;
      const route = outcome ? appealRouteOf(loaded.row.case_type, outcome) : null;
      const appeal = route ? appealDeadline(today, route).deadline : null;
      const language = draft?.language ?? (loaded.row.language === 'nn' ? 'nn' : 'nb');
      const letter = await addDocumentRow(trx, caseId, {
        direction: 'outbound',
        kind: 'decision',
        title:
          language === 'nn'
            ? `Vedtak/avgjerd i sak ${loaded.row.case_number}`
            : `Vedtak/avgjørelse i sak ${loaded.row.case_number}`,
        language,
        datedOn: today,
        authorId: actor.kind === 'staff' ? actor.userId : null,
        body: reasons ?? null,
      });
      const values = {
        outcome: outcome as string,
        legal_basis: legalBasis as string[],
        reasons: reasons as string,
        decided_on: today,
        decided_by: actor.kind === 'staff' ? actor.userId : null,
        is_individual_decision: individual,
        document_id: letter.id,
        status: 'issued' as const,
        appeal_deadline: appeal,
        issued_at: new Date().toISOString(),
      };
      const decision = draft
        ? await trx
            .updateTable('decisions')
            .set(values)
            .where('id', '=', draft.id)
            .returning('id')
            .executeTakeFirstOrThrow()
        : await trx
            .insertInto('decisions')
            .values({ ...values, case_id: caseId, language })
            .returning('id')
            .executeTakeFirstOrThrow();
      if (outcome && REACTION_OUTCOMES.has(outcome)) {
        await trx
          .insertInto('reactions')
          .values({
            case_id: caseId,
            decision_id: decision.id,
            professional_id: loaded.row.professional_id,
            provider_id: loaded.row.professional_id === null ? loaded.row.provider_id : null,
            kind: outcome as 'faglig_palegg',
            legal_basis: REACTION_LAW[outcome] as string,
            decided_on: today,
          })
          .execute();
      }
      return {
        decisionId: decision.id,
        documentId: letter.id,
        appealDeadline: appeal,
        individualDecision: individual,
      };
    },
  );
}
