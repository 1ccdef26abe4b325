import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { GeneratedProvider, MunicipalityInfo } from './providers.ts';
import type { Workforce } from './professionals.ts';
import type { Random } from './random.ts';

/**
 * Signals planted in the synthetic data, with their ground truth, so the risk engine and the equal-treatment
 * monitor can be measured against what is really there — and null stressors that must NOT be flagged.
 */
export interface PlantedSignal {
  id: string;
  kind:
    | 'provider_step'
    | 'provider_ramp'
    | 'provider_theme_excess'
    | 'municipality_cluster'
    | 'professional_repeat'
    | 'office_outcome'
    | 'null_big_provider'
    | 'null_media_spike';
  unitType: 'provider' | 'professional' | 'municipality' | 'office' | 'national';
  unitIds: string[];
  unitLabel: string;
  caseType: string | null;
  serviceType: string | null;
  theme: string | null;
  shape: 'step' | 'ramp' | 'spike' | 'none';
  /** Month index from the first month of the period. */
  startMonth: number;
  endMonth: number | null;
  /** Rate ratio (or, for an office's outcome, the ratio of the share of the outcome); 1 for a null stressor. */
  effectSize: number;
  rampMonths?: number;
  isNullStressor: boolean;
  description: string;
}

export interface Plan {
  signals: PlantedSignal[];
  /** Rate multiplier per provider and month, for providers with a step, ramp or cluster signal. */
  providerMultiplier: Map<number, Float64Array>;
  /** Theme-only excess: provider → { theme, from month, ratio } (total stays normal). */
  themeShift: Map<number, { theme: string; fromMonth: number; ratio: number }>;
  /** Office → case type → outcome → multiplier of its share. */
  outcomeShift: Map<string, { caseType: string; outcome: string; ratio: number }>;
  mediaSpike: { serviceType: string; theme: string; months: number[]; ratio: number } | null;
  repeatProfessional: {
    professionalId: number;
    cases: { providerId: number; month: number }[];
  } | null;
}

/** A planted ramp reaches its full rate ratio after this many months. */
export const RAMP_MONTHS = 12;
/** The repeatedly named professional's planted cases come one every this many months. */
export const REPEAT_CASE_SPACING_MONTHS = 3;

/** The municipal health and care services whose cases rise together in the planted cluster. */
export const CLUSTER_SERVICE_TYPES: ReadonlySet<string> = new Set([
  'nursing_home',
  'home_care',
  'gp',
  'out_of_hours',
  'municipal_mental_substance',
  'intellectual_disability',
]);

const topologyPath = fileURLToPath(new URL('../../reference/kommuner-2024.topojson', import.meta.url));

/** Municipality number → numbers of the municipalities that share a boundary with it. */
export function municipalityNeighbours(): Map<string, string[]> {
  const topology = JSON.parse(readFileSync(topologyPath, 'utf8')) as Topology;
  const objectName = Object.keys(topology.objects)[0] as string;
  const collection = topology.objects[objectName] as GeometryCollection<{ kommunenummer: string }>;
  const geometries = collection.geometries;
  const numberOf = (i: number) =>
    (geometries[i]?.properties as { kommunenummer?: string } | undefined)?.kommunenummer;
  const adjacency = neighbors(geometries as never);
  const result = new Map<string, string[]>();
  geometries.forEach((_, i) => {
    const number = numberOf(i);
    if (!number) return;
    result.set(
      number,
      (adjacency[i] ?? []).map((j) => numberOf(j) as string),
    );
  });
  return result;
}

export interface PlanInput {
  months: number;
  providers: readonly GeneratedProvider[];
  /** Expected cases per month at each provider (all case types), before any planted signal. */
  expectedPerMonth: Map<number, number>;
  municipalities: readonly MunicipalityInfo[];
  workforce: Workforce;
  regionalOffices: readonly string[];
  /** Month index (from the period's first month) of a date. */
  monthIndexOf(date: string): number;
  /** Expected cases naming one given professional per month, for the repeat signal's effect size. */
  expectedPerProfessionalMonth: number;
}

export function makePlan(rng: Random, input: PlanInput): Plan {
  const { months, providers, expectedPerMonth } = input;
  const signals: PlantedSignal[] = [];
  const providerMultiplier = new Map<number, Float64Array>();
  const used = new Set<number>();
  const late = () => rng.int(Math.floor(months * 0.45), Math.max(Math.floor(months * 0.45), months - 9));

  const ranked = providers
    .filter((p) => !p.isParentOnly && (expectedPerMonth.get(p.id) ?? 0) > 0)
    .sort((a, b) => (expectedPerMonth.get(b.id) ?? 0) - (expectedPerMonth.get(a.id) ?? 0));
  const biggest = ranked[0] as GeneratedProvider;
  used.add(biggest.id);
  signals.push({
    id: 'null-big-provider',
    kind: 'null_big_provider',
    unitType: 'provider',
    unitIds: [String(biggest.id)],
    unitLabel: biggest.name,
    caseType: null,
    serviceType: biggest.service_type,
    theme: null,
    shape: 'none',
    startMonth: 0,
    endMonth: null,
    effectSize: 1,
    isNullStressor: true,
    description:
      'The provider with the most expected cases, at a normal rate: a big unit must not be flagged for its size.',
  });

  // Planted units must have enough cases for a change to be detectable within months: those expected to
  // have at least one case a month (at least the 40 busiest, never the very top, which is a null stressor).
  const busy = ranked.filter((p) => (expectedPerMonth.get(p.id) ?? 0) >= 1).length;
  const pool = ranked.slice(1, 1 + Math.max(40, busy));
  const usedTypes = new Set<string>();
  // Prefers a service type not planted yet, so the signals are spread over kinds of service.
  const choose = (): GeneratedProvider => {
    for (let tries = 0; ; tries++) {
      const p = rng.pick(pool);
      if (used.has(p.id) || (tries < 30 && usedTypes.has(p.service_type))) continue;
      used.add(p.id);
      usedTypes.add(p.service_type);
      return p;
    }
  };
  const multiplierOf = (id: number) => {
    let m = providerMultiplier.get(id);
    if (!m) {
      m = new Float64Array(months).fill(1);
      providerMultiplier.set(id, m);
    }
    return m;
  };

  for (const [ratio, count] of [
    [1.5, 3],
    [2, 3],
    [3, 3],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const p = choose();
      const start = late();
      const m = multiplierOf(p.id);
      for (let t = start; t < months; t++) m[t] = (m[t] as number) * ratio;
      signals.push({
        id: `step-${ratio}-${i + 1}`,
        kind: 'provider_step',
        unitType: 'provider',
        unitIds: [String(p.id)],
        unitLabel: p.name,
        caseType: null,
        serviceType: p.service_type,
        theme: null,
        shape: 'step',
        startMonth: start,
        endMonth: null,
        effectSize: ratio,
        isNullStressor: false,
        description: `All cases at the provider rise by a factor ${ratio} from the start month on.`,
      });
    }
  }
  for (let i = 0; i < 2; i++) {
    const p = choose();
    const start = late();
    const rampMonths = RAMP_MONTHS;
    const ratio = 3;
    const m = multiplierOf(p.id);
    for (let t = start; t < months; t++)
      m[t] = (m[t] as number) * (1 + ((ratio - 1) * Math.min(t - start + 1, rampMonths)) / rampMonths);
    signals.push({
      id: `ramp-${i + 1}`,
      kind: 'provider_ramp',
      unitType: 'provider',
      unitIds: [String(p.id)],
      unitLabel: p.name,
      caseType: null,
      serviceType: p.service_type,
      theme: null,
      shape: 'ramp',
      startMonth: start,
      endMonth: null,
      effectSize: ratio,
      rampMonths,
      isNullStressor: false,
      description: `Cases at the provider rise linearly to ${ratio} times the normal rate over ${rampMonths} months, then stay there.`,
    });
  }

  const themeShift = new Map<number, { theme: string; fromMonth: number; ratio: number }>();
  {
    const p = choose();
    const theme =
      p.service_type === 'nursing_home' || p.service_type === 'home_care' ? 'medication' : 'records';
    const start = late();
    themeShift.set(p.id, { theme, fromMonth: start, ratio: 4 });
    signals.push({
      id: 'theme-excess-1',
      kind: 'provider_theme_excess',
      unitType: 'provider',
      unitIds: [String(p.id)],
      unitLabel: p.name,
      caseType: null,
      serviceType: p.service_type,
      theme,
      shape: 'step',
      startMonth: start,
      endMonth: null,
      effectSize: 4,
      isNullStressor: false,
      description: `The odds that a case at the provider concerns "${theme}" rise fourfold, while its total number of cases stays normal.`,
    });
  }

  signals.push(plantCluster(rng, input, late(), multiplierOf));

  const outcomeShift = new Map<string, { caseType: string; outcome: string; ratio: number }>();
  const office = rng.pick(input.regionalOffices);
  outcomeShift.set(office, { caseType: 'incident_supervision', outcome: 'breach', ratio: 2.2 });
  signals.push({
    id: 'office-outcome-1',
    kind: 'office_outcome',
    unitType: 'office',
    unitIds: [office],
    unitLabel: office,
    caseType: 'incident_supervision',
    serviceType: null,
    theme: null,
    shape: 'step',
    startMonth: 0,
    endMonth: null,
    effectSize: 2.2,
    isNullStressor: false,
    description:
      'The office concludes "breach" in incident supervision cases 2.2 times as often as the others for the same case mix.',
  });

  const spikeStart = rng.int(Math.floor(months * 0.3), Math.floor(months * 0.6));
  const mediaSpike = {
    serviceType: 'nursing_home',
    theme: 'nutrition_hygiene',
    months: [spikeStart, spikeStart + 1],
    ratio: 2.5,
  };
  signals.push({
    id: 'null-media-spike',
    kind: 'null_media_spike',
    unitType: 'national',
    unitIds: ['NO'],
    unitLabel: 'Norge',
    caseType: null,
    serviceType: mediaSpike.serviceType,
    theme: mediaSpike.theme,
    shape: 'spike',
    startMonth: spikeStart,
    endMonth: spikeStart + 1,
    effectSize: mediaSpike.ratio,
    isNullStressor: true,
    description:
      'A national media story: nutrition complaints about all nursing homes rise 2.5 times for two months. No single provider should be flagged for it.',
  });

  const repeatProfessional = plantRepeatProfessional(rng, input, signals);
  return { signals, providerMultiplier, themeShift, outcomeShift, mediaSpike, repeatProfessional };
}

function plantCluster(
  rng: Random,
  input: PlanInput,
  start: number,
  multiplierOf: (id: number) => Float64Array,
): PlantedSignal {
  const neighbours = municipalityNeighbours();
  const byNumber = new Map(input.municipalities.map((m) => [m.number, m]));
  // A mid-sized town and its neighbours in the same office: local, yet with enough cases to be seen.
  const centres = input.municipalities.filter((m) => m.population > 20_000 && m.population < 120_000);
  let members: string[] = [];
  for (let tries = 0; tries < 50 && members.length < 4; tries++) {
    const centre = rng.pick(centres);
    members = [
      centre.number,
      ...(neighbours.get(centre.number) ?? []).filter(
        (n) => byNumber.get(n)?.office_code === centre.office_code,
      ),
    ].slice(0, 6);
  }
  const types = CLUSTER_SERVICE_TYPES;
  const ratio = 2;
  const memberSet = new Set(members);
  for (const p of input.providers) {
    if (!p.isParentOnly && types.has(p.service_type) && memberSet.has(p.municipality_number)) {
      const m = multiplierOf(p.id);
      for (let t = start; t < input.months; t++) m[t] = (m[t] as number) * ratio;
    }
  }
  return {
    id: 'cluster-1',
    kind: 'municipality_cluster',
    unitType: 'municipality',
    unitIds: members,
    unitLabel: members.map((n) => byNumber.get(n)?.name ?? n).join(', '),
    caseType: null,
    serviceType: [...CLUSTER_SERVICE_TYPES].join(','),
    theme: null,
    shape: 'step',
    startMonth: start,
    endMonth: null,
    effectSize: ratio,
    isNullStressor: false,
    description:
      'Municipal health and care services in neighbouring municipalities all rise by a factor 2: no single provider stands out much, the area does.',
  };
}

function plantRepeatProfessional(
  rng: Random,
  input: PlanInput,
  signals: PlantedSignal[],
): Plan['repeatProfessional'] {
  const months = input.months;
  const candidates = input.workforce.movers.filter((m) => {
    const move = input.monthIndexOf(m.second.from_date);
    return m.professional.authorised && move >= 12 && move <= months - 13;
  });
  if (candidates.length === 0) return null;
  const mover = rng.pick(candidates);
  // Cases spread over the months around the move: four at the first employer, four at the second.
  const moveMonth = input.monthIndexOf(mover.second.from_date);
  const cases: { providerId: number; month: number }[] = [];
  for (let i = 0; i < 4; i++)
    cases.push({
      providerId: mover.first.provider_id,
      month: Math.max(0, moveMonth - 10 + i * REPEAT_CASE_SPACING_MONTHS),
    });
  for (let i = 0; i < 4; i++)
    cases.push({
      providerId: mover.second.provider_id,
      month: Math.min(months - 1, moveMonth + 1 + i * REPEAT_CASE_SPACING_MONTHS),
    });
  signals.push({
    id: 'professional-repeat-1',
    kind: 'professional_repeat',
    unitType: 'professional',
    unitIds: [String(mover.professional.id)],
    unitLabel: `${mover.professional.name} (${mover.professional.profession})`,
    caseType: 'incident_supervision',
    serviceType: null,
    theme: null,
    shape: 'step',
    startMonth: cases[0]?.month ?? 0,
    endMonth: cases[cases.length - 1]?.month ?? null,
    // Eight cases over the window, against what a typical professional is named in over the same months.
    effectSize: round2(
      cases.length / (input.expectedPerProfessionalMonth * (cases.at(-1)!.month - cases[0]!.month + 1)),
    ),
    isNullStressor: false,
    description:
      'One professional is named in four incident cases at one employer and four more after moving to another.',
  });
  return { professionalId: mover.professional.id, cases };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
