/**
 * The risk picture across units at one moment: over the last `windowMonths`, each provider's cases against
 * its peers' expectation (same service type and size measure) on a funnel plot with Spiegelhalter's
 * overdispersion adjustment, and the Poisson–Gamma posterior P(RR > 1.5). A unit is a signal only when
 * both agree — above the adjusted 99.8 % limit AND P(RR > 1.5) ≥ ebProbability — so a small unit is not
 * flagged on noise, nor a big one on a trivial excess.
 */
import { comparisonOf } from './chart.ts';
import type { UnitSeries } from './expected.ts';
import type { RiskParameters } from './parameters.ts';
import { signalKey, type SignalRecord } from './signal.ts';
import {
  fitGammaPrior,
  gammaPosterior,
  estimateOverdispersion,
  overdispersedFunnelLimits,
  poissonFunnelLimits,
} from './stats/index.ts';

export function crossSectionSignals(
  series: readonly UnitSeries[],
  p: RiskParameters,
  at: number,
): SignalRecord[] {
  const from = Math.max(0, at - p.windowMonths + 1);
  const groups = new Map<string, { s: UnitSeries; observed: number; expected: number }[]>();
  for (const s of series) {
    let observed = 0;
    let expected = 0;
    for (let t = from; t <= at; t++) {
      observed += s.observed[t]!;
      expected += s.expected[t]!;
    }
    if (expected <= 0) continue;
    const list = groups.get(s.group) ?? [];
    list.push({ s, observed, expected });
    groups.set(s.group, list);
  }
  const out: SignalRecord[] = [];
  for (const [group, units] of groups) {
    if (units.length < 3 || !units.some((u) => u.observed > 0)) continue;
    // φ and τ² from every unit (as funnelPlot does); the limits, four chi-square inverses each, only for
    // the few units the posterior already marks, which keeps 50,000 providers fast.
    const od = estimateOverdispersion(units);
    const adjusted = od.phi > 1;
    const prior = fitGammaPrior(units);
    const eb = { prior };
    units.forEach((u, i) => {
      // P(RR > t) ≥ 0.95 needs a posterior mean above t: the gamma CDF only for those.
      if ((prior.shape + u.observed) / (prior.rate + u.expected) <= p.ebThreshold) return;
      const post = gammaPosterior(prior, u, p.ebThreshold);
      if (post.probabilityAbove < p.ebProbability) return;
      const limits = adjusted
        ? overdispersedFunnelLimits(u.expected, od.tau2)
        : poissonFunnelLimits(u.expected);
      const ratio = u.observed / u.expected;
      if (!(ratio > limits.upper998)) return;
      const f = { ratio, limits, band: 'above99.8', adjustedZScore: od.zScores[i] };
      const funnel = { phi: od.phi, tau2: od.tau2, adjusted };
      out.push({
        signalKey: signalKey(u.s.unitType, u.s.unitId, 'funnel', null, u.s.municipalSector),
        unitType: u.s.unitType,
        unitId: u.s.unitId,
        unitLabel: u.s.label,
        serviceType: u.s.serviceType,
        theme: null,
        method: 'funnel',
        observed: u.observed,
        expected: u.expected,
        ratio: f.ratio,
        intervalLower: f.limits.lower998,
        intervalUpper: f.limits.upper998,
        intervalLevel: 0.998,
        comparisonGroup: u.s.municipalSector
          ? `the municipal ${u.s.municipalSector} services of every municipality (${units.length}), expected by size and month`
          : `${u.s.unitType === 'provider' ? 'providers' : u.s.unitType + ' units'} of ${group} (${units.length}), expected by size and month`,
        fromMonth: from,
        toMonth: at,
        score: post.probabilityAbove,
        evidence: {
          score_meaning: `posterior P(RR > ${p.ebThreshold})`,
          comparison: comparisonOf(u.s, { units: units.length }, 'peers'),
          interval_meaning: 'overdispersion-adjusted 99.8 % funnel limits for O/E at this expected count',
          funnel: {
            band: f.band,
            phi: funnel.phi,
            tau2: funnel.tau2,
            adjusted: funnel.adjusted,
            z: f.adjustedZScore,
          },
          empirical_bayes: {
            prior: { shape: eb.prior.shape, rate: eb.prior.rate },
            posterior_mean: post.mean,
            credible_95: [post.lower, post.upper],
            probability_above: post.probabilityAbove,
          },
        },
      });
    });
  }
  return out;
}
