/**
 * Two signals that are not about a provider's case rate:
 * - a professional named in more cases than chance allows (over `repeatWindowMonths`, against the national
 *   rate of named cases per employed professional): one exact Poisson tail test per professional, with a
 *   p-value bound strict enough for tens of thousands of professionals tested every month;
 * - an office whose incident-supervision cases end in "breach" more often than its case mix predicts
 *   (expected breaches = Σ over service types of its cases × the national breach share of that type), on a
 *   funnel with overdispersion across the offices. Equal cases should be treated equally in every office.
 */
import jStat from 'jstat';
import type { RiskData } from './load.ts';
import { poissonRatioInterval } from './monitor.ts';
import type { RiskParameters } from './parameters.ts';
import { signalKey, type SignalRecord } from './signal.ts';
import { funnelPlot } from './stats/index.ts';

export function repeatNamedSignals(data: RiskData, p: RiskParameters, at: number): SignalRecord[] {
  const from = Math.max(0, at - p.repeatWindowMonths + 1);
  const span = at - from + 1;
  let named = 0;
  let employed = 0;
  for (const series of data.professionalCounts.values()) for (let t = from; t <= at; t++) named += series[t]!;
  for (let t = from; t <= at; t++) employed += data.employedPerMonth[t]!;
  if (named === 0 || employed === 0) return [];
  // A professional's share of the named cases at each employer (a sole GP is named in all of the practice's
  // cases; one nurse of 500 rarely), with the national rate per professional as the floor.
  const national = (named / employed) * span;
  const namedAt = new Map<number, number>();
  const staffAt = new Map<number, number>();
  for (const e of data.employments) {
    if (e.fromMonth > at || (e.toMonth !== null && e.toMonth < from)) continue;
    staffAt.set(e.providerId, (staffAt.get(e.providerId) ?? 0) + 1);
  }
  for (const r of data.namedAtProvider) {
    if (r.month < from || r.month > at) continue;
    namedAt.set(r.provider, (namedAt.get(r.provider) ?? 0) + r.n);
  }
  const share = new Map<number, number>();
  for (const e of data.employments) {
    if (e.fromMonth > at || (e.toMonth !== null && e.toMonth < from)) continue;
    const months = Math.min(at, e.toMonth ?? at) - Math.max(from, e.fromMonth) + 1;
    const perStaff = (namedAt.get(e.providerId) ?? 0) / (staffAt.get(e.providerId) ?? 1);
    share.set(e.professionalId, (share.get(e.professionalId) ?? 0) + (perStaff * months) / span);
  }
  const out: SignalRecord[] = [];
  for (const [id, series] of data.professionalCounts) {
    let observed = 0;
    for (let t = from; t <= at; t++) observed += series[t]!;
    if (observed < p.repeatMinCases) continue;
    const expected = Math.max(national, share.get(id) ?? 0);
    // P(X ≥ O) for X ~ Poisson(E) equals P(Gamma(O, 1) ≤ E): exact, and no cancellation near 0.
    const pValue = jStat.gamma.cdf(expected, observed, 1);
    if (pValue >= p.repeatMaxP) continue;
    const ci = poissonRatioInterval(observed, expected);
    out.push({
      signalKey: signalKey('professional', String(id), 'repeat_named', null),
      unitType: 'professional',
      unitId: String(id),
      unitLabel: data.professionalLabels.get(id) ?? String(id),
      serviceType: null,
      theme: null,
      method: 'repeat_named',
      observed,
      expected,
      ratio: observed / expected,
      intervalLower: ci.lower,
      intervalUpper: ci.upper,
      intervalLevel: 0.95,
      comparisonGroup:
        'colleagues at the same employers (their named cases per professional), at least the national rate',
      fromMonth: from,
      toMonth: at,
      score: -Math.log10(Math.max(pValue, 1e-300)),
      evidence: {
        score_meaning: '−log10 of the Poisson tail probability P(X ≥ observed)',
        comparison: { kind: 'colleagues' },
        p_value: pValue,
        employers_named: [...(data.professionalEmployers.get(id) ?? [])],
      },
    });
  }
  return out;
}

export function outcomeShareSignals(data: RiskData, p: RiskParameters, at: number): SignalRecord[] {
  const from = Math.max(0, at - p.outcomeWindowMonths + 1);
  const byType = new Map<string, { n: number; breaches: number }>();
  const byOfficeType = new Map<string, Map<string, { n: number; breaches: number }>>();
  for (const r of data.outcomes) {
    if (r.month < from || r.month > at) continue;
    const t = byType.get(r.serviceType) ?? { n: 0, breaches: 0 };
    t.n += r.n;
    t.breaches += r.breaches;
    byType.set(r.serviceType, t);
    const office = byOfficeType.get(r.office) ?? new Map<string, { n: number; breaches: number }>();
    const o = office.get(r.serviceType) ?? { n: 0, breaches: 0 };
    o.n += r.n;
    o.breaches += r.breaches;
    office.set(r.serviceType, o);
    byOfficeType.set(r.office, office);
  }
  const units: { office: string; observed: number; expected: number; cases: number }[] = [];
  for (const [office, types] of byOfficeType) {
    let observed = 0;
    let expected = 0;
    let cases = 0;
    for (const [type, o] of types) {
      const national = byType.get(type)!;
      observed += o.breaches;
      expected += (o.n * national.breaches) / national.n;
      cases += o.n;
    }
    if (expected > 0) units.push({ office, observed, expected, cases });
  }
  if (units.length < 3) return [];
  const funnel = funnelPlot(units);
  const out: SignalRecord[] = [];
  units.forEach((u, i) => {
    const f = funnel.units[i]!;
    if (f.band !== 'above99.8') return;
    out.push({
      signalKey: signalKey('office', u.office, 'outcome_share', null),
      unitType: 'office',
      unitId: u.office,
      unitLabel: u.office,
      serviceType: null,
      theme: null,
      method: 'outcome_share',
      observed: u.observed,
      expected: u.expected,
      ratio: f.ratio,
      intervalLower: f.limits.lower998,
      intervalUpper: f.limits.upper998,
      intervalLevel: 0.998,
      comparisonGroup: 'all offices, breach share of incident-supervision cases by service type (case mix)',
      fromMonth: from,
      toMonth: at,
      score: f.adjustedZScore,
      evidence: {
        score_meaning: 'overdispersion-adjusted z-score',
        comparison: { kind: 'offices_case_mix' },
        outcome: 'breach',
        decided_cases: u.cases,
        funnel: { phi: funnel.phi, tau2: funnel.tau2, adjusted: funnel.adjusted },
      },
    });
  });
  return out;
}
