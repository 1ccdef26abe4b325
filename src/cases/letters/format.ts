/**
 * How dates, numbers and caseworker text look in a letter. A date is written out ("14. april 2025") because a
 * numeric date is read differently across countries and is harder to hear in a screen reader.
 */
import { parseIsoDate, type IsoDate } from '../../domain/calendar/local-date.ts';
import type { LetterLanguage } from './schema.ts';

// Bokmål and nynorsk share the month names; kept per language so a third language is a row, not a branch.
const MONTHS: Record<LetterLanguage, readonly string[]> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  nn: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
};

/** '2025-04-14' → "14. april 2025". */
export function formatLetterDate(date: IsoDate, language: LetterLanguage): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day}. ${MONTHS[language][month - 1]} ${year}`;
}

/**
 * Caseworker text as paragraphs: a blank line starts a new one, a single line break is kept inside it.
 * Trailing spaces and Windows line ends are normalised so the PDF and the preview break the same way.
 */
export function toParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .join('\n')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/** "974 760 983": how an organisation number is printed (groups of three). */
export function formatOrgNumber(orgNumber: string): string {
  return orgNumber.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}

/** BCP 47 tag for the PDF's /Lang and the HTML lang attribute. */
export const LANGUAGE_TAGS: Record<LetterLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO' };
