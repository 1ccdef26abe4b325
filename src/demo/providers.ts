import { organisationNumberFromBase } from '../domain/identifiers/index.ts';
import type { ProvidersTable } from '../db/schema.ts';
import { FAMILY_NAMES, SERVICE_TYPE_MODELS } from './model.ts';
import type { Random } from './random.ts';

export interface MunicipalityInfo {
  number: string;
  name: string;
  county_number: string;
  county_name: string;
  office_code: string;
  population: number;
}

export type GeneratedProvider = Omit<ProvidersTable, 'id'> & {
  id: number;
  /** Hospital trusts are parents only: cases are registered on their sites. */
  isParentOnly: boolean;
};

/** Towns large enough to host a hospital, a DPS or an ambulance station. */
const TOWN_POPULATION = 15_000;
const SPECIALIST_TYPES = new Set([
  'hospital_somatic',
  'mental_health_adult',
  'mental_health_child',
  'substance_treatment',
  'prehospital',
]);

/**
 * Providers across all service types, placed by municipality population, with a size measure as exposure.
 * Specialist sites hang under one hospital trust per county, as in Norway's regional health enterprises.
 */
export function generateProviders(
  rng: Random,
  municipalities: readonly MunicipalityInfo[],
  total: number,
  activeFrom: string,
): GeneratedProvider[] {
  const providers: GeneratedProvider[] = [];
  const orgNumbers = orgNumberSequence(rng.int(1_000_000, 4_000_000));
  const weightSum = Object.values(SERVICE_TYPE_MODELS).reduce((s, m) => s + m.providerWeight, 0);
  const towns = municipalities.filter((m) => m.population >= TOWN_POPULATION);
  const trusts = new Map<string, GeneratedProvider>();

  const add = (p: Omit<GeneratedProvider, 'id' | 'org_number'>): GeneratedProvider => {
    const provider = { ...p, id: providers.length + 1, org_number: orgNumbers() };
    providers.push(provider);
    return provider;
  };

  for (const [serviceType, model] of Object.entries(SERVICE_TYPE_MODELS)) {
    const count = Math.max(1, Math.round((total * model.providerWeight) / weightSum));
    const counts = placeCounts(
      rng,
      model.placement === 'towns' ? towns : municipalities,
      count,
      model.placement,
    );
    for (const [municipality, n] of counts) {
      for (let i = 0; i < n; i++) {
        let parentId: number | null = null;
        if (SPECIALIST_TYPES.has(serviceType)) {
          let trust = trusts.get(municipality.county_number);
          if (!trust) {
            trust = add({
              name: `Helseforetaket ${municipality.county_name} HF`,
              service_type: 'hospital_somatic',
              municipality_number: municipality.number,
              parent_id: null,
              size_measure: 'employees',
              size: 0,
              active_from: activeFrom,
              active_to: null,
              isParentOnly: true,
            });
            trusts.set(municipality.county_number, trust);
          }
          parentId = trust.id;
        }
        const size = Math.max(1, Math.round(rng.logNormal(model.sizeMedian, model.sizeSdLog)));
        if (parentId !== null) (trusts.get(municipality.county_number) as GeneratedProvider).size += size;
        add({
          name: providerName(rng, model.names, municipality.name, i),
          service_type: serviceType,
          municipality_number: municipality.number,
          parent_id: parentId,
          size_measure: model.sizeMeasure,
          size,
          active_from: activeFrom,
          active_to: null,
          isParentOnly: false,
        });
      }
    }
  }
  return providers;
}

/** Distributes `count` providers over municipalities in proportion to population (largest remainder). */
function placeCounts(
  rng: Random,
  places: readonly MunicipalityInfo[],
  count: number,
  placement: 'population' | 'every_municipality' | 'towns',
): Map<MunicipalityInfo, number> {
  const counts = new Map<MunicipalityInfo, number>();
  const base = placement === 'every_municipality' ? 1 : 0;
  const remaining = Math.max(0, count - base * places.length);
  const population = places.reduce((s, m) => s + m.population, 0);
  for (const m of places) {
    const expected = (remaining * m.population) / population;
    const whole = Math.floor(expected);
    counts.set(m, base + whole + (rng.chance(expected - whole) ? 1 : 0));
  }
  return counts;
}

function providerName(rng: Random, patterns: readonly string[], place: string, index: number): string {
  return rng
    .pick(patterns)
    .replaceAll('{place}', place)
    .replaceAll('{n}', String(index + 1))
    .replace('{name}', rng.pick(FAMILY_NAMES))
    .replace('{name}', rng.pick(FAMILY_NAMES));
}

/** Valid, unique organisation numbers: consecutive 8-digit bases from a random start, check digit added. */
function orgNumberSequence(start: number): () => string {
  let base = 90_000_000 + start;
  return () => {
    for (;;) {
      const candidate = organisationNumberFromBase(String(base++));
      if (candidate) return candidate;
    }
  };
}
