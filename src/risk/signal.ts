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

export function signalKey(unitType: string, unitId: string, method: string, theme: string | null): string {
  return [unitType, unitId, method, theme ?? ''].join(':');
}
