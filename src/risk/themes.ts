/**
 * Theme × provider disproportionality: does one theme make up an unusual share of a provider's cases, against
 * the other providers of the same service type over the same window (so a national media story about one
 * theme moves the comparison group too and flags no one)? PRR/ROR with 95 % intervals and BCPNN IC with IC025.
 */
import type { RiskData } from './load.ts';
import type { RiskParameters } from './parameters.ts';
import { signalKey, type SignalRecord } from './signal.ts';
import { disproportionality } from './stats/index.ts';

export function themeSignals(data: RiskData, p: RiskParameters, at: number): SignalRecord[] {
  const T = data.months;
  const from = Math.max(0, at - p.windowMonths + 1, data.themeFromMonth);
  const totals = new Map<number, number>();
  const providerTheme = new Map<string, number>();
  const typeTheme = new Map<string, number>();
  const typeTotal = new Map<string, number>();
  data.providers.forEach((prov, i) => {
    let n = 0;
    for (let t = from; t <= at; t++) n += data.providerCounts[i * T + t]!;
    if (n === 0) return;
    totals.set(i, n);
    typeTotal.set(prov.serviceType, (typeTotal.get(prov.serviceType) ?? 0) + n);
  });
  for (const r of data.themes) {
    if (r.month < from || r.month > at) continue;
    const i = data.providerIndex.get(r.provider);
    if (i === undefined) continue;
    const key = `${i}|${r.theme}`;
    providerTheme.set(key, (providerTheme.get(key) ?? 0) + r.n);
    const tkey = `${data.providers[i]!.serviceType}|${r.theme}`;
    typeTheme.set(tkey, (typeTheme.get(tkey) ?? 0) + r.n);
  }
  const out: SignalRecord[] = [];
  for (const [key, a] of providerTheme) {
    if (a < p.themeMinCases) continue;
    const [iText, theme] = key.split('|') as [string, string];
    const i = Number(iText);
    const prov = data.providers[i]!;
    const n = totals.get(i)!;
    const c = (typeTheme.get(`${prov.serviceType}|${theme}`) ?? 0) - a;
    const others = (typeTotal.get(prov.serviceType) ?? 0) - n;
    const b = Math.max(0, n - a);
    const d = Math.max(0, others - c);
    if (c + d === 0) continue;
    const r = disproportionality({ a, b, c, d });
    if (!(r.ic.ic025 > p.themeMinIc025)) continue;
    const expected = ((a + b) * (a + c)) / (a + b + c + d);
    out.push({
      signalKey: signalKey('provider', String(prov.id), 'disproportionality', theme),
      unitType: 'provider',
      unitId: String(prov.id),
      unitLabel: prov.label,
      serviceType: prov.serviceType,
      theme,
      method: 'disproportionality',
      observed: a,
      expected,
      ratio: r.prr?.estimate ?? a / expected,
      intervalLower: r.prr?.lower ?? 0,
      intervalUpper: r.prr?.upper ?? Number.MAX_VALUE,
      intervalLevel: 0.95,
      comparisonGroup: `other providers of ${prov.serviceType} in the same months`,
      fromMonth: from,
      toMonth: at,
      score: r.ic.ic025,
      evidence: {
        score_meaning: 'IC025 (lower 2.5 % point of the BCPNN information component, log2 scale)',
        comparison: { kind: 'theme_peers', serviceType: prov.serviceType },
        interval_meaning: 'PRR with 95 % confidence interval',
        table: { a, b, c, d },
        prr: r.prr,
        ror: r.ror,
        ic: r.ic,
      },
    });
  }
  return out;
}
