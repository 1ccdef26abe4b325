export { caseText, classifyText, DEFAULT_THRESHOLDS } from './classify.ts';
export type { Classification, ClassifyThresholds } from './classify.ts';
export { loadModel, trainModel, DEFAULT_TRAINING_PARAMETERS } from './model.ts';
export type { ClassifierModel, LoadedModel, Suggestion, WordContribution } from './model.ts';
export { loadLatestModel } from './store.ts';
export { trainClassifier } from './train-classifier.ts';
export type { ClassifierMetrics, TrainResult } from './train-classifier.ts';
export { tokenise, stem, words } from './tokenise.ts';
