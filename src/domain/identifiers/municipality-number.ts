/**
 * Kommunenummer: four digits that must name a municipality the caller knows.
 *
 * The list of municipalities changes (the 2020 and 2024 reforms renumbered many), so which numbers exist
 * is data the caller passes in — usually the reference table, possibly as of a given date. The domain layer
 * does no I/O. Format errors and unknown numbers get different codes, because the fixes differ: retyping
 * versus choosing a current municipality.
 */
import {
  formatError,
  invalid,
  type FormatErrorCode,
  type IdentifierResult,
  type LocalisedText,
} from './messages.ts';

export type MunicipalityNumberErrorCode = FormatErrorCode | 'unknown_municipality';

export type MunicipalityNumberResult = IdentifierResult<object, MunicipalityNumberErrorCode>;

const FORMAT = {
  name: { nb: 'Kommunenummer', nn: 'Kommunenummer', en: 'A municipality number' },
  minDigits: 4,
  maxDigits: 4,
} as const;

// Numbers such as 0301 (Oslo) lose their leading zero whenever they pass through a spreadsheet or a numeric
// column, which is the commonest way to end up with three digits here.
const KEEP_LEADING_ZERO: LocalisedText = {
  nb: 'Husk innledende null, som i 0301.',
  nn: 'Hugs null først i nummeret, som i 0301.',
  en: 'Keep the leading zero, as in 0301.',
};

export function validateMunicipalityNumber(
  value: string,
  known: ReadonlySet<string>,
): MunicipalityNumberResult {
  const badFormat = formatError(value, FORMAT);
  if (badFormat?.code === 'wrong_length' && value.length === 3) {
    const { nb, nn, en } = badFormat.message;
    return invalid({
      code: 'wrong_length',
      message: {
        nb: `${nb} ${KEEP_LEADING_ZERO.nb}`,
        nn: `${nn} ${KEEP_LEADING_ZERO.nn}`,
        en: `${en} ${KEEP_LEADING_ZERO.en}`,
      },
    });
  }
  if (badFormat) return invalid(badFormat);
  if (known.has(value)) return { ok: true, value };
  // Echoing the number is fine here: a municipality number is not personal data, and it helps the user.
  return invalid({
    code: 'unknown_municipality',
    message: {
      nb: `Kommunenummeret ${value} finnes ikke i kommunelisten. Kommunen kan ha fått nytt nummer ved en kommunereform.`,
      nn: `Kommunenummeret ${value} finst ikkje i kommunelista. Kommunen kan ha fått nytt nummer ved ein kommunereform.`,
      en: `Municipality number ${value} is not in the list of municipalities. The municipality may have been renumbered in a reform.`,
    },
  });
}
