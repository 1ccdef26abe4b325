/**
 * The five case types as data: their open states, outcomes and where they are handled. The case-core work
 * adds transitions and guards to these same tables; the data generator and the UI read them from here.
 */

export const CASE_TYPES = [
  'incident_supervision',
  'rights_appeal',
  'serious_incident_notice',
  'personnel_reaction',
  'planned_supervision',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export interface OutcomeDefinition {
  code: string;
  /** Whether the outcome is reached by a decision letter with legal basis and reasons. */
  byDecision: boolean;
  /** An enkeltvedtak may be appealed (fvl. § 28); a tilsynssak conclusion may not. */
  individualDecision: boolean;
  nb: string;
  nn: string;
  en: string;
}

export interface CaseTypeDefinition {
  code: CaseType;
  /** Handled by the national body (Statens helsetilsyn) rather than a regional office. */
  national: boolean;
  /** States a case passes through before it is closed, in order. */
  openStates: readonly string[];
  outcomes: readonly OutcomeDefinition[];
  legalBasis: string;
  nb: string;
  nn: string;
  en: string;
}

const o = (
  code: string,
  byDecision: boolean,
  individualDecision: boolean,
  nb: string,
  nn: string,
  en: string,
): OutcomeDefinition => ({ code, byDecision, individualDecision, nb, nn, en });

export const CASE_TYPE_DEFINITIONS: Record<CaseType, CaseTypeDefinition> = {
  incident_supervision: {
    code: 'incident_supervision',
    national: false,
    openStates: ['received', 'initial_assessment', 'investigating', 'assessing', 'follow_up'],
    legalBasis: 'pasient- og brukerrettighetsloven §§ 7-4 og 7-4 a',
    outcomes: [
      o(
        'closed_without_case',
        false,
        false,
        'Avsluttet uten tilsynssak',
        'Avslutta utan tilsynssak',
        'Closed without a case',
      ),
      o(
        'sent_to_other_authority',
        false,
        false,
        'Oversendt annen myndighet',
        'Oversendt anna styresmakt',
        'Sent to another authority',
      ),
      o(
        'left_to_provider',
        false,
        false,
        'Overlatt til virksomheten (§ 7-4 a)',
        'Overlate til verksemda (§ 7-4 a)',
        'Left to the provider (§ 7-4 a)',
      ),
      o('breach', true, false, 'Brudd på plikter', 'Brot på plikter', 'Breach of duty'),
      o('no_breach', true, false, 'Ikke brudd', 'Ikkje brot', 'No breach'),
      o(
        'closed_with_guidance',
        true,
        false,
        'Avsluttet med veiledning',
        'Avslutta med rettleiing',
        'Closed with guidance',
      ),
      o(
        'sent_to_national_body',
        true,
        false,
        'Oversendt Statens helsetilsyn',
        'Oversendt Statens helsetilsyn',
        'Sent to the national body',
      ),
    ],
    nb: 'Tilsynssak',
    nn: 'Tilsynssak',
    en: 'Incident supervision case',
  },
  rights_appeal: {
    code: 'rights_appeal',
    national: false,
    openStates: ['received', 'investigating', 'assessing'],
    legalBasis: 'pasient- og brukerrettighetsloven § 7-2',
    outcomes: [
      o('upheld', true, true, 'Medhold', 'Medhald', 'Upheld'),
      o('partly_upheld', true, true, 'Delvis medhold', 'Delvis medhald', 'Partly upheld'),
      o('not_upheld', true, true, 'Ikke medhold', 'Ikkje medhald', 'Not upheld'),
      o(
        'sent_back',
        true,
        true,
        'Opphevet og sendt tilbake',
        'Oppheva og sendt tilbake',
        'Sent back for new handling',
      ),
      o('dismissed', true, true, 'Avvist', 'Avvist', 'Dismissed'),
    ],
    nb: 'Rettighetsklage',
    nn: 'Rettsklage',
    en: 'Rights appeal',
  },
  serious_incident_notice: {
    code: 'serious_incident_notice',
    national: true,
    openStates: ['received', 'initial_checks', 'account_requested'],
    legalBasis: 'spesialisthelsetjenesteloven § 3-3 a',
    outcomes: [
      o(
        'closed_after_initial_checks',
        false,
        false,
        'Avsluttet etter innledende vurdering',
        'Avslutta etter innleiande vurdering',
        'Closed after initial checks',
      ),
      o(
        'sent_to_office',
        false,
        false,
        'Oversendt statsforvalteren',
        'Oversendt statsforvaltaren',
        'Sent to a regional office',
      ),
      o(
        'account_requested',
        true,
        false,
        'Redegjørelse innhentet og vurdert',
        'Utgreiing henta inn og vurdert',
        'Account requested and assessed',
      ),
      o('onsite_inspection', true, false, 'Stedlig tilsyn', 'Stadleg tilsyn', 'On-site inspection'),
    ],
    nb: 'Varsel om alvorlig hendelse',
    nn: 'Varsel om alvorleg hending',
    en: 'Serious incident notice',
  },
  personnel_reaction: {
    code: 'personnel_reaction',
    national: true,
    openStates: ['received', 'investigating', 'advance_notice', 'assessing'],
    legalBasis: 'helsepersonelloven kapittel 11',
    outcomes: [
      o(
        'faglig_palegg',
        true,
        true,
        'Faglig pålegg (§ 56)',
        'Fagleg pålegg (§ 56)',
        'Professional order (§ 56)',
      ),
      o(
        'advarsel',
        true,
        true,
        'Advarsel (§ 56, før 1. juli 2022)',
        'Åtvaring (§ 56, før 1. juli 2022)',
        'Warning (§ 56, before 1 July 2022)',
      ),
      o(
        'tilbakekall',
        true,
        true,
        'Tilbakekall av autorisasjon (§ 57)',
        'Tilbakekall av autorisasjon (§ 57)',
        'Revocation of authorisation (§ 57)',
      ),
      o('suspensjon', true, true, 'Suspensjon (§ 58)', 'Suspensjon (§ 58)', 'Suspension (§ 58)'),
      o(
        'begrensning',
        true,
        true,
        'Begrenset autorisasjon (§ 59)',
        'Avgrensa autorisasjon (§ 59)',
        'Limited authorisation (§ 59)',
      ),
      o(
        'tap_rekvirering',
        true,
        true,
        'Tap av rett til å rekvirere legemidler (§ 63)',
        'Tap av rett til å rekvirere legemiddel (§ 63)',
        'Loss of the right to prescribe (§ 63)',
      ),
      o('no_reaction', true, false, 'Ingen reaksjon', 'Ingen reaksjon', 'No reaction'),
    ],
    nb: 'Sak om administrativ reaksjon',
    nn: 'Sak om administrativ reaksjon',
    en: 'Administrative reaction case',
  },
  planned_supervision: {
    code: 'planned_supervision',
    national: false,
    openStates: [
      'planned',
      'notified',
      'self_report',
      'audit_visit',
      'closing_meeting',
      'draft_report',
      'follow_up',
    ],
    legalBasis: 'helsetilsynsloven § 2',
    outcomes: [
      o('breach', true, false, 'Lovbrudd', 'Lovbrot', 'Breach of law'),
      o('remark', true, false, 'Merknad', 'Merknad', 'Remark'),
      o('no_findings', true, false, 'Ingen avvik', 'Ingen avvik', 'No findings'),
    ],
    nb: 'Planlagt tilsyn',
    nn: 'Planlagt tilsyn',
    en: 'Planned supervision',
  },
};

export const CLOSED_STATE = 'closed';

/**
 * Which appeal route a decision opens, or null when it is final or not an enkeltvedtak: a reaction against
 * a professional goes to Statens helsepersonellnemnd; an office's decision in a rights appeal is final
 * (fvl. § 28 third paragraph) except a dismissal, which may be appealed (three weeks); a tilsynssak
 * conclusion is not an enkeltvedtak. Keys match the legal calendar's appeal rules.
 */
export function appealRouteOf(caseType: CaseType, outcome: string): 'personnel_reaction' | 'general' | null {
  if (caseType === 'personnel_reaction') return outcome === 'no_reaction' ? null : 'personnel_reaction';
  if (caseType === 'rights_appeal') return outcome === 'dismissed' ? 'general' : null;
  return null;
}
