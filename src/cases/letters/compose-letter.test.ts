import { describe, expect, it } from 'vitest';
import { composeLetter } from './compose-letter.ts';
import type { LetterContent } from './content.ts';
import { NB } from './phrases-nb.ts';
import { NN } from './phrases-nn.ts';
import { letterToPlainText } from './preview.ts';
import {
  LETTER_KINDS,
  LETTER_LANGUAGES,
  letterInputSchema,
  type LetterInput,
  type LetterInputDraft,
} from './schema.ts';
import {
  advanceNotice,
  appealDecision,
  conclusion,
  decision,
  FIXTURES,
  interimReply,
  requestForStatement,
} from './test-fixtures.ts';

const compose = (draft: LetterInputDraft) => composeLetter(letterInputSchema.parse(draft));
const text = (letter: LetterContent) => letterToPlainText(letter).replace(/\s+/g, ' ');

/** Every variant a template can take: kinds × languages, plus the roles, routes and decision types. */
function allVariants(): LetterInputDraft[] {
  return LETTER_LANGUAGES.flatMap((language) => [
    ...LETTER_KINDS.map((kind) => FIXTURES[kind](language)),
    { ...requestForStatement(language), recipientRole: 'professional', shareWithComplainant: false },
    {
      ...decision(language),
      appeal: { route: 'general', deadline: '2025-05-08', body: 'Statens helsetilsyn' },
    },
    {
      ...decision(language),
      appeal: { route: 'rights_appeal', deadline: '2025-05-15', body: 'Statens helsetilsyn' },
    },
    appealDecision(language),
    conclusion(language),
  ]);
}

// Words that exist in bokmål but not in nynorsk (nynorsk: ikkje, motteke, saka, kva, om, noko, frå, vere, …),
// and the reverse. Matched as whole words, case-insensitively.
const BOKMAL_ONLY = [
  'ikke',
  'mottatt',
  'saken',
  'hva',
  'hvis',
  'hvordan',
  'hvorfor',
  'noe',
  'fra',
  'være',
  'vennlig',
  'hilsen',
  'uttalelse',
  'dokumentene',
  'opplysningene',
  'avgjørelse',
  'begrunnelse',
  'innen',
  'uker',
  'ønsker',
  'gjøre',
  'dere',
  'deres',
  'taushetsplikt',
  'henvendelse',
  'hovedregel',
  'vedtaket er',
  'forvaltningsloven',
  'helsepersonelloven',
];
const NYNORSK_ONLY = [
  'ikkje',
  'frå',
  'kva',
  'dykk',
  'dykkar',
  'vere',
  'saka',
  'motteke',
  'innan',
  'forvaltningslova',
];
const wordsIn = (haystack: string, words: string[]) =>
  words.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(haystack));

describe('composeLetter', () => {
  it.each(LETTER_KINDS.flatMap((kind) => LETTER_LANGUAGES.map((language) => [kind, language] as const)))(
    'composes %s in %s with headings in order and a dated deadline',
    (kind, language) => {
      const letter = composeLetter(letterInputSchema.parse(FIXTURES[kind](language)));
      expect(letter.kind).toBe(kind);
      expect(letter.languageTag).toBe(language === 'nb' ? 'nb-NO' : 'nn-NO');
      expect(letter.title.length).toBeGreaterThan(0);
      expect(letter.sections.length).toBeGreaterThan(2);
      // h1 is the title; an h3 may only follow an h2 or another h3.
      letter.sections.forEach((s, i) => {
        if (s.level === 3) expect([2, 3]).toContain(letter.sections[i - 1]?.level);
        if (s.level === 3)
          expect(letter.sections.slice(0, i).some((p) => p.level === 2 && p.heading)).toBe(true);
      });
      expect(letter.deadline?.formatted).toMatch(/^\d{1,2}\. [a-z]+ 2025$/);
      expect(text(letter)).toContain('2025/12345');
      expect(text(letter)).toContain('14. april 2025');
    },
  );

  it('tells the party of an enkeltvedtak how and by when to appeal', () => {
    const nb = text(compose(decision('nb')));
    expect(nb).toContain('forvaltningsloven § 28');
    expect(nb).toContain('Du må sende klagen senest 8. mai 2025.');
    expect(nb).toContain('tre uker');
    expect(nb).toContain('Statens helsepersonellnemnd');
    expect(nb).toContain('helsepersonelloven § 68');
    expect(nb).toContain('forvaltningsloven §§ 24 og 25');
    expect(nb).toContain('forvaltningsloven §§ 18 og 19');
    const nn = text(compose(decision('nn')));
    expect(nn).toContain('forvaltningslova § 28');
    expect(nn).toContain('Du må sende klaga seinast 8. mai 2025.');
    expect(nn).toContain('tre veker');
    expect(compose(decision('nn')).deadline).toEqual({
      kind: 'appeal',
      label: 'Klagefrist',
      date: '2025-05-08',
      formatted: '8. mai 2025',
    });
  });

  it('uses four weeks and pbrl. § 7-5 on the rights route, with the caller’s appeal body', () => {
    const draft: LetterInputDraft = {
      ...decision('nb'),
      appeal: { route: 'rights_appeal', deadline: '2025-05-15', body: 'Statens helsetilsyn' },
    };
    const letter = text(compose(draft));
    expect(letter).toContain('fire uker');
    expect(letter).toContain('pasient- og brukerrettighetsloven § 7-5');
    expect(letter).toContain('sender vi klagen til Statens helsetilsyn');
    expect(letter).toContain('15. mai 2025');
    expect(letter).not.toContain('helsepersonelloven § 68');
  });

  it('tells the party of a tilsynssak conclusion there is no appeal but a new assessment', () => {
    const letter = compose(conclusion('nb'));
    expect(letter.title).toBe('Avgjørelse i tilsynssak');
    expect(text(letter)).toContain('kan du be oss om å vurdere saken på nytt');
    expect(text(letter)).not.toMatch(/Klagefrist|forvaltningsloven § 2[89]/);
    expect(letter.deadline).toBeNull();
    expect(text(compose(conclusion('nn')))).toContain('kan du be oss om å vurdere saka på nytt');
  });

  it('says a decision in an appeal case is final', () => {
    const letter = compose(appealDecision('nb'));
    expect(letter.title).toBe('Vedtak i klagesak');
    expect(text(letter)).toContain('forvaltningsloven § 28 tredje ledd');
    expect(text(letter)).not.toContain('Klagefristen');
    expect(letter.deadline).toBeNull();
  });

  it('refuses to guess the appeal of an enkeltvedtak that bypassed the schema', () => {
    const parsed = letterInputSchema.parse(decision('nb'));
    expect(() => composeLetter({ ...parsed, appeal: undefined } as LetterInput)).toThrow(/appeal/);
  });

  it('cites the duty to inform that fits the recipient', () => {
    const provider = text(compose(requestForStatement('nb')));
    expect(provider).toContain('helsetilsynsloven § 7');
    expect(provider).not.toContain('helsepersonelloven § 30');
    expect(provider).toContain('Unntatt offentlighet');
    expect(provider).toContain('forvaltningsloven § 17');
    const professional = compose({ ...requestForStatement('nn'), recipientRole: 'professional' });
    expect(text(professional)).toContain('helsepersonellova § 30');
    expect(text(professional)).toContain('Teieplikta er ikkje til hinder');
    expect(professional.recipient).toEqual({
      name: 'Solsiden sykehjem',
      addressLines: ['Sendt digitalt'],
      digital: true,
    });
  });

  it('gives the advance notice its right to comment, representative and access to documents', () => {
    const letter = text(compose(advanceNotice('nb')));
    for (const cited of ['forvaltningsloven § 16', 'forvaltningsloven § 12', 'forvaltningsloven § 18']) {
      expect(letter).toContain(cited);
    }
    expect(letter).toContain('Du kan uttale deg skriftlig innen 5. mai 2025.');
    expect(letter).toContain('Dette er ikke et vedtak.');
  });

  it('gives the interim reply the received date, the expected date and the reasons', () => {
    const letter = text(compose(interimReply('nn')));
    expect(letter).toContain('Vi har motteke førespurnaden din, som kom inn til oss 10. mars 2025.');
    expect(letter).toContain('innan 15. august 2025');
    expect(letter).toContain('forvaltningslova § 11 a');
    expect(letter).toContain(NN.interim_reply.delayReasons.records_needed);
  });

  it('writes nynorsk letters without bokmål words, and bokmål letters without nynorsk words', () => {
    for (const draft of allVariants()) {
      const letter = text(compose(draft));
      if (draft.language === 'nn') expect(wordsIn(letter, BOKMAL_ONLY)).toEqual([]);
      else expect(wordsIn(letter, NYNORSK_ONLY)).toEqual([]);
    }
  });

  it('lists each cited provision once, and cites in the text every provision it lists', () => {
    for (const draft of allVariants()) {
      const letter = compose(draft);
      expect(new Set(letter.legalReferences).size).toBe(letter.legalReferences.length);
      for (const reference of letter.legalReferences) expect(text(letter)).toContain(reference);
    }
  });

  it('has every bokmål sentence also in nynorsk, and they differ where the languages differ', () => {
    expect(Object.keys(NN.decision).sort()).toEqual(Object.keys(NB.decision).sort());
    expect(NN.common.closing).toBe('Med venleg helsing');
    expect(NN.interim_reply.title).toBe('Førebels svar');
  });

  it('keeps caseworker text as text: braces are not placeholders, paragraphs survive', () => {
    const base = decision('nb');
    const letter = compose({
      ...base,
      reasons: {
        ...base.reasons,
        considerations: 'Vi viser til {caseNumber} og ${letterDate}.\n\nNytt avsnitt.',
      },
    });
    const considerations = letter.sections.find((s) => s.heading === 'Vår vurdering');
    expect(considerations?.blocks).toEqual([
      { type: 'paragraph', text: 'Vi viser til {caseNumber} og ${letterDate}.' },
      { type: 'paragraph', text: 'Nytt avsnitt.' },
    ]);
  });

  it('is plain JSON, so the HTTP layer can send it as the preview', () => {
    const letter = compose(decision('nn'));
    expect(JSON.parse(JSON.stringify(letter))).toEqual(letter);
  });
});
