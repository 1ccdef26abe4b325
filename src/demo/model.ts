/**
 * The assumptions behind the synthetic national data, as tables. Figures are plausible orders of magnitude
 * for Norway (≈ 5.6 million people, ≈ 50,000 supervised providers), not official statistics.
 */
import type { SizeMeasure } from '../db/schema.ts';
import type { CaseType } from '../domain/cases/case-types.ts';

export interface ServiceTypeModel {
  /** Relative number of providers of this type (scaled to the requested total). */
  providerWeight: number;
  /** Where providers are placed: by population, at least one per municipality, or in the larger towns only. */
  placement: 'population' | 'every_municipality' | 'towns';
  sizeMeasure: SizeMeasure;
  /** Median size and log-sd of the size measure. */
  sizeMedian: number;
  sizeSdLog: number;
  /** Name patterns; {place} is the municipality, {n} a number, {name} a family name. */
  names: readonly string[];
  /** Cases per case type relative to the others (before scaling to the requested total). */
  caseWeight: Partial<Record<CaseType, number>>;
  /** Typical themes and their weights. */
  themes: Readonly<Record<string, number>>;
}

const health = {
  diagnostics: 3,
  treatment: 4,
  medication: 2,
  records: 1,
  information_consent: 1.5,
  collaboration: 1,
  competence_staffing: 0.5,
};

export const SERVICE_TYPE_MODELS: Record<string, ServiceTypeModel> = {
  hospital_somatic: {
    providerWeight: 120, placement: 'towns', sizeMeasure: 'beds', sizeMedian: 180, sizeSdLog: 0.8,
    names: ['{place} sykehus', 'Sykehuset i {place}', '{place} sjukehus, somatikk'],
    caseWeight: { incident_supervision: 30, rights_appeal: 2, serious_incident_notice: 40, personnel_reaction: 6, planned_supervision: 1 },
    themes: { ...health, diagnostics: 5, infection: 1, falls_injury: 0.5, access_to_services: 1 },
  },
  mental_health_adult: {
    providerWeight: 160, placement: 'towns', sizeMeasure: 'beds', sizeMedian: 40, sizeSdLog: 0.6,
    names: ['{place} DPS', 'Distriktspsykiatrisk senter {place}', 'Psykiatrisk klinikk {place}'],
    caseWeight: { incident_supervision: 10, rights_appeal: 3, serious_incident_notice: 10, personnel_reaction: 2, planned_supervision: 0.5 },
    themes: { treatment: 3, suicide_risk: 3, coercion: 3, information_consent: 1, collaboration: 1.5, records: 0.5, medication: 1 },
  },
  mental_health_child: {
    providerWeight: 140, placement: 'towns', sizeMeasure: 'patients_per_year', sizeMedian: 900, sizeSdLog: 0.5,
    names: ['BUP {place}', 'Barne- og ungdomspsykiatrisk poliklinikk {place}'],
    caseWeight: { incident_supervision: 4, rights_appeal: 2, serious_incident_notice: 2, personnel_reaction: 0.5, planned_supervision: 0.3 },
    themes: { diagnostics: 2, treatment: 2, access_to_services: 3, suicide_risk: 1.5, information_consent: 1, collaboration: 1.5 },
  },
  substance_treatment: {
    providerWeight: 200, placement: 'towns', sizeMeasure: 'places', sizeMedian: 25, sizeSdLog: 0.6,
    names: ['{place} rusbehandling', 'Behandlingssenteret {place}', '{name}stiftelsen, TSB'],
    caseWeight: { incident_supervision: 3, rights_appeal: 1.5, serious_incident_notice: 3, personnel_reaction: 0.6, planned_supervision: 0.3 },
    themes: { treatment: 3, medication: 2, coercion: 1, access_to_services: 2, collaboration: 1 },
  },
  prehospital: {
    providerWeight: 600, placement: 'towns', sizeMeasure: 'employees', sizeMedian: 25, sizeSdLog: 0.5,
    names: ['Ambulansestasjon {place}', 'Ambulansetjenesten {place}', 'AMK {place}'],
    caseWeight: { incident_supervision: 3, serious_incident_notice: 4, personnel_reaction: 0.5, planned_supervision: 0.1 },
    themes: { diagnostics: 2, treatment: 2, access_to_services: 3, collaboration: 2, competence_staffing: 1 },
  },
  private_specialist: {
    providerWeight: 8000, placement: 'population', sizeMeasure: 'patients_per_year', sizeMedian: 1200, sizeSdLog: 0.5,
    names: ['Spesialist {name} AS', '{place} legesenter spesialistpraksis', 'Øyelege {name}', 'Psykolog {name}'],
    caseWeight: { incident_supervision: 6, personnel_reaction: 2, rights_appeal: 0.3 },
    themes: { ...health, certificates: 1, boundary_violation: 0.5, conduct: 0.5 },
  },
  gp: {
    providerWeight: 5200, placement: 'population', sizeMeasure: 'listed_patients', sizeMedian: 1050, sizeSdLog: 0.25,
    names: ['Fastlege {name}', '{place} legesenter', 'Legekontoret {place}', '{name} legepraksis'],
    caseWeight: { incident_supervision: 14, rights_appeal: 1, personnel_reaction: 4, planned_supervision: 0.2 },
    themes: { diagnostics: 5, treatment: 2.5, medication: 2.5, records: 1.5, certificates: 1.5, information_consent: 1, access_to_services: 1, conduct: 0.3, substance_misuse_staff: 0.2 },
  },
  out_of_hours: {
    providerWeight: 360, placement: 'towns', sizeMeasure: 'inhabitants_served', sizeMedian: 30000, sizeSdLog: 0.7,
    names: ['{place} legevakt', 'Interkommunal legevakt {place}'],
    caseWeight: { incident_supervision: 6, serious_incident_notice: 1.5, personnel_reaction: 1, planned_supervision: 0.2 },
    themes: { diagnostics: 5, treatment: 2, access_to_services: 1.5, information_consent: 1, records: 0.5 },
  },
  nursing_home: {
    providerWeight: 1900, placement: 'every_municipality', sizeMeasure: 'beds', sizeMedian: 45, sizeSdLog: 0.5,
    names: ['{place} sykehjem', '{name}tunet sykehjem', 'Omsorgssenteret i {place}', '{place} helse- og omsorgssenter'],
    caseWeight: { incident_supervision: 9, rights_appeal: 5, serious_incident_notice: 1.5, personnel_reaction: 0.8, planned_supervision: 1 },
    themes: { nutrition_hygiene: 3, falls_injury: 3, medication: 3, coercion: 1, treatment: 2, competence_staffing: 2, information_consent: 1, infection: 1 },
  },
  home_care: {
    providerWeight: 2600, placement: 'every_municipality', sizeMeasure: 'patients_per_year', sizeMedian: 250, sizeSdLog: 0.7,
    names: ['Hjemmetjenesten {place}', 'Hjemmesykepleien sone {n}, {place}', 'Hjemmebaserte tjenester {place}'],
    caseWeight: { incident_supervision: 6, rights_appeal: 12, serious_incident_notice: 0.5, personnel_reaction: 0.4, planned_supervision: 0.8 },
    themes: { access_to_services: 5, medication: 2.5, nutrition_hygiene: 2, falls_injury: 1, collaboration: 1.5, competence_staffing: 1 },
  },
  health_station: {
    providerWeight: 3000, placement: 'population', sizeMeasure: 'inhabitants_served', sizeMedian: 1800, sizeSdLog: 0.6,
    names: ['{place} helsestasjon', 'Skolehelsetjenesten ved {place} skole', 'Helsestasjon for ungdom {place}'],
    caseWeight: { incident_supervision: 1, rights_appeal: 0.5, planned_supervision: 0.3 },
    themes: { diagnostics: 1.5, information_consent: 2, confidentiality: 1, collaboration: 1.5, access_to_services: 1 },
  },
  municipal_mental_substance: {
    providerWeight: 1500, placement: 'every_municipality', sizeMeasure: 'patients_per_year', sizeMedian: 180, sizeSdLog: 0.7,
    names: ['Psykisk helse og rus {place}', '{place} rus- og psykiatritjeneste', 'Boligtjenesten {place}'],
    caseWeight: { incident_supervision: 3, rights_appeal: 4, serious_incident_notice: 0.6, planned_supervision: 0.5 },
    themes: { access_to_services: 3, treatment: 2, suicide_risk: 1.5, collaboration: 2, coercion: 0.5 },
  },
  intellectual_disability: {
    providerWeight: 4000, placement: 'population', sizeMeasure: 'places', sizeMedian: 8, sizeSdLog: 0.5,
    names: ['{name}veien bofellesskap', '{place} miljøarbeidertjeneste', 'Avlastningsboligen {place}'],
    caseWeight: { incident_supervision: 2, rights_appeal: 3, planned_supervision: 0.6 },
    themes: { coercion: 4, competence_staffing: 2, access_to_services: 2, nutrition_hygiene: 1, information_consent: 1 },
  },
  pharmacy: {
    providerWeight: 1050, placement: 'population', sizeMeasure: 'employees', sizeMedian: 9, sizeSdLog: 0.4,
    names: ['Apotek 1 {place}', 'Vitusapotek {place}', 'Boots apotek {place}'],
    caseWeight: { incident_supervision: 0.8, personnel_reaction: 0.3 },
    themes: { medication: 6, information_consent: 1, confidentiality: 0.5, substance_misuse_staff: 0.3 },
  },
  digital_health: {
    providerWeight: 40, placement: 'towns', sizeMeasure: 'patients_per_year', sizeMedian: 40000, sizeSdLog: 1,
    names: ['{name} Nettlege AS', 'Digital legetime {name} AS', 'Videolegen {name}'],
    caseWeight: { incident_supervision: 1.2, personnel_reaction: 0.3 },
    themes: { diagnostics: 3, medication: 3, certificates: 1.5, records: 1 },
  },
  dental_public: {
    providerWeight: 470, placement: 'every_municipality', sizeMeasure: 'patients_per_year', sizeMedian: 3000, sizeSdLog: 0.6,
    names: ['Den offentlige tannhelsetjenesten {place}', '{place} tannklinikk'],
    caseWeight: { incident_supervision: 0.8, rights_appeal: 0.6, planned_supervision: 0.1 },
    themes: { treatment: 3, diagnostics: 1.5, information_consent: 1, infection: 1, access_to_services: 1 },
  },
  dental_private: {
    providerWeight: 4500, placement: 'population', sizeMeasure: 'patients_per_year', sizeMedian: 1500, sizeSdLog: 0.5,
    names: ['Tannlege {name}', '{place} tannlegesenter', 'Tannlegene {name} og {name}'],
    caseWeight: { incident_supervision: 3, personnel_reaction: 0.6 },
    themes: { treatment: 4, diagnostics: 1.5, information_consent: 1.5, records: 1, infection: 0.5 },
  },
  cw_municipal: {
    providerWeight: 380, placement: 'every_municipality', sizeMeasure: 'inhabitants_served', sizeMedian: 4000, sizeSdLog: 1,
    names: ['Barneverntjenesten i {place}', '{place} barnevern'],
    caseWeight: { incident_supervision: 8, rights_appeal: 1.5, planned_supervision: 0.8 },
    themes: { cw_investigation: 5, child_participation: 3, information_consent: 1, collaboration: 1.5, records: 1 },
  },
  cw_institution: {
    providerWeight: 420, placement: 'towns', sizeMeasure: 'places', sizeMedian: 6, sizeSdLog: 0.4,
    names: ['{name}heimen barnevernsinstitusjon', '{place} ungdomshjem', 'Akuttinstitusjonen {place}'],
    caseWeight: { incident_supervision: 3, rights_appeal: 1.5, planned_supervision: 2 },
    themes: { coercion: 4, child_participation: 2, competence_staffing: 2, suicide_risk: 1 },
  },
  cw_unaccompanied: {
    providerWeight: 25, placement: 'towns', sizeMeasure: 'places', sizeMedian: 20, sizeSdLog: 0.4,
    names: ['Omsorgssenteret {place}', '{place} omsorgssenter for enslige mindreårige'],
    caseWeight: { incident_supervision: 0.3, rights_appeal: 0.2, planned_supervision: 0.1 },
    themes: { child_participation: 2, coercion: 1, competence_staffing: 1.5 },
  },
  cw_foster: {
    providerWeight: 380, placement: 'every_municipality', sizeMeasure: 'places', sizeMedian: 25, sizeSdLog: 0.9,
    names: ['Fosterhjemstjenesten {place}', '{place} kommune, oppfølging av fosterhjem'],
    caseWeight: { incident_supervision: 2, rights_appeal: 1, planned_supervision: 0.3 },
    themes: { child_participation: 3, cw_investigation: 2, collaboration: 1.5 },
  },
  nav_social: {
    providerWeight: 260, placement: 'every_municipality', sizeMeasure: 'inhabitants_served', sizeMedian: 12000, sizeSdLog: 1,
    names: ['Nav {place}', 'Nav-kontoret i {place}'],
    caseWeight: { incident_supervision: 2, rights_appeal: 14, planned_supervision: 0.4 },
    themes: { social_assistance: 6, information_consent: 1.5, access_to_services: 1, confidentiality: 0.5 },
  },
};

/** Overall case mix before it is distributed over service types. */
export const CASE_TYPE_SHARE: Record<CaseType, number> = {
  incident_supervision: 0.46,
  rights_appeal: 0.34,
  serious_incident_notice: 0.12,
  personnel_reaction: 0.05,
  planned_supervision: 0.03,
};

/** Share of outcomes per case type, for a case that is closed; planted office differences multiply these. */
export const OUTCOME_SHARE: Record<CaseType, Record<string, number>> = {
  incident_supervision: {
    closed_without_case: 0.3, sent_to_other_authority: 0.03, left_to_provider: 0.17, breach: 0.14, no_breach: 0.2,
    closed_with_guidance: 0.14, sent_to_national_body: 0.02,
  },
  rights_appeal: { upheld: 0.16, partly_upheld: 0.1, not_upheld: 0.55, sent_back: 0.1, dismissed: 0.09 },
  serious_incident_notice: { closed_after_initial_checks: 0.62, sent_to_office: 0.25, account_requested: 0.1, onsite_inspection: 0.03 },
  personnel_reaction: { faglig_palegg: 0.32, tilbakekall: 0.2, suspensjon: 0.06, begrensning: 0.05, tap_rekvirering: 0.07, no_reaction: 0.3 },
  planned_supervision: { breach: 0.55, remark: 0.2, no_findings: 0.25 },
};

/** Median processing time in days per case type (log-normal around it). */
export const PROCESSING_DAYS: Record<CaseType, { median: number; sdLog: number }> = {
  incident_supervision: { median: 110, sdLog: 0.7 },
  rights_appeal: { median: 60, sdLog: 0.6 },
  serious_incident_notice: { median: 21, sdLog: 0.9 },
  personnel_reaction: { median: 200, sdLog: 0.5 },
  planned_supervision: { median: 240, sdLog: 0.3 },
};

/** Offices are not equally fast: a plausible spread of processing-time factors. */
export const OFFICE_SPEED: Record<string, number> = {
  OSLO: 1.25, INNL: 0.9, VETE: 1.05, AGDE: 0.85, ROGA: 1.1, VEST: 1.0, MORE: 0.8, TRLA: 0.95, NORD: 1.15,
  TRFI: 1.2, HT: 1.0,
};

/** Seasonality of complaints by calendar month (January = 0): fewer in July and at Christmas. */
export const SEASON = [1.05, 1.08, 1.1, 1.02, 1.0, 0.95, 0.62, 0.9, 1.12, 1.12, 1.08, 0.84];

/** A gentle national growth in cases per year (about 3 %). */
export const YEARLY_GROWTH = 0.03;

/** Overdispersion: provider frailty ~ Gamma(shape, 1/shape), mean 1; smaller shape = more spread. */
export const FRAILTY_SHAPE = 3;

export const PROFESSIONS: { code: string; weight: number; serviceTypes: readonly string[] }[] = [
  { code: 'lege', weight: 3, serviceTypes: ['gp', 'hospital_somatic', 'out_of_hours', 'private_specialist', 'mental_health_adult', 'mental_health_child', 'substance_treatment', 'digital_health', 'nursing_home'] },
  { code: 'sykepleier', weight: 4, serviceTypes: ['hospital_somatic', 'nursing_home', 'home_care', 'mental_health_adult', 'substance_treatment', 'out_of_hours', 'health_station', 'municipal_mental_substance'] },
  { code: 'helsefagarbeider', weight: 2, serviceTypes: ['nursing_home', 'home_care', 'intellectual_disability'] },
  { code: 'psykolog', weight: 1, serviceTypes: ['mental_health_adult', 'mental_health_child', 'private_specialist', 'municipal_mental_substance'] },
  { code: 'tannlege', weight: 1, serviceTypes: ['dental_private', 'dental_public'] },
  { code: 'farmasøyt', weight: 0.5, serviceTypes: ['pharmacy'] },
  { code: 'ambulansearbeider', weight: 0.7, serviceTypes: ['prehospital'] },
  { code: 'vernepleier', weight: 0.8, serviceTypes: ['intellectual_disability', 'municipal_mental_substance'] },
];

export const GIVEN_NAMES = [
  'Anna', 'Nora', 'Emma', 'Ingrid', 'Sofie', 'Maja', 'Ella', 'Sara', 'Ida', 'Kari', 'Marit', 'Liv', 'Hanne', 'Silje',
  'Turid', 'Solveig', 'Astrid', 'Randi', 'Hilde', 'Tone', 'Jakob', 'Emil', 'Noah', 'Oliver', 'Filip', 'Lukas',
  'Henrik', 'Ola', 'Per', 'Lars', 'Knut', 'Arne', 'Bjørn', 'Geir', 'Terje', 'Odd', 'Jon', 'Sindre', 'Magnus', 'Eirik',
  'Aksel', 'Sigrid', 'Tuva', 'Vilde', 'Aisha', 'Ali', 'Mohammed', 'Zofia', 'Piotr', 'Ahmed',
];
export const FAMILY_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
  'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Amundsen',
  'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Kowalski',
];
