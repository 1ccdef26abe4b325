/**
 * The engine's parameters: part of every run's version, so a run can be reproduced from data + parameters.
 * Changing a default changes the version of every later run (bump `model`).
 */
export interface RiskParameters {
  model: string;
  /** CUSUM: rate ratio to detect, and the false-alarm budget per charted unit and year. */
  rateRatio: number;
  falseAlarmsPerUnitYear: number;
  baselineMonths: number;
  baselineGap: number;
  minMonthlyExpected: number;
  /** A CUSUM alarm stays a current signal this many months. */
  alarmMonths: number;
  /** Cross-section (funnel, empirical Bayes) and disproportionality window, months. */
  windowMonths: number;
  ebThreshold: number;
  /** Empirical-Bayes signal when P(RR > ebThreshold) reaches this (and the unit is above its funnel's 99.8 %). */
  ebProbability: number;
  /** Theme disproportionality: at least this many cases with the theme, and IC025 above this. */
  themeMinCases: number;
  themeMinIc025: number;
  /** Repeatedly named professional: at least this many cases in the window and P(X ≥ O) below this. */
  repeatMinCases: number;
  repeatWindowMonths: number;
  repeatMaxP: number;
  /** Office outcome share: window in months. */
  outcomeWindowMonths: number;
}

export const DEFAULT_PARAMETERS: RiskParameters = {
  model: 'tilsyn-risk-2',
  rateRatio: 2,
  // The goal's budget: at most 0.5 % of charted units a year alarm with nothing there.
  falseAlarmsPerUnitYear: 0.005,
  baselineMonths: 36,
  // A change stays out of the unit's own baseline for six months, the window it should be found in.
  baselineGap: 6,
  minMonthlyExpected: 0.05,
  alarmMonths: 6,
  windowMonths: 12,
  ebThreshold: 1.5,
  ebProbability: 0.95,
  themeMinCases: 4,
  themeMinIc025: 1,
  repeatMinCases: 4,
  repeatWindowMonths: 24,
  repeatMaxP: 1e-6,
  outcomeWindowMonths: 24,
};
