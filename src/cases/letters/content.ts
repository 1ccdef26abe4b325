/**
 * A composed letter as structured text. The PDF, the caseworker's preview and the party's status page all
 * render this one value, so what the party reads on screen is what the PDF says. Plain data (JSON-safe), so
 * the HTTP layer can send it as the preview.
 */
import type { IsoDate } from '../../domain/calendar/local-date.ts';
import type { LetterKind, LetterLanguage } from './schema.ts';

export type LetterBlock =
  | { type: 'paragraph'; text: string; emphasis?: boolean }
  | { type: 'list'; ordered: boolean; items: string[] };

/**
 * A section under the letter's title (level 1). Level 2 sections may hold level 3 subsections, never the
 * other way round, so screen-reader heading navigation and the PDF outline follow the same order. A section
 * without a heading (the opening) is plain text under the title.
 */
export interface LetterSection {
  heading: string | null;
  level: 2 | 3;
  blocks: LetterBlock[];
}

export type LetterDeadlineKind = 'expected_answer' | 'response' | 'comment' | 'appeal';

/** The one date the recipient (or the status page) should act on or expect. */
export interface LetterDeadline {
  kind: LetterDeadlineKind;
  label: string;
  date: IsoDate;
  formatted: string;
}

export interface LetterContent {
  kind: LetterKind;
  language: LetterLanguage;
  /** BCP 47, e.g. "nn-NO": the PDF's /Lang and the preview's lang attribute. */
  languageTag: string;
  title: string;
  caseNumber: string;
  /** "Unntatt offentlighet …" when the letter is confidential, else null. */
  marking: string | null;
  sender: {
    name: string;
    addressLines: string[];
    /** "Org.nr. 974 760 983", or null. */
    orgNumber: string | null;
    email: string | null;
    phone: string | null;
  };
  recipient: { name: string; addressLines: string[]; digital: boolean };
  /** Letter date, references, case number and caseworker, labelled in the letter's language. */
  details: { label: string; value: string }[];
  sections: LetterSection[];
  /** Every provision the letter cites, in the order first cited, each written as it appears in the text. */
  legalReferences: string[];
  deadline: LetterDeadline | null;
  signature: { closing: string; name: string; title: string | null; office: string; note: string };
}

/** The part of a letter that differs by kind; the frame (header, contact, signature) is shared. */
export interface LetterBody {
  title: string;
  sections: LetterSection[];
  legalReferences: string[];
  deadline: LetterDeadline | null;
}

export const paragraph = (text: string, emphasis = false): LetterBlock =>
  emphasis ? { type: 'paragraph', text, emphasis } : { type: 'paragraph', text };
export const list = (items: string[], ordered = false): LetterBlock => ({ type: 'list', ordered, items });
export const section = (heading: string | null, blocks: LetterBlock[], level: 2 | 3 = 2): LetterSection => ({
  heading,
  level,
  blocks,
});
