/**
 * Fødselsnummer and d-nummer: DDMMYY III K1 K2.
 *
 * - DDMMYY is the birth date; a d-nummer adds 4 to the first digit of the day (DD + 40).
 * - Synthetic test people (Skatteetaten's Tenor test data) add 80 to the month, so they can never collide
 *   with a real person's number (DESIGN.md §5: only synthetic people). We accept them and say so.
 * - III, the individual number, also fixes the century (CENTURY_RULES) and the sex (odd = male).
 * - K1 and K2 are mod-11 check digits over the digits as written, offsets included.
 *
 * H-numbers (month + 40) and other help numbers are deliberately not accepted: they are not identities
 * a party can have in a case. Skatteetaten has announced changes to the number from 2032 (sex no longer
 * encoded, a wider check-digit rule); this module implements the rules in force before that.
 */
import { mod11CheckDigit } from './mod11.ts';
import {
  formatError,
  invalid,
  toDigits,
  type IdentifierError,
  type IdentifierResult,
  type FormatErrorCode,
} from './messages.ts';

export type NationalIdKind = 'fnr' | 'dnr';
export type Sex = 'female' | 'male';

export interface NationalIdDetails {
  readonly kind: NationalIdKind;
  readonly synthetic: boolean;
  /** ISO date, YYYY-MM-DD. */
  readonly birthDate: string;
  readonly sex: Sex;
}

export type NationalIdErrorCode =
  | FormatErrorCode
  | 'invalid_date'
  | 'invalid_individual_number'
  | 'first_check_digit_wrong'
  | 'second_check_digit_wrong';

export type NationalIdResult = IdentifierResult<NationalIdDetails, NationalIdErrorCode>;

const FIRST_CHECK_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const SECOND_CHECK_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

const D_NUMBER_DAY_OFFSET = 40;
const SYNTHETIC_MONTH_OFFSET = 80;

/**
 * Which century a two-digit year belongs to, by individual number. Skatteetaten gives 1854–1899 for the
 * 500–749 series (some secondary sources say 1855); years 54–99 is what the digits can express either way.
 * The 900–999 series for 1940–1999 is a reserve and is why the scheme ends in 2039.
 */
const CENTURY_RULES: readonly {
  individual: readonly [number, number];
  year: readonly [number, number];
  century: number;
}[] = [
  { individual: [0, 499], year: [0, 99], century: 1900 },
  { individual: [500, 749], year: [54, 99], century: 1800 },
  { individual: [500, 999], year: [0, 39], century: 2000 },
  { individual: [900, 999], year: [40, 99], century: 1900 },
];

const FIRST_BIRTH_YEAR = 1854;
const LAST_BIRTH_YEAR = 2039;

const within = (n: number, [min, max]: readonly [number, number]) => n >= min && n <= max;

function fullYear(twoDigitYear: number, individualNumber: number): number | null {
  const rule = CENTURY_RULES.find(
    (r) => within(individualNumber, r.individual) && within(twoDigitYear, r.year),
  );
  return rule ? rule.century + twoDigitYear : null;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// When the century is unknown we cannot tell whether 29 February exists; judging it against a leap year
// keeps the date error for dates that are wrong in every century, and leaves the blame on the individual
// number, which is then reported separately.
const ANY_LEAP_YEAR = 2000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// Messages never include the number itself: error texts end up in logs and responses, and a national id
// is personal data.
const MESSAGES = {
  invalid_date: {
    nb: 'De seks første sifrene er ikke en gyldig fødselsdato (ddmmåå; d-nummer har 4 lagt til første siffer i dagen).',
    nn: 'Dei seks første siffera er ikkje ein gyldig fødselsdato (ddmmåå; d-nummer har 4 lagt til første siffer i dagen).',
    en: 'The first six digits are not a valid date of birth (DDMMYY; a d-nummer adds 4 to the first digit of the day).',
  },
  invalid_individual_number: {
    nb: 'Individnummeret (siffer 7–9) passer ikke med fødselsåret, så det går ikke an å avgjøre hvilket århundre personen er født i.',
    nn: 'Individnummeret (siffer 7–9) passar ikkje med fødselsåret, så det går ikkje an å avgjere kva hundreår personen er fødd i.',
    en: 'The individual number (digits 7–9) does not fit the year of birth, so the century of birth cannot be determined.',
  },
  first_check_digit_wrong: {
    nb: 'Første kontrollsiffer (siffer 10) stemmer ikke med de ni første sifrene. Sjekk at nummeret er skrevet riktig.',
    nn: 'Første kontrollsiffer (siffer 10) stemmer ikkje med dei ni første siffera. Sjekk at nummeret er skrive rett.',
    en: 'The first check digit (digit 10) does not match the first nine digits. Check that the number is typed correctly.',
  },
  second_check_digit_wrong: {
    nb: 'Andre kontrollsiffer (siffer 11) stemmer ikke med de ti første sifrene. Sjekk at nummeret er skrevet riktig.',
    nn: 'Andre kontrollsiffer (siffer 11) stemmer ikkje med dei ti første siffera. Sjekk at nummeret er skrive rett.',
    en: 'The second check digit (digit 11) does not match the first ten digits. Check that the number is typed correctly.',
  },
} as const;

const FORMAT = {
  name: {
    nb: 'Fødselsnummer og d-nummer',
    nn: 'Fødselsnummer og d-nummer',
    en: 'A national identity number (fødselsnummer or d-nummer)',
  },
  minDigits: 11,
  maxDigits: 11,
} as const;

function error(code: Exclude<NationalIdErrorCode, FormatErrorCode>): IdentifierError<NationalIdErrorCode> {
  return { code, message: MESSAGES[code] };
}

/**
 * Checks the date, century and both check digits independently and reports every failure, so a user who
 * typed the date wrong is told about the date and not only about a check digit.
 */
export function validateNationalId(value: string): NationalIdResult {
  const badFormat = formatError(value, FORMAT);
  if (badFormat) return invalid(badFormat);

  const digits = toDigits(value);
  const number = (from: number, to: number) => Number(value.slice(from, to));
  const dayField = number(0, 2);
  const monthField = number(2, 4);
  const individualNumber = number(6, 9);

  const kind: NationalIdKind = dayField > D_NUMBER_DAY_OFFSET ? 'dnr' : 'fnr';
  const day = kind === 'dnr' ? dayField - D_NUMBER_DAY_OFFSET : dayField;
  const synthetic = monthField > SYNTHETIC_MONTH_OFFSET;
  const month = synthetic ? monthField - SYNTHETIC_MONTH_OFFSET : monthField;
  const year = fullYear(number(4, 6), individualNumber);

  const errors: IdentifierError<NationalIdErrorCode>[] = [];
  if (!isValidDate(year ?? ANY_LEAP_YEAR, month, day)) errors.push(error('invalid_date'));
  if (year === null) errors.push(error('invalid_individual_number'));
  if (mod11CheckDigit(digits.slice(0, 9), FIRST_CHECK_WEIGHTS) !== digits[9]) {
    errors.push(error('first_check_digit_wrong'));
  }
  if (mod11CheckDigit(digits.slice(0, 10), SECOND_CHECK_WEIGHTS) !== digits[10]) {
    errors.push(error('second_check_digit_wrong'));
  }

  const [firstError, ...moreErrors] = errors;
  // A null year has already been pushed as an error; the second test only tells the type checker so.
  if (firstError !== undefined || year === null) {
    return invalid(firstError ?? error('invalid_individual_number'), ...moreErrors);
  }
  return {
    ok: true,
    value,
    kind,
    synthetic,
    birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    sex: individualNumber % 2 === 0 ? 'female' : 'male',
  };
}

/**
 * A valid synthetic (month + 80) fødselsnummer or d-nummer for a birth date (YYYY-MM-DD, 1854–2039) and
 * individual number (0–999; even = female, odd = male). Deterministic, so a seeded generator gets the same
 * people every run.
 *
 * Returns null when no valid number has these digits: the individual number belongs to another century
 * than the birth year (see CENTURY_RULES), or a check digit would be 10 (about one in six). Callers try
 * the next individual number. Throws RangeError on malformed arguments, which are bugs, not data.
 */
export function syntheticNationalId(
  birthDate: string,
  individualNumber: number,
  kind: NationalIdKind,
): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year === undefined || month === undefined || day === undefined || !isValidDate(year, month, day)) {
    throw new RangeError(`syntheticNationalId: not a date (YYYY-MM-DD): ${birthDate}`);
  }
  if (year < FIRST_BIRTH_YEAR || year > LAST_BIRTH_YEAR) {
    throw new RangeError(
      `syntheticNationalId: ${year} is outside ${FIRST_BIRTH_YEAR}–${LAST_BIRTH_YEAR}, which the number can express`,
    );
  }
  if (!Number.isInteger(individualNumber) || individualNumber < 0 || individualNumber > 999) {
    throw new RangeError(
      `syntheticNationalId: individual number must be an integer 0–999: ${individualNumber}`,
    );
  }
  if (fullYear(year % 100, individualNumber) !== year) return null;

  const dayField = kind === 'dnr' ? day + D_NUMBER_DAY_OFFSET : day;
  const nine =
    pad(dayField, 2) + pad(month + SYNTHETIC_MONTH_OFFSET, 2) + pad(year % 100, 2) + pad(individualNumber, 3);
  const first = mod11CheckDigit(toDigits(nine), FIRST_CHECK_WEIGHTS);
  if (first === null) return null;
  const second = mod11CheckDigit(toDigits(nine + first), SECOND_CHECK_WEIGHTS);
  if (second === null) return null;
  return `${nine}${first}${second}`;
}
