/**
 * Urgency flags read from a complaint or notification text (bokmål and nynorsk): death, suicide or suicide
 * risk, a child at risk, ongoing danger, coercion and abuse. Each flag comes with the words that raised it,
 * as they stand in the text, so a caseworker sees why and can overrule it. Pure: text in, flags out.
 *
 * The patterns are word stems, not the demo generator's sentences, so a citizen's own wording is caught too
 * ("døde", "døydde", "dødsfallet", "omkom"). A negation close before a cue ("ikke død") does not cancel it:
 * a missed flag costs more than a false one, and a person reads every flag.
 */

export const URGENCY_FLAGS = [
  'death',
  'suicide',
  'child_at_risk',
  'ongoing_danger',
  'coercion',
  'abuse',
] as const;
export type UrgencyFlag = (typeof URGENCY_FLAGS)[number];

export interface UrgencyFinding {
  flag: UrgencyFlag;
  /** The words that raised the flag, as written in the text (each once, in order of appearance). */
  words: string[];
}

/** Plain-language names of the flags (the taxonomy's), for the staff app and receipts. */
export const URGENCY_LABELS: Record<UrgencyFlag, { nb: string; nn: string; en: string }> = {
  death: { nb: 'Dødsfall', nn: 'Dødsfall', en: 'Death' },
  suicide: {
    nb: 'Selvmord eller selvmordsfare',
    nn: 'Sjølvmord eller sjølvmordsfare',
    en: 'Suicide or suicide risk',
  },
  child_at_risk: { nb: 'Barn i fare', nn: 'Barn i fare', en: 'Child at risk' },
  ongoing_danger: { nb: 'Pågående fare', nn: 'Pågåande fare', en: 'Ongoing danger' },
  coercion: { nb: 'Bruk av tvang', nn: 'Bruk av tvang', en: 'Use of coercion' },
  abuse: { nb: 'Overgrep eller vold', nn: 'Overgrep eller vald', en: 'Abuse or violence' },
};

// \p{L} word edges: JavaScript's \b does not know that æ, ø and å are letters.
const W = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');

const CHILD =
  '(?:barn(?:et|a|ene)?|gutt(?:en)?|jent(?:a|en|e)|ungdom(?:men)?|sønn(?:en)?|dotter|datter|dattera|datteren|dotra|spedbarn(?:et)?|baby(?:en)?)';

const PATTERNS: Record<UrgencyFlag, RegExp[]> = {
  death: [
    W(
      'døde|døydde|dødd|død|daud|dødsfall(?:et)?|dødsårsak(?:en)?|omkom|omkomme|avled|avleden|gått bort|gjekk bort|gikk bort|mista livet|mistet livet|miste livet',
    ),
  ],
  suicide: [
    W(
      'selvmord\\p{L}*|sjølvmord\\p{L}*|suicid\\p{L}*|(?:ta|tar|tok|tatt|teke) (?:sitt eget|sitt eige|sitt) liv|sitt eget liv|sitt eige liv|ta livet av seg|tok livet av seg|vil ikke leve|vil ikkje leve|ikke lenger leve|ikkje lenger leve|sjølvskad\\p{L}*|selvskad\\p{L}*',
    ),
  ],
  child_at_risk: [
    W(`${CHILD} (?:er|var|blir|vert|lever) (?:ikke|ikkje) tryg\\p{L}*`),
    W(`${CHILD} (?:er|var|blir|vert) i fare`),
    W(`fare for at ${CHILD}`),
    W(
      'farl(?:ig|eg) omsorgs\\p{L}*|omsorgssvikt\\p{L}*|mishandl\\p{L}*|vanskjøtsel\\p{L}*|utrygg(?:e|t)? (?:heim|hjem)\\p{L}*',
    ),
  ],
  ongoing_danger: [
    W(
      'skjer (?:fortsatt|framleis|enno|ennå|stadig)|pågår|pågåande|pågående|(?:er|var) (?:fortsatt|framleis) i fare|i livsfare|livsfarl\\p{L}*',
    ),
    W('andre (?:pasientar|pasienter|brukarar|brukere|bebuarar|beboere|barn) (?:er|kan vere|kan være) i fare'),
    W('(?:akutt|umiddelbar|stor) fare'),
  ],
  coercion: [
    W(
      'tvang\\p{L}*|beltelagt|beltelegging\\p{L}*|belter|isolert på rommet|isolert på rommet sitt|holdt fast|halden fast|haldt fast|lagt i belter|lagt i reimer|nedlagt|tvangsmedisin\\p{L}*|innelåst|låst inne',
    ),
  ],
  abuse: [
    W(
      'overgrep(?:et|a|ene)?|(?:ble|vart|vorte|blitt|har vore|har vært) slått|slo (?:han|henne|meg|oss|barnet|pasienten)|vald|vold(?:en|elig|eleg)?|seksuell(?:e|t)? (?:krenking\\p{L}*|krenkelse\\p{L}*)|blåmerke\\p{L}*|sparka|sparket',
    ),
  ],
};

/** The urgency flags a text raises, in the order of URGENCY_FLAGS, each with its trigger words. */
export function detectUrgency(text: string): UrgencyFinding[] {
  const found: UrgencyFinding[] = [];
  for (const flag of URGENCY_FLAGS) {
    const words: string[] = [];
    const seen = new Set<string>();
    const hits: { index: number; word: string }[] = [];
    for (const pattern of PATTERNS[flag]) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) hits.push({ index: match.index, word: match[0] });
    }
    hits.sort((a, b) => a.index - b.index);
    for (const { word } of hits) {
      const key = word.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
    if (words.length > 0) found.push({ flag, words });
  }
  return found;
}
