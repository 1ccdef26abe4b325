/**
 * Row types of the database, as Kysely sees them. Kept by hand beside the SQL migrations: a column added
 * in a migration is added here in the same commit (the migration test compares the two).
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** 'YYYY-MM-DD': dates are read as strings (see connect.ts) so they never shift with a time zone. */
export type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Id = Generated<number>;

export interface OfficesTable {
  code: string;
  kind: 'regional' | 'national';
  name_nb: string;
  name_nn: string;
  name_en: string;
  valid_from: DateString;
  valid_to: DateString | null;
}

export interface CountiesTable {
  number: string;
  name: string;
  office_code: string;
  valid_from: DateString;
  valid_to: DateString | null;
}

export interface MunicipalitiesTable {
  number: string;
  name: string;
  county_number: string;
  office_code: string;
  population: number;
  area_km2: number;
  language_form: 'bokmal' | 'nynorsk' | 'neutral';
  valid_from: DateString;
  valid_to: DateString | null;
}

export interface SectorsTable {
  code: string;
  name_nb: string;
  name_nn: string;
  name_en: string;
}

export interface ServiceTypesTable {
  code: string;
  sector_code: string;
  level: string;
  name_nb: string;
  name_nn: string;
  name_en: string;
}

export interface ThemesTable {
  code: string;
  name_nb: string;
  name_nn: string;
  name_en: string;
  legal_basis: string;
}

export type SizeMeasure =
  'beds' | 'listed_patients' | 'patients_per_year' | 'employees' | 'places' | 'inhabitants_served';

export interface ProvidersTable {
  id: Id;
  org_number: string;
  name: string;
  service_type: string;
  municipality_number: string;
  parent_id: number | null;
  size_measure: SizeMeasure;
  size: number;
  active_from: DateString;
  active_to: DateString | null;
}

export interface ProfessionalsTable {
  id: Id;
  hpr_number: string | null;
  name: string;
  profession: string;
  authorised: boolean;
  birth_year: number | null;
}

export interface EmploymentsTable {
  id: Id;
  professional_id: number;
  provider_id: number;
  from_date: DateString;
  to_date: DateString | null;
}

export type Language = 'nb' | 'nn' | 'en';

export interface PersonsTable {
  id: Id;
  national_id: string;
  id_kind: 'fnr' | 'dnr';
  synthetic: boolean;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  preferred_language: Language;
  municipality_number: string | null;
}

export type Role = 'caseworker' | 'office_manager' | 'national_lawyer' | 'analyst' | 'administrator';

export interface UsersTable {
  id: Id;
  username: string;
  name: string;
  email: string | null;
  office_code: string;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface UserRolesTable {
  user_id: number;
  role: Role;
  office_code: string;
}

export interface CaseNumberCountersTable {
  year: number;
  next_seq: number;
}

export type CaseType =
  | 'incident_supervision'
  | 'rights_appeal'
  | 'serious_incident_notice'
  | 'personnel_reaction'
  | 'planned_supervision';

export type Channel = 'web' | 'letter' | 'email' | 'api' | 'own_initiative' | 'transfer';

export interface CasesTable {
  id: Id;
  case_number: string;
  case_type: CaseType;
  sector: string;
  office_code: string;
  provider_id: number | null;
  professional_id: number | null;
  municipality_number: string | null;
  service_type: string | null;
  themes: string[];
  urgency: string[];
  state: string;
  outcome: string | null;
  channel: Channel;
  received_on: DateString;
  decided_on: DateString | null;
  closed_on: DateString | null;
  title: string;
  narrative: string;
  language: Language;
  confidential: Generated<boolean>;
  assigned_to: number | null;
  parent_case_id: number | null;
  campaign: string | null;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export type PartyRole =
  'complainant' | 'patient' | 'next_of_kin' | 'representative' | 'child' | 'parent' | 'notifier';

export interface CasePartiesTable {
  id: Id;
  case_id: number;
  person_id: number;
  role: PartyRole;
  preferred_language: Language;
}

export interface CaseEventsTable {
  id: Id;
  case_id: number;
  seq: number;
  occurred_at: Timestamp;
  actor_kind: 'user' | 'citizen' | 'provider' | 'system';
  actor_id: number | null;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  data: JSONColumnType<Record<string, unknown>>;
}

export interface DocumentsTable {
  id: Id;
  case_id: number;
  seq: number;
  direction: 'inbound' | 'outbound' | 'internal';
  kind: string;
  title: string;
  language: Language;
  dated_on: DateString;
  author_id: number | null;
  body: string | null;
  file_name: string | null;
  media_type: string | null;
  byte_size: number | null;
  sha256: string | null;
  created_at: Generated<Timestamp>;
}

export interface DecisionsTable {
  id: Id;
  case_id: number;
  outcome: string;
  legal_basis: string[];
  reasons: string;
  /** Null while a draft. */
  decided_on: DateString | null;
  decided_by: number | null;
  language: Language;
  is_individual_decision: boolean;
  document_id: number | null;
  status: Generated<'draft' | 'issued'>;
  appeal_deadline: DateString | null;
  issued_at: Timestamp | null;
}

export type ReactionKind =
  | 'advarsel'
  | 'faglig_palegg'
  | 'tilbakekall'
  | 'suspensjon'
  | 'begrensning'
  | 'tap_rekvirering'
  | 'palegg_virksomhet'
  | 'tvangsmulkt';

export interface ReactionsTable {
  id: Id;
  case_id: number;
  decision_id: number | null;
  professional_id: number | null;
  provider_id: number | null;
  kind: ReactionKind;
  legal_basis: string;
  decided_on: DateString;
}

export interface DemoRunsTable {
  id: Id;
  seed: number;
  parameters: JSONColumnType<Record<string, unknown>>;
  started_at: Generated<Timestamp>;
  finished_at: Timestamp | null;
  counts: JSONColumnType<Record<string, number>> | null;
}

export interface DemoPlantedSignalsTable {
  id: string;
  run_id: number;
  kind: string;
  unit_type: 'provider' | 'professional' | 'municipality' | 'office' | 'national';
  unit_ids: string[];
  unit_label: string;
  case_type: string | null;
  service_type: string | null;
  theme: string | null;
  shape: 'step' | 'ramp' | 'spike' | 'none';
  start_month: DateString;
  end_month: DateString | null;
  effect_size: number;
  is_null_stressor: Generated<boolean>;
  description: string;
}

export interface MigrationsTable {
  name: string;
  applied_at: Generated<Timestamp>;
}

// Risk engine (migration 004) ---------------------------------------------------------------------------

export type RiskUnitType = 'provider' | 'professional' | 'municipality' | 'county' | 'office' | 'national';
export type RiskMethod =
  'cusum' | 'funnel' | 'empirical_bayes' | 'disproportionality' | 'outcome_share' | 'repeat_named';

export interface RiskRunsTable {
  id: Id;
  version: string;
  parameters: JSONColumnType<Record<string, unknown>>;
  data_fingerprint: string;
  as_of: DateString;
  period_from: DateString;
  period_to: DateString;
  started_at: Generated<Timestamp>;
  finished_at: Timestamp | null;
  counts: JSONColumnType<Record<string, number>>;
}

export interface RiskSignalsTable {
  id: Id;
  run_id: number;
  signal_key: string;
  unit_type: RiskUnitType;
  unit_id: string;
  unit_label: string;
  service_type: string | null;
  theme: string | null;
  method: RiskMethod;
  observed: number;
  expected: number;
  ratio: number;
  interval_lower: number;
  interval_upper: number;
  interval_level: number;
  comparison_group: string;
  period_from: DateString;
  period_to: DateString;
  score: number;
  evidence: JSONColumnType<Record<string, unknown>>;
  incremental: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface RiskAssessmentsTable {
  id: Id;
  signal_id: number;
  signal_key: string;
  decision: 'agree' | 'not_now' | 'disagree';
  reason: string;
  assessed_by: string;
  assessed_at: Generated<Timestamp>;
}

export interface RiskUnitStateTable {
  run_id: number;
  unit_type: RiskUnitType;
  unit_id: string;
  unit_label: string;
  month: DateString;
  cusum_before: number;
  observed: number;
  expected: number;
  threshold: number;
}

// Case core (migration 002) -----------------------------------------------------------------------------

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: JSONColumnType<object>;
  created_at: Generated<Timestamp>;
}

export interface CaseSuspensionsTable {
  id: Id;
  case_id: number;
  reason: string;
  from_date: DateString;
  response_deadline: DateString;
  resumed_on: DateString | null;
  requested_from: string | null;
  document_id: number | null;
}

export interface CaseLinksTable {
  case_id: number;
  linked_case_id: number;
  kind: 'transferred_to' | 'transferred_from' | 'related' | 'appeal_of' | 'duplicate_of';
  created_at: Generated<Timestamp>;
}

export interface CaseDisqualificationsTable {
  case_id: number;
  user_id: number;
  reason: string;
  created_at: Generated<Timestamp>;
}

export interface Database {
  offices: OfficesTable;
  counties: CountiesTable;
  municipalities: MunicipalitiesTable;
  sectors: SectorsTable;
  service_types: ServiceTypesTable;
  themes: ThemesTable;
  providers: ProvidersTable;
  professionals: ProfessionalsTable;
  employments: EmploymentsTable;
  persons: PersonsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_parties: CasePartiesTable;
  case_events: CaseEventsTable;
  documents: DocumentsTable;
  decisions: DecisionsTable;
  reactions: ReactionsTable;
  demo_runs: DemoRunsTable;
  demo_planted_signals: DemoPlantedSignalsTable;
  tilsyn_migrations: MigrationsTable;
  idempotency_keys: IdempotencyKeysTable;
  case_suspensions: CaseSuspensionsTable;
  case_links: CaseLinksTable;
  case_disqualifications: CaseDisqualificationsTable;
  audit_log: AuditLogTable;
  risk_runs: RiskRunsTable;
  risk_signals: RiskSignalsTable;
  risk_assessments: RiskAssessmentsTable;
  risk_unit_state: RiskUnitStateTable;
  classifier_models: ClassifierModelsTable;
  document_files: DocumentFilesTable;
  status_links: StatusLinksTable;
  api_keys: ApiKeysTable;
  case_intake: CaseIntakeTable;
}

// Access and audit (migration 003) ---------------------------------------------------------------------

export type AuditActorKind = 'staff' | 'citizen' | 'provider' | 'anonymous' | 'system';

/** Append-only and hash-chained: write only through appendAudit() in src/access/audit.ts. */
export interface AuditLogTable {
  id: Id;
  occurred_at: Timestamp;
  actor_kind: AuditActorKind;
  actor_id: number | null;
  action: string;
  case_id: number | null;
  purpose: string | null;
  details: JSONColumnType<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

// Intake classifier (migration 005) ---------------------------------------------------------------------

/** One trained model per row; the newest is used. `model` is a ClassifierModel (src/intake/classify/model.ts). */
export interface ClassifierModelsTable {
  id: Id;
  trained_at: Generated<Timestamp>;
  parameters: JSONColumnType<Record<string, unknown>>;
  metrics: JSONColumnType<Record<string, unknown>>;
  model: JSONColumnType<Record<string, unknown>>;
}

// Intake (migration 009) ----------------------------------------------------------------------------------

/** An attachment; `media_type` is sniffed from the bytes. */
export interface DocumentFilesTable {
  id: Id;
  document_id: number;
  case_id: number;
  file_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  content: Buffer;
  created_at: Generated<Timestamp>;
}

/** Only the SHA-256 of a status secret is stored. */
export interface StatusLinksTable {
  id: Id;
  case_id: number;
  secret_hash: string;
  created_at: Generated<Timestamp>;
  revoked_at: Timestamp | null;
}

/** A provider's machine client; only the SHA-256 of the key is stored. Scopes are policy actions. */
export interface ApiKeysTable {
  id: Id;
  provider_id: number;
  key_hash: string;
  key_prefix: string;
  scopes: string[];
  label: string | null;
  created_at: Generated<Timestamp>;
  revoked_at: Timestamp | null;
}

export interface CaseIntakeTable {
  case_id: number;
  source: 'citizen_form' | 'provider_api';
  submitter_role: string | null;
  urgency: JSONColumnType<unknown[]>;
  classification: JSONColumnType<Record<string, unknown>> | null;
  classifier_model_id: number | null;
  needs_human_triage: boolean;
  triage_reason: string;
  related: JSONColumnType<unknown[]>;
  details: JSONColumnType<Record<string, unknown>>;
  created_at: Generated<Timestamp>;
}
