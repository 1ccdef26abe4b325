import type { Actor } from '../access/actors.ts';
import { appendAudit } from '../access/audit.ts';
import { STATE_MACHINES } from '../domain/cases/state-machines.ts';
import { eventActor, type UseCaseContext } from './context.ts';
import { CaseError, INVALID_REQUEST } from './errors.ts';
import { authorisedCase } from './perform-action.ts';
import { appendEvent } from './repository.ts';

export interface DecisionDraftInput {
  outcome: string;
  legalBasis: string[];
  reasons: string;
  language: 'nb' | 'nn';
}

/**
 * Saves (or replaces) the case's decision draft: outcome, legal basis and reasons (fvl. §§ 24–25). The
 * outcome must be one the case's next deciding step allows, so a draft can always be issued.
 */
export function draftDecision(ctx: UseCaseContext, actor: Actor, caseId: number, input: DecisionDraftInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await authorisedCase(trx, actor, caseId, 'case.draft_decision');
    const { row } = loaded;
    const deciding = STATE_MACHINES[row.case_type].transitions.filter(
      (t) => t.from.includes(row.state) && t.outcomes.length > 0 && t.requires.includes('legalBasis'),
    );
    if (deciding.length === 0) {
      throw new CaseError(409, 'not_allowed_in_state', {
        nb: `Saken står i tilstanden «${row.state}» og kan ikke avgjøres nå.`,
        nn: `Saka står i tilstanden «${row.state}» og kan ikkje avgjerast no.`,
        en: `The case is in the state "${row.state}" and cannot be decided now.`,
      });
    }
    const allowed = deciding.flatMap((t) => t.outcomes);
    if (!allowed.includes(input.outcome)) {
      throw new CaseError(400, 'validation_failed', INVALID_REQUEST, [
        {
          field: 'outcome',
          code: 'outcome_not_allowed',
          texts: {
            nb: `Velg ett av: ${allowed.join(', ')}.`,
            nn: `Vel eitt av: ${allowed.join(', ')}.`,
            en: `Choose one of: ${allowed.join(', ')}.`,
          },
        },
      ]);
    }
    await trx.deleteFrom('decisions').where('case_id', '=', caseId).where('status', '=', 'draft').execute();
    const draft = await trx
      .insertInto('decisions')
      .values({
        case_id: caseId,
        outcome: input.outcome,
        legal_basis: input.legalBasis,
        reasons: input.reasons,
        decided_on: null,
        decided_by: actor.kind === 'staff' ? actor.userId : null,
        language: input.language,
        is_individual_decision: false,
        document_id: null,
        status: 'draft',
        appeal_deadline: null,
        issued_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendEvent(trx, caseId, {
      kind: 'decision_drafted',
      ...eventActor(actor),
      fromState: row.state,
      toState: row.state,
      reason: null,
      data: { decisionId: draft.id, outcome: input.outcome },
    });
    await appendAudit(trx, {
      actor,
      action: 'case.draft_decision',
      caseId,
      details: { decisionId: draft.id },
    });
    return { decisionId: draft.id, outcome: input.outcome };
  });
}
