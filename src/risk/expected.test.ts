import { describe, expect, it } from 'vitest';
import { computeCharts, signalsAt } from './engine.ts';
import { areaSeries, expectedSeries } from './expected.ts';
import type { ProviderInfo, RiskData } from './load.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';

// Ten municipalities, each with four nursing homes (a municipal health and care service) at 2 cases a month
// and one hospital (run by the health trust, not the municipality) at 20. From month 40 the nursing homes of
// the first municipality have twice their cases: 8 → 16 a month in its own health services, 28 → 36 in all.
const months = 60;
const stepAt = 40;
function town(): RiskData {
  const providers: ProviderInfo[] = [];
  const counts: number[][] = [];
  for (let m = 0; m < 10; m++) {
    const municipality = String(1000 + m);
    const base = { municipality, county: '10', office: 'OSLO', fromMonth: 0, toMonth: null, size: 1 };
    for (let k = 0; k < 4; k++) {
      providers.push({
        ...base,
        id: providers.length + 1,
        label: `Sykehjem ${m}-${k}`,
        serviceType: 'nursing_home',
        municipalSector: 'health',
        stratum: 'nursing_home|beds',
      });
      counts.push(Array.from({ length: months }, (_, t) => (m === 0 && t >= stepAt ? 4 : 2)));
    }
    providers.push({
      ...base,
      id: providers.length + 1,
      label: `Sykehus ${m}`,
      serviceType: 'hospital_somatic',
      municipalSector: null,
      stratum: 'hospital_somatic|beds',
    });
    counts.push(Array.from({ length: months }, () => 20));
  }
  return {
    firstMonth: 2020 * 12,
    months,
    providers,
    providerIndex: new Map(providers.map((p, i) => [p.id, i])),
    providerCounts: Uint32Array.from(counts.flat()),
    municipalities: Array.from({ length: 10 }, (_, m) => ({
      number: String(1000 + m),
      name: `Kommune ${m}`,
      county: '10',
      office: 'OSLO',
      population: 10_000,
    })),
    professionalCounts: new Map(),
    professionalEmployers: new Map(),
    professionalLabels: new Map(),
    employments: [],
    namedAtProvider: [],
    employedPerMonth: new Float64Array(months),
    themes: [],
    themeFromMonth: 0,
    outcomes: [],
  };
}

describe("a municipality's own services per sector", () => {
  it('get a series of their own: the municipal-level services only, under their own label', () => {
    const data = town();
    const { providers } = expectedSeries(data);
    const areas = areaSeries(data, providers);
    const own = areas.find((a) => a.unitId === '1000' && a.municipalSector === 'health')!;
    const whole = areas.find(
      (a) => a.unitId === '1000' && a.unitType === 'municipality' && !a.municipalSector,
    )!;
    expect(own.label).toBe('Kommune 0: kommunale helse- og omsorgstjenester');
    expect(own.group).toBe('municipality|health');
    // Month 50: four nursing homes at 4 cases; the hospital's 20 only in the whole.
    expect(own.observed[50]).toBe(16);
    expect(whole.observed[50]).toBe(36);
    // No sector series for services a municipality does not run, nor for other unit types.
    expect(areas.filter((a) => a.municipalSector).every((a) => a.unitType === 'municipality')).toBe(true);
    expect(areas.filter((a) => a.municipalSector).length).toBe(10);
  });

  it('finds a doubling at the municipality’s nursing homes that the whole municipality dilutes', () => {
    const data = town();
    const charts = computeCharts(data, DEFAULT_PARAMETERS);
    const own = charts.find((c) => c.series.unitId === '1000' && c.series.municipalSector === 'health')!;
    const whole = charts.find(
      (c) => c.series.unitType === 'municipality' && c.series.unitId === '1000' && !c.series.municipalSector,
    )!;
    const first = (alarms: number[]) => alarms.find((t) => t >= stepAt);
    expect(first(own.monitor.alarms)).toBeLessThan(stepAt + 6);
    expect(first(whole.monitor.alarms) ?? months).toBeGreaterThan(first(own.monitor.alarms)!);
    // Nothing changed elsewhere: no alarm on any other municipality's series.
    expect(
      charts.filter(
        (c) => c.series.unitType === 'municipality' && c.series.unitId !== '1000' && c.monitor.alarms.length,
      ),
    ).toEqual([]);
    // Its signal has a key of its own, beside the whole municipality's.
    const signal = signalsAt(data, charts, DEFAULT_PARAMETERS, first(own.monitor.alarms)!).find(
      (s) => s.method === 'cusum' && s.unitId === '1000' && s.signalKey.endsWith(':health'),
    )!;
    expect(signal.signalKey).toBe('municipality:1000:cusum::health');
    expect(signal.unitLabel).toBe('Kommune 0: kommunale helse- og omsorgstjenester');
    expect(signal.observed).toBeGreaterThan(signal.expected);
  });
});
