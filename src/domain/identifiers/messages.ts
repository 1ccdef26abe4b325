/**
 * The result shape shared by every identifier validator, and the format checks they have in common.
 *
 * Validators return errors instead of throwing so the HTTP layer can answer a bad field with a 4xx that says
 * why, in the user's language (DESIGN.md §5: Norwegian by default, English on request). Each error carries
 * all three texts; the caller picks one with `localise`, so nothing here needs to know the request.
 */

export type Language = 'nb' | 'nn' | 'en';

export type LocalisedText = { readonly [L in Language]: string };

export interface IdentifierError<Code extends string = string> {
  /** Stable, machine-readable; clients and tests match on this, never on the text. */
  readonly code: Code;
  readonly message: LocalisedText;
}

/** At least one error: a rejection without a reason is the thing this module exists to prevent. */
export type IdentifierErrors<Code extends string> = readonly [
  IdentifierError<Code>,
  ...IdentifierError<Code>[],
];

export interface Invalid<Code extends string> {
  readonly ok: false;
  readonly errors: IdentifierErrors<Code>;
}

/** `value` is the input as given: validators never normalise, so what is stored is what was checked. */
export type Valid<Details extends object = object> = {
  readonly ok: true;
  readonly value: string;
} & Readonly<Details>;

export type IdentifierResult<Details extends object, Code extends string> = Valid<Details> | Invalid<Code>;

export type FormatErrorCode = 'not_digits' | 'wrong_length';

/** One language's text per error, for a field-level 4xx body. */
export function localise<Code extends string>(
  errors: readonly IdentifierError<Code>[],
  language: Language,
): { code: Code; message: string }[] {
  return errors.map((error) => ({ code: error.code, message: error.message[language] }));
}

export function invalid<Code extends string>(
  first: IdentifierError<Code>,
  ...rest: IdentifierError<Code>[]
): Invalid<Code> {
  return { ok: false, errors: [first, ...rest] };
}

/** How an identifier is named at the start of a sentence, and how many digits it has. */
export interface DigitFormat {
  readonly name: LocalisedText;
  readonly minDigits: number;
  readonly maxDigits: number;
}

const ONLY_DIGITS = /^[0-9]*$/;

/**
 * Not-digits wins over wrong-length: "974 760 673" is a spacing problem, and telling the user it has 11
 * characters when 9 are wanted would send them counting digits that are already right.
 */
export function formatError(value: string, format: DigitFormat): IdentifierError<FormatErrorCode> | null {
  const { name, minDigits, maxDigits } = format;
  if (!ONLY_DIGITS.test(value)) {
    return {
      code: 'not_digits',
      message: {
        nb: `${name.nb} kan bare inneholde sifrene 0–9, uten mellomrom eller andre tegn.`,
        nn: `${name.nn} kan berre innehalde siffera 0–9, utan mellomrom eller andre teikn.`,
        en: `${name.en} may contain only the digits 0–9, without spaces or other characters.`,
      },
    };
  }
  if (value.length < minDigits || value.length > maxDigits) {
    const expected =
      minDigits === maxDigits
        ? { nb: `${minDigits}`, nn: `${minDigits}`, en: `${minDigits}` }
        : {
            nb: `${minDigits} til ${maxDigits}`,
            nn: `${minDigits} til ${maxDigits}`,
            en: `${minDigits} to ${maxDigits}`,
          };
    return {
      code: 'wrong_length',
      message: {
        nb: `${name.nb} har ${expected.nb} siffer, men dette har ${value.length}.`,
        nn: `${name.nn} har ${expected.nn} siffer, men dette har ${value.length}.`,
        en: `${name.en} has ${expected.en} digits, but this one has ${value.length}.`,
      },
    };
  }
  return null;
}

export function toDigits(value: string): number[] {
  // A plain loop: the data generator calls this for every synthetic person (hundreds of thousands).
  const digits = new Array<number>(value.length);
  for (let i = 0; i < value.length; i++) digits[i] = value.charCodeAt(i) - 48;
  return digits;
}
