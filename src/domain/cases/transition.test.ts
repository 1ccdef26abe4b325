import { describe, expect, it } from 'vitest';
import { CASE_TYPE_DEFINITIONS, CASE_TYPES, type CaseType } from './case-types.ts';
import { CASE_ACTIONS, STATE_MACHINES } from './state-machines.ts';
import { planTransition, type TransitionInput } from './transition.ts';

const decision = { legalBasis: ['helsepersonelloven § 4'], reasons: 'Begrunnelse.' };
const statement = { recipient: 'Virksomheten', responseDeadline: '2026-03-01' };

/**
 * Paths written by hand from the law and the issue: each walks a case from its first state to one outcome.
 * [action, extra input, expected state after].
 */
type Step = [string, Partial<TransitionInput>, string];
const PATHS: Record<CaseType, { outcome: string; steps: Step[] }[]> = {
  incident_supervision: [
    ...['closed_without_case', 'sent_to_other_authority', 'left_to_provider'].map((outcome) => ({
      outcome,
      steps: [
        ['triage', {}, 'initial_assessment'],
        ['conclude', { outcome, reason: 'Vurdert.' }, 'closed'],
      ] as Step[],
    })),
    ...[
      ['breach', 'follow_up'],
      ['no_breach', 'closed'],
      ['closed_with_guidance', 'closed'],
    ].map(([outcome, after]) => ({
      outcome: outcome as string,
      steps: [
        ['triage', {}, 'initial_assessment'],
        ['open_investigation', {}, 'investigating'],
        ['request_statement', statement, 'investigating'],
        ['record_statement', { statement: 'Svar fra virksomheten.' }, 'investigating'],
        ['share_statement', {}, 'investigating'],
        ['start_assessment', {}, 'assessing'],
        ['issue_decision', { outcome, ...decision }, after],
        ...(after === 'follow_up' ? [['close', { reason: 'Rettet.' }, 'closed']] : []),
      ] as Step[],
    })),
    {
      outcome: 'sent_to_national_body',
      steps: [
        ['triage', {}, 'initial_assessment'],
        ['open_investigation', {}, 'investigating'],
        ['transfer_to_national_body', { reason: 'Mulig reaksjon.' }, 'transferred'],
        ['close', { reason: 'Oversendt.' }, 'closed'],
      ],
    },
  ],
  rights_appeal: [
    ...['upheld', 'partly_upheld', 'not_upheld', 'sent_back'].map((outcome) => ({
      outcome,
      steps: [
        ['triage', {}, 'investigating'],
        ['request_statement', statement, 'investigating'],
        ['record_statement', { statement: 'Svar.' }, 'investigating'],
        ['start_assessment', {}, 'assessing'],
        ['issue_decision', { outcome, ...decision }, 'closed'],
      ] as Step[],
    })),
    { outcome: 'dismissed', steps: [['conclude', { outcome: 'dismissed', ...decision }, 'closed']] },
  ],
  serious_incident_notice: [
    ...['closed_after_initial_checks', 'sent_to_office'].map((outcome) => ({
      outcome,
      steps: [
        ['triage', {}, 'initial_checks'],
        ['conclude', { outcome, reason: 'Vurdert.' }, 'closed'],
      ] as Step[],
    })),
    ...['account_requested', 'onsite_inspection'].map((outcome) => ({
      outcome,
      steps: [
        ['triage', {}, 'initial_checks'],
        ['request_statement', statement, 'account_requested'],
        ['record_statement', { statement: 'Redegjørelse.' }, 'assessing'],
        ['issue_decision', { outcome, ...decision }, 'closed'],
      ] as Step[],
    })),
  ],
  personnel_reaction: [
    'faglig_palegg',
    'tilbakekall',
    'suspensjon',
    'begrensning',
    'tap_rekvirering',
    'no_reaction',
  ].map((outcome) => ({
    outcome,
    steps: [
      ['triage', {}, 'investigating'],
      ['request_statement', statement, 'investigating'],
      ['record_statement', { statement: 'Uttalelse.' }, 'investigating'],
      ['send_advance_notice', { responseDeadline: '2026-04-01' }, 'advance_notice'],
      ['record_statement', { statement: 'Merknader til forhåndsvarselet.' }, 'advance_notice'],
      ['start_assessment', {}, 'assessing'],
      ['issue_decision', { outcome, ...decision }, 'closed'],
      ['register_appeal', { reason: 'Klage til Statens helsepersonellnemnd.' }, 'appealed'],
      ['decide_appeal', { reason: 'Nemnda stadfestet.' }, 'closed'],
    ] as Step[],
  })),
  planned_supervision: [
    ['breach', 'follow_up'],
    ['remark', 'closed'],
    ['no_findings', 'closed'],
  ].map(([outcome, after]) => ({
    outcome: outcome as string,
    steps: [
      ['notify_provider', { responseDeadline: '2026-05-01' }, 'notified'],
      ['request_self_report', { responseDeadline: '2026-05-15' }, 'self_report'],
      ['hold_audit_visit', {}, 'audit_visit'],
      ['hold_closing_meeting', {}, 'closing_meeting'],
      ['send_draft_report', { responseDeadline: '2026-07-01' }, 'draft_report'],
      ['issue_final_report', { outcome, ...decision }, after],
      ...(after === 'follow_up' ? [['accept_corrections', { reason: 'Retting godtatt.' }, 'closed']] : []),
    ] as Step[],
  })),
};

/** Which actions each state allows, written by hand (the complement must be refused). */
const ALLOWED: Record<CaseType, Record<string, string[]>> = {
  incident_supervision: {
    received: ['triage'],
    initial_assessment: ['conclude', 'open_investigation'],
    investigating: [
      'request_statement',
      'record_statement',
      'share_statement',
      'start_assessment',
      'transfer_to_national_body',
    ],
    assessing: [
      'request_statement',
      'record_statement',
      'share_statement',
      'issue_decision',
      'transfer_to_national_body',
    ],
    follow_up: ['close'],
    transferred: ['close'],
    closed: ['reopen'],
  },
  rights_appeal: {
    received: ['triage', 'conclude'],
    investigating: ['request_statement', 'record_statement', 'start_assessment', 'conclude'],
    assessing: ['request_statement', 'record_statement', 'issue_decision'],
    closed: ['reopen'],
  },
  serious_incident_notice: {
    received: ['triage'],
    initial_checks: ['conclude', 'request_statement'],
    account_requested: ['record_statement'],
    assessing: ['issue_decision'],
    closed: ['reopen'],
  },
  personnel_reaction: {
    received: ['triage'],
    investigating: ['request_statement', 'record_statement', 'send_advance_notice'],
    advance_notice: ['record_statement', 'start_assessment'],
    assessing: ['issue_decision'],
    appealed: ['decide_appeal'],
    closed: ['register_appeal'],
  },
  planned_supervision: {
    planned: ['notify_provider'],
    notified: ['request_self_report', 'hold_audit_visit'],
    self_report: ['hold_audit_visit'],
    audit_visit: ['hold_closing_meeting'],
    closing_meeting: ['send_draft_report'],
    draft_report: ['issue_final_report'],
    follow_up: ['accept_corrections'],
    closed: [],
  },
};

describe('case types as state machines', () => {
  for (const caseType of CASE_TYPES) {
    it(`${caseType}: walks through every state to each outcome`, () => {
      const reachedOutcomes = new Set<string>();
      const visited = new Set<string>([STATE_MACHINES[caseType].initial]);
      for (const path of PATHS[caseType]) {
        let state = STATE_MACHINES[caseType].initial;
        let outcome: string | null = null;
        for (const [action, extra, expected] of path.steps) {
          const plan = planTransition(caseType, state, { action, ...extra });
          expect(plan.ok, `${caseType} ${state} --${action}-->`).toBe(true);
          if (!plan.ok) return;
          expect(plan.to, `${caseType} ${state} --${action}-->`).toBe(expected);
          state = plan.to;
          visited.add(state);
          outcome = plan.outcome ?? outcome;
        }
        expect(state).toBe('closed');
        expect(outcome).toBe(path.outcome);
        reachedOutcomes.add(outcome as string);
      }
      const declared = CASE_TYPE_DEFINITIONS[caseType].outcomes
        .map((o) => o.code)
        .filter((c) => c !== 'advarsel');
      expect([...reachedOutcomes].sort()).toEqual(declared.sort());
      expect([...visited].sort()).toEqual([...STATE_MACHINES[caseType].states].sort());
    });

    it(`${caseType}: refuses every action outside its state, with a message in three languages`, () => {
      for (const state of STATE_MACHINES[caseType].states) {
        for (const action of CASE_ACTIONS) {
          const allowed = ALLOWED[caseType][state]?.includes(action) ?? false;
          const plan = planTransition(caseType, state, {
            action,
            outcome: null,
            reason: 'r',
            legalBasis: ['x'],
            reasons: 'r',
            responseDeadline: '2026-01-01',
            recipient: 'r',
            statement: 's',
          });
          if (allowed) continue;
          expect(plan.ok, `${caseType}/${state}/${action} should be refused`).toBe(false);
          if (plan.ok) continue;
          const error = plan.errors[0]!;
          expect(['unknown_action', 'not_allowed_in_state']).toContain(error.code);
          for (const text of Object.values(error.texts)) expect(text.length).toBeGreaterThan(20);
        }
      }
    });
  }

  it('names each missing field and refuses an outcome that does not belong to the step', () => {
    const missing = planTransition('incident_supervision', 'assessing', {
      action: 'issue_decision',
      outcome: 'breach',
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.map((e) => e.field).sort()).toEqual(['legalBasis', 'reasons']);
    const wrong = planTransition('incident_supervision', 'assessing', {
      action: 'issue_decision',
      outcome: 'upheld',
      ...decision,
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors[0]).toMatchObject({ field: 'outcome', code: 'outcome_not_allowed' });
    const blank = planTransition('incident_supervision', 'follow_up', { action: 'close', reason: '   ' });
    expect(blank.ok).toBe(false);
    const state = planTransition('rights_appeal', 'closed', {
      action: 'issue_decision',
      outcome: 'upheld',
      ...decision,
    });
    expect(!state.ok && state.errors[0]?.texts.en).toBe(
      'The case is in the state "closed". "Decide" is only possible in: assessing.',
    );
  });

  it("keeps the generator's open states inside each machine", () => {
    for (const caseType of CASE_TYPES) {
      for (const s of CASE_TYPE_DEFINITIONS[caseType].openStates)
        expect(STATE_MACHINES[caseType].states, `${caseType}/${s}`).toContain(s);
    }
  });
});
