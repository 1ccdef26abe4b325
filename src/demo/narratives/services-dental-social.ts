import type { ServiceVocabulary } from './types.ts';

/** Dental health, public and private, and the social services at the Nav office. */
export const DENTAL_SOCIAL_SERVICES: readonly ServiceVocabulary[] = [
  {
    code: 'dental_public',
    related: ['dental_private', 'nursing_home'],
    nb: {
      user: ['pasienten'],
      staff: ['tannlegen', 'tannpleieren', 'tannlegen på klinikken'],
      staffIndef: [
        'en tannlege i den offentlige tannhelsetjenesten',
        'en tannpleier',
        'en offentlig ansatt tannlege',
      ],
      place: [
        'på tannklinikken',
        'i den offentlige tannhelsetjenesten',
        'hos tannlegen på den offentlige klinikken',
      ],
      unit: ['den offentlige tannklinikken', 'tannhelsetjenesten i fylket', 'tannklinikken'],
      setting: [
        '{Who} har gått til den offentlige tannklinikken siden barneskolen.',
        '{Who} bor på sykehjem og har rett til gratis tannbehandling fra fylket.',
        '{Who} fikk innkalling til årlig kontroll på tannklinikken.',
        '{Who} har rett til tannbehandling fra den offentlige tannhelsetjenesten fordi {pron} er under 19 år.',
      ],
      happened: [
        'Det gikk over to år mellom kontrollene på tannklinikken.',
        'Tannpleieren oppdaget ikke hullene som senere måtte fylles.',
        'Tannlegen trakk feil tann.',
        'Tannklinikken avlyste timen flere ganger fordi de manglet tannlege.',
      ],
      consequence: [
        '{Who} har fått store hull og må gjennom omfattende tannbehandling.',
        '{Who} har hatt sterke tannsmerter i flere måneder.',
      ],
      decision: [
        'avslag på gratis tannbehandling i den offentlige tannhelsetjenesten',
        'avslag på tannregulering',
      ],
      mention: ['Tannlegen hadde også sett {whom} nylig.', 'Tannklinikken var også kjent med problemene.'],
      keywords: ['tannklinikk', 'tannpleier', 'tannhelsetjeneste', 'offentlig', 'tannregulering', 'fylket'],
      special: {
        treatment: ['Tannlegen på tannklinikken startet rotfylling uten å bedøve skikkelig.'],
      },
    },
    nn: {
      user: ['pasienten'],
      staff: ['tannlegen', 'tannpleiaren', 'tannlegen på klinikken'],
      staffIndef: [
        'ein tannlege i den offentlege tannhelsetenesta',
        'ein tannpleiar',
        'ein offentleg tilsett tannlege',
      ],
      place: [
        'på tannklinikken',
        'i den offentlege tannhelsetenesta',
        'hos tannlegen på den offentlege klinikken',
      ],
      unit: ['den offentlege tannklinikken', 'tannhelsetenesta i fylket', 'tannklinikken'],
      setting: [
        '{Who} har gått til den offentlege tannklinikken sidan barneskulen.',
        '{Who} bur på sjukeheim og har rett til gratis tannbehandling frå fylket.',
        '{Who} fekk innkalling til årleg kontroll på tannklinikken.',
        '{Who} har rett til tannbehandling frå den offentlege tannhelsetenesta fordi {pron} er under 19 år.',
      ],
      happened: [
        'Det gjekk over to år mellom kontrollane på tannklinikken.',
        'Tannpleiaren oppdaga ikkje hola som seinare måtte fyllast.',
        'Tannlegen trekte ut feil tann.',
        'Tannklinikken avlyste timen fleire gonger fordi dei mangla tannlege.',
      ],
      consequence: [
        '{Who} har fått store hol og må gjennom omfattande tannbehandling.',
        '{Who} har hatt sterke tannsmerter i fleire månader.',
      ],
      decision: [
        'avslag på gratis tannbehandling i den offentlege tannhelsetenesta',
        'avslag på tannregulering',
      ],
      mention: ['Tannlegen hadde òg sett {whom} nyleg.', 'Tannklinikken kjende òg til problema.'],
      keywords: ['tannklinikk', 'tannpleiar', 'tannhelseteneste', 'offentleg', 'tannregulering', 'fylket'],
      special: {
        treatment: ['Tannlegen på tannklinikken starta rotfylling utan å bedøve skikkeleg.'],
      },
    },
  },
  {
    code: 'dental_private',
    related: ['dental_public'],
    nb: {
      user: ['pasienten'],
      staff: ['tannlegen', 'den private tannlegen', 'tannpleieren'],
      staffIndef: ['en tannlege', 'en privatpraktiserende tannlege', 'en tannpleier i privat praksis'],
      place: ['hos tannlegen', 'hos en privat tannlege', 'på tannlegekontoret'],
      unit: ['tannlegekontoret', 'tannlegepraksisen', 'tannlegekjeden'],
      setting: [
        '{Who} har gått til samme private tannlege i mange år.',
        '{Who} skulle få satt inn et implantat hos en privat tannlege.',
        '{Who} fikk laget en ny krone på tannlegekontoret.',
        '{Who} gikk til tannlegen for å fjerne en visdomstann.',
      ],
      happened: [
        'Tannlegen startet en dyr behandling uten å gi et prisoverslag.',
        'Kronen løsnet etter to uker, og tannlegen ville ha betalt for å lage en ny.',
        'Tannlegen boret i en frisk tann.',
        'Regningen fra tannlegen var nesten dobbelt så høy som avtalt.',
      ],
      consequence: [
        '{Who} måtte betale over 40 000 kroner for å rette opp feilen hos en annen tannlege.',
        '{Who} har fått nerveskade i kjeven etter behandlingen.',
      ],
      decision: [
        'avslag på å få tilbakebetalt for tannbehandlingen',
        'avslag på å få utlevert røntgenbildene fra tannlegen',
      ],
      mention: [
        '{Who} hadde også vært hos en privat tannlege for dette.',
        'Tannlegen hadde også oppdaget problemet.',
      ],
      keywords: ['tannlege', 'implantat', 'visdomstann', 'prisoverslag', 'kjeven', 'privat'],
      special: {
        information_consent: [
          'Tannlegen satte i gang en behandling til 30 000 kroner uten å forklare hva den kostet.',
        ],
      },
    },
    nn: {
      user: ['pasienten'],
      staff: ['tannlegen', 'den private tannlegen', 'tannpleiaren'],
      staffIndef: ['ein tannlege', 'ein privatpraktiserande tannlege', 'ein tannpleiar i privat praksis'],
      place: ['hos tannlegen', 'hos ein privat tannlege', 'på tannlegekontoret'],
      unit: ['tannlegekontoret', 'tannlegepraksisen', 'tannlegekjeda'],
      setting: [
        '{Who} har gått til same private tannlege i mange år.',
        '{Who} skulle få sett inn eit implantat hos ein privat tannlege.',
        '{Who} fekk laga ei ny krone på tannlegekontoret.',
        '{Who} gjekk til tannlegen for å fjerne ein visdomstann.',
      ],
      happened: [
        'Tannlegen starta ei dyr behandling utan å gi eit prisoverslag.',
        'Krona losna etter to veker, og tannlegen ville ha betalt for å lage ei ny.',
        'Tannlegen bora i ein frisk tann.',
        'Rekninga frå tannlegen var nesten dobbelt så høg som avtalt.',
      ],
      consequence: [
        '{Who} måtte betale over 40 000 kroner for å rette opp feilen hos ein annan tannlege.',
        '{Who} har fått nerveskade i kjeven etter behandlinga.',
      ],
      decision: [
        'avslag på å få tilbakebetalt for tannbehandlinga',
        'avslag på å få utlevert røntgenbileta frå tannlegen',
      ],
      mention: [
        '{Who} hadde òg vore hos ein privat tannlege for dette.',
        'Tannlegen hadde òg oppdaga problemet.',
      ],
      keywords: ['tannlege', 'implantat', 'visdomstann', 'prisoverslag', 'kjeven', 'privat'],
      special: {
        information_consent: [
          'Tannlegen sette i gang ei behandling til 30 000 kroner utan å forklare kva ho kosta.',
        ],
      },
    },
  },
  {
    code: 'nav_social',
    related: ['municipal_mental_substance', 'gp'],
    nb: {
      user: ['brukeren', 'søkeren'],
      staff: ['veilederen på Nav-kontoret', 'saksbehandleren i Nav', 'Nav-veilederen'],
      staffIndef: ['en veileder på Nav-kontoret', 'en saksbehandler i Nav', 'en Nav-veileder'],
      place: ['på Nav-kontoret', 'hos Nav', 'i Nav', 'på Nav-kontoret i kommunen'],
      unit: ['Nav-kontoret', 'Nav', 'sosialtjenesten i Nav'],
      setting: [
        '{Who} har vært uten inntekt i flere måneder og søkte Nav om hjelp.',
        '{Who} er alene med to barn og har søkt om sosialhjelp på Nav-kontoret.',
        '{Who} mistet jobben og har ikke rett på dagpenger.',
        '{Who} har gjeld og fikk tilbud om økonomisk rådgivning fra Nav.',
      ],
      happened: [
        'Nav-kontoret brukte over to måneder på å behandle søknaden.',
        'Veilederen på Nav-kontoret sa at det ikke var vits å søke.',
        'Det var umulig å få et møte på Nav-kontoret, bare beskjeder i aktivitetsplanen.',
        'Nav krevde at {who} skulle selge bilen før søknaden ble behandlet.',
      ],
      consequence: [
        '{Who} har ikke penger til mat og husleie.',
        '{Who} risikerer å bli kastet ut av leiligheten.',
      ],
      decision: [
        'avslag på økonomisk stønad',
        'avslag på nødhjelp fra Nav',
        'avslag på midlertidig botilbud',
        'avslag på kvalifiseringsprogrammet',
      ],
      mention: ['{Who} har også søkt om hjelp på Nav-kontoret.', 'Nav var også orientert om situasjonen.'],
      keywords: [
        'nav',
        'sosialhjelp',
        'dagpenger',
        'aktivitetsplan',
        'kvalifiseringsprogram',
        'sosialtjeneste',
        'rådgivning',
      ],
      special: {
        social_assistance: [
          'Nav-kontoret ga avslag på økonomisk stønad til husleie selv om {who} var uten inntekt.',
        ],
      },
    },
    nn: {
      user: ['brukaren', 'søkjaren'],
      staff: ['rettleiaren på Nav-kontoret', 'sakshandsamaren i Nav', 'Nav-rettleiaren'],
      staffIndef: ['ein rettleiar på Nav-kontoret', 'ein sakshandsamar i Nav', 'ein Nav-rettleiar'],
      place: ['på Nav-kontoret', 'hos Nav', 'i Nav', 'på Nav-kontoret i kommunen'],
      unit: ['Nav-kontoret', 'Nav', 'sosialtenesta i Nav'],
      setting: [
        '{Who} har vore utan inntekt i fleire månader og søkte Nav om hjelp.',
        '{Who} er åleine med to barn og har søkt om sosialhjelp på Nav-kontoret.',
        '{Who} mista jobben og har ikkje rett på dagpengar.',
        '{Who} har gjeld og fekk tilbod om økonomisk rådgjeving frå Nav.',
      ],
      happened: [
        'Nav-kontoret brukte over to månader på å behandle søknaden.',
        'Rettleiaren på Nav-kontoret sa at det ikkje var vits å søkje.',
        'Det var umogleg å få eit møte på Nav-kontoret, berre meldingar i aktivitetsplanen.',
        'Nav kravde at {who} skulle selje bilen før søknaden vart behandla.',
      ],
      consequence: [
        '{Who} har ikkje pengar til mat og husleige.',
        '{Who} risikerer å bli kasta ut av leilegheita.',
      ],
      decision: [
        'avslag på økonomisk stønad',
        'avslag på naudhjelp frå Nav',
        'avslag på mellombels butilbod',
        'avslag på kvalifiseringsprogrammet',
      ],
      mention: ['{Who} har òg søkt om hjelp på Nav-kontoret.', 'Nav var òg orientert om situasjonen.'],
      keywords: [
        'nav',
        'sosialhjelp',
        'dagpengar',
        'aktivitetsplan',
        'kvalifiseringsprogram',
        'sosialteneste',
        'rådgjeving',
      ],
      special: {
        social_assistance: [
          'Nav-kontoret gav avslag på økonomisk stønad til husleige sjølv om {who} var utan inntekt.',
        ],
      },
    },
  },
];
