/**
 * Organisasjonsnummer (Enhetsregisteret): eight digits and a mod-11 check digit.
 *
 * Numbers issued by Enhetsregisteret start with 8 or 9, but the check digit is the only rule we enforce:
 * a well-formed number with another first digit is accepted (test data may use one precisely so it can
 * never be a real organisation), and when a number is rejected for its check digit the message mentions
 * the first digit too, because a number starting with something else is often a different number
 * altogether (an account or phone number pasted into the wrong field).
 */
import { mod11CheckDigit } from './mod11.ts';
import {
  formatError,
  invalid,
  toDigits,
  type FormatErrorCode,
  type IdentifierResult,
  type LocalisedText,
} from './messages.ts';

export type OrganisationNumberErrorCode = FormatErrorCode | 'check_digit_wrong';

export type OrganisationNumberResult = IdentifierResult<object, OrganisationNumberErrorCode>;

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

const FORMAT = {
  name: { nb: 'Organisasjonsnummer', nn: 'Organisasjonsnummer', en: 'An organisation number' },
  minDigits: 9,
  maxDigits: 9,
} as const;

const CHECK_DIGIT_WRONG: LocalisedText = {
  nb: 'Kontrollsifferet (siffer 9) stemmer ikke med de åtte første sifrene. Sjekk at nummeret er skrevet riktig.',
  nn: 'Kontrollsifferet (siffer 9) stemmer ikkje med dei åtte første siffera. Sjekk at nummeret er skrive rett.',
  en: 'The check digit (digit 9) does not match the first eight digits. Check that the number is typed correctly.',
};

const NOT_8_OR_9: LocalisedText = {
  nb: 'Organisasjonsnummer fra Enhetsregisteret begynner dessuten med 8 eller 9 – er dette et annet nummer?',
  nn: 'Organisasjonsnummer frå Einingsregisteret byrjar dessutan med 8 eller 9 – er dette eit anna nummer?',
  en: 'Also, organisation numbers from the Central Coordinating Register start with 8 or 9 – is this a different number?',
};

export function validateOrganisationNumber(value: string): OrganisationNumberResult {
  const badFormat = formatError(value, FORMAT);
  if (badFormat) return invalid(badFormat);

  const digits = toDigits(value);
  if (mod11CheckDigit(digits.slice(0, 8), WEIGHTS) === digits[8]) return { ok: true, value };

  const usualFirstDigit = value.startsWith('8') || value.startsWith('9');
  return invalid({
    code: 'check_digit_wrong',
    message: usualFirstDigit
      ? CHECK_DIGIT_WRONG
      : {
          nb: `${CHECK_DIGIT_WRONG.nb} ${NOT_8_OR_9.nb}`,
          nn: `${CHECK_DIGIT_WRONG.nn} ${NOT_8_OR_9.nn}`,
          en: `${CHECK_DIGIT_WRONG.en} ${NOT_8_OR_9.en}`,
        },
  });
}

/**
 * The organisation number with these eight digits and its check digit, or null when the check digit would
 * be 10 (no valid number starts this way; about one base in eleven). Throws RangeError unless given
 * exactly eight digits.
 */
export function organisationNumberFromBase(eightDigits: string): string | null {
  if (!/^[0-9]{8}$/.test(eightDigits)) {
    throw new RangeError(`organisationNumberFromBase: expected eight digits, got "${eightDigits}"`);
  }
  const checkDigit = mod11CheckDigit(toDigits(eightDigits), WEIGHTS);
  return checkDigit === null ? null : `${eightDigits}${checkDigit}`;
}
