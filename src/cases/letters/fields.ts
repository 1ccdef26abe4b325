/**
 * The field types letter texts are made of. Every text a caseworker types passes through `line` or `text`,
 * so the rule "no national id numbers in letters" is enforced in one place for every field, present and future.
 * Messages carry nb/nn/en in `params`, which the HTTP error handler shows in the client's language.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/local-date.ts';

const texts = (nb: string, nn: string, en: string) => ({ message: en, params: { nb, nn, en } });

// An 11-digit run, optionally split after the birth date, is what a fødselsnummer or d-nummer looks like.
// Letters refer to people by name and case number only, so such a run in any text is refused, valid or not.
const NATIONAL_ID_LIKE = /(?<!\d)\d{6}[ .]?\d{5}(?!\d)/;
const noNationalId = (value: string) => !NATIONAL_ID_LIKE.test(value);
const NO_NATIONAL_ID = texts(
  'Brev skal ikke inneholde fødselsnummer eller d-nummer. Vis til personen med navn og saksnummer.',
  'Brev skal ikkje innehalde fødselsnummer eller d-nummer. Vis til personen med namn og saksnummer.',
  'Letters must not contain national identity numbers. Refer to the person by name and case number.',
);

/** A single line: a name, an address line, a reference. */
export const line = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      (v) => !/[\r\n]/.test(v),
      texts('Skal stå på én linje.', 'Skal stå på éi linje.', 'Must be one line.'),
    )
    .refine(noNationalId, NO_NATIONAL_ID);

/** Free text from the caseworker; blank lines separate paragraphs. */
export const text = (max = 20_000) => z.string().trim().min(1).max(max).refine(noNationalId, NO_NATIONAL_ID);

export const isoDate = z
  .string()
  .refine(
    isIsoDate,
    texts('Må være en dato (ÅÅÅÅ-MM-DD).', 'Må vere ein dato (ÅÅÅÅ-MM-DD).', 'Must be a date (YYYY-MM-DD).'),
  );
