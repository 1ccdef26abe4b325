import type { BulkColumn } from '../db/bulk.ts';
import type { CaseBatch } from './cases.ts';

/** The columns the demo loads, table by table: shared by the loader and the generator's worker. */
const c = (name: string, type: BulkColumn['type']): BulkColumn => ({ name, type });
/** A column of codes or dates the generator made itself: copied without escaping. */
const code = (name: string, type: BulkColumn['type'] = 'text'): BulkColumn => ({ name, type, trusted: true });
export const USER_COLUMNS = [
  c('id', 'bigint'),
  c('username', 'text'),
  c('name', 'text'),
  code('office_code', 'text'),
];
export const USER_ROLE_COLUMNS = [c('user_id', 'bigint'), code('role', 'text'), code('office_code', 'text')];
export const PROVIDER_COLUMNS = [
  c('id', 'bigint'),
  c('org_number', 'text'),
  c('name', 'text'),
  code('service_type', 'text'),
  code('municipality_number', 'text'),
  c('parent_id', 'bigint'),
  c('size_measure', 'text'),
  c('size', 'integer'),
  c('active_from', 'date'),
  c('active_to', 'date'),
];
export const PROFESSIONAL_COLUMNS = [
  c('id', 'bigint'),
  c('hpr_number', 'text'),
  c('name', 'text'),
  c('profession', 'text'),
  c('authorised', 'boolean'),
  c('birth_year', 'integer'),
];
export const EMPLOYMENT_COLUMNS = [
  c('id', 'bigint'),
  c('professional_id', 'bigint'),
  c('provider_id', 'bigint'),
  c('from_date', 'date'),
  c('to_date', 'date'),
];
export const SIGNAL_COLUMNS = [
  c('id', 'text'),
  c('run_id', 'bigint'),
  code('kind', 'text'),
  c('unit_type', 'text'),
  c('unit_ids', 'text[]'),
  c('unit_label', 'text'),
  code('case_type', 'text'),
  code('service_type', 'text'),
  c('theme', 'text'),
  c('shape', 'text'),
  c('start_month', 'date'),
  c('end_month', 'date'),
  c('effect_size', 'numeric'),
  c('is_null_stressor', 'boolean'),
  c('description', 'text'),
];
export const PERSON_COLUMNS = [
  c('id', 'bigint'),
  code('national_id', 'text'),
  code('id_kind', 'text'),
  c('synthetic', 'boolean'),
  c('given_name', 'text'),
  c('family_name', 'text'),
  c('email', 'text'),
  c('phone', 'text'),
  code('preferred_language', 'text'),
  code('municipality_number', 'text'),
];
export const CASE_COLUMNS = [
  c('id', 'bigint'),
  code('case_number', 'text'),
  code('case_type', 'text'),
  code('sector', 'text'),
  code('office_code', 'text'),
  c('provider_id', 'bigint'),
  c('professional_id', 'bigint'),
  code('municipality_number', 'text'),
  code('service_type', 'text'),
  c('themes', 'text[]'),
  c('urgency', 'text[]'),
  code('state', 'text'),
  code('outcome', 'text'),
  code('channel', 'text'),
  code('received_on', 'date'),
  code('decided_on', 'date'),
  code('closed_on', 'date'),
  // Written from the narrative templates, which hold no tab, newline or backslash (tested).
  code('title'),
  code('narrative'),
  code('language', 'text'),
  c('confidential', 'boolean'),
  c('assigned_to', 'bigint'),
  c('campaign', 'text'),
];
export const PARTY_COLUMNS = [
  c('case_id', 'bigint'),
  c('person_id', 'bigint'),
  code('role', 'text'),
  code('preferred_language', 'text'),
];
export const EVENT_COLUMNS = [
  c('case_id', 'bigint'),
  c('seq', 'integer'),
  code('occurred_at', 'timestamptz'),
  code('actor_kind', 'text'),
  c('actor_id', 'bigint'),
  code('kind', 'text'),
  code('from_state', 'text'),
  code('to_state', 'text'),
  c('reason', 'text'),
  c('data', 'jsonb'),
];
export const DOCUMENT_COLUMNS = [
  c('case_id', 'bigint'),
  c('seq', 'integer'),
  code('direction', 'text'),
  code('kind', 'text'),
  c('title', 'text'),
  code('language', 'text'),
  code('dated_on', 'date'),
  c('author_id', 'bigint'),
];
export const DECISION_COLUMNS = [
  c('id', 'bigint'),
  c('case_id', 'bigint'),
  code('outcome', 'text'),
  c('legal_basis', 'text[]'),
  c('reasons', 'text'),
  code('decided_on', 'date'),
  c('decided_by', 'bigint'),
  code('language', 'text'),
  c('is_individual_decision', 'boolean'),
];
export const REACTION_COLUMNS = [
  c('case_id', 'bigint'),
  c('decision_id', 'bigint'),
  c('professional_id', 'bigint'),
  c('provider_id', 'bigint'),
  code('kind', 'text'),
  c('legal_basis', 'text'),
  code('decided_on', 'date'),
];

export const CASE_TABLE_COLUMNS: Record<string, readonly BulkColumn[]> = {
  persons: PERSON_COLUMNS,
  cases: CASE_COLUMNS,
  case_parties: PARTY_COLUMNS,
  case_events: EVENT_COLUMNS,
  documents: DOCUMENT_COLUMNS,
  decisions: DECISION_COLUMNS,
  reactions: REACTION_COLUMNS,
};

/** Tables in load order (parents first) and the batch field that feeds each. */
export const CASE_TABLE_KEYS: readonly [string, keyof CaseBatch][] = [
  ['persons', 'persons'],
  ['cases', 'cases'],
  ['case_parties', 'parties'],
  ['case_events', 'events'],
  ['documents', 'documents'],
  ['decisions', 'decisions'],
  ['reactions', 'reactions'],
];
