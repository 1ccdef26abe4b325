import type { RiskMethod, RiskUnitType } from '../db/schema.ts';

/** One signal with its evidence, as stored in `risk_signals` and shown to a person. */
export interface SignalRecord {
  signalKey: string;
  unitType: RiskUnitType;
  unitId: string;
  unitLabel: string;
  serviceType: string | null;
  theme: string | null;
  method: RiskMethod;
  observed: number;
  expected: number;
  ratio: number;
  intervalLower: number;
  intervalUpper: number;
  intervalLevel: number;
  comparisonGroup: string;
  /** Month indexes (inclusive) of the evidence period. */
  fromMonth: number;
  toMonth: number;
  score: number;
  evidence: Record<string, unknown>;
}

/**
 * Stable across runs, so an assessment shows again on the next run. A municipality's series of its own
 * services in one sector adds the sector; the keys of every other signal are as they always were.
 */
export function signalKey(
  unitType: string,
  unitId: string,
  method: string,
  theme: string | null,
  municipalSector?: string,
): string {
  const key = [unitType, unitId, method, theme ?? ''];
  if (municipalSector) key.push(municipalSector);
  return key.join(':');
}

/** `evidence.comparison` of a stored signal (see chart.ts), or null for signals stored before it was recorded. */
export function storedComparison(evidence: unknown): Record<string, unknown> | null {
  const c = (evidence as { comparison?: unknown } | null)?.comparison;
  return c && typeof c === 'object' ? (c as Record<string, unknown>) : null;
}

/** The sector of a municipality's own-services signal, from its key; undefined for every other signal. */
export function municipalSectorOfKey(key: string): string | undefined {
  return key.split(':')[4];
}
