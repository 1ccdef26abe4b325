/**
 * Nynorsk letter texts, written as nynorsk (not bokmål with swapped words): "ikkje", "motteke", "saka",
 * "teieplikt", "fråsegn", "dykk/dykkar". Law names are the nynorsk short titles ("forvaltningslova",
 * "helsepersonellova", "pasient- og brukarrettslova"), as nynorsk public bodies write them.
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

export const NN: LetterPhrases = {
  common: {
    labels: {
      letterDate: 'Vår dato',
      ourReference: 'Vår referanse',
      yourReference: 'Dykkar referanse',
      caseNumber: 'Saksnummer',
      caseworker: 'Saksbehandlar',
    },
    sentDigitally: 'Sendt digitalt',
    orgNumber: (formatted) => `Org.nr. ${formatted}`,
    closing: 'Med venleg helsing',
    electronicApproval: 'Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur.',
    confidentialMarking: 'Unnateke frå offentlegheit, jf. offentleglova § 13 og forvaltningslova § 13',
    confidentialReferences: ['offentleglova § 13', 'forvaltningslova § 13'],
    contactHeading: 'Spørsmål',
    contact: ({ caseworker, phone, email, caseNumber }) =>
      `Har du spørsmål, kan du kontakte oss${channels(phone, email)}. Saksbehandlar er ${caseworker}. ` +
      `Oppgi saksnummer ${caseNumber} når du kontaktar oss.`,
    page: (current, total) => `Side ${current} av ${total}`,
  },

  interim_reply: {
    title: 'Førebels svar',
    received: (date) => `Vi har motteke førespurnaden din, som kom inn til oss ${date}.`,
    delayIntro: 'Vi klarer ikkje å behandle saka di så raskt som vi ønskjer. Det kjem av dette:',
    delayReasons: {
      caseload: 'Vi har mange saker til behandling, og vi behandlar dei i den rekkjefølgja dei kom inn.',
      statement_needed: 'Vi må hente inn opplysningar eller ei fråsegn frå tenesta saka gjeld.',
      records_needed: 'Vi må hente inn opplysningar frå pasientjournalen.',
      expert_opinion: 'Vi må hente inn ei vurdering frå ein sakkunnig.',
      complex_case: 'Saka er omfattande og krev grundige undersøkingar.',
    },
    expectedHeading: 'Når kan du vente svar?',
    expected: (date) =>
      `Vi reknar med å kunne gi deg svar innan ${date}. Om det tek lengre tid, gir vi deg melding.`,
    legalNote:
      'Vi sender deg dette førebels svaret fordi det følgjer av forvaltningslova § 11 a at du skal få vite ' +
      'når det tek tid før vi kan svare.',
    legalNoteReferences: ['forvaltningslova § 11 a'],
    deadlineLabel: 'Venta svar innan',
  },

  request_for_statement: {
    title: 'Oppmoding om fråsegn',
    opening: {
      provider: 'Vi behandlar ei sak som gjeld verksemda dykkar, og ber om ei skriftleg fråsegn frå dykk.',
      professional:
        'Vi behandlar ei sak som gjeld deg som helsepersonell, og ber om ei skriftleg fråsegn frå deg.',
    },
    summaryHeading: 'Kva saka gjeld',
    questionsHeading: 'Dette ber vi om svar på',
    questionsIntro: {
      provider: 'Vi ber dykk svare på desse spørsmåla:',
      professional: 'Vi ber deg svare på desse spørsmåla:',
    },
    documentsIntro: {
      provider: 'Send òg med desse dokumenta:',
      professional: 'Send òg med desse dokumenta:',
    },
    deadlineHeading: 'Frist',
    deadline: {
      provider: (date) =>
        `Vi ber om svaret innan ${date}. Om de treng meir tid, må de kontakte oss før fristen.`,
      professional: (date) =>
        `Vi ber om svaret ditt innan ${date}. Om du treng meir tid, må du kontakte oss før fristen.`,
    },
    dutyHeading: 'Plikt til å gi opplysningar',
    duty: {
      provider:
        'De har plikt til å gi oss dei opplysningane vi treng for å utføre tilsynet, jf. helsetilsynslova § 7. ' +
        'Teieplikta er ikkje til hinder for at de gir oss desse opplysningane.',
      professional:
        'Du har plikt til å gi oss dei opplysningane vi treng for å utføre tilsynet, jf. helsepersonellova § 30. ' +
        'Teieplikta er ikkje til hinder for at du gir oss desse opplysningane.',
    },
    dutyReferences: { provider: ['helsetilsynslova § 7'], professional: ['helsepersonellova § 30'] },
    confidentialityHeading: 'Teieplikt',
    confidentiality:
      'Vi har teieplikt om personlege forhold vi får kjennskap til i saka, jf. forvaltningslova § 13. ' +
      'Send berre dei personopplysningane vi treng, og ikkje fødselsnummer.',
    confidentialityReferences: ['forvaltningslova § 13'],
    shareWithComplainant: {
      provider:
        'Vi sender ein kopi av svaret dykkar til den som har klaga, som får høve til å uttale seg, jf. forvaltningslova § 17.',
      professional:
        'Vi sender ein kopi av svaret ditt til den som har klaga, som får høve til å uttale seg, jf. forvaltningslova § 17.',
    },
    shareReferences: ['forvaltningslova § 17'],
    deadlineLabel: 'Svarfrist',
  },

  advance_notice: {
    title: 'Førehandsvarsel',
    opening:
      'Vi varslar deg om at vi vurderer å gjere eit vedtak i saka, jf. forvaltningslova § 16. ' +
      'Dette er ikkje eit vedtak. Du får no høve til å uttale deg før vi avgjer saka.',
    openingReferences: ['forvaltningslova § 16'],
    consideredHeading: 'Kva vi vurderer',
    consideredBasisIntro: 'Vurderinga byggjer på:',
    factsHeading: 'Faktiske forhold',
    factsIntro: 'Slik vi forstår saka no, er dette dei faktiske forholda:',
    commentHeading: 'Du kan uttale deg',
    comment: (date) =>
      `Du kan uttale deg skriftleg innan ${date}. Om vi ikkje høyrer frå deg innan fristen, kan vi avgjere ` +
      'saka på grunnlag av dei opplysningane vi har.',
    representative: 'Du kan la deg hjelpe av advokat eller ein annan fullmektig, jf. forvaltningslova § 12.',
    representativeReferences: ['forvaltningslova § 12'],
    accessHeading: 'Du har rett til å sjå dokumenta',
    access:
      'Du har som hovudregel rett til å sjå dokumenta i saka, jf. forvaltningslova § 18. ' +
      'Kontakt oss om du ønskjer det.',
    accessReferences: ['forvaltningslova § 18'],
    deadlineLabel: 'Frist for å uttale deg',
  },

  decision: {
    title: {
      individual_decision: 'Vedtak',
      appeal_decision: 'Vedtak i klagesak',
      supervisory_conclusion: 'Avgjerd i tilsynssak',
    },
    outcomeHeading: 'Resultat',
    reasonsHeading: 'Grunngiving',
    reasonsIntro: {
      individual_decision:
        'Eit vedtak skal grunngivast, jf. forvaltningslova §§ 24 og 25. Her forklarer vi dei faktiske forholda, ' +
        'reglane vedtaket byggjer på og hovudomsyna vi har lagt vekt på.',
      appeal_decision:
        'Eit vedtak skal grunngivast, jf. forvaltningslova §§ 24 og 25. Her forklarer vi dei faktiske forholda, ' +
        'reglane vedtaket byggjer på og hovudomsyna vi har lagt vekt på.',
      supervisory_conclusion:
        'Her forklarer vi dei faktiske forholda, reglane vi har vurdert saka etter og vurderinga vår.',
    },
    reasonsReferences: {
      individual_decision: ['forvaltningslova §§ 24 og 25'],
      appeal_decision: ['forvaltningslova §§ 24 og 25'],
      supervisory_conclusion: [],
    },
    factsHeading: 'Faktiske forhold',
    rulesHeading: 'Regelverket',
    rulesIntro: {
      individual_decision: 'Vedtaket byggjer på:',
      appeal_decision: 'Vedtaket byggjer på:',
      supervisory_conclusion: 'Avgjerda byggjer på:',
    },
    considerationsHeading: 'Vurderinga vår',
    appealHeading: 'Du har rett til å klage',
    appealRight: 'Du kan klage på vedtaket, jf. forvaltningslova § 28.',
    appealRightReferences: ['forvaltningslova § 28'],
    appealPeriod: {
      general: (deadline) =>
        `Klagefristen er tre veker frå den dagen du fekk vedtaket, jf. forvaltningslova § 29. ` +
        `Du må sende klaga seinast ${deadline}.`,
      rights_appeal: (deadline) =>
        `Klagefristen er fire veker frå den dagen du fekk vedtaket, jf. pasient- og brukarrettslova § 7-5. ` +
        `Du må sende klaga seinast ${deadline}.`,
      personnel_reaction: (deadline) =>
        `Klagefristen er tre veker frå den dagen du fekk vedtaket, jf. forvaltningslova § 29. ` +
        `Du må sende klaga seinast ${deadline}.`,
    },
    appealPeriodReferences: {
      general: ['forvaltningslova § 29'],
      rights_appeal: ['pasient- og brukarrettslova § 7-5'],
      personnel_reaction: ['forvaltningslova § 29'],
    },
    appealBody: (body) =>
      `Send klaga til oss. Om vi ikkje endrar vedtaket, sender vi klaga til ${body}, som avgjer ho.`,
    appealRouteNote: {
      general: null,
      rights_appeal: null,
      personnel_reaction: {
        text: 'Statens helsepersonellnemnd er klageinstans for vedtaket, jf. helsepersonellova § 68.',
        references: ['helsepersonellova § 68'],
      },
    },
    appealForm:
      'Klaga må vere skriftleg og underskriven. Skriv kva vedtak du klagar på, kva du ønskjer endra, ' +
      'og gjerne kvifor, jf. forvaltningslova § 32.',
    appealFormReferences: ['forvaltningslova § 32'],
    deferral:
      'Du kan be om at vedtaket ikkje blir sett i verk før klaga er avgjord, jf. forvaltningslova § 42.',
    deferralReferences: ['forvaltningslova § 42'],
    noAppealHeading: 'Kan du klage?',
    noAppeal: {
      appeal_decision: {
        text:
          'Du kan ikkje klage på dette vedtaket, fordi det er gjort i ei klagesak, ' +
          'jf. forvaltningslova § 28 tredje ledd.',
        references: ['forvaltningslova § 28 tredje ledd'],
      },
      supervisory_conclusion: {
        text:
          'Avgjerda er ikkje eit enkeltvedtak, og du kan difor ikkje klage på ho. Om du meiner vi har bygd på ' +
          'feil opplysningar, eller du har nye opplysningar, kan du be oss om å vurdere saka på nytt.',
        references: [],
      },
    },
    accessHeading: 'Rett til innsyn',
    access: {
      individual_decision:
        'Du har som hovudregel rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19.',
      appeal_decision:
        'Du har som hovudregel rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19.',
      supervisory_conclusion: 'Du kan be om å få sjå dokumenta i saka.',
    },
    accessReferences: {
      individual_decision: ['forvaltningslova §§ 18 og 19'],
      appeal_decision: ['forvaltningslova §§ 18 og 19'],
      supervisory_conclusion: [],
    },
    deadlineLabel: 'Klagefrist',
  },
};
