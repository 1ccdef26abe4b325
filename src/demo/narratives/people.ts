import type { Language, Phrases, ThemeWords } from './types.ts';

/**
 * Who a narrative is about and who writes it, and when. No real people: relations and roles only, and a
 * small fixed list of first names for the rare sentence that names a helper or a colleague.
 */

/** The person served as the writer refers to them. `pron`/`pronObj` are used once they are introduced. */
export interface Person {
  who: string;
  whom: string;
  pron: string;
  pronObj: string;
  /** Reflexive for the person served: "meg" when the patient writes, otherwise "seg". */
  self: string;
}

/** A relation, with the writer's own pronoun: a parent may write "jeg … sønnen min" or "vi … sønnen vår". */
export interface Relation {
  who: string;
  gender: 'm' | 'f' | 'x';
  writer?: 'i' | 'we';
}

export interface PeopleWords {
  /** The patient writing about themselves. */
  self: Person;
  /** I and we, as subject and object. */
  i: string;
  me: string;
  we: string;
  us: string;
  /** Third-person pronouns: subject and object by gender. */
  he: [string, string];
  she: [string, string];
  reflexive: string;
  adultKin: readonly Relation[];
  childKin: readonly Relation[];
  children: readonly Relation[];
  /** A phrase for each number of months ago, 0–24; older than that uses the last one. */
  monthsAgo: readonly string[];
  /** When the input gives no date. */
  someTimeAgo: readonly string[];
  /** Stands in for a municipality when none is given. */
  municipality: string;
}

export const FIRST_NAMES: readonly string[] = [
  'Kari',
  'Ola',
  'Nina',
  'Per',
  'Anne',
  'Lars',
  'Ingrid',
  'Jonas',
  'Sara',
  'Emil',
  'Hilde',
  'Tor',
];

function monthPhrases(
  recent: string,
  one: string,
  many: (n: string) => string,
  numbers: readonly string[],
  year: string,
  yearAndHalf: string,
  twoYears: string,
): string[] {
  const phrases = [recent, one];
  for (let n = 2; n <= 11; n++) phrases.push(many(numbers[n] as string));
  for (let n = 12; n <= 17; n++) phrases.push(year);
  for (let n = 18; n <= 23; n++) phrases.push(yearAndHalf);
  phrases.push(twoYears);
  return phrases;
}

const NUMBERS_NB = ['null', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve'];
const NUMBERS_NN = ['null', 'ein', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve'];

export const PEOPLE: Readonly<Record<Language, PeopleWords>> = {
  nb: {
    self: { who: 'jeg', whom: 'meg', pron: 'jeg', pronObj: 'meg', self: 'meg' },
    i: 'jeg',
    me: 'meg',
    we: 'vi',
    us: 'oss',
    he: ['han', 'ham'],
    she: ['hun', 'henne'],
    reflexive: 'seg',
    adultKin: [
      { who: 'min mor', gender: 'f' },
      { who: 'min far', gender: 'm' },
      { who: 'mannen min', gender: 'm' },
      { who: 'kona mi', gender: 'f' },
      { who: 'min bror', gender: 'm' },
      { who: 'min søster', gender: 'f' },
      { who: 'sønnen min', gender: 'm' },
      { who: 'datteren min', gender: 'f' },
    ],
    childKin: [
      { who: 'barnebarnet mitt', gender: 'x' },
      { who: 'nevøen min', gender: 'm' },
      { who: 'niesen min', gender: 'f' },
      { who: 'lillebroren min', gender: 'm' },
      { who: 'lillesøsteren min', gender: 'f' },
    ],
    children: [
      { who: 'sønnen min', gender: 'm', writer: 'i' },
      { who: 'datteren min', gender: 'f', writer: 'i' },
      { who: 'sønnen vår', gender: 'm', writer: 'we' },
      { who: 'datteren vår', gender: 'f', writer: 'we' },
      { who: 'barnet vårt', gender: 'x', writer: 'we' },
    ],
    monthsAgo: monthPhrases(
      'nylig',
      'for en måned siden',
      (n) => `for ${n} måneder siden`,
      NUMBERS_NB,
      'for omtrent et år siden',
      'for halvannet år siden',
      'for over to år siden',
    ),
    someTimeAgo: ['i vår', 'i høst', 'i sommer', 'i vinter', 'tidligere i år', 'i fjor'],
    municipality: 'kommunen',
  },
  nn: {
    self: { who: 'eg', whom: 'meg', pron: 'eg', pronObj: 'meg', self: 'meg' },
    i: 'eg',
    me: 'meg',
    we: 'vi',
    us: 'oss',
    he: ['han', 'han'],
    she: ['ho', 'henne'],
    reflexive: 'seg',
    adultKin: [
      { who: 'mor mi', gender: 'f' },
      { who: 'far min', gender: 'm' },
      { who: 'mannen min', gender: 'm' },
      { who: 'kona mi', gender: 'f' },
      { who: 'bror min', gender: 'm' },
      { who: 'syster mi', gender: 'f' },
      { who: 'sonen min', gender: 'm' },
      { who: 'dottera mi', gender: 'f' },
    ],
    childKin: [
      { who: 'barnebarnet mitt', gender: 'x' },
      { who: 'nevøen min', gender: 'm' },
      { who: 'niesa mi', gender: 'f' },
      { who: 'veslebror min', gender: 'm' },
      { who: 'veslesyster mi', gender: 'f' },
    ],
    children: [
      { who: 'sonen min', gender: 'm', writer: 'i' },
      { who: 'dottera mi', gender: 'f', writer: 'i' },
      { who: 'guten vår', gender: 'm', writer: 'we' },
      { who: 'jenta vår', gender: 'f', writer: 'we' },
      { who: 'barnet vårt', gender: 'x', writer: 'we' },
    ],
    monthsAgo: monthPhrases(
      'nyleg',
      'for ein månad sidan',
      (n) => `for ${n} månader sidan`,
      NUMBERS_NN,
      'for om lag eitt år sidan',
      'for halvanna år sidan',
      'for meir enn to år sidan',
    ),
    someTimeAgo: ['i vår', 'i haust', 'i sommar', 'i vinter', 'tidlegare i år', 'i fjor'],
    municipality: 'kommunen',
  },
};

/** Used when a case has no theme: says that something went wrong without saying what. */
export const GENERIC_THEME: Readonly<Record<Language, ThemeWords>> = {
  nb: {
    title: ['forhold ved tjenesten'],
    happened: [
      '{Who} fikk ikke den hjelpen {pron} trengte {place}.',
      'Det som skjedde {place}, var ikke i orden.',
    ],
    conduct: ['{Staff} har ikke utøvd yrket forsvarlig.'],
    consequence: ['Det har fått store følger for {whom}.'],
    want: ['{I} ønsker at saken blir undersøkt.'],
    audit: ['tjenestene er forsvarlige'],
  },
  nn: {
    title: ['forhold ved tenesta'],
    happened: [
      '{Who} fekk ikkje den hjelpa {pron} trong {place}.',
      'Det som skjedde {place}, var ikkje i orden.',
    ],
    conduct: ['{Staff} har ikkje utøvd yrket forsvarleg.'],
    consequence: ['Det har fått store følgjer for {whom}.'],
    want: ['{I} ønskjer at saka blir undersøkt.'],
    audit: ['tenestene er forsvarlege'],
  },
};

/**
 * Words for a narrative that never names its service ("tjenesten", "den ansatte"), as many real complaints
 * read. Such texts leave the service type to be guessed from the theme, the way a caseworker would.
 */
export interface VagueServiceWords {
  user: Phrases;
  staff: Phrases;
  staffIndef: Phrases;
  place: Phrases;
  unit: Phrases;
}

export const VAGUE_SERVICE: Readonly<Record<Language, VagueServiceWords>> = {
  nb: {
    user: ['pasienten', 'brukeren'],
    staff: ['den ansatte', 'en av de ansatte'],
    staffIndef: ['en ansatt', 'en medarbeider'],
    place: ['i tjenesten', 'hos dem'],
    unit: ['tjenesten', 'virksomheten'],
  },
  nn: {
    user: ['pasienten', 'brukaren'],
    staff: ['den tilsette', 'ein av dei tilsette'],
    staffIndef: ['ein tilsett', 'ein medarbeidar'],
    place: ['i tenesta', 'hos dei'],
    unit: ['tenesta', 'verksemda'],
  },
};
