/**
 * Train the intake classifier on the case history in the database, measure it on the held-out cases
 * (one in five, by hash of the case id) and store it. Used by `tilsyn train` and the benchmark.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { caseText, classifyText, DEFAULT_THRESHOLDS, type ClassifyThresholds } from './classify.ts';
import { accuracy, isHeldOut, macroF1, majorityBaseline } from './evaluate.ts';
import {
  DEFAULT_TRAINING_PARAMETERS,
  loadModel,
  trainModel,
  type ClassifierModel,
  type LoadedModel,
  type TrainingParameters,
} from './model.ts';
import { loadLabelledCases, loadLabels, saveModel, type LabelledCase } from './store.ts';

export interface ClassifierMetrics {
  trainCases: number;
  heldOutCases: number;
  /** Held-out share of cases whose most likely service type is the true one. */
  serviceTypeTop1: number;
  /** The same figure for always guessing the most common service type in the training data. */
  majorityBaselineTop1: number;
  /** Top-1 by the case's language form (bokmål, nynorsk): a gap here is a fairness problem, not noise. */
  serviceTypeTop1ByLanguage: Record<string, { cases: number; top1: number }>;
  themeMacroF1: number;
  themeF1: Record<string, number>;
  thresholds: ClassifyThresholds;
  /** Share of held-out cases sent to human triage by the service-type threshold. */
  belowThresholdShare: number;
  /** Top-1 accuracy of the cases that stay above the threshold (the ones pre-filled). */
  top1AboveThreshold: number;
}

export function evaluateModel(
  loaded: LoadedModel,
  trainCases: readonly LabelledCase[],
  heldOut: readonly LabelledCase[],
  thresholds: ClassifyThresholds = DEFAULT_THRESHOLDS,
): ClassifierMetrics {
  const results = heldOut.map((c) => classifyText(loaded, caseText(c.title, c.narrative), thresholds));
  const truth = heldOut.map((c) => c.serviceType);
  const predicted = results.map((r) => r.serviceType.label);
  const themes = macroF1(
    loaded.model.themes.labels,
    heldOut.map((c) => c.themes),
    results.map((r) => r.themes.map((t) => t.label)),
  );
  const above = results.map((r, i) => ({ r, i })).filter(({ r }) => r.route === 'suggest');
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  const byLanguage: Record<string, { cases: number; top1: number }> = {};
  for (const language of [...new Set(heldOut.map((c) => c.language))].sort()) {
    const idx = heldOut.flatMap((c, i) => (c.language === language ? [i] : []));
    byLanguage[language] = {
      cases: idx.length,
      top1: r4(
        accuracy(
          idx.map((i) => truth[i]!),
          idx.map((i) => predicted[i]!),
        ),
      ),
    };
  }
  return {
    trainCases: trainCases.length,
    heldOutCases: heldOut.length,
    serviceTypeTop1: r4(accuracy(truth, predicted)),
    majorityBaselineTop1: r4(
      majorityBaseline(
        trainCases.map((c) => c.serviceType),
        truth,
      ).accuracy,
    ),
    serviceTypeTop1ByLanguage: byLanguage,
    themeMacroF1: r4(themes.macroF1),
    themeF1: Object.fromEntries(Object.entries(themes.perLabel).map(([k, v]) => [k, r4(v)])),
    thresholds,
    belowThresholdShare: r4(heldOut.length ? 1 - above.length / heldOut.length : 0),
    top1AboveThreshold: r4(
      accuracy(
        above.map(({ i }) => truth[i]!),
        above.map(({ i }) => predicted[i]!),
      ),
    ),
  };
}

export function splitCases(cases: readonly LabelledCase[]) {
  const train: LabelledCase[] = [];
  const heldOut: LabelledCase[] = [];
  for (const c of cases) (isHeldOut(c.id) ? heldOut : train).push(c);
  return { train, heldOut };
}

export interface TrainResult {
  modelId: number | undefined;
  model: ClassifierModel;
  metrics: ClassifierMetrics;
  heldOut: LabelledCase[];
  seconds: number;
}

/**
 * The stored model is the one trained on the training part only, so the figures stored beside it describe
 * exactly that model. `store: false` trains and measures without writing (the benchmark, tests).
 */
export async function trainClassifier(
  db: Kysely<Database>,
  options: { parameters?: TrainingParameters; thresholds?: ClassifyThresholds; store?: boolean } = {},
): Promise<TrainResult> {
  const started = performance.now();
  const parameters = options.parameters ?? DEFAULT_TRAINING_PARAMETERS;
  const [labels, cases] = await Promise.all([loadLabels(db), loadLabelledCases(db)]);
  const { train, heldOut } = splitCases(cases);
  if (train.length === 0) throw new Error('no cases with a service type to train on');
  const model = trainModel(
    train.map((c) => ({
      text: caseText(c.title, c.narrative),
      serviceType: c.serviceType,
      themes: c.themes,
    })),
    labels.serviceTypes,
    labels.themes,
    parameters,
  );
  const metrics = evaluateModel(loadModel(model), train, heldOut, options.thresholds);
  const modelId =
    options.store === false
      ? undefined
      : await saveModel(db, {
          parameters: { ...parameters, heldOut: 'fnv1a(id) % 100 < 20' },
          metrics,
          model,
        });
  return { modelId, model, metrics, heldOut, seconds: (performance.now() - started) / 1000 };
}
