/**
 * The classifier model: multinomial naive Bayes with Laplace smoothing for the service type (one of 22), and
 * one binary multinomial naive Bayes per theme (themes are multi-label). Pure: plain values in, plain values
 * out, so the same model is trained in a test, by `tilsyn train` and by the benchmark.
 *
 * Why naive Bayes rather than logistic regression: training is one counting pass (seconds on 25,000 cases,
 * no learning rate or iterations to tune), it is deterministic without care, and every score is a sum of
 * per-word terms, so "the words that counted most" is exact rather than an approximation.
 */
import { tokenise, type Token } from './tokenise.ts';

export interface TrainingExample {
  text: string;
  serviceType: string;
  themes: readonly string[];
}

export interface TrainingParameters {
  /** Laplace (add-alpha) smoothing; 1 is classic Laplace. */
  alpha: number;
  /** Words seen in fewer training texts are left out: they are mostly names and noise. */
  minDocumentFrequency: number;
}

export const DEFAULT_TRAINING_PARAMETERS: TrainingParameters = { alpha: 1, minDocumentFrequency: 3 };

/** Stored as JSON: numbers rounded so the same data gives the same bytes, and the row stays small. */
export interface ClassifierModel {
  format: 'tilsyn-nb-1';
  vocabulary: string[];
  serviceTypes: {
    labels: string[];
    logPrior: number[];
    /** logLikelihood[label][word]: log P(word | label). */
    logLikelihood: number[][];
  };
  themes: {
    labels: string[];
    /** log P(theme) − log P(no theme), per theme. */
    logPriorRatio: number[];
    /** weight[theme][word]: log P(word | theme) − log P(word | not theme). */
    weight: number[][];
  };
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export function trainModel(
  examples: readonly TrainingExample[],
  serviceTypeLabels: readonly string[],
  themeLabels: readonly string[],
  parameters: TrainingParameters = DEFAULT_TRAINING_PARAMETERS,
): ClassifierModel {
  const documents = examples.map((e) => tokenise(e.text).map((t) => t.stem));

  const documentFrequency = new Map<string, number>();
  for (const stems of documents) {
    for (const s of new Set(stems)) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
  }
  // Sorted by code point, so the vocabulary (and the model) does not depend on the order of the rows.
  const vocabulary = [...documentFrequency]
    .filter(([, n]) => n >= parameters.minDocumentFrequency)
    .map(([s]) => s)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(vocabulary.map((s, i) => [s, i]));
  const V = vocabulary.length;

  const serviceIndex = new Map(serviceTypeLabels.map((l, i) => [l, i]));
  const themeIndex = new Map(themeLabels.map((l, i) => [l, i]));
  const serviceCounts = serviceTypeLabels.map(() => new Float64Array(V));
  const serviceDocs = new Float64Array(serviceTypeLabels.length);
  const themeCounts = themeLabels.map(() => new Float64Array(V));
  const themeDocs = new Float64Array(themeLabels.length);
  const allCounts = new Float64Array(V);

  examples.forEach((example, d) => {
    const s = serviceIndex.get(example.serviceType);
    const ts = example.themes.map((t) => themeIndex.get(t)).filter((t) => t !== undefined);
    if (s !== undefined) serviceDocs[s]! += 1;
    for (const t of ts) themeDocs[t]! += 1;
    for (const stemmed of documents[d]!) {
      const w = index.get(stemmed);
      if (w === undefined) continue;
      allCounts[w]! += 1;
      if (s !== undefined) serviceCounts[s]![w]! += 1;
      for (const t of ts) themeCounts[t]![w]! += 1;
    }
  });

  const { alpha } = parameters;
  const logLikelihoods = (counts: Float64Array) => {
    let total = 0;
    for (const c of counts) total += c;
    const denominator = Math.log(total + alpha * V);
    return Array.from(counts, (c) => Math.log(c + alpha) - denominator);
  };
  const labelled = serviceDocs.reduce((a, b) => a + b, 0);
  const serviceTypes = {
    labels: [...serviceTypeLabels],
    // Smoothed priors too, so a service type absent from the training data is unlikely but not impossible.
    logPrior: Array.from(serviceDocs, (n) =>
      round(Math.log((n + alpha) / (labelled + alpha * serviceTypeLabels.length))),
    ),
    logLikelihood: serviceCounts.map((c) => logLikelihoods(c).map(round)),
  };

  const n = examples.length;
  const themes = {
    labels: [...themeLabels],
    logPriorRatio: Array.from(themeDocs, (k) => round(Math.log((k + alpha) / (n - k + alpha)))),
    weight: themeCounts.map((counts) => {
      const rest = allCounts.map((c, w) => c - counts[w]!);
      const inTheme = logLikelihoods(counts);
      const outOfTheme = logLikelihoods(rest);
      return inTheme.map((l, w) => round(l - outOfTheme[w]!));
    }),
  };
  return { format: 'tilsyn-nb-1', vocabulary, serviceTypes, themes };
}

export interface WordContribution {
  /** The word as it stands in the text. */
  word: string;
  /** How much it moved the log-odds towards this suggestion. */
  weight: number;
}

export interface Suggestion {
  label: string;
  probability: number;
  topWords: WordContribution[];
}

/** A model made ready to score: the vocabulary as a map, built once. */
export interface LoadedModel {
  model: ClassifierModel;
  index: Map<string, number>;
  /** Mean log-likelihood of each word over the service types: the baseline an explanation is measured against. */
  meanLogLikelihood: Float64Array;
}

export function loadModel(model: ClassifierModel): LoadedModel {
  const V = model.vocabulary.length;
  const mean = new Float64Array(V);
  for (const row of model.serviceTypes.logLikelihood) for (let w = 0; w < V; w++) mean[w]! += row[w]!;
  const k = model.serviceTypes.labels.length;
  for (let w = 0; w < V; w++) mean[w]! /= k;
  return { model, index: new Map(model.vocabulary.map((s, i) => [s, i])), meanLogLikelihood: mean };
}

interface CountedWord {
  w: number;
  count: number;
  word: string;
}

/** Counts of the known words in a text, each with the first way it was written there. */
export function countWords(loaded: LoadedModel, tokens: readonly Token[]): CountedWord[] {
  const byIndex = new Map<number, CountedWord>();
  for (const t of tokens) {
    const w = loaded.index.get(t.stem);
    if (w === undefined) continue;
    const seen = byIndex.get(w);
    if (seen) seen.count += 1;
    else byIndex.set(w, { w, count: 1, word: t.word });
  }
  return [...byIndex.values()];
}

function topContributions(
  counted: readonly CountedWord[],
  weightOf: (w: number) => number,
  howMany: number,
): WordContribution[] {
  return counted
    .map((c) => ({ word: c.word, weight: c.count * weightOf(c.w) }))
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1))
    .slice(0, howMany)
    .map((c) => ({ word: c.word, weight: round(c.weight) }));
}

/** Service types by posterior probability, most likely first. */
export function scoreServiceTypes(
  loaded: LoadedModel,
  counted: readonly CountedWord[],
  explainWords = 5,
): Suggestion[] {
  const { labels, logPrior, logLikelihood } = loaded.model.serviceTypes;
  const scores = labels.map((_, k) => {
    let s = logPrior[k]!;
    for (const c of counted) s += c.count * logLikelihood[k]![c.w]!;
    return s;
  });
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const order = labels.map((_, k) => k).sort((a, b) => scores[b]! - scores[a]! || a - b);
  // Explained against the average service type: the words that make this one more likely than a typical one.
  return order.map((k) => ({
    label: labels[k]!,
    probability: exp[k]! / sum,
    topWords: topContributions(
      counted,
      (w) => logLikelihood[k]![w]! - loaded.meanLogLikelihood[w]!,
      explainWords,
    ),
  }));
}

export interface ThemeSuggestion extends Suggestion {
  /** The theme's own log-odds; themes are chosen by how close they come to the best one. */
  logOdds: number;
}

/** Every theme with its own probability (they are scored independently), most likely first. */
export function scoreThemes(
  loaded: LoadedModel,
  counted: readonly CountedWord[],
  explainWords = 5,
): ThemeSuggestion[] {
  const { labels, logPriorRatio, weight } = loaded.model.themes;
  return labels
    .map((label, t) => {
      let logOdds = logPriorRatio[t]!;
      for (const c of counted) logOdds += c.count * weight[t]![c.w]!;
      return {
        label,
        probability: 1 / (1 + Math.exp(-logOdds)),
        logOdds,
        topWords: topContributions(counted, (w) => weight[t]![w]!, explainWords),
      };
    })
    .sort((a, b) => b.logOdds - a.logOdds || (a.label < b.label ? -1 : 1));
}
