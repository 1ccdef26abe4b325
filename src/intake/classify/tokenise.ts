/**
 * Norwegian-normalised tokens for the classifier: lower case (æ, ø, å kept), a small bokmål + nynorsk
 * stop-word list, and light suffix stripping.
 *
 * Why suffix stripping and not character n-grams: Norwegian nouns and verbs mostly inflect at the end
 * ("sykehjemmet", "fastlegen", "medisinane", "vurderte"), so cutting a short list of endings folds the
 * bokmål and nynorsk forms of one word together while keeping each feature a readable word — which is what
 * a caseworker sees as the explanation. Character n-grams would catch compounds better but give
 * explanations like "jem" and a vocabulary many times larger.
 */

/** Function words in bokmål and nynorsk that say nothing about the service or the theme. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // bokmål
    'og i på til av for med som det den de en et ei er var har hadde ikke at om fra jeg vi han hun hans hennes min mitt mine vår vårt våre seg sin sitt sine meg oss',
    'dem deres så men eller når etter da der her kan skal vil ble blitt være vært også bare hva hvor hvem hvorfor hvordan dette disse noe noen alle mer over under ut inn opp ned mot uten man må får fikk denne sa',
    // nynorsk
    'eg ikkje ho dei hennar deira vart vore kva kvar kven kvifor korleis dette desse nokon noko nokre berre òg frå mitt mi me oss då seg sitt si sine vere blei ein eit hjå ved til etter',
  ]
    .join(' ')
    .split(' '),
);

/** Endings cut from the end of a word, longest first; bokmål and nynorsk inflections side by side. */
const SUFFIXES = [
  'hetene',
  'hetane',
  'ingane',
  'ingene',
  'ingar',
  'inger',
  'heten',
  'ende',
  'ane',
  'ene',
  'ert',
  'et',
  'en',
  'er',
  'ar',
  'te',
  'a',
  'e',
] as const;

/** A stem is never cut shorter than this, so short words ("bie", "ene") stay whole. */
const MIN_STEM = 3;

export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}

export interface Token {
  /** The feature the model counts. */
  stem: string;
  /** The word as written in the text (lower case), for explanations a person can find in the text. */
  word: string;
}

/** Lower-cased words of two letters or more; letters of any script, so æ, ø, å and é stay in the word. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}{2,}/gu) ?? []
  );
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const word of words(text)) {
    if (STOP_WORDS.has(word)) continue;
    tokens.push({ stem: stem(word), word });
  }
  return tokens;
}
