/**
 * Equal-treatment monitor: do the offices decide equal cases equally? For each case type the offices are
 * compared on outcome shares, reaction rates and processing times, adjusted for case mix by indirect
 * standardisation over strata of service type × (first) theme × severity (any urgency flag):
 *   expected_o = Σ_s national rate_s × cases_{o,s}
 * Shares and rates go on a funnel across the offices (src/risk/stats/funnel: exact Poisson limits, with
 * Spiegelhalter's overdispersion adjustment when φ > 1); an office outside the 99.8 % limits is an outlier.
 * Processing time compares the office's total days with the days its case mix would take at the national
 * stratum means, with the variance from the national stratum variances (normal approximation).
 * Pure: plain rows in, plain values out.
 */
import jStat from 'jstat';
import { zeroAwareBand } from './pictures.ts';
import {
  funnelPlot,
  overdispersedFunnelLimits,
  poissonFunnelLimits,
  type FunnelBand,
  type FunnelLimits,
} from './stats/index.ts';

/** Decided cases of one office × case type × stratum × outcome, with the sum of days and days². */
export interface DecidedCell {
  caseType: string;
  office: string;
  stratum: string;
  outcome: string;
  cases: number;
  days: number;
  daysSquared: number;
}

export type MeasureKind = 'outcome' | 'reaction' | 'processing_time';

/**
 * What counts as a reaction for each case type: the outcome(s) that carry a consequence for the service or
 * the person. Personnel reactions are decided by the national body alone, so they have no office comparison.
 */
export const REACTION_OUTCOMES: Record<string, readonly string[]> = {
  incident_supervision: ['breach', 'sent_to_national_body'],
  rights_appeal: ['upheld', 'partly_upheld'],
  serious_incident_notice: ['account_requested', 'onsite_inspection'],
  planned_supervision: ['breach'],
  personnel_reaction: [
    'faglig_palegg',
    'advarsel',
    'tilbakekall',
    'suspensjon',
    'begrensning',
    'tap_rekvirering',
  ],
};

export interface OfficeComparison {
  office: string;
  /** Decided cases of this type at the office. */
  cases: number;
  observed: number;
  expected: number;
  /** observed / expected (1 = as the national rates predict for this case mix). */
  ratio: number;
  /** Observed and case-mix-expected share (or mean days for processing time). */
  observedShare: number;
  expectedShare: number;
  limits: FunnelLimits;
  band: FunnelBand;
  /** z-score (overdispersion-adjusted for shares). */
  z: number;
}

export interface FunnelCurvePoint extends FunnelLimits {
  expected: number;
}

export interface MeasureComparison {
  id: string;
  kind: MeasureKind;
  caseType: string;
  /** Outcome codes counted (empty for processing time). */
  outcomes: string[];
  national: { cases: number; observed: number; share: number };
  funnel: { phi: number; tau2: number; adjusted: boolean } | null;
  offices: OfficeComparison[];
  /** Limits across the range of expected counts, to draw the funnel. */
  curve: FunnelCurvePoint[];
}

export interface Outlier {
  office: string;
  caseType: string;
  measure: string;
  kind: MeasureKind;
  direction: 'higher' | 'lower';
  band: FunnelBand;
  cases: number;
  observed: number;
  expected: number;
  ratio: number;
  /** Observed minus expected share in percentage points (days for processing time). */
  difference: number;
}

export interface EqualTreatmentResult {
  caseTypes: { caseType: string; offices: number; cases: number; measures: MeasureComparison[] }[];
  /** Offices outside the 99.8 % limits on an outcome share or reaction rate, largest difference first. */
  outliers: Outlier[];
  /** Offices outside the 99.8 % limits on processing time (reported apart: speed is not a decision). */
  processingTimeOutliers: Outlier[];
}

const Z95 = jStat.normal.inv(0.975, 0, 1);
const Z998 = jStat.normal.inv(0.999, 0, 1);
/** Offices needed for a comparison (the funnel's overdispersion estimate needs a few). */
const MIN_OFFICES = 3;

interface Cell {
  cases: number;
  hits: number;
  days: number;
  daysSquared: number;
}

const emptyCell = (): Cell => ({ cases: 0, hits: 0, days: 0, daysSquared: 0 });

function add(map: Map<string, Cell>, key: string, c: DecidedCell, hit: boolean): void {
  let cell = map.get(key);
  if (!cell) map.set(key, (cell = emptyCell()));
  cell.cases += c.cases;
  if (hit) cell.hits += c.cases;
  cell.days += c.days;
  cell.daysSquared += c.daysSquared;
}

/** Indirectly standardised counts per office for one set of outcomes (or all, for processing time). */
function standardise(rows: readonly DecidedCell[], outcomes: ReadonlySet<string>) {
  const national = new Map<string, Cell>();
  const byOffice = new Map<string, Map<string, Cell>>();
  for (const r of rows) {
    const hit = outcomes.has(r.outcome);
    add(national, r.stratum, r, hit);
    let office = byOffice.get(r.office);
    if (!office) byOffice.set(r.office, (office = new Map()));
    add(office, r.stratum, r, hit);
  }
  return { national, byOffice };
}

function shareMeasure(
  caseType: string,
  id: string,
  kind: 'outcome' | 'reaction',
  outcomes: readonly string[],
  rows: readonly DecidedCell[],
): MeasureComparison | null {
  const { national, byOffice } = standardise(rows, new Set(outcomes));
  let nationalCases = 0;
  let nationalHits = 0;
  for (const c of national.values()) {
    nationalCases += c.cases;
    nationalHits += c.hits;
  }
  if (nationalHits === 0) return null;
  const units: { office: string; cases: number; observed: number; expected: number }[] = [];
  for (const [office, strata] of byOffice) {
    let cases = 0;
    let observed = 0;
    let expected = 0;
    for (const [stratum, c] of strata) {
      const n = national.get(stratum)!;
      cases += c.cases;
      observed += c.hits;
      expected += (c.cases * n.hits) / n.cases;
    }
    if (expected > 0) units.push({ office, cases, observed, expected });
  }
  if (units.length < MIN_OFFICES) return null;
  const funnel = funnelPlot(units);
  const offices = units.map((u, i): OfficeComparison => {
    const f = funnel.units[i]!;
    return {
      office: u.office,
      cases: u.cases,
      observed: u.observed,
      expected: u.expected,
      ratio: f.ratio,
      observedShare: u.observed / u.cases,
      expectedShare: u.expected / u.cases,
      limits: f.limits,
      band: zeroAwareBand(f.band, u.observed, u.expected),
      z: f.adjustedZScore,
    };
  });
  const min = Math.min(...units.map((u) => u.expected));
  const max = Math.max(...units.map((u) => u.expected));
  const curve = curvePoints(min, max, (e) =>
    funnel.adjusted ? overdispersedFunnelLimits(e, funnel.tau2) : poissonFunnelLimits(e),
  );
  return {
    id,
    kind,
    caseType,
    outcomes: [...outcomes],
    national: { cases: nationalCases, observed: nationalHits, share: nationalHits / nationalCases },
    funnel: { phi: funnel.phi, tau2: funnel.tau2, adjusted: funnel.adjusted },
    offices,
    curve,
  };
}

function processingTimeMeasure(caseType: string, rows: readonly DecidedCell[]): MeasureComparison | null {
  const { national, byOffice } = standardise(rows, new Set());
  let nationalCases = 0;
  let nationalDays = 0;
  let pooledVariance = 0;
  for (const c of national.values()) {
    nationalCases += c.cases;
    nationalDays += c.days;
  }
  if (nationalCases === 0 || byOffice.size < MIN_OFFICES) return null;
  const stratumMean = (c: Cell) => c.days / c.cases;
  const stratumVariance = (c: Cell) =>
    c.cases > 1 ? Math.max(0, (c.daysSquared - (c.days * c.days) / c.cases) / (c.cases - 1)) : 0;
  for (const c of national.values()) pooledVariance += stratumVariance(c) * c.cases;
  // Coefficient of variation of one case's days, for the funnel curve: limits 1 ± z·cv/√n.
  const cv = Math.sqrt(pooledVariance / nationalCases) / (nationalDays / nationalCases);
  const offices: OfficeComparison[] = [];
  for (const [office, strata] of byOffice) {
    let cases = 0;
    let observed = 0;
    let expected = 0;
    let variance = 0;
    for (const [stratum, c] of strata) {
      const n = national.get(stratum)!;
      cases += c.cases;
      observed += c.days;
      expected += c.cases * stratumMean(n);
      variance += c.cases * stratumVariance(n);
    }
    if (expected <= 0) continue;
    const se = Math.sqrt(variance) / expected;
    const ratio = observed / expected;
    const limits = {
      lower95: Math.max(0, 1 - Z95 * se),
      upper95: 1 + Z95 * se,
      lower998: Math.max(0, 1 - Z998 * se),
      upper998: 1 + Z998 * se,
    };
    const z = se > 0 ? (ratio - 1) / se : 0;
    offices.push({
      office,
      cases,
      observed,
      expected,
      ratio,
      observedShare: observed / cases,
      expectedShare: expected / cases,
      limits,
      band: band(ratio, limits),
      z,
    });
  }
  if (offices.length < MIN_OFFICES) return null;
  const min = Math.min(...offices.map((o) => o.cases));
  const max = Math.max(...offices.map((o) => o.cases));
  const curve = curvePoints(min, max, (n) => {
    const se = cv / Math.sqrt(n);
    return {
      lower95: Math.max(0, 1 - Z95 * se),
      upper95: 1 + Z95 * se,
      lower998: Math.max(0, 1 - Z998 * se),
      upper998: 1 + Z998 * se,
    };
  });
  return {
    id: 'processing_time',
    kind: 'processing_time',
    caseType,
    outcomes: [],
    national: { cases: nationalCases, observed: nationalDays, share: nationalDays / nationalCases },
    funnel: null,
    offices,
    curve,
  };
}

function band(ratio: number, l: FunnelLimits): FunnelBand {
  if (ratio > l.upper998) return 'above99.8';
  if (ratio > l.upper95) return 'above95';
  if (ratio < l.lower998) return 'below99.8';
  if (ratio < l.lower95) return 'below95';
  return 'within';
}

/** 40 points spaced evenly on a log scale from half the smallest to twice the largest x. */
function curvePoints(min: number, max: number, limits: (x: number) => FunnelLimits): FunnelCurvePoint[] {
  const lo = Math.log(Math.max(min / 2, 0.5));
  const hi = Math.log(Math.max(max * 2, min + 1));
  return Array.from({ length: 40 }, (_, i) => {
    const x = Math.exp(lo + ((hi - lo) * i) / 39);
    return { expected: x, ...limits(x) };
  });
}

function outliersOf(m: MeasureComparison): Outlier[] {
  return m.offices
    .filter((o) => o.band === 'above99.8' || o.band === 'below99.8')
    .map((o) => ({
      office: o.office,
      caseType: m.caseType,
      measure: m.id,
      kind: m.kind,
      direction: o.band === 'above99.8' ? 'higher' : 'lower',
      band: o.band,
      cases: o.cases,
      observed: o.observed,
      expected: o.expected,
      ratio: o.ratio,
      difference:
        m.kind === 'processing_time'
          ? o.observedShare - o.expectedShare
          : 100 * (o.observedShare - o.expectedShare),
    }));
}

/**
 * Compare the offices for every case type in `rows`: one measure per outcome code, the reaction rate and the
 * processing time. `outcomeCodes` lists each case type's outcomes (the state machines' table).
 */
export function equalTreatment(
  rows: readonly DecidedCell[],
  outcomeCodes: Readonly<Record<string, readonly string[]>>,
): EqualTreatmentResult {
  const byType = new Map<string, DecidedCell[]>();
  for (const r of rows) {
    const list = byType.get(r.caseType) ?? [];
    list.push(r);
    byType.set(r.caseType, list);
  }
  const caseTypes: EqualTreatmentResult['caseTypes'] = [];
  for (const [caseType, typeRows] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const measures: MeasureComparison[] = [];
    for (const outcome of outcomeCodes[caseType] ?? []) {
      const m = shareMeasure(caseType, outcome, 'outcome', [outcome], typeRows);
      if (m) measures.push(m);
    }
    const reactions = REACTION_OUTCOMES[caseType];
    if (reactions) {
      const m = shareMeasure(caseType, 'reaction', 'reaction', reactions, typeRows);
      if (m) measures.push(m);
    }
    const time = processingTimeMeasure(caseType, typeRows);
    if (time) measures.push(time);
    caseTypes.push({
      caseType,
      offices: new Set(typeRows.map((r) => r.office)).size,
      cases: typeRows.reduce((s, r) => s + r.cases, 0),
      measures,
    });
  }
  const all = caseTypes.flatMap((t) => t.measures.flatMap(outliersOf));
  const bySize = (a: Outlier, b: Outlier) => Math.abs(b.ratio - 1) - Math.abs(a.ratio - 1);
  return {
    caseTypes,
    outliers: all.filter((o) => o.kind !== 'processing_time').sort(bySize),
    processingTimeOutliers: all.filter((o) => o.kind === 'processing_time').sort(bySize),
  };
}
