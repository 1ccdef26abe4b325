/**
 * Expected counts with exposure, indirectly standardised by stratum (service type × size measure):
 *   E[p, t] = size_p · active_p(t) · ρ_g · n_t
 * ρ_g: the stratum's cases per size unit per month over the period; n_t: the national month factor (season,
 * growth, anything that moves every service at once), Σ observed_t / Σ_g ρ_g·exposure_g(t). No demographic
 * predictors: only service type, size and time. Areas (municipality, county, office, nation) sum their
 * providers, so their expected counts carry the local mix of services and sizes (and so the population they
 * serve) — a town with a hospital is not compared with one without.
 */
import type { ProviderInfo, RiskData } from './load.ts';

export type AreaType = 'municipality' | 'county' | 'office' | 'national';

export interface UnitSeries {
  unitType: 'provider' | AreaType;
  unitId: string;
  label: string;
  /** Prior group: the stratum for providers, the unit type for areas (with the sector for sector series). */
  group: string;
  serviceType: string | null;
  /**
   * Set on a municipality's series of its own services in one sector (the municipal-level service types of
   * the taxonomy, such as nursing homes, home care and GPs for health and care): the services the
   * municipality itself is responsible for, where a local problem is not diluted by hospitals and other
   * services it does not run.
   */
  municipalSector?: string;
  observed: Float64Array;
  expected: Float64Array;
}

function exposure(p: ProviderInfo, t: number): number {
  if (t < p.fromMonth || (p.toMonth !== null && t > p.toMonth)) return 0;
  // A unit of size 0 still exists and can have cases: count it as the smallest size.
  return Math.max(1, p.size);
}

export function expectedSeries(data: RiskData): { providers: UnitSeries[]; monthFactor: Float64Array } {
  const { months: T, providers, providerCounts } = data;
  const strata = new Map<string, { observed: number; exposure: Float64Array }>();
  for (let i = 0; i < providers.length; i++) {
    const p = providers[i]!;
    let s = strata.get(p.stratum);
    if (!s) strata.set(p.stratum, (s = { observed: 0, exposure: new Float64Array(T) }));
    for (let t = 0; t < T; t++) {
      s.exposure[t]! += exposure(p, t);
      s.observed += providerCounts[i * T + t]!;
    }
  }
  const rho = new Map<string, number>();
  const baseline = new Float64Array(T);
  for (const [key, s] of strata) {
    let total = 0;
    for (let t = 0; t < T; t++) total += s.exposure[t]!;
    const r = total > 0 ? s.observed / total : 0;
    rho.set(key, r);
    for (let t = 0; t < T; t++) baseline[t]! += r * s.exposure[t]!;
  }
  const observedTotal = new Float64Array(T);
  for (let i = 0; i < providers.length; i++)
    for (let t = 0; t < T; t++) observedTotal[t]! += providerCounts[i * T + t]!;
  // A month with no cases at all (the demo's partial last month can be close) keeps factor 1, not 0.
  const monthFactor = baseline.map((b, t) => (b > 0 && observedTotal[t]! > 0 ? observedTotal[t]! / b : 1));

  // One buffer per kind for all providers (50,000 × 120 months), each series a view into it.
  const observedAll = new Float64Array(providers.length * T);
  const expectedAll = new Float64Array(providers.length * T);
  const series = providers.map((p, i): UnitSeries => {
    const observed = observedAll.subarray(i * T, (i + 1) * T);
    const expected = expectedAll.subarray(i * T, (i + 1) * T);
    const r = rho.get(p.stratum)!;
    for (let t = 0; t < T; t++) {
      observed[t] = providerCounts[i * T + t]!;
      // A stratum without a single case gets a tiny rate, so its units stay comparable (and uncharted).
      expected[t] = Math.max(r, 1e-9) * exposure(p, t) * monthFactor[t]!;
    }
    return {
      unitType: 'provider',
      unitId: String(p.id),
      label: p.label,
      group: p.stratum,
      serviceType: p.serviceType,
      observed,
      expected,
    };
  });
  return { providers: series, monthFactor };
}

/** How a municipality's own services in a sector are named (bokmål, like the other unit labels). */
const MUNICIPAL_SERVICES: Record<string, string> = {
  health: 'kommunale helse- og omsorgstjenester',
  child_welfare: 'kommunalt barnevern',
  social: 'sosiale tjenester i Nav',
};

/**
 * Area series: sums of their providers' observed and expected counts; for municipalities also one series per
 * sector of the services the municipality runs itself.
 */
export function areaSeries(data: RiskData, providerSeries: UnitSeries[]): UnitSeries[] {
  const T = data.months;
  const names = new Map(data.municipalities.map((m) => [m.number, m.name]));
  const areas = new Map<string, UnitSeries>();
  const add = (
    unitType: AreaType,
    unitId: string,
    label: string,
    s: UnitSeries,
    municipalSector?: string,
  ) => {
    const key = `${unitType}:${unitId}:${municipalSector ?? ''}`;
    let a = areas.get(key);
    if (!a) {
      a = {
        unitType,
        unitId,
        label,
        group: municipalSector ? `${unitType}|${municipalSector}` : unitType,
        serviceType: null,
        observed: new Float64Array(T),
        expected: new Float64Array(T),
      };
      if (municipalSector) a.municipalSector = municipalSector;
      areas.set(key, a);
    }
    for (let t = 0; t < T; t++) {
      a.observed[t]! += s.observed[t]!;
      a.expected[t]! += s.expected[t]!;
    }
  };
  data.providers.forEach((p, i) => {
    const s = providerSeries[i]!;
    const name = names.get(p.municipality) ?? p.municipality;
    add('municipality', p.municipality, name, s);
    if (p.municipalSector)
      add(
        'municipality',
        p.municipality,
        `${name}: ${MUNICIPAL_SERVICES[p.municipalSector] ?? `kommunale tjenester (${p.municipalSector})`}`,
        s,
        p.municipalSector,
      );
    add('county', p.county, p.county, s);
    add('office', p.office, p.office, s);
    add('national', 'NO', 'Norge', s);
  });
  return [...areas.values()];
}
