import type { ServiceVocabulary } from './types.ts';

/** Child welfare: the municipal service, institutions, care centres for unaccompanied minors, foster homes. */
export const CHILD_WELFARE_SERVICES: readonly ServiceVocabulary[] = [
  {
    code: 'cw_municipal',
    childService: true,
    related: ['cw_foster', 'cw_institution', 'health_station', 'mental_health_child'],
    nb: {
      user: ['barnet', 'ungdommen'],
      staff: [
        'saksbehandleren i barnevernet',
        'barnevernskonsulenten',
        'kontaktpersonen i barnevernstjenesten',
      ],
      staffIndef: [
        'en saksbehandler i barnevernet',
        'en barnevernskonsulent',
        'en kontaktperson i barnevernstjenesten',
      ],
      place: ['i barnevernstjenesten', 'hos barnevernet', 'i barnevernstjenesten i kommunen'],
      unit: ['barnevernstjenesten', 'barnevernet', 'barnevernstjenesten i kommunen'],
      setting: [
        'Barnevernstjenesten fikk en bekymringsmelding fra skolen om {whom}.',
        '{Who} har hatt hjelpetiltak fra barnevernet i flere år.',
        'Familien har hatt kontakt med barnevernstjenesten siden {who} gikk i barnehagen.',
        '{Who} ble akuttplassert av barnevernet for et halvt år siden.',
      ],
      happened: [
        'Saksbehandleren i barnevernet ble byttet fire ganger på ett år.',
        'Barnevernet la mer vekt på opplysningene fra skolen enn på det familien sa.',
        'Barnevernstjenesten holdt ikke avtalte møter og svarte ikke på e-post.',
        'Samværet ble redusert uten at vi fikk en skikkelig forklaring.',
      ],
      consequence: [
        'Familien har mistet all tillit til barnevernet.',
        '{Who} har fått det verre etter at barnevernet kom inn i bildet.',
      ],
      decision: [
        'akuttplassering av barnet',
        'å avslutte hjelpetiltakene',
        'avslag på hjelpetiltak i hjemmet',
        'samvær',
      ],
      mention: [
        'Barnevernet var også koblet inn.',
        'Barnevernstjenesten hadde fått en bekymringsmelding tidligere.',
      ],
      keywords: ['barnevern', 'bekymringsmelding', 'hjelpetiltak', 'akuttplasser', 'samvær'],
      special: {
        cw_investigation: [
          'Barnevernstjenesten avsluttet undersøkelsen uten å snakke med {whom} eller skolen.',
        ],
        child_participation: [
          'Barnevernstjenesten snakket aldri med {whom} alene, og barnets stemme ble ikke hørt.',
        ],
      },
    },
    nn: {
      user: ['barnet', 'ungdomen'],
      staff: [
        'sakshandsamaren i barnevernet',
        'barnevernskonsulenten',
        'kontaktpersonen i barnevernstenesta',
      ],
      staffIndef: [
        'ein sakshandsamar i barnevernet',
        'ein barnevernskonsulent',
        'ein kontaktperson i barnevernstenesta',
      ],
      place: ['i barnevernstenesta', 'hos barnevernet', 'i barnevernstenesta i kommunen'],
      unit: ['barnevernstenesta', 'barnevernet', 'barnevernstenesta i kommunen'],
      setting: [
        'Barnevernstenesta fekk ei bekymringsmelding frå skulen om {whom}.',
        '{Who} har hatt hjelpetiltak frå barnevernet i fleire år.',
        'Familien har hatt kontakt med barnevernstenesta sidan {who} gjekk i barnehagen.',
        '{Who} vart akuttplassert av barnevernet for eit halvt år sidan.',
      ],
      happened: [
        'Sakshandsamaren i barnevernet vart bytt fire gonger på eitt år.',
        'Barnevernet la meir vekt på opplysningane frå skulen enn på det familien sa.',
        'Barnevernstenesta heldt ikkje avtalte møte og svara ikkje på e-post.',
        'Samværet vart redusert utan at vi fekk ei skikkeleg forklaring.',
      ],
      consequence: [
        'Familien har mista all tillit til barnevernet.',
        '{Who} har fått det verre etter at barnevernet kom inn i biletet.',
      ],
      decision: [
        'akuttplassering av barnet',
        'å avslutte hjelpetiltaka',
        'avslag på hjelpetiltak i heimen',
        'samvær',
      ],
      mention: [
        'Barnevernet var òg kopla inn.',
        'Barnevernstenesta hadde fått ei bekymringsmelding tidlegare.',
      ],
      keywords: ['barnevern', 'bekymringsmelding', 'hjelpetiltak', 'akuttplasser', 'samvær'],
      special: {
        cw_investigation: ['Barnevernstenesta avslutta undersøkinga utan å snakke med {whom} eller skulen.'],
        child_participation: [
          'Barnevernstenesta snakka aldri med {whom} åleine, og stemma til barnet vart ikkje høyrd.',
        ],
      },
    },
  },
  {
    code: 'cw_institution',
    childService: true,
    related: ['cw_municipal', 'mental_health_child'],
    nb: {
      user: ['ungdommen', 'barnet'],
      staff: ['miljøterapeuten', 'nattevakten på institusjonen', 'avdelingslederen på institusjonen'],
      staffIndef: [
        'en miljøterapeut på institusjonen',
        'en nattevakt på institusjonen',
        'en avdelingsleder på institusjonen',
      ],
      place: ['på institusjonen', 'på barnevernsinstitusjonen', 'på ungdomshjemmet', 'på akuttinstitusjonen'],
      unit: ['institusjonen', 'barnevernsinstitusjonen', 'ungdomshjemmet'],
      setting: [
        '{Who} bor på en barnevernsinstitusjon etter å ha blitt flyttet hjemmefra.',
        '{Who} ble plassert på institusjonen på grunn av alvorlige atferdsvansker.',
        '{Who} er 15 år og har bodd på ungdomshjemmet i ett år.',
        '{Who} ble flyttet til en akuttinstitusjon på kort varsel.',
      ],
      happened: [
        'Det er stadig nye vikarer på institusjonen, og {who} har ingen fast voksen å snakke med.',
        '{Who} fikk ikke gå på skolen mens {pron} bodde på institusjonen.',
        'De ansatte på institusjonen tok telefonen fra {whom} som straff.',
        '{Who} rømte flere ganger fra institusjonen uten at noen lette.',
      ],
      consequence: [
        '{Who} har begynt å ruse {self} etter at {pron} kom på institusjonen.',
        '{Who} føler {self} ikke hjemme og vil flytte.',
      ],
      decision: [
        'flytting til en annen barnevernsinstitusjon',
        'avslag på flytting fra institusjonen',
        'begrensninger i bruk av mobiltelefon på institusjonen',
      ],
      mention: [
        '{Who} har tidligere bodd på en barnevernsinstitusjon.',
        'Institusjonen der {who} bodde før, ble også varslet.',
      ],
      keywords: ['institusjon', 'ungdomshjem', 'miljøterapeut', 'rømte', 'atferdsvansk'],
      special: {
        coercion: ['{Who} ble lagt i bakken av to ansatte på institusjonen.'],
      },
    },
    nn: {
      user: ['ungdomen', 'barnet'],
      staff: ['miljøterapeuten', 'nattevakta på institusjonen', 'avdelingsleiaren på institusjonen'],
      staffIndef: [
        'ein miljøterapeut på institusjonen',
        'ei nattevakt på institusjonen',
        'ein avdelingsleiar på institusjonen',
      ],
      place: ['på institusjonen', 'på barnevernsinstitusjonen', 'på ungdomsheimen', 'på akuttinstitusjonen'],
      unit: ['institusjonen', 'barnevernsinstitusjonen', 'ungdomsheimen'],
      setting: [
        '{Who} bur på ein barnevernsinstitusjon etter å ha vorte flytt heimanfrå.',
        '{Who} vart plassert på institusjonen på grunn av alvorlege åtferdsvanskar.',
        '{Who} er 15 år og har budd på ungdomsheimen i eitt år.',
        '{Who} vart flytt til ein akuttinstitusjon på kort varsel.',
      ],
      happened: [
        'Det er stadig nye vikarar på institusjonen, og {who} har ingen fast vaksen å snakke med.',
        '{Who} fekk ikkje gå på skulen medan {pron} budde på institusjonen.',
        'Dei tilsette på institusjonen tok telefonen frå {whom} som straff.',
        '{Who} rømde fleire gonger frå institusjonen utan at nokon leita.',
      ],
      consequence: [
        '{Who} har byrja å ruse {self} etter at {pron} kom på institusjonen.',
        '{Who} kjenner {self} ikkje heime og vil flytte.',
      ],
      decision: [
        'flytting til ein annan barnevernsinstitusjon',
        'avslag på flytting frå institusjonen',
        'avgrensingar i bruk av mobiltelefon på institusjonen',
      ],
      mention: [
        '{Who} har tidlegare budd på ein barnevernsinstitusjon.',
        'Institusjonen der {who} budde før, vart òg varsla.',
      ],
      keywords: ['institusjon', 'ungdomsheim', 'miljøterapeut', 'rømde', 'åtferdsvansk'],
      special: {
        coercion: ['{Who} vart lagd i bakken av to tilsette på institusjonen.'],
      },
    },
  },
  {
    code: 'cw_unaccompanied',
    childService: true,
    related: ['cw_municipal', 'health_station'],
    nb: {
      user: ['ungdommen', 'den mindreårige'],
      staff: [
        'kontaktpersonen på omsorgssenteret',
        'miljøarbeideren på omsorgssenteret',
        'lederen på omsorgssenteret',
      ],
      staffIndef: [
        'en kontaktperson på omsorgssenteret',
        'en miljøarbeider på omsorgssenteret',
        'en leder på omsorgssenteret',
      ],
      place: [
        'på omsorgssenteret',
        'på omsorgssenteret for enslige mindreårige',
        'på mottaket for enslige mindreårige',
      ],
      unit: ['omsorgssenteret', 'omsorgssenteret for enslige mindreårige'],
      setting: [
        '{Who} kom alene til Norge som 14-åring og bor på et omsorgssenter for enslige mindreårige.',
        '{Who} er enslig mindreårig asylsøker og har bodd på omsorgssenteret i åtte måneder.',
        '{Who} venter på svar på asylsøknaden og bor på omsorgssenteret.',
        '{Who} har ingen familie i Norge og er avhengig av de voksne på omsorgssenteret.',
      ],
      happened: [
        'Det ble ikke brukt tolk i samtalene på omsorgssenteret.',
        '{Who} fikk ikke begynne på skolen før etter flere måneder.',
        'Omsorgssenteret hadde for få voksne på jobb om natten.',
        'Ingen fulgte opp at {who} hadde mareritt og ikke sov.',
      ],
      consequence: [
        '{Who} isolerer {self} og vil ikke snakke med de voksne.',
        '{Who} har mistet troen på at noen vil hjelpe.',
      ],
      decision: ['flytting til et annet omsorgssenter', 'avslag på å få bo hos slektninger'],
      mention: [
        '{Who} bodde først på et omsorgssenter for enslige mindreårige.',
        'Omsorgssenteret hadde også meldt fra.',
      ],
      keywords: ['omsorgssenter', 'enslig', 'mindreårig', 'asyl', 'tolk'],
      special: {
        competence_staffing: [
          'Omsorgssenteret brukte vikarer uten erfaring med barn som har opplevd krig og flukt.',
        ],
      },
    },
    nn: {
      user: ['ungdomen', 'den mindreårige'],
      staff: [
        'kontaktpersonen på omsorgssenteret',
        'miljøarbeidaren på omsorgssenteret',
        'leiaren på omsorgssenteret',
      ],
      staffIndef: [
        'ein kontaktperson på omsorgssenteret',
        'ein miljøarbeidar på omsorgssenteret',
        'ein leiar på omsorgssenteret',
      ],
      place: [
        'på omsorgssenteret',
        'på omsorgssenteret for einslege mindreårige',
        'på mottaket for einslege mindreårige',
      ],
      unit: ['omsorgssenteret', 'omsorgssenteret for einslege mindreårige'],
      setting: [
        '{Who} kom åleine til Noreg som 14-åring og bur på eit omsorgssenter for einslege mindreårige.',
        '{Who} er einsleg mindreårig asylsøkjar og har budd på omsorgssenteret i åtte månader.',
        '{Who} ventar på svar på asylsøknaden og bur på omsorgssenteret.',
        '{Who} har ingen familie i Noreg og er avhengig av dei vaksne på omsorgssenteret.',
      ],
      happened: [
        'Det vart ikkje brukt tolk i samtalane på omsorgssenteret.',
        '{Who} fekk ikkje byrje på skulen før etter fleire månader.',
        'Omsorgssenteret hadde for få vaksne på jobb om natta.',
        'Ingen følgde opp at {who} hadde mareritt og ikkje sov.',
      ],
      consequence: [
        '{Who} isolerer {self} og vil ikkje snakke med dei vaksne.',
        '{Who} har mista trua på at nokon vil hjelpe.',
      ],
      decision: ['flytting til eit anna omsorgssenter', 'avslag på å få bu hos slektningar'],
      mention: [
        '{Who} budde først på eit omsorgssenter for einslege mindreårige.',
        'Omsorgssenteret hadde òg meldt frå.',
      ],
      keywords: ['omsorgssenter', 'einsleg', 'mindreårig', 'asyl', 'tolk'],
      special: {
        competence_staffing: [
          'Omsorgssenteret brukte vikarar utan røynsle med barn som har opplevd krig og flukt.',
        ],
      },
    },
  },
  {
    code: 'cw_foster',
    childService: true,
    related: ['cw_municipal', 'mental_health_child'],
    nb: {
      user: ['fosterbarnet', 'barnet'],
      staff: ['fostermoren', 'fosterfaren', 'veilederen fra barnevernet'],
      staffIndef: ['en fostermor', 'en fosterfar', 'en veileder fra barnevernet'],
      place: ['i fosterhjemmet', 'hos fosterforeldrene', 'i beredskapshjemmet'],
      unit: ['fosterhjemmet', 'beredskapshjemmet', 'fosterhjemstjenesten'],
      setting: [
        '{Who} har bodd i fosterhjem siden {pron} var tre år.',
        '{Who} ble flyttet til et beredskapshjem og deretter til et fosterhjem langt unna.',
        '{Who} bor i et fosterhjem i slekta.',
        '{Who} har hatt tre ulike fosterhjem på fire år.',
      ],
      happened: [
        'Fosterforeldrene fikk ikke den veiledningen de var lovet.',
        'Barnevernet besøkte fosterhjemmet bare én gang det siste året.',
        'Samværet med de biologiske foreldrene ble stadig avlyst av fosterhjemmet.',
        'Fostermoren truet med at {who} måtte flytte ut.',
      ],
      consequence: [
        '{Who} har blitt utrygg og redd for å måtte flytte igjen.',
        'Fosterhjemmet ga opp, og {who} måtte flytte nok en gang.',
      ],
      decision: [
        'flytting fra fosterhjemmet',
        'samvær med foreldrene',
        'avslag på å flytte tilbake til foreldrene',
      ],
      mention: ['{Who} har tidligere bodd i fosterhjem.', 'Fosterforeldrene var også kjent med dette.'],
      keywords: ['fosterhjem', 'fosterforeld', 'fostermor', 'fosterfar', 'fosterbarn', 'beredskapshjem'],
      special: {
        child_participation: ['Ingen spurte {whom} om hvordan {pron} hadde det i fosterhjemmet.'],
      },
    },
    nn: {
      user: ['fosterbarnet', 'barnet'],
      staff: ['fostermora', 'fosterfaren', 'rettleiaren frå barnevernet'],
      staffIndef: ['ei fostermor', 'ein fosterfar', 'ein rettleiar frå barnevernet'],
      place: ['i fosterheimen', 'hos fosterforeldra', 'i beredskapsheimen'],
      unit: ['fosterheimen', 'beredskapsheimen', 'fosterheimstenesta'],
      setting: [
        '{Who} har budd i fosterheim sidan {pron} var tre år.',
        '{Who} vart flytt til ein beredskapsheim og deretter til ein fosterheim langt unna.',
        '{Who} bur i ein fosterheim i slekta.',
        '{Who} har hatt tre ulike fosterheimar på fire år.',
      ],
      happened: [
        'Fosterforeldra fekk ikkje den rettleiinga dei var lova.',
        'Barnevernet besøkte fosterheimen berre éin gong det siste året.',
        'Samværet med dei biologiske foreldra vart stadig avlyst av fosterheimen.',
        'Fostermora truga med at {who} måtte flytte ut.',
      ],
      consequence: [
        '{Who} har vorte utrygg og redd for å måtte flytte att.',
        'Fosterheimen gav opp, og {who} måtte flytte enda ein gong.',
      ],
      decision: [
        'flytting frå fosterheimen',
        'samvær med foreldra',
        'avslag på å flytte tilbake til foreldra',
      ],
      mention: ['{Who} har tidlegare budd i fosterheim.', 'Fosterforeldra kjende òg til dette.'],
      keywords: ['fosterheim', 'fosterforeld', 'fostermor', 'fosterfar', 'fosterbarn', 'beredskapsheim'],
      special: {
        child_participation: ['Ingen spurde {whom} om korleis {pron} hadde det i fosterheimen.'],
      },
    },
  },
];
