import {
  CASE_TYPE_DEFINITIONS,
  CASE_TYPES,
  CLOSED_STATE,
  type CaseType,
} from '../domain/cases/case-types.ts';
import type { Channel, Language, PartyRole, ReactionKind } from '../db/schema.ts';
import { OUTCOME_SHARE, PROCESSING_DAYS, OFFICE_SPEED, SERVICE_TYPE_MODELS } from './model.ts';
import { writeNarrative } from './narratives/index.ts';
import type { GeneratedPerson, PersonFactory } from './people.ts';
import type { Plan } from './plan.ts';
import { addDays, daysBetween } from './dates.ts';
import { employeeOn, type Workforce } from './professionals.ts';
import type { GeneratedProvider, MunicipalityInfo } from './providers.ts';
import type { Random } from './random.ts';

/** One case and everything that belongs to it, as rows ready for the database. */
export interface CaseBatch {
  persons: GeneratedPerson[];
  cases: CaseRow[];
  parties: { case_id: number; person_id: number; role: PartyRole; preferred_language: Language }[];
  events: EventRow[];
  documents: DocumentRow[];
  decisions: DecisionRow[];
  reactions: ReactionRow[];
}

export interface CaseRow {
  id: number;
  case_number: string;
  case_type: CaseType;
  sector: string;
  office_code: string;
  provider_id: number;
  professional_id: number | null;
  municipality_number: string;
  service_type: string;
  themes: string[];
  urgency: string[];
  state: string;
  outcome: string | null;
  channel: Channel;
  received_on: string;
  decided_on: string | null;
  closed_on: string | null;
  title: string;
  narrative: string;
  language: Language;
  confidential: boolean;
  assigned_to: number | null;
  campaign: string | null;
}
export interface EventRow {
  case_id: number;
  seq: number;
  occurred_at: string;
  actor_kind: 'user' | 'citizen' | 'provider' | 'system';
  actor_id: number | null;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  data: string;
}
export interface DocumentRow {
  case_id: number;
  seq: number;
  direction: 'inbound' | 'outbound' | 'internal';
  kind: string;
  title: string;
  language: Language;
  dated_on: string;
  author_id: number | null;
}
export interface DecisionRow {
  id: number;
  case_id: number;
  outcome: string;
  legal_basis: string[];
  reasons: string;
  decided_on: string;
  decided_by: number | null;
  language: Language;
  is_individual_decision: boolean;
}
export interface ReactionRow {
  case_id: number;
  decision_id: number;
  professional_id: number | null;
  provider_id: number | null;
  kind: ReactionKind;
  legal_basis: string;
  decided_on: string;
}

export interface CaseGeneratorContext {
  rng: Random;
  plan: Plan;
  providers: readonly GeneratedProvider[];
  municipalities: ReadonlyMap<string, MunicipalityInfo & { language_form: string }>;
  workforce: Workforce;
  people: PersonFactory;
  /** Expected cases per provider and case type over the whole period, before planted signals. */
  expected: Map<number, Float64Array>;
  /** Relative weight of each month (season × growth), summing to 1. */
  monthWeights: Float64Array;
  firstMonth: { year: number; month: number };
  today: string;
  nationalOffice: string;
  caseworkers: ReadonlyMap<string, number[]>;
  sectorOf: ReadonlyMap<string, string>;
  legalBasisOfTheme: ReadonlyMap<string, string>;
  batchSize: number;
  /** Filled in as cases are numbered: the last sequence number used per year, so new cases continue it. */
  caseNumberCounters: Map<number, number>;
}

const PERSONNEL_THEMES: Record<string, number> = {
  treatment: 3,
  medication: 2,
  conduct: 2,
  substance_misuse_staff: 2,
  boundary_violation: 1.5,
  records: 1,
  certificates: 0.5,
};
/** How much more often a service type's incident cases end in "breach" than the average (case mix). */
const BREACH_FACTOR: Record<string, number> = {
  hospital_somatic: 1.2,
  nursing_home: 1.3,
  gp: 0.9,
  cw_municipal: 1.2,
  dental_private: 0.8,
};
const REACTION_LAW: Record<string, string> = {
  advarsel: 'helsepersonelloven § 56',
  faglig_palegg: 'helsepersonelloven § 56',
  tilbakekall: 'helsepersonelloven § 57',
  suspensjon: 'helsepersonelloven § 58',
  begrensning: 'helsepersonelloven § 59',
  tap_rekvirering: 'helsepersonelloven § 63',
};
/** '00'…'99': the hot loop formats many dates and times. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Faglig pålegg replaced advarsel from 1 July 2022. */
const FAGLIG_PALEGG_FROM = '2022-07-01';

/**
 * Streams the national case history month by month: for each provider and case type a Poisson count around
 * its expected rate (size × frailty × season × planted multiplier), then each case's story to its end or,
 * for recent cases, to where it stands today. Draws happen in a fixed order, so a seed gives the same data.
 */
export function* generateCases(ctx: CaseGeneratorContext): Generator<CaseBatch> {
  const { rng, plan, providers, monthWeights } = ctx;
  const months = monthWeights.length;
  const counters = ctx.caseNumberCounters;
  let caseId = 0;
  let decisionId = 0;
  let batch = emptyBatch();
  const casesOfType = CASE_TYPES;
  const repeatByMonth = new Map<number, number[]>();
  for (const c of plan.repeatProfessional?.cases ?? []) {
    repeatByMonth.set(c.month, [...(repeatByMonth.get(c.month) ?? []), c.providerId]);
  }

  const emit = (
    provider: GeneratedProvider,
    caseType: CaseType,
    monthIndex: number,
    forcedTheme: string | null,
    forcedProfessional: number | null,
  ) => {
    caseId++;
    const received = minDate(dayInMonth(rng, ctx.firstMonth, monthIndex), ctx.today);
    const year = Number(received.slice(0, 4));
    const seq = (counters.get(year) ?? 0) + 1;
    counters.set(year, seq);
    const decisionIdRef = { next: () => ++decisionId };
    buildCase(ctx, batch, {
      id: caseId,
      caseNumber: `${year}/${String(seq).padStart(5, '0')}`,
      provider,
      caseType,
      monthIndex,
      received,
      forcedTheme,
      forcedProfessional,
      decisionIdRef,
    });
  };

  // Per-provider figures in flat arrays, so the 50,000 × months inner loop is plain arithmetic.
  const count = providers.length;
  const totals = new Float64Array(count);
  const typeWeights: (Float64Array | null)[] = new Array(count).fill(null);
  const multipliers: (Float64Array | null)[] = new Array(count).fill(null);
  const spikeBase = new Float64Array(count);
  const spike = plan.mediaSpike;
  for (let i = 0; i < count; i++) {
    const provider = providers[i] as GeneratedProvider;
    const expected = ctx.expected.get(provider.id);
    if (!expected) continue;
    typeWeights[i] = expected;
    totals[i] = sum(expected);
    multipliers[i] = plan.providerMultiplier.get(provider.id) ?? null;
    if (spike && provider.service_type === spike.serviceType) {
      const model = SERVICE_TYPE_MODELS[provider.service_type];
      const themeShare = model ? (model.themes[spike.theme] ?? 0) / sum(Object.values(model.themes)) : 0;
      spikeBase[i] = (expected[0] as number) * themeShare * (spike.ratio - 1);
    }
  }
  for (let m = 0; m < months; m++) {
    const monthWeight = monthWeights[m] as number;
    const inSpike = spike !== null && spike.months.includes(m);
    for (let i = 0; i < count; i++) {
      const total = totals[i] as number;
      if (total === 0) continue;
      const multiplier = multipliers[i]?.[m] ?? 1;
      // One Poisson draw for the provider's month, then the case types by their shares (the same
      // distribution as a draw per type, at a fifth of the cost).
      const n = rng.poisson(total * monthWeight * multiplier);
      for (let k = 0; k < n; k++)
        emit(
          providers[i] as GeneratedProvider,
          rng.weighted(casesOfType, typeWeights[i] as Float64Array),
          m,
          null,
          null,
        );
      if (inSpike && spikeBase[i]! > 0) {
        const extra = rng.poisson((spikeBase[i] as number) * monthWeight);
        for (let k = 0; k < extra; k++)
          emit(providers[i] as GeneratedProvider, 'incident_supervision', m, spike.theme, null);
      }
    }
    for (const providerId of repeatByMonth.get(m) ?? []) {
      const provider = providers[providerId - 1] as GeneratedProvider;
      emit(provider, 'incident_supervision', m, null, plan.repeatProfessional?.professionalId ?? null);
    }
    if (batch.cases.length >= ctx.batchSize) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.cases.length > 0) yield batch;
}

function emptyBatch(): CaseBatch {
  return { persons: [], cases: [], parties: [], events: [], documents: [], decisions: [], reactions: [] };
}

interface CaseSeed {
  id: number;
  caseNumber: string;
  provider: GeneratedProvider;
  caseType: CaseType;
  monthIndex: number;
  received: string;
  forcedTheme: string | null;
  forcedProfessional: number | null;
  decisionIdRef: { next(): number };
}

function buildCase(ctx: CaseGeneratorContext, batch: CaseBatch, s: CaseSeed): void {
  const { rng, plan } = ctx;
  const { provider, caseType } = s;
  const definition = CASE_TYPE_DEFINITIONS[caseType];
  const model = SERVICE_TYPE_MODELS[provider.service_type];
  const municipality = ctx.municipalities.get(provider.municipality_number);
  const office = definition.national ? ctx.nationalOffice : (municipality?.office_code ?? ctx.nationalOffice);

  const themes = pickThemes(
    rng,
    caseType,
    model?.themes ?? {},
    plan.themeShift.get(provider.id),
    s.monthIndex,
    s.forcedTheme,
  );
  const urgency = pickUrgency(rng, caseType, provider.service_type, themes);
  const language = pickLanguage(rng, municipality?.language_form);
  let professional = s.forcedProfessional;
  if (
    professional === null &&
    (caseType === 'personnel_reaction' || (caseType === 'incident_supervision' && rng.chance(0.25)))
  ) {
    professional = employeeOn(rng, ctx.workforce, provider.id, s.received);
  }
  const writerRole = pickWriter(rng, caseType, provider.service_type);
  const narrative = writeNarrative(rng, {
    caseType,
    serviceType: provider.service_type,
    themes,
    language,
    writerRole,
    urgency,
    providerName: provider.name,
    municipalityName: municipality?.name,
  });

  // How the case went: processing time, outcome, and where it stands today.
  const speed = OFFICE_SPEED[office] ?? 1;
  const timing = PROCESSING_DAYS[caseType];
  const days = Math.max(2, Math.round(rng.logNormal(timing.median * speed, timing.sdLog)));
  const decided = addDays(s.received, days);
  const outcome = pickOutcome(rng, caseType, office, provider.service_type, urgency, plan);
  const outcomeDefinition = definition.outcomes.find((o) => o.code === outcome);
  const followUp =
    caseType === 'incident_supervision' && outcome === 'breach' ? rng.int(30, 120) : rng.int(0, 6);
  const closed = addDays(decided, followUp);
  const isDecided = decided <= ctx.today;
  const isClosed = closed <= ctx.today;
  let state: string = CLOSED_STATE;
  if (!isClosed) {
    if (isDecided)
      state = definition.openStates.includes('follow_up')
        ? 'follow_up'
        : (definition.openStates.at(-1) as string);
    else {
      const progress = Math.max(0, daysBetween(s.received, ctx.today) + 1) / (days + 1);
      const open = definition.openStates.filter((st) => st !== 'follow_up');
      state = open[Math.min(open.length - 1, Math.floor(progress * open.length))] as string;
    }
  }
  const workers = ctx.caseworkers.get(office) ?? [];
  const assigned = state === 'received' || workers.length === 0 ? null : rng.pick(workers);

  const caseRow: CaseRow = {
    id: s.id,
    case_number: s.caseNumber,
    case_type: caseType,
    sector: ctx.sectorOf.get(provider.service_type) ?? 'health',
    office_code: office,
    provider_id: provider.id,
    professional_id: professional,
    municipality_number: provider.municipality_number,
    service_type: provider.service_type,
    themes,
    urgency,
    state,
    outcome: isDecided ? outcome : null,
    channel: pickChannel(rng, caseType),
    received_on: s.received,
    decided_on: isDecided ? decided : null,
    closed_on: isClosed ? closed : null,
    title: narrative.title,
    narrative: narrative.text,
    language,
    confidential: rng.chance(caseType === 'personnel_reaction' ? 0.1 : 0.02),
    assigned_to: assigned,
    campaign: null,
  };
  batch.cases.push(caseRow);
  addParties(ctx, batch, caseRow, writerRole);

  let seq = 0;
  const event = (
    at: string,
    kind: string,
    from: string | null,
    to: string | null,
    actor: number | null,
    reason: string | null,
    data = '{}',
  ) =>
    batch.events.push({
      case_id: s.id,
      seq: ++seq,
      occurred_at: `${at}T${TWO_DIGITS[8 + (seq % 8)]}:${TWO_DIGITS[rng.int(0, 59)]}:00Z`,
      actor_kind:
        actor === null
          ? seq === 1
            ? caseType === 'serious_incident_notice'
              ? 'provider'
              : 'citizen'
            : 'system'
          : 'user',
      actor_id: actor,
      kind,
      from_state: from,
      to_state: to,
      reason,
      data,
    });
  const firstState = definition.openStates[0] as string;
  event(s.received, 'received', null, firstState, null, null, `{"channel":"${caseRow.channel}"}`);
  batch.documents.push({
    case_id: s.id,
    seq: 1,
    direction:
      caseType === 'planned_supervision' || caseType === 'personnel_reaction' ? 'internal' : 'inbound',
    kind:
      caseType === 'serious_incident_notice'
        ? 'notification'
        : caseType === 'rights_appeal'
          ? 'appeal'
          : caseType === 'incident_supervision'
            ? 'complaint'
            : 'note',
    title: narrative.title,
    language,
    dated_on: s.received,
    author_id: null,
  });
  if (assigned !== null) {
    const at = minDate(addDays(s.received, rng.int(1, 10)), ctx.today);
    event(at, 'assigned', firstState, firstState, null, null, `{"to":${assigned}}`);
    const reached = isDecided
      ? (definition.openStates.filter((st) => st !== 'follow_up').at(-1) as string)
      : state;
    if (reached !== firstState) event(at, 'state_changed', firstState, reached, assigned, null);
  }
  if (isDecided) {
    const decidedFrom = definition.openStates.filter((st) => st !== 'follow_up').at(-1) as string;
    const afterDecision = definition.openStates.includes('follow_up') ? 'follow_up' : CLOSED_STATE;
    event(decided, 'decided', decidedFrom, afterDecision, assigned, null, `{"outcome":"${outcome}"}`);
    if (outcomeDefinition?.byDecision) {
      const decisionId = s.decisionIdRef.next();
      const reactionOutcome = caseType === 'personnel_reaction' && outcome !== 'no_reaction';
      const finalOutcome =
        reactionOutcome && outcome === 'faglig_palegg' && decided < FAGLIG_PALEGG_FROM ? 'advarsel' : outcome;
      if (finalOutcome !== outcome) caseRow.outcome = finalOutcome;
      batch.decisions.push({
        id: decisionId,
        case_id: s.id,
        outcome: finalOutcome,
        legal_basis: legalBasis(ctx, definition.legalBasis, themes),
        reasons: reasonsText(language, office, finalOutcome),
        decided_on: decided,
        decided_by: assigned,
        language,
        is_individual_decision: outcomeDefinition.individualDecision,
      });
      batch.documents.push({
        case_id: s.id,
        seq: 2,
        direction: 'outbound',
        kind: 'decision',
        title:
          language === 'nn'
            ? `Vedtak/avgjerd i sak ${s.caseNumber}`
            : `Vedtak/avgjørelse i sak ${s.caseNumber}`,
        language,
        dated_on: decided,
        author_id: assigned,
      });
      if (reactionOutcome) {
        batch.reactions.push({
          case_id: s.id,
          decision_id: decisionId,
          professional_id: professional,
          provider_id: professional === null ? provider.id : null,
          kind: finalOutcome as ReactionKind,
          legal_basis: REACTION_LAW[finalOutcome] ?? 'helsepersonelloven kapittel 11',
          decided_on: decided,
        });
      }
    }
    if (isClosed && afterDecision !== CLOSED_STATE)
      event(closed, 'closed', afterDecision, CLOSED_STATE, assigned, null);
  }
}

function addParties(ctx: CaseGeneratorContext, batch: CaseBatch, c: CaseRow, writerRole: string): void {
  const { rng } = ctx;
  const year = Number(c.received_on.slice(0, 4));
  const person = (minAge: number, maxAge: number) => {
    const age = rng.int(minAge, maxAge);
    const birth = `${year - age}-${TWO_DIGITS[rng.int(1, 12)]}-${TWO_DIGITS[rng.int(1, 28)]}`;
    const p = ctx.people.make(birth, c.language, c.municipality_number);
    batch.persons.push(p);
    return p;
  };
  const party = (p: GeneratedPerson, role: PartyRole) =>
    batch.parties.push({ case_id: c.id, person_id: p.id, role, preferred_language: c.language });
  const [minAge, maxAge] = patientAges(c.service_type);
  if (c.case_type === 'personnel_reaction' || c.case_type === 'planned_supervision') return;
  if (writerRole === 'patient') party(person(Math.max(18, minAge), Math.max(20, maxAge)), 'complainant');
  else if (writerRole === 'parent') {
    party(person(25, 55), 'parent');
    party(person(0, 17), 'child');
  } else if (writerRole === 'next_of_kin') {
    party(person(25, 75), 'next_of_kin');
    party(person(minAge, maxAge), 'patient');
  } else party(person(minAge, maxAge), 'patient');
}

function patientAges(serviceType: string): [number, number] {
  if (serviceType === 'nursing_home' || serviceType === 'home_care') return [67, 99];
  if (
    serviceType.startsWith('cw_') ||
    serviceType === 'mental_health_child' ||
    serviceType === 'health_station'
  )
    return [1, 17];
  return [18, 90];
}

function pickThemes(
  rng: Random,
  caseType: CaseType,
  serviceThemes: Readonly<Record<string, number>>,
  shift: { theme: string; fromMonth: number; ratio: number } | undefined,
  month: number,
  forced: string | null,
): string[] {
  if (forced) return [forced];
  let table = caseType === 'personnel_reaction' ? PERSONNEL_THEMES : serviceThemes;
  if (shift && month >= shift.fromMonth && table[shift.theme] !== undefined) {
    // The theme's odds rise by the ratio; the total number of cases is left alone.
    table = { ...table, [shift.theme]: (table[shift.theme] as number) * shift.ratio };
  }
  const { codes, weights } = tableArrays(table);
  const first = rng.weighted(codes, weights);
  if (caseType === 'planned_supervision')
    return first === 'management_quality' ? [first] : ['management_quality', first];
  if (rng.chance(0.3)) {
    const second = rng.weighted(codes, weights);
    if (second !== first) return [first, second];
  }
  return [first];
}

function pickUrgency(rng: Random, caseType: CaseType, serviceType: string, themes: string[]): string[] {
  const flags: string[] = [];
  if (caseType === 'serious_incident_notice' ? rng.chance(0.55) : rng.chance(0.04)) flags.push('death');
  if (themes.includes('suicide_risk') && rng.chance(0.4)) flags.push('suicide');
  if (serviceType.startsWith('cw_') && rng.chance(0.12)) flags.push('child_at_risk');
  if (themes.includes('coercion') && rng.chance(0.5)) flags.push('coercion');
  if (themes.includes('boundary_violation') && rng.chance(0.4)) flags.push('abuse');
  if (rng.chance(0.03)) flags.push('ongoing_danger');
  return flags;
}

function pickLanguage(rng: Random, form: string | undefined): 'nb' | 'nn' {
  const nynorskShare = form === 'nynorsk' ? 0.7 : form === 'neutral' ? 0.1 : 0.03;
  return rng.chance(nynorskShare) ? 'nn' : 'nb';
}

function pickWriter(
  rng: Random,
  caseType: CaseType,
  serviceType: string,
): 'patient' | 'next_of_kin' | 'parent' | 'provider' | 'office' {
  if (caseType === 'serious_incident_notice') return 'provider';
  if (caseType === 'personnel_reaction' || caseType === 'planned_supervision') return 'office';
  if (
    serviceType.startsWith('cw_') ||
    serviceType === 'mental_health_child' ||
    serviceType === 'health_station'
  )
    return 'parent';
  if (serviceType === 'nursing_home') return rng.chance(0.8) ? 'next_of_kin' : 'patient';
  return rng.chance(0.6) ? 'patient' : 'next_of_kin';
}

function pickChannel(rng: Random, caseType: CaseType): Channel {
  if (caseType === 'serious_incident_notice') return 'api';
  if (caseType === 'planned_supervision') return 'own_initiative';
  if (caseType === 'personnel_reaction') return rng.chance(0.6) ? 'transfer' : 'own_initiative';
  return rng.weighted(['web', 'letter', 'email'] as const, [0.72, 0.13, 0.15]);
}

/** Weight tables as parallel arrays, made once per table (the generator draws from them millions of times). */
const arraysOf = new WeakMap<object, { codes: string[]; weights: number[] }>();
function tableArrays(table: Readonly<Record<string, number>>): { codes: string[]; weights: number[] } {
  let arrays = arraysOf.get(table);
  if (!arrays) {
    arrays = { codes: Object.keys(table), weights: Object.values(table) };
    arraysOf.set(table, arrays);
  }
  return arrays;
}

/** Per plan: the planted office difference differs between seeds. */
const outcomeTablesOf = new WeakMap<Plan, Map<string, { codes: string[]; weights: number[] }>>();

function pickOutcome(
  rng: Random,
  caseType: CaseType,
  office: string,
  serviceType: string,
  urgency: string[],
  plan: Plan,
): string {
  // The outcome shares depend only on these four facts: compute each combination once.
  const key = `${caseType}|${office}|${serviceType}|${urgency.length > 0}`;
  let outcomeTables = outcomeTablesOf.get(plan);
  if (!outcomeTables) outcomeTablesOf.set(plan, (outcomeTables = new Map()));
  let table = outcomeTables.get(key);
  if (!table) {
    const shares = outcomeShares(caseType, office, serviceType, urgency, plan);
    table = { codes: Object.keys(shares), weights: Object.values(shares) };
    outcomeTables.set(key, table);
  }
  return rng.weighted(table.codes, table.weights);
}

function outcomeShares(
  caseType: CaseType,
  office: string,
  serviceType: string,
  urgency: string[],
  plan: Plan,
): Record<string, number> {
  const shares = { ...OUTCOME_SHARE[caseType] };
  if (caseType === 'incident_supervision' && shares.breach !== undefined) {
    // Case mix: severe cases and some services end in "breach" more often, in every office alike.
    shares.breach *= (urgency.length > 0 ? 1.8 : 1) * (BREACH_FACTOR[serviceType] ?? 1);
  }
  const shift = plan.outcomeShift.get(office);
  if (shift && shift.caseType === caseType && shares[shift.outcome] !== undefined) {
    // The planted office difference: the outcome's probability (not its odds) is multiplied, others shrink.
    const p = shares[shift.outcome] as number;
    const total = sum(Object.values(shares));
    const target = Math.min(0.95, (p / total) * shift.ratio);
    const rest = total - p;
    for (const k of Object.keys(shares)) {
      shares[k] = k === shift.outcome ? target : ((shares[k] as number) / rest) * (1 - target);
    }
  }
  return shares;
}

function legalBasis(ctx: CaseGeneratorContext, caseTypeBasis: string, themes: string[]): string[] {
  const laws = [caseTypeBasis];
  for (const t of themes) {
    const law = ctx.legalBasisOfTheme.get(t);
    if (law && !laws.includes(law)) laws.push(law);
  }
  return laws;
}

function reasonsText(language: Language, office: string, outcome: string): string {
  return language === 'nn'
    ? `Saka er vurdert ut frå opplysningane i saka og gjeldande regelverk. Konklusjon: ${outcome}. Avgjord av ${office}.`
    : `Saken er vurdert ut fra opplysningene i saken og gjeldende regelverk. Konklusjon: ${outcome}. Avgjort av ${office}.`;
}

function dayInMonth(rng: Random, first: { year: number; month: number }, monthIndex: number): string {
  const total = first.month - 1 + monthIndex;
  const year = first.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[rng.int(1, days)]}`;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}
