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
  /** A theme is suggested when its own probability reaches this. */
  theme: number;
}

/**
 * 0.9 for the service type: on the held-out demo data it sends about 3 % of cases to a person, and the rest
 * are right about 94 % of the time (figures in docs/MODEL_CARD_CLASSIFIER.md). 0.5 for a theme: the even-odds
 * point of its own yes/no model.
 */
export const DEFAULT_THRESHOLDS: ClassifyThresholds = { serviceType: 0.9, theme: 0.5 };

export interface Classification {
  /** 'suggest': the service type may be pre-filled; 'human_triage': a person must choose. */
  route: 'suggest' | 'human_triage';
  /** Why it was routed as it was, in plain Norwegian for the triage queue. */
  reason: string;
  serviceType: Suggestion;
  /** The next most likely service types, so the person in triage starts from a short list. */
  alternatives: Suggestion[];
  /** Themes at or above the theme threshold; at least the most likely one, so a case is never theme-less. */
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
  const chosenThemes = themes.filter((t, i) => i === 0 || t.probability >= thresholds.theme);
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
