/**
 * Pure statistics for risk signals: plain values in, plain values out, no I/O. See README.md for each
 * method's formula, reference and the published values its tests reproduce.
 */
export {
  estimateOverdispersion,
  funnelPlot,
  overdispersedFunnelLimits,
  poissonFunnelLimits,
} from './funnel.ts';
export type {
  FunnelBand,
  FunnelLimits,
  FunnelOptions,
  FunnelResult,
  FunnelUnit,
  FunnelUnitResult,
  OverdispersionEstimate,
  OverdispersionScale,
} from './funnel.ts';

export { MAX_SHAPE, MIN_SHAPE, empiricalBayes, fitGammaPrior, gammaPosterior } from './empirical-bayes.ts';
export type {
  EmpiricalBayesOptions,
  EmpiricalBayesResult,
  GammaPrior,
  PosteriorSummary,
  PriorFit,
  PriorMethod,
  RateUnit,
} from './empirical-bayes.ts';

export {
  ewmaChart,
  poissonCusum,
  poissonCusumArl,
  poissonCusumReferenceValue,
  poissonCusumThreshold,
  riskAdjustedPoissonCusum,
  targetArlForBudget,
} from './cusum.ts';
export type {
  CusumResult,
  EwmaOptions,
  EwmaPoint,
  PoissonCusumArlInput,
  PoissonCusumOptions,
  RiskAdjustedCusumOptions,
  ThresholdInput,
} from './cusum.ts';

export {
  disproportionality,
  informationComponent,
  proportionalReportingRatio,
  reportingOddsRatio,
} from './disproportionality.ts';
export type {
  Disproportionality,
  InformationComponent,
  RatioEstimate,
  TwoByTwoTable,
} from './disproportionality.ts';
