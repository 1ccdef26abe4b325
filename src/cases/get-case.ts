/**
 * Reads one case as the actor may see it: in full (and then the read of personal data is logged with its
 * purpose), or pseudonymised — the national knowledge-base view of another office's case, without people.
 */
import type { Actor } from '../access/actors.ts';
import { logPersonalDataRead } from '../access/audit.ts';
import { decide } from '../access/policies.ts';
import { availableActions } from '../domain/cases/transition.ts';
import type { UseCaseContext } from './context.ts';
import { caseDeadlines, type CaseDeadlines } from './deadlines.ts';
import { CASE_NOT_FOUND, CaseError } from './errors.ts';
import { loadCase } from './repository.ts';

export interface CaseView {
  id: number;
  caseNumber: string;
  caseType: string;
  state: string;
  outcome: string | null;
  officeCode: string;
  provider: { id: number; name: string; orgNumber: string } | null;
  professionalId: number | null;
  municipalityNumber: string | null;
  serviceType: string | null;
  themes: string[];
  urgency: string[];
  receivedOn: string;
  decidedOn: string | null;
  closedOn: string | null;
  title: string;
  /** The complainant's own words: personal data, so absent in the pseudonymised view. */
  narrative: string | null;
  language: string;
  confidential: boolean;
  assignedTo: number | null;
  version: number;
  pseudonymised: boolean;
  parties: { role: string; name: string; personId: number; preferredLanguage: string }[] | null;
  deadlines: CaseDeadlines;
  suspensions: { from: string; responseDeadline: string; resumedOn: string | null; reason: string }[];
  events: {
    seq: number;
    at: string;
    kind: string;
    from: string | null;
    to: string | null;
    reason: string | null;
    actorKind: string;
  }[];
  documents: { id: number; seq: number; direction: string; kind: string; title: string; datedOn: string }[];
  decisions: {
    id: number;
    status: string;
    outcome: string;
    legalBasis: string[];
    decidedOn: string | null;
    appealDeadline: string | null;
    individualDecision: boolean;
    /** The reasons and the letter's language: for the drafting caseworker, absent when pseudonymised. */
    reasons: string | null;
    language: string;
  }[];
  availableActions: string[];
}

export async function getCase(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  purpose: string,
): Promise<CaseView> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw new CaseError(404, 'not_found', CASE_NOT_FOUND);
    const decision = decide(actor, 'case.read', loaded.resource);
    if (!decision.allowed)
      throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
    const pseudonymised = decision.pseudonymise === true;
    const { row } = loaded;
    const [provider, parties, suspensions, events, documents, decisions] = await Promise.all([
      row.provider_id
        ? trx
            .selectFrom('providers')
            .select(['id', 'name', 'org_number'])
            .where('id', '=', row.provider_id)
            .executeTakeFirst()
        : Promise.resolve(undefined),
      pseudonymised
        ? Promise.resolve([])
        : trx
            .selectFrom('case_parties as cp')
            .innerJoin('persons as p', 'p.id', 'cp.person_id')
            .select(['cp.role', 'p.given_name', 'p.family_name', 'p.id', 'cp.preferred_language'])
            .where('cp.case_id', '=', caseId)
            .orderBy('cp.id')
            .execute(),
      trx.selectFrom('case_suspensions').selectAll().where('case_id', '=', caseId).orderBy('id').execute(),
      trx
        .selectFrom('case_events')
        .select(['seq', 'occurred_at', 'kind', 'from_state', 'to_state', 'reason', 'actor_kind'])
        .where('case_id', '=', caseId)
        .orderBy('seq')
        .execute(),
      trx
        .selectFrom('documents')
        .select(['id', 'seq', 'direction', 'kind', 'title', 'dated_on'])
        .where('case_id', '=', caseId)
        .orderBy('seq')
        .execute(),
      trx.selectFrom('decisions').selectAll().where('case_id', '=', caseId).orderBy('id').execute(),
    ]);
    if (decision.logPersonalDataRead) await logPersonalDataRead(trx, actor, caseId, purpose);
    return {
      id: row.id,
      caseNumber: row.case_number,
      caseType: row.case_type,
      state: row.state,
      outcome: row.outcome,
      officeCode: row.office_code,
      provider: provider ? { id: provider.id, name: provider.name, orgNumber: provider.org_number } : null,
      professionalId: pseudonymised ? null : row.professional_id,
      municipalityNumber: row.municipality_number,
      serviceType: row.service_type,
      themes: row.themes,
      urgency: row.urgency,
      receivedOn: row.received_on,
      decidedOn: row.decided_on,
      closedOn: row.closed_on,
      title: row.title,
      narrative: pseudonymised ? null : row.narrative,
      language: row.language,
      confidential: row.confidential,
      assignedTo: row.assigned_to,
      version: row.version,
      pseudonymised,
      parties: pseudonymised
        ? null
        : parties.map((p) => ({
            role: p.role,
            name: `${p.given_name} ${p.family_name}`,
            personId: p.id,
            preferredLanguage: p.preferred_language,
          })),
      deadlines: caseDeadlines({
        caseType: row.case_type,
        receivedOn: row.received_on,
        decidedOn: row.decided_on,
        closedOn: row.closed_on,
        suspensions,
        interimReplySent: documents.some((d) => d.kind === 'interim_reply'),
        today: ctx.today(),
      }),
      suspensions: suspensions.map((s) => ({
        from: s.from_date,
        responseDeadline: s.response_deadline,
        resumedOn: s.resumed_on,
        reason: s.reason,
      })),
      events: events.map((e) => ({
        seq: e.seq,
        at: new Date(e.occurred_at).toISOString(),
        kind: e.kind,
        from: e.from_state,
        to: e.to_state,
        reason: pseudonymised ? null : e.reason,
        actorKind: e.actor_kind,
      })),
      documents: documents.map((d) => ({
        id: d.id,
        seq: d.seq,
        direction: d.direction,
        kind: d.kind,
        title: d.title,
        datedOn: d.dated_on,
      })),
      decisions: decisions.map((d) => ({
        id: d.id,
        status: d.status,
        outcome: d.outcome,
        legalBasis: d.legal_basis,
        decidedOn: d.decided_on,
        appealDeadline: d.appeal_deadline,
        individualDecision: d.is_individual_decision,
        reasons: pseudonymised ? null : d.reasons,
        language: d.language,
      })),
      availableActions: pseudonymised ? [] : availableActions(row.case_type, row.state).map((r) => r.action),
    };
  });
}
