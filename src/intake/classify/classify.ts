/**
 * Suggest a service type and themes for a new case from its title and narrative, each with its probability
 * and the words that counted most. Below the confidence threshold the suggestion is not used: the case goes
 * to the human triage queue, and the caseworker sees why.
 */
import { countWords, scoreServiceTypes, scoreThemes, type LoadedModel, type Suggestion } from './model.ts';
import { tokenise } from './tokenise.ts';

export interface ClassifyThresholds {
  /** The most likely service type must reach this probability, or the case goes to human triage. */
  serviceType: number;
  /**
   * Besides the most likely theme, a theme is suggested when its log-odds come within this of the best one's
   * (1 = odds within a factor e). Not a fixed probability: each theme's yes/no naive Bayes sums evidence over
   * every word as if independent, so its probabilities crowd at 0 and 1 and "≥ 0.5" picks almost three
   * themes per case where cases have one or two.
   */
  themeLogOddsGap: number;
}

/**
 * 0.99 for the service type: on the held-out demo data it sends about 6 % of cases to a person, and the rest
 * are right about 96 % of the time (all cases: 92 %). A gap of 1 for themes: held-out theme macro-F1 0.82 against 0.76 for the
 * best theme alone (figures in docs/MODEL_CARD_CLASSIFIER.md).
 */
export const DEFAULT_THRESHOLDS: ClassifyThresholds = { serviceType: 0.99, themeLogOddsGap: 1 };

export interface Classification {
  /** 'suggest': the service type may be pre-filled; 'human_triage': a person must choose. */
  route: 'suggest' | 'human_triage';
  /** Why it was routed as it was, in plain Norwegian for the triage queue. */
  reason: string;
  serviceType: Suggestion;
  /** The next most likely service types, so the person in triage starts from a short list. */
  alternatives: Suggestion[];
  /** The most likely theme, so a case is never theme-less, and those close to it. */
  themes: Suggestion[];
}

export function caseText(title: string, narrative: string): string {
  return `${title}\n${narrative}`;
}

export function classifyText(
  loaded: LoadedModel,
  text: string,
  thresholds: ClassifyThresholds = DEFAULT_THRESHOLDS,
): Classification {
  const counted = countWords(loaded, tokenise(text));
  const services = scoreServiceTypes(loaded, counted);
  const themes = scoreThemes(loaded, counted);
  const best = services[0]!;
  const chosenThemes = themes
    .filter((t) => themes[0]!.logOdds - t.logOdds <= thresholds.themeLogOddsGap)
    .map(({ label, probability, topWords }) => ({ label, probability, topWords }));
  const percent = (p: number) => `${Math.round(p * 100)} %`;
  const confident = counted.length > 0 && best.probability >= thresholds.serviceType;
  return {
    route: confident ? 'suggest' : 'human_triage',
    reason: confident
      ? `Tjenestetype foreslått med sannsynlighet ${percent(best.probability)}.`
      : counted.length === 0
        ? 'Send til manuell triage: teksten har ingen ord modellen kjenner.'
        : `Send til manuell triage: sikkerheten ${percent(best.probability)} er under terskelen ${percent(thresholds.serviceType)}.`,
    serviceType: best,
    alternatives: services.slice(1, 4),
    themes: chosenThemes,
  };
}
