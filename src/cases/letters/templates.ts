/**
 * The letter templates: one row per kind, holding that kind's texts per language and the order in which its
 * sections are laid out. Adding a kind is adding a row (and its texts in phrases-nb/nn.ts); adding a
 * language is adding a phrase file — no branch on kind or language anywhere else.
 */
import type { IsoDate } from '../../domain/calendar/local-date.ts';
import {
  list,
  paragraph,
  section,
  type LetterBlock,
  type LetterBody,
  type LetterSection,
} from './content.ts';
import { formatLetterDate, toParagraphs } from './format.ts';
import type { LetterPhrases } from './phrases.ts';
import { NB } from './phrases-nb.ts';
import { NN } from './phrases-nn.ts';
import {
  APPEAL_ROUTES,
  type LetterInputOf,
  type LetterKind,
  type LetterLanguage,
  type LetterInput,
} from './schema.ts';

export const PHRASES: Record<LetterLanguage, LetterPhrases> = { nb: NB, nn: NN };

type DateFormatter = (date: IsoDate) => string;

interface LetterTemplate<K extends LetterKind> {
  phrases: Record<LetterLanguage, LetterPhrases[K]>;
  body: (input: LetterInputOf<K>, p: LetterPhrases[K], date: DateFormatter) => LetterBody;
}

const paragraphs = (text: string | undefined): LetterBlock[] =>
  text === undefined ? [] : toParagraphs(text).map((p) => paragraph(p));

/** A list item keeps its own paragraphs as line breaks: a list cannot hold nested paragraphs in every view. */
const listItems = (items: readonly string[]): string[] => items.map((item) => toParagraphs(item).join('\n'));

const phrasesOf = <K extends LetterKind>(kind: K): Record<LetterLanguage, LetterPhrases[K]> => ({
  nb: PHRASES.nb[kind],
  nn: PHRASES.nn[kind],
});

const interimReply: LetterTemplate<'interim_reply'> = {
  phrases: phrasesOf('interim_reply'),
  body: (input, p, date) => ({
    title: p.title,
    sections: [
      section(null, [
        paragraph(p.received(date(input.receivedOn))),
        paragraph(p.delayIntro),
        ...(input.delayReasons.length > 0
          ? [list([...new Set(input.delayReasons)].map((r) => p.delayReasons[r]))]
          : []),
        ...paragraphs(input.delayExplanation),
      ]),
      section(p.expectedHeading, [
        paragraph(p.expected(date(input.expectedAnswerBy))),
        paragraph(p.legalNote),
      ]),
    ],
    legalReferences: p.legalNoteReferences,
    deadline: {
      kind: 'expected_answer',
      label: p.deadlineLabel,
      date: input.expectedAnswerBy,
      formatted: date(input.expectedAnswerBy),
    },
  }),
};

const requestForStatement: LetterTemplate<'request_for_statement'> = {
  phrases: phrasesOf('request_for_statement'),
  body: (input, p, date) => {
    const role = input.recipientRole;
    const documents =
      input.requestedDocuments.length > 0
        ? [paragraph(p.documentsIntro[role]), list(input.requestedDocuments)]
        : [];
    return {
      title: p.title,
      sections: [
        section(null, [paragraph(p.opening[role])]),
        section(p.summaryHeading, paragraphs(input.caseSummary)),
        section(p.questionsHeading, [
          paragraph(p.questionsIntro[role]),
          list(listItems(input.questions), true),
          ...documents,
        ]),
        section(p.deadlineHeading, [paragraph(p.deadline[role](date(input.responseDeadline)))]),
        section(p.dutyHeading, [paragraph(p.duty[role])]),
        section(p.confidentialityHeading, [
          paragraph(p.confidentiality),
          ...(input.shareWithComplainant ? [paragraph(p.shareWithComplainant[role])] : []),
        ]),
      ],
      legalReferences: [
        ...p.dutyReferences[role],
        ...p.confidentialityReferences,
        ...(input.shareWithComplainant ? p.shareReferences : []),
      ],
      deadline: {
        kind: 'response',
        label: p.deadlineLabel,
        date: input.responseDeadline,
        formatted: date(input.responseDeadline),
      },
    };
  },
};

const advanceNotice: LetterTemplate<'advance_notice'> = {
  phrases: phrasesOf('advance_notice'),
  body: (input, p, date) => ({
    title: p.title,
    sections: [
      section(null, [paragraph(p.opening)]),
      section(p.consideredHeading, [
        ...paragraphs(input.consideredDecision),
        paragraph(p.consideredBasisIntro),
        list(input.consideredLegalBasis),
      ]),
      section(p.factsHeading, [paragraph(p.factsIntro), ...paragraphs(input.facts)]),
      section(p.commentHeading, [
        paragraph(p.comment(date(input.commentDeadline))),
        paragraph(p.representative),
      ]),
      section(p.accessHeading, [paragraph(p.access)]),
    ],
    legalReferences: [
      ...p.openingReferences,
      ...input.consideredLegalBasis,
      ...p.representativeReferences,
      ...p.accessReferences,
    ],
    deadline: {
      kind: 'comment',
      label: p.deadlineLabel,
      date: input.commentDeadline,
      formatted: date(input.commentDeadline),
    },
  }),
};

const decision: LetterTemplate<'decision'> = {
  phrases: phrasesOf('decision'),
  body: (input, p, date) => {
    const type = input.decisionType;
    const appeal = appealSection(input, p, date);
    return {
      title: p.title[type],
      sections: [
        section(p.outcomeHeading, [paragraph(input.outcomeLabel, true), ...paragraphs(input.outcomeText)]),
        section(p.reasonsHeading, [paragraph(p.reasonsIntro[type])]),
        section(p.factsHeading, paragraphs(input.reasons.facts), 3),
        section(
          p.rulesHeading,
          [paragraph(p.rulesIntro[type]), list(input.legalBasis), ...paragraphs(input.reasons.rules)],
          3,
        ),
        section(p.considerationsHeading, paragraphs(input.reasons.considerations), 3),
        appeal.section,
        section(p.accessHeading, [paragraph(p.access[type])]),
      ],
      legalReferences: [
        ...p.reasonsReferences[type],
        ...input.legalBasis,
        ...appeal.references,
        ...p.accessReferences[type],
      ],
      deadline: input.appeal
        ? {
            kind: 'appeal',
            label: p.deadlineLabel,
            date: input.appeal.deadline,
            formatted: date(input.appeal.deadline),
          }
        : null,
    };
  },
};

/**
 * The appeal paragraph of an enkeltvedtak, or why the decision is final (a decision in an appeal case; a
 * tilsynssak conclusion, where the party may ask for a new assessment). The schema guarantees that exactly
 * the appealable types carry `appeal`.
 */
function appealSection(
  input: LetterInputOf<'decision'>,
  p: LetterPhrases['decision'],
  date: DateFormatter,
): { section: LetterSection; references: string[] } {
  const { appeal, decisionType } = input;
  if (decisionType !== 'individual_decision') {
    const final = p.noAppeal[decisionType];
    return { section: section(p.noAppealHeading, [paragraph(final.text)]), references: final.references };
  }
  const body = appeal ? (APPEAL_ROUTES[appeal.route].fixedBody ?? appeal.body) : undefined;
  // Only input that bypassed letterInputSchema gets here; a letter that misstates the right to appeal is
  // worse than no letter, so refuse instead of guessing.
  if (!appeal || !body) throw new Error('An individual decision needs its appeal route, deadline and body.');
  const note = p.appealRouteNote[appeal.route];
  return {
    section: section(p.appealHeading, [
      paragraph(p.appealRight),
      paragraph(p.appealPeriod[appeal.route](date(appeal.deadline))),
      paragraph(p.appealBody(body)),
      ...(note ? [paragraph(note.text)] : []),
      paragraph(p.appealForm),
      paragraph(p.deferral),
    ]),
    references: [
      ...p.appealRightReferences,
      ...p.appealPeriodReferences[appeal.route],
      ...(note ? note.references : []),
      ...p.appealFormReferences,
      ...p.deferralReferences,
    ],
  };
}

export const LETTER_TEMPLATES: { [K in LetterKind]: LetterTemplate<K> } = {
  interim_reply: interimReply,
  request_for_statement: requestForStatement,
  advance_notice: advanceNotice,
  decision,
};

/** The kind's body in the input's language: the one place a kind is looked up. */
export function composeBody(input: LetterInput): LetterBody {
  const template = LETTER_TEMPLATES[input.kind] as LetterTemplate<LetterKind>;
  const phrases = template.phrases[input.language];
  const date: DateFormatter = (d) => formatLetterDate(d, input.language);
  return (template.body as (i: LetterInput, p: unknown, d: DateFormatter) => LetterBody)(
    input,
    phrases,
    date,
  );
}
