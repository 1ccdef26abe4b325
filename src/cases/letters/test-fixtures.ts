/**
 * Synthetic letter requests for tests: one per kind and language, with caseworker text written in that
 * language (a nynorsk letter with bokmål free text would defeat the nynorsk check). No real people.
 */
import type { LetterInputDraft, LetterKind, LetterLanguage } from './schema.ts';

type Draft<K extends LetterKind> = Extract<LetterInputDraft, { kind: K }>;
type Common = Omit<Draft<'interim_reply'>, 'kind' | 'receivedOn' | 'expectedAnswerBy' | 'delayReasons'>;

const common = (language: LetterLanguage): Common => ({
  language,
  sender: {
    name: language === 'nb' ? 'Statsforvalteren i Vestland' : 'Statsforvaltaren i Vestland',
    addressLines: ['Postboks 7310', '5020 Bergen'],
    orgNumber: '974760983',
    email: 'sfvlpost@statsforvalteren.no',
    phone: '55 57 20 00',
  },
  recipient: { name: 'Kari Nordmann', address: ['Storgata 1', '5003 Bergen'] },
  caseNumber: '2025/12345',
  ourReference: '2025/12345-7',
  letterDate: '2025-04-14',
  caseworker: { name: 'Ola Saksbehandler', title: language === 'nb' ? 'seniorrådgiver' : 'seniorrådgjevar' },
});

const TEXT = {
  nb: {
    explanation: 'Vi venter på journalkopier fra sykehjemmet.',
    summary: 'Pårørende har klaget på oppfølgingen av en beboer på Solsiden sykehjem i mars 2025.',
    questions: ['Hvordan ble beboerens ernæring fulgt opp?', 'Hvilke rutiner gjelder for veiing?'],
    documents: ['Kopi av pasientjournalen for mars 2025'],
    considered: 'Vi vurderer å gi deg et faglig pålegg.',
    facts: 'Du arbeidet som sykepleier ved Solsiden sykehjem.\n\nDokumentasjonen var mangelfull.',
    reaction: 'Faglig pålegg',
    reactionText: 'Du får et faglig pålegg om å gjennomføre opplæring i legemiddelhåndtering.',
    reactionFacts: 'Dokumentasjonen av legemiddelhåndteringen var mangelfull fra januar til mars 2025.',
    reactionConsiderations: 'Vi har lagt vekt på at svikten gjentok seg over flere måneder.',
    rightsOutcome: 'Ikke medhold',
    rightsFacts: 'Kommunen avslo søknaden om langtidsplass 3. februar 2025.',
    rightsConsiderations: 'Vi har lagt vekt på at behovet kan dekkes med hjemmetjenester.',
    breach: 'Brudd på plikter',
    breachConsiderations: 'Sykehjemmet fulgte ikke opp vekttapet, og helsehjelpen var ikke forsvarlig.',
  },
  nn: {
    explanation: 'Vi ventar på journalkopiar frå sjukeheimen.',
    summary: 'Pårørande har klaga på oppfølginga av ein bebuar på Solsida sjukeheim i mars 2025.',
    questions: ['Korleis vart ernæringa til bebuaren følgd opp?', 'Kva rutinar gjeld for veging?'],
    documents: ['Kopi av pasientjournalen for mars 2025'],
    considered: 'Vi vurderer å gi deg eit fagleg pålegg.',
    facts: 'Du arbeidde som sjukepleiar ved Solsida sjukeheim.\n\nDokumentasjonen var mangelfull.',
    reaction: 'Fagleg pålegg',
    reactionText: 'Du får eit fagleg pålegg om å gjennomføre opplæring i legemiddelhandtering.',
    reactionFacts: 'Dokumentasjonen av legemiddelhandteringa var mangelfull frå januar til mars 2025.',
    reactionConsiderations: 'Vi har lagt vekt på at svikten gjentok seg over fleire månader.',
    rightsOutcome: 'Ikkje medhald',
    rightsFacts: 'Kommunen avslo søknaden om langtidsplass 3. februar 2025.',
    rightsConsiderations: 'Vi har lagt vekt på at behovet kan dekkjast med heimetenester.',
    breach: 'Brot på plikter',
    breachConsiderations: 'Sjukeheimen følgde ikkje opp vekttapet, og helsehjelpa var ikkje forsvarleg.',
  },
} as const;

const LAW = {
  nb: {
    hpl4: 'helsepersonelloven § 4',
    hpl56: 'helsepersonelloven § 56',
    pbrl72: 'pasient- og brukerrettighetsloven § 7-2',
  },
  nn: {
    hpl4: 'helsepersonellova § 4',
    hpl56: 'helsepersonellova § 56',
    pbrl72: 'pasient- og brukarrettslova § 7-2',
  },
} as const;

export function interimReply(language: LetterLanguage): Draft<'interim_reply'> {
  return {
    kind: 'interim_reply',
    ...common(language),
    receivedOn: '2025-03-10',
    expectedAnswerBy: '2025-08-15',
    delayReasons: ['caseload', 'records_needed'],
    delayExplanation: TEXT[language].explanation,
  };
}

export function requestForStatement(language: LetterLanguage): Draft<'request_for_statement'> {
  return {
    kind: 'request_for_statement',
    ...common(language),
    recipient: { name: 'Solsiden sykehjem', address: 'digital' },
    recipientRole: 'provider',
    caseSummary: TEXT[language].summary,
    questions: [...TEXT[language].questions],
    requestedDocuments: [...TEXT[language].documents],
    responseDeadline: '2025-05-12',
    shareWithComplainant: true,
    confidential: true,
  };
}

export function advanceNotice(language: LetterLanguage): Draft<'advance_notice'> {
  return {
    kind: 'advance_notice',
    ...common(language),
    consideredDecision: TEXT[language].considered,
    consideredLegalBasis: [LAW[language].hpl56],
    facts: TEXT[language].facts,
    commentDeadline: '2025-05-05',
  };
}

/**
 * An enkeltvedtak: the national body's personnel reaction, appealed to Statens helsepersonellnemnd. The
 * deadline as the caller computes it: the party receives the letter on Thursday 17 April 2025 and three
 * weeks later is Thursday 8 May 2025, a working day.
 */
export function decision(language: LetterLanguage): Draft<'decision'> {
  const t = TEXT[language];
  return {
    kind: 'decision',
    ...common(language),
    sender: { name: 'Statens helsetilsyn', addressLines: ['Postboks 231 Skøyen', '0213 Oslo'] },
    decisionType: 'individual_decision',
    outcomeLabel: t.reaction,
    outcomeText: t.reactionText,
    legalBasis: [LAW[language].hpl56],
    reasons: { facts: t.reactionFacts, considerations: t.reactionConsiderations },
    appeal: { route: 'personnel_reaction', deadline: '2025-05-08' },
  };
}

/** The office's decision in a rights appeal: made in an appeal case, so final. */
export function appealDecision(language: LetterLanguage): Draft<'decision'> {
  const t = TEXT[language];
  return {
    kind: 'decision',
    ...common(language),
    decisionType: 'appeal_decision',
    outcomeLabel: t.rightsOutcome,
    legalBasis: [LAW[language].pbrl72],
    reasons: { facts: t.rightsFacts, considerations: t.rightsConsiderations },
  };
}

/** A tilsynssak conclusion: not an enkeltvedtak, no appeal, but a new assessment may be asked for. */
export function conclusion(language: LetterLanguage): Draft<'decision'> {
  const t = TEXT[language];
  return {
    kind: 'decision',
    ...common(language),
    decisionType: 'supervisory_conclusion',
    outcomeLabel: t.breach,
    legalBasis: [LAW[language].hpl4],
    reasons: { facts: t.summary, considerations: t.breachConsiderations },
  };
}

export const FIXTURES: Record<LetterKind, (language: LetterLanguage) => LetterInputDraft> = {
  interim_reply: interimReply,
  request_for_statement: requestForStatement,
  advance_notice: advanceNotice,
  decision,
};
