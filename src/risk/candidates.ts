/**
 * Prioritised supervision candidates: a rule table over the stored signals, not a composite score. A unit is
 * a candidate when at least one rule matches its signals; each candidate carries every rule that matched and
 * the signals (observed vs expected) behind it, so a person can see exactly why it is on the list.
 *
 * A signal that a person has set aside does not count: the latest assessment of its key is 'disagree', or
 * the latest assessment of this very signal (this run) is 'not_now' — a "not now" is asked again next run.
 */
import type { RiskMethod, RiskUnitType } from '../db/schema.ts';
import { municipalSectorOfKey } from './signal.ts';

export interface CandidateRule {
  id: string;
  /** 1 is most urgent. A candidate's priority is that of its most urgent matching rule. */
  priority: 1 | 2 | 3;
  label: { nb: string; nn: string; en: string };
  unitTypes: readonly RiskUnitType[];
  methods: readonly RiskMethod[];
  /** The unit needs signals from at least this many distinct methods of `methods`... */
  minMethods: number;
  /** ...each with observed/expected at least this. */
  minRatio: number;
}

const ALL_METHODS: readonly RiskMethod[] = [
  'cusum',
  'funnel',
  'empirical_bayes',
  'disproportionality',
  'outcome_share',
  'repeat_named',
];

export const CANDIDATE_RULES: readonly CandidateRule[] = [
  {
    id: 'methods_agree',
    priority: 1,
    label: {
      nb: 'To eller flere uavhengige metoder gir signal',
      nn: 'To eller fleire uavhengige metodar gir signal',
      en: 'Two or more independent methods signal',
    },
    unitTypes: ['provider', 'professional', 'municipality'],
    methods: ALL_METHODS,
    minMethods: 2,
    minRatio: 1,
  },
  {
    id: 'repeat_named_professional',
    priority: 1,
    label: {
      nb: 'Helsepersonell nevnt i uventet mange saker',
      nn: 'Helsepersonell nemnt i uventa mange saker',
      en: 'Health professional named in unexpectedly many cases',
    },
    unitTypes: ['professional'],
    methods: ['repeat_named'],
    minMethods: 1,
    minRatio: 1,
  },
  {
    id: 'sustained_rise',
    priority: 2,
    label: {
      nb: 'Vedvarende økning: minst dobbelt så mange saker som ventet',
      nn: 'Vedvarande auke: minst dobbelt så mange saker som venta',
      en: 'Sustained rise: at least twice the expected cases',
    },
    unitTypes: ['provider', 'municipality', 'county'],
    methods: ['cusum'],
    minMethods: 1,
    minRatio: 2,
  },
  {
    id: 'high_rate_vs_peers',
    priority: 2,
    label: {
      nb: 'Høy rate sammenlignet med tilsvarende enheter',
      nn: 'Høg rate samanlikna med tilsvarande einingar',
      en: 'High rate compared with similar units',
    },
    unitTypes: ['provider', 'municipality'],
    methods: ['funnel', 'empirical_bayes'],
    minMethods: 1,
    minRatio: 1.5,
  },
  {
    id: 'theme_excess',
    priority: 3,
    label: {
      nb: 'Et tema går igjen oftere enn hos tilsvarende virksomheter',
      nn: 'Eit tema går igjen oftare enn hos tilsvarande verksemder',
      en: 'A theme recurs more often than at similar providers',
    },
    unitTypes: ['provider'],
    methods: ['disproportionality'],
    minMethods: 1,
    minRatio: 2,
  },
  {
    id: 'office_outcome_share',
    priority: 3,
    label: {
      nb: 'Kontorets andel lovbrudd avviker fra sakssammensetningen',
      nn: 'Kontoret sin del lovbrot avvik frå samansetjinga av saker',
      en: "The office's breach share departs from its case mix",
    },
    unitTypes: ['office'],
    methods: ['outcome_share'],
    minMethods: 1,
    minRatio: 1,
  },
];

/** A stored signal as the rules see it. */
export interface CandidateSignal {
  id: number;
  signalKey: string;
  unitType: RiskUnitType;
  unitId: string;
  unitLabel: string;
  method: RiskMethod;
  theme: string | null;
  observed: number;
  expected: number;
  ratio: number;
  /** Set aside by a person (see the module comment). */
  setAside: boolean;
}

export interface CandidateReason {
  rule: string;
  priority: 1 | 2 | 3;
  label: CandidateRule['label'];
  signals: {
    id: number;
    method: RiskMethod;
    theme: string | null;
    observed: number;
    expected: number;
    ratio: number;
  }[];
}

export interface Candidate {
  unitType: RiskUnitType;
  unitId: string;
  unitLabel: string;
  priority: 1 | 2 | 3;
  reasons: CandidateReason[];
}

function matchRule(rule: CandidateRule, signals: CandidateSignal[]): CandidateReason | null {
  const hits = signals.filter((s) => rule.methods.includes(s.method) && s.ratio >= rule.minRatio);
  if (new Set(hits.map((s) => s.method)).size < rule.minMethods || hits.length === 0) return null;
  return {
    rule: rule.id,
    priority: rule.priority,
    label: rule.label,
    signals: hits.map((s) => ({
      id: s.id,
      method: s.method,
      theme: s.theme,
      observed: s.observed,
      expected: s.expected,
      ratio: s.ratio,
    })),
  };
}

/**
 * The candidates from one run's signals, most urgent first: by priority, then by the number of matching
 * rules, then by the largest observed/expected among their reasons, then by unit for a stable order.
 */
export function supervisionCandidates(
  signals: readonly CandidateSignal[],
  rules: readonly CandidateRule[] = CANDIDATE_RULES,
): Candidate[] {
  const byUnit = new Map<string, CandidateSignal[]>();
  for (const s of signals) {
    if (s.setAside) continue;
    const key = `${s.unitType}:${s.unitId}`;
    const list = byUnit.get(key);
    if (list) list.push(s);
    else byUnit.set(key, [s]);
  }
  const candidates: (Candidate & { topRatio: number })[] = [];
  for (const unitSignals of byUnit.values()) {
    const first = unitSignals[0]!;
    const reasons = rules
      .filter((r) => r.unitTypes.includes(first.unitType))
      .map((r) => matchRule(r, unitSignals))
      .filter((r): r is CandidateReason => r !== null)
      .sort((a, b) => a.priority - b.priority);
    if (reasons.length === 0) continue;
    // A municipality's own-services signals carry the sector in their label and key: the candidate is named
    // by a signal about the whole unit when there is one.
    const whole = unitSignals.find((s) => !municipalSectorOfKey(s.signalKey)) ?? first;
    candidates.push({
      unitType: first.unitType,
      unitId: first.unitId,
      unitLabel: whole.unitLabel,
      priority: reasons[0]!.priority,
      reasons,
      topRatio: Math.max(...reasons.flatMap((r) => r.signals.map((s) => s.ratio))),
    });
  }
  candidates.sort(
    (a, b) =>
      a.priority - b.priority ||
      b.reasons.length - a.reasons.length ||
      b.topRatio - a.topRatio ||
      a.unitType.localeCompare(b.unitType) ||
      a.unitId.localeCompare(b.unitId),
  );
  return candidates.map(({ topRatio: _topRatio, ...c }) => c);
}
