/**
 * The risk area's reads and writes through the documented API, with the shapes it uses. Every call carries
 * the staff session's token and the page language; queries wait for a session.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../api.ts';
import { useStaffSession } from '../session.ts';

export interface Limits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}
export type Band = 'above99.8' | 'above95' | 'within' | 'below95' | 'below99.8';

export interface RunInfo {
  id: number;
  version: string;
  asOf: string;
}

export interface Signal {
  id: number;
  signalKey: string;
  unitType: string;
  unitId: string;
  unitLabel: string;
  serviceType: string | null;
  theme: string | null;
  method: string;
  observed: number;
  expected: number;
  ratio: number;
  interval: { lower: number; upper: number; level: number };
  comparisonGroup: string;
  /** The comparison group as data, for `labels.comparison`; absent from pictures stored before it existed. */
  comparison?: Record<string, unknown> | null;
  period: { from: string; to: string };
  score: number;
}

export interface TrendPoint {
  month: string;
  observed: number;
  expected: number;
  ratio: number;
  ewma: number;
  lower: number;
  upper: number;
  cusum: number;
  alarm: boolean;
}

export interface Picture {
  run: RunInfo;
  office?: string;
  period: { from: string; to: string };
  trend: { points: TrendPoint[]; method: string };
  offices: {
    office: string;
    name: string;
    population: number;
    cases12: number;
    perThousand: number | null;
    signals: number;
  }[];
  themeTable: {
    signalId: number;
    providerId: string;
    provider: string;
    serviceType: string | null;
    theme: string;
    observed: number;
    expected: number;
    prr: number;
    interval: { lower: number; upper: number };
    ic025: number;
  }[];
  topSignals: Signal[];
  totalSignals: number;
}

export interface FunnelData {
  run: RunInfo;
  serviceType: string;
  period: { from: string; to: string };
  providers: {
    id: number;
    label: string;
    office: string;
    municipality: string;
    observed: number;
    expected: number;
    ratio: number;
    band: Band;
  }[];
  phi: number;
  adjusted: boolean;
  curve: (Limits & { expected: number })[];
  method: string;
}

export interface MapMunicipality {
  number: string;
  name: string;
  office: string;
  county: string;
  population: number;
  cases: number;
  perThousand: number | null;
  expected: number;
  ratio: number | null;
  signals: number;
}

export interface MapData {
  run: RunInfo;
  filter: { from: string; to: string; sector?: string; serviceType?: string; theme?: string };
  national: { cases: number; population: number; perThousand: number };
  municipalities: MapMunicipality[];
}

export interface Assessment {
  id: number;
  signalId: number;
  decision: 'agree' | 'not_now' | 'disagree';
  reason: string;
  assessedBy: string;
  assessedAt: string;
}

export interface SignalDetail extends Signal {
  runId: number;
  evidence: Record<string, unknown>;
  assessments: Assessment[];
}

export interface Label {
  nb: string;
  nn: string;
  en: string;
}

export interface Candidate {
  unitType: string;
  unitId: string;
  unitLabel: string;
  priority: number;
  office: string | null;
  reasons: {
    rule: string;
    priority: number;
    label: Label;
    signals: {
      id: number;
      method: string;
      theme: string | null;
      observed: number;
      expected: number;
      ratio: number;
    }[];
  }[];
}

export interface Planning {
  run: RunInfo;
  capacity: { office: string; caseworkers: number; plannedLast12Months: number; openPlanned: number }[];
  total: number;
  candidates: Candidate[];
}

export interface OfficeComparison {
  office: string;
  cases: number;
  observed: number;
  expected: number;
  ratio: number;
  observedShare: number;
  expectedShare: number;
  limits: Limits;
  band: Band;
}

export interface Measure {
  id: string;
  kind: 'outcome' | 'reaction' | 'processing_time';
  caseType: string;
  national: { cases: number; observed: number };
  funnel: { phi: number; adjusted: boolean };
  offices: OfficeComparison[];
  curve: (Limits & { expected: number })[];
}

export interface Outlier {
  office: string;
  caseType: string;
  measure: string;
  kind: string;
  direction: 'higher' | 'lower';
  band: Band;
  cases: number;
  observed: number;
  expected: number;
  ratio: number;
  difference: number;
}

export interface EqualTreatment {
  period: { from: string; to: string };
  strata: string;
  method: string;
  caseTypes: { caseType: string; offices: number; cases: number; measures: Measure[] }[];
  outliers: Outlier[];
  processingTimeOutliers: Outlier[];
}

export interface ProviderProfile {
  shared: boolean;
  provider: {
    id: number;
    orgNumber: string;
    name: string;
    serviceType: string;
    sizeMeasure: string;
    size: number;
    municipality: string;
    municipalityNumber: string;
    office: string;
  };
  period: { from: string; to: string };
  peers: { providers: number; comparison: string };
  perYear: {
    year: number;
    cases: number;
    expected: number;
    ratio: number | null;
    findings: number;
    breaches: number;
  }[];
  byCaseType: { caseType: string; cases: number }[];
  signals: {
    id: number;
    runId: number;
    asOf: string;
    method: string;
    theme: string | null;
    observed: number;
    expected: number;
    ratio: number;
    interval: { lower: number; upper: number; level: number };
    comparisonGroup: string;
    comparison: Record<string, unknown> | null;
    period: { from: string; to: string };
  }[];
  recentCases: {
    caseNumber: string;
    receivedOn: string;
    caseType: string;
    state: string;
    outcome: string | null;
    themes: string[];
  }[];
}

export interface OfficeInfo {
  code: string;
  kind: string;
  name: Label;
}

/** A GET of the risk API as the signed-in user; `url` null waits. */
export function useRisk<T>(url: string | null) {
  const session = useStaffSession();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useQuery({
    queryKey: ['risk', url, lang, session?.token],
    queryFn: () => request<T>(url!, { lang, token: session?.token }),
    enabled: url !== null && session !== null,
    staleTime: 60_000,
    // A changed filter or switch keeps the page (and the control in hand) while the new answer loads.
    placeholderData: keepPreviousData,
  });
}

/** Build a URL with the query parameters that have a value. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
