/**
 * Assembles the risk pictures from the latest run and the case data: the national and office pictures (top
 * signals, trend, offices or municipalities, theme table), the providers' funnel, the map, and one provider's
 * profile. Everything here is pseudonymised: units by name or number, never a person. The provider profile
 * has a variant for sharing with the provider, without case numbers and without signals about professionals.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { equalTreatmentMonitor } from './equal-treatment-query.ts';
import { monthDate, monthNumber } from './months.ts';
import {
  cachedPicture,
  casesPerMunicipality,
  monthEndOf,
  monthlyCountsByOffice,
  monthsEnding,
  officesWithPopulation,
  peerCasesPerYear,
  providerById,
  providerCasesPerYear,
  providerRecentCases,
  providersWithCases,
  signalHistory,
  signalsPerMunicipality,
  signalsPerOffice,
  type MapFilter,
} from './picture-queries.ts';
import { providerFunnel, seasonalFactors, trend, TREND_OPTIONS, type Trend } from './pictures.ts';
import { latestRun, listSignals, type SignalRow } from './queries.ts';

export type Run = NonNullable<Awaited<ReturnType<typeof latestRun>>>;

export const day = (d: unknown) =>
  d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

/** Months in the trend charts. */
const TREND_MONTHS = 60;

interface MonthlySummary {
  months: string[];
  byOffice: Record<string, number[]>;
}

async function monthly(db: Kysely<Database>, run: Run): Promise<MonthlySummary> {
  return cachedPicture(db, Number(run.id), 'monthly', async () => {
    const months = monthsEnding(day(run.as_of), TREND_MONTHS);
    return { months, byOffice: Object.fromEntries(await monthlyCountsByOffice(db, months)) };
  });
}

const sumSeries = (series: number[][], length: number) => {
  const out = new Array<number>(length).fill(0);
  for (const s of series) s.forEach((x, i) => (out[i]! += x));
  return out;
};

function trendOf(summary: MonthlySummary, office?: string): Trend {
  const national = sumSeries(Object.values(summary.byOffice), summary.months.length);
  const { months } = summary;
  // Seasonal factors from the national baseline, so a small office's noise does not make its own season.
  const base = months.length - 1 - TREND_OPTIONS.baselineGap;
  const from = Math.max(0, base - TREND_OPTIONS.baselineMonths + 1);
  const season = seasonalFactors(months.slice(from, base + 1), national.slice(from, base + 1));
  const observed = office ? (summary.byOffice[office] ?? new Array<number>(months.length).fill(0)) : national;
  return trend(months, observed, season);
}

export interface PictureOptions {
  office?: string | undefined;
  signals?: number;
}

/** The national picture (office undefined) or one office's. */
export async function riskPicture(db: Kysely<Database>, run: Run, o: PictureOptions = {}) {
  const runId = Number(run.id);
  const key = `picture:${o.office ?? 'national'}`;
  const cached = await cachedPicture(db, runId, key, async () => {
    const summary = await monthly(db, run);
    const last12 = summary.months.slice(-12);
    const offices = await officesWithPopulation(db);
    const signalCounts = await signalsPerOffice(db, runId);
    const officeRows = offices
      .filter((x) => !o.office || x.code === o.office)
      .map((x) => {
        const series = summary.byOffice[x.code] ?? [];
        const cases = series.slice(-12).reduce((a, b) => a + b, 0);
        return {
          office: x.code,
          name: x.name,
          population: x.population,
          cases12: cases,
          perThousand: x.population > 0 ? (1000 * cases) / x.population : null,
          signals: signalCounts.get(x.code) ?? 0,
        };
      });
    const themes = await listSignals(
      db,
      runId,
      { method: 'disproportionality', office: o.office },
      { limit: 25, offset: 0 },
    );
    return {
      period: { from: `${last12[0]}-01`, to: monthEndOf(last12.at(-1)!) },
      trend: trendOf(summary, o.office),
      offices: officeRows,
      themeTable: themes.rows.map((s) => themeRow(s)),
    };
  });
  // Signals are read fresh: an assessment or an incremental signal shows at once.
  const top = await listSignals(db, runId, { office: o.office }, { limit: o.signals ?? 10, offset: 0 });
  return { ...cached, topSignals: top.rows, totalSignals: top.total };
}

function themeRow(s: SignalRow) {
  const ic = (s.evidence as { ic?: { ic?: number; ic025?: number } }).ic;
  return {
    signalId: Number(s.id),
    providerId: s.unit_id,
    provider: s.unit_label,
    serviceType: s.service_type,
    theme: s.theme ?? '',
    observed: Number(s.observed),
    expected: Number(s.expected),
    prr: Number(s.ratio),
    interval: { lower: Number(s.interval_lower), upper: Number(s.interval_upper) },
    ic025: ic?.ic025 ?? Number(s.score),
  };
}

/** Providers of one service type over the run's last 12 months on a funnel; `office` keeps only its own. */
export async function funnelPicture(db: Kysely<Database>, run: Run, serviceType: string, office?: string) {
  const to = day(run.as_of);
  const from = monthDate(monthNumber(to) - 11);
  const funnel = await cachedPicture(db, Number(run.id), `funnel:${serviceType}`, async () =>
    providerFunnel(await providersWithCases(db, serviceType, from, to)),
  );
  return {
    serviceType,
    period: { from, to },
    ...funnel,
    providers: office ? funnel.providers.filter((p) => p.office === office) : funnel.providers,
  };
}

/**
 * The map: cases per municipality per 1,000 inhabitants, observed against expected (the filtered national
 * rate × the municipality's population) and the run's open signals.
 */
export async function mapPicture(db: Kysely<Database>, run: Run, filter: Partial<MapFilter>) {
  const to = filter.to ?? day(run.as_of);
  const from = filter.from ?? monthDate(monthNumber(to) - 11);
  const f: MapFilter = { ...filter, from, to };
  const key = `map:${JSON.stringify([f.sector, f.serviceType, f.theme, from, to])}`;
  return cachedPicture(db, Number(run.id), key, async () => {
    const rows = await casesPerMunicipality(db, f);
    const signals = await signalsPerMunicipality(db, Number(run.id));
    const totalCases = rows.reduce((s, r) => s + r.cases, 0);
    const totalPopulation = rows.reduce((s, r) => s + r.population, 0);
    const rate = totalPopulation > 0 ? totalCases / totalPopulation : 0;
    return {
      filter: f,
      national: { cases: totalCases, population: totalPopulation, perThousand: 1000 * rate },
      municipalities: rows.map((r) => {
        const expected = rate * r.population;
        return {
          ...r,
          perThousand: r.population > 0 ? (1000 * r.cases) / r.population : null,
          expected,
          ratio: expected > 0 ? r.cases / expected : null,
          signals: signals.get(r.number) ?? 0,
        };
      }),
    };
  });
}

/**
 * One provider against peers of the same service type and size measure: cases per year (and per size unit
 * against the peers' rate), findings of planned supervision per year, and its signals in every run.
 * `shared`: the variant for the provider — no signals naming professionals, no case numbers, only counts.
 */
export async function providerProfile(
  db: Kysely<Database>,
  run: Run | undefined,
  id: number,
  shared: boolean,
) {
  const provider = await providerById(db, id);
  if (!provider) return null;
  const to = run ? day(run.as_of) : new Date().toISOString().slice(0, 10);
  const from = `${Number(to.slice(0, 4)) - 4}-01-01`;
  const [own, peers, history, recent] = await Promise.all([
    providerCasesPerYear(db, id, from, to),
    peerCasesPerYear(db, provider.service_type, provider.size_measure, from, to),
    signalHistory(db, 'provider', String(id)),
    shared ? Promise.resolve([]) : providerRecentCases(db, id, 20),
  ]);
  const years = Array.from(
    { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
    (_, i) => Number(from.slice(0, 4)) + i,
  );
  const size = Math.max(1, provider.size);
  const perYear = years.map((year) => {
    const cases = own.filter((r) => r.year === year).reduce((s, r) => s + r.cases, 0);
    const peerCases = peers.perYear.find((p) => p.year === year)?.cases ?? 0;
    const expected = peers.size > 0 ? (peerCases * size) / peers.size : 0;
    return {
      year,
      cases,
      expected,
      ratio: expected > 0 ? cases / expected : null,
      findings: own
        .filter(
          (r) =>
            r.year === year &&
            r.caseType === 'planned_supervision' &&
            (r.outcome === 'breach' || r.outcome === 'remark'),
        )
        .reduce((s, r) => s + r.cases, 0),
      breaches: own.filter((r) => r.year === year && r.outcome === 'breach').reduce((s, r) => s + r.cases, 0),
    };
  });
  const byCaseType = new Map<string, number>();
  for (const r of own) byCaseType.set(r.caseType, (byCaseType.get(r.caseType) ?? 0) + r.cases);
  return {
    shared,
    provider: {
      id: Number(provider.id),
      orgNumber: provider.org_number,
      name: provider.name,
      serviceType: provider.service_type,
      sizeMeasure: provider.size_measure,
      size: provider.size,
      municipality: provider.municipality,
      municipalityNumber: provider.municipality_number,
      office: provider.office,
    },
    period: { from, to },
    peers: { providers: peers.providers, comparison: `${provider.service_type}, ${provider.size_measure}` },
    perYear,
    byCaseType: [...byCaseType].map(([caseType, cases]) => ({ caseType, cases })),
    signals: history,
    recentCases: recent,
  };
}

/**
 * Computes and stores the summaries the national picture's first paint reads (the monthly series and the
 * national picture), so the first visitor after a run does not wait for the counts over every case.
 */
export async function warmPictures(db: Kysely<Database>, run: Run): Promise<void> {
  await riskPicture(db, run, { signals: 1 });
}

export { equalTreatmentMonitor };
