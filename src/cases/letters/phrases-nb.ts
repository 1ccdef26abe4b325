/**
 * Bokmål letter texts. Plain language (klarspråk): "du"/"dere", short sentences, the rule named where it
 * gives the reader a right or a duty. Law names are the official bokmål short titles.
 */
import type { LetterPhrases } from './phrases.ts';

const channels = (phone: string | null, email: string | null) =>
  phone && email
    ? ` på telefon ${phone} eller e-post ${email}`
    : phone
      ? ` på telefon ${phone}`
      : email
        ? ` på e-post ${email}`
        : '';

export const NB: LetterPhrases = {
  common: {
    labels: {
      letterDate: 'Vår dato',
      ourReference: 'Vår referanse',
      yourReference: 'Deres referanse',
      caseNumber: 'Saksnummer',
      caseworker: 'Saksbehandler',
    },
    sentDigitally: 'Sendt digitalt',
    orgNumber: (formatted) => `Org.nr. ${formatted}`,
    closing: 'Med vennlig hilsen',
    electronicApproval: 'Dokumentet er elektronisk godkjent og har derfor ingen håndskrevet signatur.',
    confidentialMarking: 'Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13',
    confidentialReferences: ['offentleglova § 13', 'forvaltningsloven § 13'],
    contactHeading: 'Spørsmål',
    contact: ({ caseworker, phone, email, caseNumber }) =>
      `Har du spørsmål, kan du kontakte oss${channels(phone, email)}. Saksbehandler er ${caseworker}. ` +
      `Oppgi saksnummer ${caseNumber} når du kontakter oss.`,
    page: (current, total) => `Side ${current} av ${total}`,
  },

  interim_reply: {
    title: 'Foreløpig svar',
    received: (date) => `Vi har mottatt henvendelsen din, som kom inn til oss ${date}.`,
    delayIntro: 'Vi klarer ikke å behandle saken din så raskt som vi ønsker. Det skyldes dette:',
    delayReasons: {
      caseload: 'Vi har mange saker til behandling, og vi behandler dem i den rekkefølgen de kom inn.',
      statement_needed: 'Vi må innhente opplysninger eller en uttalelse fra tjenesten saken gjelder.',
      records_needed: 'Vi må innhente opplysninger fra pasientjournalen.',
      expert_opinion: 'Vi må innhente en vurdering fra en sakkyndig.',
      complex_case: 'Saken er omfattende og krever grundige undersøkelser.',
    },
    expectedHeading: 'Når kan du vente svar?',
    expected: (date) =>
      `Vi regner med å kunne gi deg svar innen ${date}. Hvis det tar lengre tid, gir vi deg beskjed.`,
    legalNote:
      'Vi sender deg dette foreløpige svaret fordi det følger av forvaltningsloven § 11 a at du skal få vite ' +
      'når det tar tid før vi kan svare.',
    legalNoteReferences: ['forvaltningsloven § 11 a'],
    deadlineLabel: 'Forventet svar innen',
  },

  request_for_statement: {
    title: 'Anmodning om uttalelse',
    opening: {
      provider:
        'Vi behandler en sak som gjelder virksomheten deres, og ber om en skriftlig uttalelse fra dere.',
      professional:
        'Vi behandler en sak som gjelder deg som helsepersonell, og ber om en skriftlig uttalelse fra deg.',
    },
    summaryHeading: 'Hva saken gjelder',
    questionsHeading: 'Dette ber vi om svar på',
    questionsIntro: {
      provider: 'Vi ber dere svare på disse spørsmålene:',
      professional: 'Vi ber deg svare på disse spørsmålene:',
    },
    documentsIntro: {
      provider: 'Send også med disse dokumentene:',
      professional: 'Send også med disse dokumentene:',
    },
    deadlineHeading: 'Frist',
    deadline: {
      provider: (date) =>
        `Vi ber om svaret innen ${date}. Hvis dere trenger mer tid, må dere kontakte oss før fristen.`,
      professional: (date) =>
        `Vi ber om svaret ditt innen ${date}. Hvis du trenger mer tid, må du kontakte oss før fristen.`,
    },
    dutyHeading: 'Plikt til å gi opplysninger',
    duty: {
      provider:
        'Dere har plikt til å gi oss de opplysningene vi trenger for å utføre tilsynet, jf. helsetilsynsloven § 7. ' +
        'Taushetsplikten er ikke til hinder for at dere gir oss disse opplysningene.',
      professional:
        'Du har plikt til å gi oss de opplysningene vi trenger for å utføre tilsynet, jf. helsepersonelloven § 30. ' +
        'Taushetsplikten er ikke til hinder for at du gir oss disse opplysningene.',
    },
    dutyReferences: { provider: ['helsetilsynsloven § 7'], professional: ['helsepersonelloven § 30'] },
    confidentialityHeading: 'Taushetsplikt',
    confidentiality:
      'Vi har taushetsplikt om personlige forhold vi får kjennskap til i saken, jf. forvaltningsloven § 13. ' +
      'Send bare de personopplysningene vi trenger, og ikke fødselsnummer.',
    confidentialityReferences: ['forvaltningsloven § 13'],
    shareWithComplainant: {
      provider:
        'Vi sender en kopi av svaret deres til den som har klaget, som får mulighet til å uttale seg, jf. forvaltningsloven § 17.',
      professional:
        'Vi sender en kopi av svaret ditt til den som har klaget, som får mulighet til å uttale seg, jf. forvaltningsloven § 17.',
    },
    shareReferences: ['forvaltningsloven § 17'],
    deadlineLabel: 'Svarfrist',
  },

  advance_notice: {
    title: 'Forhåndsvarsel',
    opening:
      'Vi varsler deg om at vi vurderer å treffe et vedtak i saken, jf. forvaltningsloven § 16. ' +
      'Dette er ikke et vedtak. Du får nå mulighet til å uttale deg før vi avgjør saken.',
    openingReferences: ['forvaltningsloven § 16'],
    consideredHeading: 'Hva vi vurderer',
    consideredBasisIntro: 'Vurderingen bygger på:',
    factsHeading: 'Faktiske forhold',
    factsIntro: 'Slik vi forstår saken nå, er dette de faktiske forholdene:',
    commentHeading: 'Du kan uttale deg',
    comment: (date) =>
      `Du kan uttale deg skriftlig innen ${date}. Hvis vi ikke hører fra deg innen fristen, kan vi avgjøre ` +
      'saken på grunnlag av de opplysningene vi har.',
    representative: 'Du kan la deg bistå av advokat eller en annen fullmektig, jf. forvaltningsloven § 12.',
    representativeReferences: ['forvaltningsloven § 12'],
    accessHeading: 'Du har rett til å se dokumentene',
    access:
      'Du har som hovedregel rett til å se dokumentene i saken, jf. forvaltningsloven § 18. ' +
      'Kontakt oss hvis du ønsker det.',
    accessReferences: ['forvaltningsloven § 18'],
    deadlineLabel: 'Frist for å uttale deg',
  },

  decision: {
    title: {
      individual_decision: 'Vedtak',
      appeal_decision: 'Vedtak i klagesak',
      supervisory_conclusion: 'Avgjørelse i tilsynssak',
    },
    outcomeHeading: 'Resultat',
    reasonsHeading: 'Begrunnelse',
    reasonsIntro: {
      individual_decision:
        'Et vedtak skal begrunnes, jf. forvaltningsloven §§ 24 og 25. Her forklarer vi de faktiske forholdene, ' +
        'reglene vedtaket bygger på og hovedhensynene vi har lagt vekt på.',
      appeal_decision:
        'Et vedtak skal begrunnes, jf. forvaltningsloven §§ 24 og 25. Her forklarer vi de faktiske forholdene, ' +
        'reglene vedtaket bygger på og hovedhensynene vi har lagt vekt på.',
      supervisory_conclusion:
        'Her forklarer vi de faktiske forholdene, reglene vi har vurdert saken etter og vurderingen vår.',
    },
    reasonsReferences: {
      individual_decision: ['forvaltningsloven §§ 24 og 25'],
      appeal_decision: ['forvaltningsloven §§ 24 og 25'],
      supervisory_conclusion: [],
    },
    factsHeading: 'Faktiske forhold',
    rulesHeading: 'Regelverket',
    rulesIntro: {
      individual_decision: 'Vedtaket bygger på:',
      appeal_decision: 'Vedtaket bygger på:',
      supervisory_conclusion: 'Avgjørelsen bygger på:',
    },
    considerationsHeading: 'Vår vurdering',
    appealHeading: 'Du har rett til å klage',
    appealRight: 'Du kan klage på vedtaket, jf. forvaltningsloven § 28.',
    appealRightReferences: ['forvaltningsloven § 28'],
    appealPeriod: {
      general: (deadline) =>
        `Klagefristen er tre uker fra den dagen du mottok vedtaket, jf. forvaltningsloven § 29. ` +
        `Du må sende klagen senest ${deadline}.`,
      rights_appeal: (deadline) =>
        `Klagefristen er fire uker fra den dagen du mottok vedtaket, jf. pasient- og brukerrettighetsloven § 7-5. ` +
        `Du må sende klagen senest ${deadline}.`,
      personnel_reaction: (deadline) =>
        `Klagefristen er tre uker fra den dagen du mottok vedtaket, jf. forvaltningsloven § 29. ` +
        `Du må sende klagen senest ${deadline}.`,
    },
    appealPeriodReferences: {
      general: ['forvaltningsloven § 29'],
      rights_appeal: ['pasient- og brukerrettighetsloven § 7-5'],
      personnel_reaction: ['forvaltningsloven § 29'],
    },
    appealBody: (body) =>
      `Send klagen til oss. Hvis vi ikke endrer vedtaket, sender vi klagen til ${body}, som avgjør den.`,
    appealRouteNote: {
      general: null,
      rights_appeal: null,
      personnel_reaction: {
        text: 'Statens helsepersonellnemnd er klageinstans for vedtaket, jf. helsepersonelloven § 68.',
        references: ['helsepersonelloven § 68'],
      },
    },
    appealForm:
      'Klagen må være skriftlig og underskrevet. Skriv hvilket vedtak du klager på, hva du ønsker endret, ' +
      'og gjerne hvorfor, jf. forvaltningsloven § 32.',
    appealFormReferences: ['forvaltningsloven § 32'],
    deferral:
      'Du kan be om at vedtaket ikke blir satt i verk før klagen er avgjort, jf. forvaltningsloven § 42.',
    deferralReferences: ['forvaltningsloven § 42'],
    noAppealHeading: 'Kan du klage?',
    noAppeal: {
      appeal_decision: {
        text:
          'Du kan ikke klage på dette vedtaket, fordi det er truffet i en klagesak, ' +
          'jf. forvaltningsloven § 28 tredje ledd.',
        references: ['forvaltningsloven § 28 tredje ledd'],
      },
      supervisory_conclusion: {
        text:
          'Avgjørelsen er ikke et enkeltvedtak, og du kan derfor ikke klage på den. Hvis du mener vi har bygget ' +
          'på feil opplysninger, eller du har nye opplysninger, kan du be oss om å vurdere saken på nytt.',
        references: [],
      },
    },
    accessHeading: 'Rett til innsyn',
    access: {
      individual_decision:
        'Du har som hovedregel rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19.',
      appeal_decision:
        'Du har som hovedregel rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19.',
      supervisory_conclusion: 'Du kan be om å få se dokumentene i saken.',
    },
    accessReferences: {
      individual_decision: ['forvaltningsloven §§ 18 og 19'],
      appeal_decision: ['forvaltningsloven §§ 18 og 19'],
      supervisory_conclusion: [],
    },
    deadlineLabel: 'Klagefrist',
  },
};
