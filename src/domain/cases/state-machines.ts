/**
 * Each case type as a state machine, declared as data: its states, and for every action the states it may
 * start from, where it leads, what the caseworker must supply and which outcomes it may set. Code reads
 * these tables (`transition.ts`); adding a step is adding a row.
 */
import { CASE_TYPE_DEFINITIONS, CLOSED_STATE, type CaseType } from './case-types.ts';

/** What a caseworker (or the system) does to a case. */
export const CASE_ACTIONS = [
  'triage',
  'open_investigation',
  'request_statement',
  'record_statement',
  'share_statement',
  'start_assessment',
  'send_advance_notice',
  'issue_decision',
  'conclude',
  'transfer_to_national_body',
  'notify_provider',
  'request_self_report',
  'hold_audit_visit',
  'hold_closing_meeting',
  'send_draft_report',
  'issue_final_report',
  'accept_corrections',
  'close',
  'reopen',
  'register_appeal',
  'decide_appeal',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Fields an action needs from the caseworker; checked before anything is written. */
export type RequiredField =
  'reason' | 'outcome' | 'legalBasis' | 'reasons' | 'responseDeadline' | 'recipient' | 'statement';

export interface TransitionRule {
  action: CaseAction;
  from: readonly string[];
  /** Next state; `stay` keeps the state (e.g. a request for a statement during an investigation). */
  to: string | 'stay';
  requires: readonly RequiredField[];
  /** Outcomes this action may set (their codes); empty when it sets none. */
  outcomes: readonly string[];
  /** Where the state goes after an outcome, when it depends on which (e.g. breach → follow-up). */
  toByOutcome?: Readonly<Record<string, string>>;
  /** The action waits for someone outside the office: the legal clock stops until it is answered. */
  suspendsClock?: boolean;
  resumesClock?: boolean;
  nb: string;
  nn: string;
  en: string;
}

export interface StateMachine {
  caseType: CaseType;
  initial: string;
  states: readonly string[];
  transitions: readonly TransitionRule[];
}

const t = (
  action: CaseAction,
  from: readonly string[],
  to: string | 'stay',
  requires: readonly RequiredField[],
  labels: [string, string, string],
  extra: Partial<TransitionRule> = {},
): TransitionRule => ({
  action,
  from,
  to,
  requires,
  outcomes: [],
  nb: labels[0],
  nn: labels[1],
  en: labels[2],
  ...extra,
});

const outcomes = (caseType: CaseType, ...codes: string[]) => {
  const known = new Set(CASE_TYPE_DEFINITIONS[caseType].outcomes.map((o) => o.code));
  for (const code of codes) if (!known.has(code)) throw new Error(`${caseType}: unknown outcome ${code}`);
  return codes;
};

const DECISION: RequiredField[] = ['outcome', 'legalBasis', 'reasons'];

export const STATE_MACHINES: Record<CaseType, StateMachine> = {
  incident_supervision: {
    caseType: 'incident_supervision',
    initial: 'received',
    states: [
      'received',
      'initial_assessment',
      'investigating',
      'assessing',
      'follow_up',
      'transferred',
      CLOSED_STATE,
    ],
    transitions: [
      t(
        'triage',
        ['received'],
        'initial_assessment',
        [],
        ['Innledende vurdering', 'Innleiande vurdering', 'Initial assessment'],
      ),
      t(
        'conclude',
        ['initial_assessment'],
        CLOSED_STATE,
        ['outcome', 'reason'],
        ['Avslutt uten tilsynssak', 'Avslutt utan tilsynssak', 'Close without a case'],
        {
          outcomes: outcomes(
            'incident_supervision',
            'closed_without_case',
            'sent_to_other_authority',
            'left_to_provider',
          ),
        },
      ),
      t(
        'open_investigation',
        ['initial_assessment'],
        'investigating',
        [],
        ['Opprett tilsynssak', 'Opprett tilsynssak', 'Open a supervision case'],
      ),
      t(
        'request_statement',
        ['investigating', 'assessing'],
        'stay',
        ['recipient', 'responseDeadline'],
        ['Be om uttalelse', 'Be om fråsegn', 'Request a statement'],
        { suspendsClock: true },
      ),
      t(
        'record_statement',
        ['investigating', 'assessing'],
        'stay',
        ['statement'],
        ['Registrer uttalelse', 'Registrer fråsegn', 'Record a statement'],
        { resumesClock: true },
      ),
      t(
        'share_statement',
        ['investigating', 'assessing'],
        'stay',
        [],
        [
          'Send uttalelsen til klager (fvl. § 17)',
          'Send fråsegna til klagar (fvl. § 17)',
          'Share the statement with the complainant (§ 17)',
        ],
      ),
      t(
        'start_assessment',
        ['investigating'],
        'assessing',
        [],
        ['Start vurdering', 'Start vurdering', 'Start the assessment'],
      ),
      t(
        'issue_decision',
        ['assessing'],
        CLOSED_STATE,
        DECISION,
        ['Avgjør saken', 'Avgjer saka', 'Decide the case'],
        {
          outcomes: outcomes('incident_supervision', 'breach', 'no_breach', 'closed_with_guidance'),
          toByOutcome: { breach: 'follow_up' },
        },
      ),
      t(
        'transfer_to_national_body',
        ['investigating', 'assessing'],
        'transferred',
        ['reason'],
        ['Oversend til Statens helsetilsyn', 'Oversend til Statens helsetilsyn', 'Send to the national body'],
        {
          outcomes: outcomes('incident_supervision', 'sent_to_national_body'),
        },
      ),
      t(
        'close',
        ['follow_up', 'transferred'],
        CLOSED_STATE,
        ['reason'],
        ['Avslutt oppfølgingen', 'Avslutt oppfølginga', 'Close the follow-up'],
      ),
      // Not an enkeltvedtak: no appeal, but a party may ask for a new assessment (reopen, with reason).
      t(
        'reopen',
        [CLOSED_STATE],
        'investigating',
        ['reason'],
        ['Gjenoppta (ny vurdering)', 'Ta opp att (ny vurdering)', 'Reopen (new assessment)'],
      ),
    ],
  },
  rights_appeal: {
    caseType: 'rights_appeal',
    initial: 'received',
    states: ['received', 'investigating', 'assessing', CLOSED_STATE],
    transitions: [
      t(
        'triage',
        ['received'],
        'investigating',
        [],
        ['Start saksbehandling', 'Start sakshandsaming', 'Start handling'],
      ),
      t(
        'request_statement',
        ['investigating', 'assessing'],
        'stay',
        ['recipient', 'responseDeadline'],
        ['Be om opplysninger', 'Be om opplysningar', 'Request information'],
        { suspendsClock: true },
      ),
      t(
        'record_statement',
        ['investigating', 'assessing'],
        'stay',
        ['statement'],
        ['Registrer svar', 'Registrer svar', 'Record the answer'],
        { resumesClock: true },
      ),
      t(
        'start_assessment',
        ['investigating'],
        'assessing',
        [],
        ['Start vurdering', 'Start vurdering', 'Start the assessment'],
      ),
      t(
        'conclude',
        ['received', 'investigating'],
        CLOSED_STATE,
        [...DECISION],
        ['Avvis klagen', 'Avvis klaga', 'Dismiss the appeal'],
        {
          outcomes: outcomes('rights_appeal', 'dismissed'),
        },
      ),
      t('issue_decision', ['assessing'], CLOSED_STATE, DECISION, ['Fatt vedtak', 'Gjer vedtak', 'Decide'], {
        outcomes: outcomes('rights_appeal', 'upheld', 'partly_upheld', 'not_upheld', 'sent_back'),
      }),
      t(
        'reopen',
        [CLOSED_STATE],
        'assessing',
        ['reason'],
        ['Omgjør (fvl. § 35)', 'Gjer om (fvl. § 35)', 'Reverse (§ 35)'],
      ),
    ],
  },
  serious_incident_notice: {
    caseType: 'serious_incident_notice',
    initial: 'received',
    states: ['received', 'initial_checks', 'account_requested', 'assessing', CLOSED_STATE],
    transitions: [
      t(
        'triage',
        ['received'],
        'initial_checks',
        [],
        ['Innledende vurdering', 'Innleiande vurdering', 'Initial checks'],
      ),
      t(
        'conclude',
        ['initial_checks'],
        CLOSED_STATE,
        ['outcome', 'reason'],
        ['Avslutt eller send videre', 'Avslutt eller send vidare', 'Close or send on'],
        {
          outcomes: outcomes('serious_incident_notice', 'closed_after_initial_checks', 'sent_to_office'),
        },
      ),
      t(
        'request_statement',
        ['initial_checks'],
        'account_requested',
        ['recipient', 'responseDeadline'],
        ['Be om redegjørelse', 'Be om utgreiing', 'Request an account'],
        { suspendsClock: true },
      ),
      t(
        'record_statement',
        ['account_requested'],
        'assessing',
        ['statement'],
        ['Registrer redegjørelse', 'Registrer utgreiing', 'Record the account'],
        { resumesClock: true },
      ),
      t(
        'issue_decision',
        ['assessing'],
        CLOSED_STATE,
        DECISION,
        ['Avslutt med vurdering', 'Avslutt med vurdering', 'Conclude'],
        {
          outcomes: outcomes('serious_incident_notice', 'account_requested', 'onsite_inspection'),
        },
      ),
      t('reopen', [CLOSED_STATE], 'assessing', ['reason'], ['Gjenoppta', 'Ta opp att', 'Reopen']),
    ],
  },
  personnel_reaction: {
    caseType: 'personnel_reaction',
    initial: 'received',
    states: ['received', 'investigating', 'advance_notice', 'assessing', 'appealed', CLOSED_STATE],
    transitions: [
      t(
        'triage',
        ['received'],
        'investigating',
        [],
        ['Start saksbehandling', 'Start sakshandsaming', 'Start handling'],
      ),
      t(
        'request_statement',
        ['investigating'],
        'stay',
        ['recipient', 'responseDeadline'],
        ['Be om uttalelse', 'Be om fråsegn', 'Request a statement'],
        { suspendsClock: true },
      ),
      t(
        'record_statement',
        ['investigating', 'advance_notice'],
        'stay',
        ['statement'],
        ['Registrer uttalelse', 'Registrer fråsegn', 'Record a statement'],
        { resumesClock: true },
      ),
      // fvl. § 16: the professional is told what is being considered and may comment before the decision.
      t(
        'send_advance_notice',
        ['investigating'],
        'advance_notice',
        ['responseDeadline'],
        ['Send forhåndsvarsel', 'Send førehandsvarsel', 'Send advance notice'],
        { suspendsClock: true },
      ),
      t(
        'start_assessment',
        ['advance_notice'],
        'assessing',
        [],
        ['Start vurdering', 'Start vurdering', 'Start the assessment'],
        { resumesClock: true },
      ),
      t('issue_decision', ['assessing'], CLOSED_STATE, DECISION, ['Fatt vedtak', 'Gjer vedtak', 'Decide'], {
        outcomes: outcomes(
          'personnel_reaction',
          'faglig_palegg',
          'tilbakekall',
          'suspensjon',
          'begrensning',
          'tap_rekvirering',
          'no_reaction',
        ),
      }),
      // Appeal to Statens helsepersonellnemnd within three weeks (helsepersonelloven § 68).
      t(
        'register_appeal',
        [CLOSED_STATE],
        'appealed',
        ['reason'],
        ['Registrer klage', 'Registrer klage', 'Register an appeal'],
      ),
      t(
        'decide_appeal',
        ['appealed'],
        CLOSED_STATE,
        ['reason'],
        ['Registrer nemndas avgjørelse', 'Registrer avgjerda til nemnda', "Record the board's decision"],
      ),
    ],
  },
  planned_supervision: {
    caseType: 'planned_supervision',
    initial: 'planned',
    states: [
      'planned',
      'notified',
      'self_report',
      'audit_visit',
      'closing_meeting',
      'draft_report',
      'follow_up',
      CLOSED_STATE,
    ],
    transitions: [
      t(
        'notify_provider',
        ['planned'],
        'notified',
        ['responseDeadline'],
        ['Varsle virksomheten', 'Varsle verksemda', 'Notify the provider'],
      ),
      t(
        'request_self_report',
        ['notified'],
        'self_report',
        ['responseDeadline'],
        ['Be om egenvurdering', 'Be om eigenvurdering', 'Request a self-report'],
      ),
      t(
        'hold_audit_visit',
        ['notified', 'self_report'],
        'audit_visit',
        [],
        ['Gjennomfør revisjonsbesøk', 'Gjennomfør revisjonsbesøk', 'Hold the audit visit'],
      ),
      t(
        'hold_closing_meeting',
        ['audit_visit'],
        'closing_meeting',
        [],
        ['Hold sluttmøte', 'Hald sluttmøte', 'Hold the closing meeting'],
      ),
      t(
        'send_draft_report',
        ['closing_meeting'],
        'draft_report',
        ['responseDeadline'],
        ['Send foreløpig rapport', 'Send førebels rapport', 'Send the draft report'],
      ),
      t(
        'issue_final_report',
        ['draft_report'],
        CLOSED_STATE,
        DECISION,
        ['Send endelig rapport', 'Send endeleg rapport', 'Issue the final report'],
        {
          outcomes: outcomes('planned_supervision', 'breach', 'remark', 'no_findings'),
          toByOutcome: { breach: 'follow_up' },
        },
      ),
      t(
        'accept_corrections',
        ['follow_up'],
        CLOSED_STATE,
        ['reason'],
        ['Godta retting og avslutt', 'Godta retting og avslutt', 'Accept the corrections and close'],
      ),
    ],
  },
};

/** The states where a case is still being handled (everything but closed). */
export function openStatesOf(caseType: CaseType): string[] {
  return STATE_MACHINES[caseType].states.filter((s) => s !== CLOSED_STATE);
}
