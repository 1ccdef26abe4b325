import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReferenceData } from '../db/reference.ts';
import { validateNationalId } from '../domain/identifiers/index.ts';
import type { CaseBatch, CaseRow } from './cases.ts';
import { CASE_TYPE_SHARE } from './model.ts';
import { prepareDemo, type SeedOptions } from './seed.ts';

/** Drains the generator into plain arrays (fine at test sizes) and hashes everything it produced. */
function collect(options: SeedOptions) {
  const demo = prepareDemo(options);
  const hash = createHash('sha256');
  const all: CaseBatch = {
    persons: [],
    cases: [],
    parties: [],
    events: [],
    documents: [],
    decisions: [],
    reactions: [],
  };
  hash.update(JSON.stringify(demo.providers));
  hash.update(JSON.stringify(demo.workforce.employments));
  hash.update(JSON.stringify(demo.signals));
  for (const batch of demo.cases()) {
    hash.update(JSON.stringify(batch));
    for (const key of Object.keys(all) as (keyof CaseBatch)[]) (all[key] as unknown[]).push(...batch[key]);
  }
  return { demo, all, hash: hash.digest('hex') };
}

const DEFAULT: SeedOptions = { seed: 1, cases: 25_000, years: 5, providers: 50_000, today: '2026-11-15' };

describe('synthetic data generator: determinism', () => {
  it('gives the same data for the same seed and different data for another seed', () => {
    const small = { ...DEFAULT, cases: 3_000, providers: 5_000 };
    const a = collect(small);
    const b = collect(small);
    const c = collect({ ...small, seed: 2 });
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
    expect(a.all.cases.length).toBeGreaterThan(2_500);
  });
});

describe('synthetic data generator: a national data set with planted signals', () => {
  let run: ReturnType<typeof collect>;
  const ref = readReferenceData();
  const monthIndex = (date: string) => (Number(date.slice(0, 4)) - 2021) * 12 + Number(date.slice(5, 7)) - 12;

  beforeAll(() => {
    run = collect(DEFAULT);
  }, 120_000);

  it('makes about 50,000 providers placed by population, in every service type', () => {
    expect(run.demo.providers.length).toBeGreaterThan(45_000);
    expect(run.demo.providers.length).toBeLessThan(55_000);
    const types = new Set(run.demo.providers.map((p) => p.service_type));
    expect(types.size).toBe(ref.taxonomy.serviceTypes.length);
    // Oslo (about 13 % of the population) hosts a comparable share of the GPs.
    const gps = run.demo.providers.filter((p) => p.service_type === 'gp');
    const osloShare = gps.filter((p) => p.municipality_number === '0301').length / gps.length;
    const osloPopulation =
      (ref.municipalities.find((m) => m.number === '0301')?.population ?? 0) /
      ref.municipalities.reduce((s, m) => s + m.population, 0);
    expect(osloShare / osloPopulation).toBeGreaterThan(0.85);
    expect(osloShare / osloPopulation).toBeLessThan(1.15);
  });

  it('makes close to the requested number of cases, in the stated case-type mix', () => {
    const n = run.all.cases.length;
    expect(Math.abs(n - DEFAULT.cases) / DEFAULT.cases).toBeLessThan(0.05);
    for (const [type, share] of Object.entries(CASE_TYPE_SHARE)) {
      const observed = run.all.cases.filter((c) => c.case_type === type).length / n;
      expect(Math.abs(observed - share), type).toBeLessThan(0.03);
    }
  });

  it('cases per 1,000 inhabitants by regional office lie within 0.6–1.6 times the national rate', () => {
    // Band stated in docs/ARCHITECTURE.md: offices differ (frailty, case mix) but none is implausible.
    const population = new Map<string, number>();
    for (const m of ref.municipalities)
      population.set(m.office_code, (population.get(m.office_code) ?? 0) + m.population);
    const regional = run.all.cases.filter((c) => c.office_code !== 'HT');
    const total = [...population.values()].reduce((s, p) => s + p, 0);
    const national = (regional.length / total) * 1000;
    const rates: number[] = [];
    for (const [office, pop] of population) {
      const rate = (regional.filter((c) => c.office_code === office).length / pop) * 1000;
      rates.push(rate);
      expect(rate / national, office).toBeGreaterThan(0.6);
      expect(rate / national, office).toBeLessThan(1.6);
    }
    expect(rates).toHaveLength(10);
    expect(Math.max(...rates) / Math.min(...rates)).toBeGreaterThan(1.03);
  });

  it('is overdispersed: providers of one type vary more than Poisson around their size-based expectation', () => {
    // Hospitals have enough cases each for the extra-Poisson spread (variance μ + μ²/3) to show clearly.
    const homes = run.demo.providers.filter((p) => p.service_type === 'hospital_somatic' && !p.isParentOnly);
    const counts = new Map<number, number>();
    for (const c of run.all.cases)
      if (c.service_type === 'hospital_somatic')
        counts.set(c.provider_id, (counts.get(c.provider_id) ?? 0) + 1);
    const totalSize = homes.reduce((s, p) => s + p.size, 0);
    const totalCases = [...counts.values()].reduce((s, n) => s + n, 0);
    let chi2 = 0;
    for (const p of homes) {
      const expected = (totalCases * p.size) / totalSize;
      chi2 += ((counts.get(p.id) ?? 0) - expected) ** 2 / expected;
    }
    const dispersion = chi2 / (homes.length - 1);
    expect(dispersion).toBeGreaterThan(3);
  });

  it('has seasonality: July has markedly fewer cases than the average month', () => {
    const byCalendarMonth = new Array(12).fill(0);
    for (const c of run.all.cases) byCalendarMonth[Number(c.received_on.slice(5, 7)) - 1]++;
    const mean = byCalendarMonth.reduce((s, n) => s + n, 0) / 12;
    expect(byCalendarMonth[6] / mean).toBeLessThan(0.8);
  });

  it('lists every planted signal with its unit, start month and effect size', () => {
    const kinds = new Set(run.demo.signals.map((s) => s.kind));
    for (const kind of [
      'provider_step',
      'provider_ramp',
      'provider_theme_excess',
      'municipality_cluster',
      'professional_repeat',
      'office_outcome',
      'null_big_provider',
      'null_media_spike',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(
      new Set(run.demo.signals.filter((s) => s.kind === 'provider_step').map((s) => s.effectSize)),
    ).toEqual(new Set([1.5, 2, 3]));
    for (const s of run.demo.signals) {
      expect(s.unitIds.length, s.id).toBeGreaterThan(0);
      expect(s.startMonth, s.id).toMatch(/^\d{4}-\d{2}-01$/);
      expect(s.effectSize, s.id).toBeGreaterThan(0);
    }
    expect(
      run.demo.signals.find((s) => s.kind === 'municipality_cluster')?.unitIds.length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('plants signals at units with enough cases to be detectable (at least about one a month before the start)', () => {
    for (const s of run.demo.signals.filter(
      (x) => x.kind === 'provider_step' || x.kind === 'provider_ramp' || x.kind === 'municipality_cluster',
    )) {
      const units = new Set(s.unitIds);
      const start = monthIndex(s.startMonth);
      const before = run.all.cases.filter(
        (c) =>
          (s.unitType === 'municipality'
            ? units.has(c.municipality_number)
            : units.has(String(c.provider_id))) && monthIndex(c.received_on) < start,
      );
      expect(before.length / start, s.id).toBeGreaterThan(0.6);
    }
  });

  it('plants steps that really change the rate at the provider', () => {
    for (const s of run.demo.signals.filter((x) => x.kind === 'provider_step' && x.effectSize === 3)) {
      const id = Number(s.unitIds[0]);
      const start = monthIndex(s.startMonth);
      const mine = run.all.cases.filter((c) => c.provider_id === id);
      const before = mine.filter((c) => monthIndex(c.received_on) < start).length / start;
      const after = mine.filter((c) => monthIndex(c.received_on) >= start).length / (60 - start);
      expect(after / before, s.id).toBeGreaterThan(1.8);
    }
  });

  it('plants a theme-only excess whose provider total stays normal', () => {
    const s = run.demo.signals.find((x) => x.kind === 'provider_theme_excess')!;
    const start = monthIndex(s.startMonth);
    const mine = run.all.cases.filter(
      (c) => c.provider_id === Number(s.unitIds[0]) && c.case_type !== 'personnel_reaction',
    );
    const share = (cases: CaseRow[]) =>
      cases.filter((c) => c.themes.includes(s.theme!)).length / Math.max(1, cases.length);
    const before = mine.filter((c) => monthIndex(c.received_on) < start);
    const after = mine.filter((c) => monthIndex(c.received_on) >= start);
    expect(share(after)).toBeGreaterThan(1.8 * share(before));
    const rateRatio = after.length / (60 - start) / (before.length / start);
    expect(rateRatio).toBeGreaterThan(0.6);
    expect(rateRatio).toBeLessThan(1.6);
  });

  it('plants an office that concludes "breach" far more often than the others', () => {
    const s = run.demo.signals.find((x) => x.kind === 'office_outcome')!;
    const office = s.unitIds[0];
    const decided = run.all.cases.filter((c) => c.case_type === 'incident_supervision' && c.outcome !== null);
    const breachShare = (cases: CaseRow[]) =>
      cases.filter((c) => c.outcome === 'breach').length / cases.length;
    const planted = breachShare(decided.filter((c) => c.office_code === office));
    for (const other of new Set(decided.map((c) => c.office_code))) {
      if (other === office) continue;
      expect(planted / breachShare(decided.filter((c) => c.office_code === other)), other).toBeGreaterThan(
        1.5,
      );
    }
  });

  it('plants a professional named in repeated cases at two employers', () => {
    const s = run.demo.signals.find((x) => x.kind === 'professional_repeat')!;
    const cases = run.all.cases.filter((c) => c.professional_id === Number(s.unitIds[0]));
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((c) => c.provider_id)).size).toBeGreaterThanOrEqual(2);
  });

  it('uses only synthetic national ids (month + 80), unique and valid', () => {
    const ids = run.all.persons.map((p) => p.national_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 5_000)) {
      const result = validateNationalId(id);
      expect(result.ok && result.synthetic, id).toBe(true);
    }
  });

  it('writes nynorsk far more often in nynorsk municipalities', () => {
    const form = new Map(ref.municipalities.map((m) => [m.number, m.language_form]));
    const nnShare = (f: string) => {
      const cases = run.all.cases.filter((c) => form.get(c.municipality_number) === f);
      return cases.filter((c) => c.language === 'nn').length / cases.length;
    };
    expect(nnShare('nynorsk')).toBeGreaterThan(0.5);
    expect(nnShare('bokmal')).toBeLessThan(0.1);
  });

  it('writes case texts without tab, newline or backslash (the loader copies them unescaped)', () => {
    const bad = run.all.cases.filter((c) => /[\t\n\r\\]/.test(c.title + c.narrative));
    expect(bad.map((c) => c.case_number)).toEqual([]);
  });

  it('leaves recent cases open and closes old ones, with dates in order', () => {
    const open = run.all.cases.filter((c) => c.state !== 'closed');
    expect(open.length).toBeGreaterThan(500);
    for (const c of run.all.cases) {
      if (c.closed_on) expect(c.closed_on >= c.received_on).toBe(true);
      if (c.decided_on) expect(c.decided_on <= DEFAULT.today).toBe(true);
    }
    const old = run.all.cases.filter((c) => c.received_on < '2024-01-01');
    expect(old.filter((c) => c.state !== 'closed').length / old.length).toBeLessThan(0.01);
  });
});
