import type { ThemeVocabulary } from './types.ts';

/** Themes about how the service is run: access, collaboration, staffing, management, certificates. */
export const ORGANISATION_THEMES: readonly ThemeVocabulary[] = [
  {
    code: 'access_to_services',
    nb: {
      title: ['lang ventetid', 'avslag på hjelp', 'manglende tilgang til tjenester'],
      happened: [
        'Ventetiden {place} var over et halvt år.',
        '{Who} fikk beskjed om at det ikke var kapasitet, og at {pron} måtte vente.',
        'Søknaden om hjelp ble liggende i månedsvis uten svar.',
        '{Unit} sa at {who} ikke hadde rett til hjelp, uten å gjøre en ordentlig vurdering.',
      ],
      conduct: [
        '{Staff} har avvist pasienter uten å vurdere behovet for hjelp.',
        '{Staff} har latt henvisninger ligge ubehandlet i flere måneder.',
      ],
      consequence: [
        'Mens {pron} ventet, ble helsen stadig dårligere.',
        '{Who} har ikke fått den hjelpen {pron} har krav på.',
      ],
      want: [
        '{I} ber om at {who} får hjelp uten mer ventetid.',
        '{I} vil at det blir vurdert om {unit} har gitt den hjelpen {who} har rett til.',
      ],
      audit: [
        'søknader og henvisninger blir behandlet innen fristene',
        'alle får vurdert behovet for tjenester og får et forsvarlig tilbud',
      ],
    },
    nn: {
      title: ['lang ventetid', 'avslag på hjelp', 'manglande tilgang til tenester'],
      happened: [
        'Ventetida {place} var over eit halvt år.',
        '{Who} fekk beskjed om at det ikkje var kapasitet, og at {pron} måtte vente.',
        'Søknaden om hjelp vart liggjande i fleire månader utan svar.',
        '{Unit} sa at {who} ikkje hadde rett til hjelp, utan å gjere ei ordentleg vurdering.',
      ],
      conduct: [
        '{Staff} har avvist pasientar utan å vurdere behovet for hjelp.',
        '{Staff} har late tilvisingar liggje ubehandla i fleire månader.',
      ],
      consequence: [
        'Medan {pron} venta, vart helsa stadig dårlegare.',
        '{Who} har ikkje fått den hjelpa {pron} har krav på.',
      ],
      want: [
        '{I} ber om at {who} får hjelp utan meir ventetid.',
        '{I} vil at det blir vurdert om {unit} har gitt den hjelpa {who} har rett til.',
      ],
      audit: [
        'søknader og tilvisingar blir behandla innan fristane',
        'alle får vurdert behovet for tenester og får eit forsvarleg tilbod',
      ],
    },
  },
  {
    code: 'collaboration',
    nb: {
      title: ['svikt i samhandling', 'mangelfull epikrise', 'dårlig overføring mellom tjenester'],
      happened: [
        'Epikrisen kom ikke frem, og ingen visste hvilke medisiner {who} skulle ha.',
        '{Who} ble sendt hjem uten at {unit} hadde fått beskjed.',
        'Ingen hadde ansvar for å koordinere hjelpen mellom tjenestene.',
        'Opplysninger gikk tapt da {who} ble flyttet mellom avdelinger.',
      ],
      conduct: [
        '{Staff} sendte ikke epikrise og viktige opplysninger videre.',
        '{Staff} unnlot å varsle samarbeidende tjenester om alvorlige funn.',
      ],
      consequence: [
        'Fordi ingen snakket sammen, ble {who} en kasteball mellom tjenestene.',
        'Den dårlige samhandlingen førte til at viktig oppfølging uteble.',
      ],
      want: [
        '{I} ber om at samarbeidet mellom tjenestene blir gjennomgått.',
        '{I} ønsker en individuell plan og en fast koordinator.',
      ],
      audit: [
        'epikriser og nødvendige opplysninger blir sendt videre i tide',
        'samhandlingen ved innleggelse og utskrivning fungerer',
      ],
    },
    nn: {
      title: ['svikt i samhandling', 'mangelfull epikrise', 'dårleg overføring mellom tenester'],
      happened: [
        'Epikrisen kom ikkje fram, og ingen visste kva medisinar {who} skulle ha.',
        '{Who} vart send heim utan at {unit} hadde fått beskjed.',
        'Ingen hadde ansvar for å koordinere hjelpa mellom tenestene.',
        'Opplysningar gjekk tapt då {who} vart flytt mellom avdelingar.',
      ],
      conduct: [
        '{Staff} sende ikkje epikrise og viktige opplysningar vidare.',
        '{Staff} let vere å varsle samarbeidande tenester om alvorlege funn.',
      ],
      consequence: [
        'Fordi ingen snakka saman, vart {who} ein kasteball mellom tenestene.',
        'Den dårlege samhandlinga førte til at viktig oppfølging uteblei.',
      ],
      want: [
        '{I} ber om at samarbeidet mellom tenestene blir gått gjennom.',
        '{I} ønskjer ein individuell plan og ein fast koordinator.',
      ],
      audit: [
        'epikriser og naudsynte opplysningar blir sende vidare i tide',
        'samhandlinga ved innlegging og utskriving fungerer',
      ],
    },
  },
  {
    code: 'competence_staffing',
    nb: {
      title: ['for lav bemanning', 'manglende kompetanse', 'ufaglærte vikarer'],
      happened: [
        'Det var bare ufaglærte vikarer på jobb {place}.',
        'Bemanningen var så lav at ingen hadde tid til {whom}.',
        'Ingen av de ansatte visste hvordan utstyret skulle brukes.',
        '{Staff} hadde ikke fått opplæring i det {who} trengte hjelp til.',
      ],
      conduct: [
        '{Staff} har utført oppgaver uten å ha nødvendig kompetanse.',
        '{Staff} har arbeidet uten gyldig autorisasjon.',
      ],
      consequence: [
        'Den lave bemanningen gikk direkte ut over sikkerheten.',
        'Mangel på kompetanse gjorde at alvorlige tegn ble oversett.',
      ],
      want: [
        '{I} ber om at bemanningen og kompetansen {place} blir undersøkt.',
        '{I} vil at {unit} sørger for nok fagfolk på jobb.',
      ],
      audit: [
        'bemanningen er tilstrekkelig og de ansatte har nødvendig kompetanse',
        'nye ansatte og vikarer får opplæring',
      ],
    },
    nn: {
      title: ['for låg bemanning', 'manglande kompetanse', 'ufaglærte vikarar'],
      happened: [
        'Det var berre ufaglærte vikarar på jobb {place}.',
        'Bemanninga var så låg at ingen hadde tid til {whom}.',
        'Ingen av dei tilsette visste korleis utstyret skulle brukast.',
        '{Staff} hadde ikkje fått opplæring i det {who} trong hjelp til.',
      ],
      conduct: [
        '{Staff} har utført oppgåver utan å ha naudsynt kompetanse.',
        '{Staff} har arbeidd utan gyldig autorisasjon.',
      ],
      consequence: [
        'Den låge bemanninga gjekk direkte ut over tryggleiken.',
        'Mangel på kompetanse gjorde at alvorlege teikn vart oversette.',
      ],
      want: [
        '{I} ber om at bemanninga og kompetansen {place} blir undersøkt.',
        '{I} vil at {unit} sørgjer for nok fagfolk på jobb.',
      ],
      audit: [
        'bemanninga er tilstrekkeleg og dei tilsette har naudsynt kompetanse',
        'nye tilsette og vikarar får opplæring',
      ],
    },
  },
  {
    code: 'management_quality',
    nb: {
      title: ['svikt i internkontroll', 'manglende oppfølging av avvik', 'dårlig ledelse'],
      happened: [
        'Avvik ble meldt flere ganger, men ledelsen gjorde ingenting.',
        'Det fantes ingen skriftlige rutiner for det som skjedde.',
        'Lederen {place} svarte aldri på henvendelsene.',
        'De ansatte sier selv at de lenge har varslet ledelsen om forholdene.',
      ],
      conduct: [
        'Som leder har {staff} ikke fulgt opp avvik og varsler fra de ansatte.',
        '{Staff} har bedt ansatte om ikke å melde avvik.',
      ],
      consequence: [
        'Det samme kan skje igjen fordi ingen har lært av feilen.',
        'Mangelen på styring gjør at feilene gjentar seg.',
      ],
      want: [
        '{I} ber om at internkontrollen {place} blir gjennomgått.',
        '{I} vil at ledelsen tar ansvar og sørger for at dette ikke skjer igjen.',
      ],
      audit: [
        'ledelsen planlegger, gjennomfører, evaluerer og korrigerer virksomheten',
        'avvik blir meldt, fulgt opp og brukt til forbedring',
      ],
    },
    nn: {
      title: ['svikt i internkontroll', 'manglande oppfølging av avvik', 'dårleg leiing'],
      happened: [
        'Avvik vart melde fleire gonger, men leiinga gjorde ingenting.',
        'Det fanst ingen skriftlege rutinar for det som skjedde.',
        'Leiaren {place} svara aldri på førespurnadene.',
        'Dei tilsette seier sjølve at dei lenge har varsla leiinga om forholda.',
      ],
      conduct: [
        'Som leiar har {staff} ikkje følgt opp avvik og varsel frå dei tilsette.',
        '{Staff} har bede tilsette om ikkje å melde avvik.',
      ],
      consequence: [
        'Det same kan skje att fordi ingen har lært av feilen.',
        'Mangelen på styring gjer at feila gjentek seg.',
      ],
      want: [
        '{I} ber om at internkontrollen {place} blir gått gjennom.',
        '{I} vil at leiinga tek ansvar og sørgjer for at dette ikkje skjer att.',
      ],
      audit: [
        'leiinga planlegg, gjennomfører, evaluerer og korrigerer verksemda',
        'avvik blir melde, følgde opp og brukte til forbetring',
      ],
    },
  },
  {
    code: 'certificates',
    nb: {
      title: ['feil i legeerklæring', 'nektet sykemelding', 'uriktig attest'],
      happened: [
        '{Staff} nektet å skrive sykemelding selv om {who} ikke kunne jobbe.',
        'Legeerklæringen inneholdt opplysninger som ikke stemte.',
        '{Staff} skrev en attest uten å ha undersøkt {whom}.',
        'Erklæringen til forsikringsselskapet ble sendt for sent, og {who} mistet utbetalingen.',
      ],
      conduct: [
        '{Staff} har skrevet sykemeldinger og attester uten å undersøke pasientene.',
        '{Staff} har skrevet en falsk legeerklæring.',
      ],
      consequence: [
        'Den uriktige attesten fikk store økonomiske følger for {whom}.',
        '{Who} sto uten inntekt i flere måneder.',
      ],
      want: [
        '{I} ber om at erklæringen blir vurdert og rettet.',
        '{I} vil at det blir vurdert om attesten er skrevet i tråd med kravene.',
      ],
      audit: [
        'attester og erklæringer er korrekte og bygger på egne undersøkelser',
        'sykemeldinger blir skrevet på riktig grunnlag',
      ],
    },
    nn: {
      title: ['feil i legeerklæring', 'nekta sjukmelding', 'uriktig attest'],
      happened: [
        '{Staff} nekta å skrive sjukmelding sjølv om {who} ikkje kunne jobbe.',
        'Legeerklæringa inneheldt opplysningar som ikkje stemde.',
        '{Staff} skreiv ein attest utan å ha undersøkt {whom}.',
        'Erklæringa til forsikringsselskapet vart send for seint, og {who} mista utbetalinga.',
      ],
      conduct: [
        '{Staff} har skrive sjukmeldingar og attestar utan å undersøkje pasientane.',
        '{Staff} har skrive ei falsk legeerklæring.',
      ],
      consequence: [
        'Den uriktige attesten fekk store økonomiske følgjer for {whom}.',
        '{Who} stod utan inntekt i fleire månader.',
      ],
      want: [
        '{I} ber om at erklæringa blir vurdert og retta.',
        '{I} vil at det blir vurdert om attesten er skriven i samsvar med krava.',
      ],
      audit: [
        'attestar og erklæringar er korrekte og byggjer på eigne undersøkingar',
        'sjukmeldingar blir skrivne på rett grunnlag',
      ],
    },
  },
];
