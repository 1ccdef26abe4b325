import { describe, expect, it } from 'vitest';
import { supervisionCandidates, type CandidateSignal } from './candidates.ts';

let nextId = 1;
const signal = (
  unitType: CandidateSignal['unitType'],
  unitId: string,
  method: CandidateSignal['method'],
  observed: number,
  expected: number,
  setAside = false,
): CandidateSignal => ({
  id: nextId++,
  signalKey: `${unitType}:${unitId}:${method}:`,
  unitType,
  unitId,
  unitLabel: `${unitType} ${unitId}`,
  method,
  theme: null,
  observed,
  expected,
  ratio: observed / expected,
  setAside,
});

describe('supervision candidates from the rule table', () => {
  it("names a municipality by its whole-unit signal, though its own services' signal comes first", () => {
    const own: CandidateSignal = {
      ...signal('municipality', '3205', 'cusum', 29, 14),
      signalKey: 'municipality:3205:cusum::health',
      unitLabel: 'Lillestrøm: kommunale helse- og omsorgstjenester',
    };
    const whole = { ...signal('municipality', '3205', 'funnel', 60, 38), unitLabel: 'Lillestrøm' };
    expect(supervisionCandidates([own, whole])[0]!.unitLabel).toBe('Lillestrøm');
    // Alone, the own-services signal names it, sector and all.
    expect(supervisionCandidates([own])[0]!.unitLabel).toBe(own.unitLabel);
  });

  it('puts a provider with two agreeing methods first, with both rules and their evidence as reasons', () => {
    const cusum = signal('provider', '7', 'cusum', 12, 4); // ratio 3 → sustained_rise too
    const eb = signal('provider', '7', 'empirical_bayes', 30, 15); // ratio 2 → high_rate_vs_peers
    const lone = signal('provider', '8', 'cusum', 10, 4); // ratio 2.5 → sustained_rise only
    const result = supervisionCandidates([lone, cusum, eb]);
    expect(result.map((c) => [c.unitId, c.priority])).toEqual([
      ['7', 1],
      ['8', 2],
    ]);
    expect(result[0]!.reasons.map((r) => r.rule)).toEqual([
      'methods_agree',
      'sustained_rise',
      'high_rate_vs_peers',
    ]);
    const agree = result[0]!.reasons[0]!;
    expect(agree.signals.map((s) => [s.method, s.observed, s.expected])).toEqual([
      ['cusum', 12, 4],
      ['empirical_bayes', 30, 15],
    ]);
  });

  it('leaves out a unit whose signals are below the rule thresholds or of a type no rule covers', () => {
    const weakCusum = signal('provider', '9', 'cusum', 7, 4); // ratio 1.75 < 2
    const weakEb = signal('municipality', '0301', 'funnel', 14, 10); // ratio 1.4 < 1.5
    const national = signal('national', 'NO', 'cusum', 900, 400);
    expect(supervisionCandidates([weakCusum, weakEb, national])).toEqual([]);
  });

  it('does not count a signal a person has set aside', () => {
    const cusum = signal('provider', '7', 'cusum', 12, 4);
    const eb = signal('provider', '7', 'empirical_bayes', 30, 15, true);
    const result = supervisionCandidates([cusum, eb]);
    expect(result).toHaveLength(1);
    expect(result[0]!.priority).toBe(2);
    expect(result[0]!.reasons.map((r) => r.rule)).toEqual(['sustained_rise']);
  });

  it('orders equal priorities by the number of rules, then by the largest ratio', () => {
    const a = signal('provider', 'a', 'cusum', 8, 4); // 2.0
    const b = signal('provider', 'b', 'cusum', 20, 4); // 5.0
    const c1 = signal('municipality', 'c', 'cusum', 9, 4); // 2.25
    const c2 = signal('municipality', 'c', 'funnel', 9, 4); // 2.25, two methods → priority 1
    const named = signal('professional', 'p', 'repeat_named', 6, 1);
    const result = supervisionCandidates([a, b, c1, c2, named]);
    expect(result.map((c) => c.unitId)).toEqual(['c', 'p', 'b', 'a']);
  });
});
