import type { ThemeVocabulary } from './types.ts';

/**
 * Themes about professionals' conduct, and the child-welfare and social-service themes. Like the safety
 * themes, these avoid the urgency cue words ("overgrep", "slått").
 */
export const CONDUCT_WELFARE_THEMES: readonly ThemeVocabulary[] = [
  {
    code: 'conduct',
    nb: {
      title: ['krenkende oppførsel', 'uforsvarlig atferd', 'respektløs behandling'],
      happened: [
        '{Staff} var frekk og nedlatende og kalte {whom} lat.',
        '{Staff} kjeftet på {whom} foran andre.',
        '{Staff} truet med å avslutte hjelpen hvis {i} klaget.',
        '{Staff} har opptrådt truende og respektløst.',
      ],
      conduct: [
        '{Staff} har over tid oppført seg krenkende overfor pasienter og kolleger.',
        '{Staff} har gitt uriktige opplysninger om egen utdanning for å få jobben.',
      ],
      consequence: [
        'Det er nå en stor belastning å måtte dit.',
        'Oppførselen har gjort at {who} ikke tør å be om hjelp.',
      ],
      want: [
        '{I} ber om at oppførselen til {staff} blir vurdert.',
        '{I} vil ha en beklagelse og en forsikring om at dette ikke skjer igjen.',
      ],
      audit: ['brukerne blir møtt med respekt', 'uønsket atferd hos ansatte blir oppdaget og fulgt opp'],
    },
    nn: {
      title: ['krenkjande åtferd', 'uforsvarleg åtferd', 'respektlaus behandling'],
      happened: [
        '{Staff} var frekk og nedlatande og kalla {whom} lat.',
        '{Staff} kjefta på {whom} framfor andre.',
        '{Staff} truga med å avslutte hjelpa viss {i} klaga.',
        '{Staff} har opptredd trugande og respektlaust.',
      ],
      conduct: [
        '{Staff} har over tid oppført seg krenkjande overfor pasientar og kollegaer.',
        '{Staff} har gitt uriktige opplysningar om eiga utdanning for å få jobben.',
      ],
      consequence: [
        'Det er no ei stor belastning å måtte dit.',
        'Åtferda har gjort at {who} ikkje tør å be om hjelp.',
      ],
      want: [
        '{I} ber om at åtferda til {staff} blir vurdert.',
        '{I} vil ha ei orsaking og ei forsikring om at dette ikkje skjer att.',
      ],
      audit: ['brukarane blir møtte med respekt', 'uønskt åtferd hos tilsette blir oppdaga og følgd opp'],
    },
  },
  {
    code: 'substance_misuse_staff',
    nb: {
      title: ['ruspåvirket helsepersonell', 'rus på jobb', 'mistanke om rusmisbruk hos ansatt'],
      happened: [
        '{Staff} virket ruspåvirket og luktet alkohol.',
        '{Staff} var ruspåvirket på vakt og klarte ikke å gjøre jobben.',
        'Medisiner forsvant fra medisinrommet, og kolleger mistenkte {staff}.',
        '{Staff} sovnet på vakt og var vanskelig å vekke.',
      ],
      conduct: [
        '{Staff} har møtt ruspåvirket på jobb ved flere anledninger.',
        '{Staff} har tatt vanedannende legemidler fra avdelingens lager til eget bruk.',
      ],
      consequence: [
        '{Who} fikk ikke den hjelpen {pron} trengte mens {staff} var på vakt.',
        'Sikkerheten var alvorlig truet.',
      ],
      want: [
        '{I} ber om at det blir vurdert om {staff} er skikket til å jobbe.',
        '{I} vil at {unit} sørger for at ingen jobber ruspåvirket.',
      ],
      audit: [
        'virksomheten har rutiner for å håndtere mistanke om rus hos ansatte',
        'tilgangen til vanedannende legemidler blir kontrollert',
      ],
    },
    nn: {
      title: ['ruspåverka helsepersonell', 'rus på jobb', 'mistanke om rusmisbruk hos tilsett'],
      happened: [
        '{Staff} verka ruspåverka og lukta alkohol.',
        '{Staff} var ruspåverka på vakt og klarte ikkje å gjere jobben.',
        'Medisinar forsvann frå medisinrommet, og kollegaer mistenkte {staff}.',
        '{Staff} sovna på vakt og var vanskeleg å vekkje.',
      ],
      conduct: [
        '{Staff} har møtt ruspåverka på jobb fleire gonger.',
        '{Staff} har teke vanedannande legemiddel frå lageret til avdelinga til eige bruk.',
      ],
      consequence: [
        '{Who} fekk ikkje den hjelpa {pron} trong medan {staff} var på vakt.',
        'Tryggleiken var alvorleg truga.',
      ],
      want: [
        '{I} ber om at det blir vurdert om {staff} er skikka til å jobbe.',
        '{I} vil at {unit} sørgjer for at ingen jobbar ruspåverka.',
      ],
      audit: [
        'verksemda har rutinar for å handtere mistanke om rus hos tilsette',
        'tilgangen til vanedannande legemiddel blir kontrollert',
      ],
    },
  },
  {
    code: 'boundary_violation',
    nb: {
      title: ['grenseoverskridende atferd', 'seksuell relasjon til pasient', 'upassende kontakt'],
      happened: [
        '{Staff} sendte meldinger til {whom} med seksuelle kommentarer.',
        '{Staff} ville møte {whom} på fritiden.',
        '{Staff} tok på {whom} på en måte som ikke hadde noe med hjelpen å gjøre.',
        '{Staff} innledet et forhold til {whom} mens behandlingen pågikk.',
      ],
      conduct: [
        '{Staff} har hatt et seksuelt forhold til en pasient.',
        '{Staff} har kontaktet pasienter på sosiale medier og sendt seksuelle meldinger.',
      ],
      consequence: [
        '{Who} føler {self} utnyttet og har fått det mye verre.',
        'Det som skjedde, har ødelagt tilliten til hjelpeapparatet.',
      ],
      want: [
        '{I} ber om at {staff} ikke får jobbe med pasienter mens saken undersøkes.',
        '{I} vil at saken blir vurdert av Statens helsetilsyn.',
      ],
      audit: [
        'virksomheten har rutiner som forebygger og avdekker grenseoverskridende atferd',
        'brukerne vet hvor de kan si fra om upassende atferd',
      ],
    },
    nn: {
      title: ['grenseoverskridande åtferd', 'seksuell relasjon til pasient', 'upassande kontakt'],
      happened: [
        '{Staff} sende meldingar til {whom} med seksuelle kommentarar.',
        '{Staff} ville møte {whom} på fritida.',
        '{Staff} tok på {whom} på ein måte som ikkje hadde noko med hjelpa å gjere.',
        '{Staff} innleidde eit forhold til {whom} medan behandlinga gjekk føre seg.',
      ],
      conduct: [
        '{Staff} har hatt eit seksuelt forhold til ein pasient.',
        '{Staff} har kontakta pasientar på sosiale medium og sendt seksuelle meldingar.',
      ],
      consequence: [
        '{Who} kjenner {self} utnytta og har fått det mykje verre.',
        'Det som skjedde, har øydelagt tilliten til hjelpeapparatet.',
      ],
      want: [
        '{I} ber om at {staff} ikkje får jobbe med pasientar medan saka blir undersøkt.',
        '{I} vil at saka blir vurdert av Statens helsetilsyn.',
      ],
      audit: [
        'verksemda har rutinar som førebyggjer og avdekkjer grenseoverskridande åtferd',
        'brukarane veit kvar dei kan seie frå om upassande åtferd',
      ],
    },
  },
  {
    code: 'child_participation',
    nb: {
      title: ['barnet ble ikke hørt', 'barnets stemme mangler', 'manglende medvirkning for barnet'],
      happened: [
        'Ingen snakket med {whom} alene før beslutningen ble tatt.',
        'Barnets stemme kom ikke frem i saken.',
        '{Who} sa tydelig hva {pron} ønsket, men det ble ikke lagt vekt på.',
        '{Who} fikk ikke informasjon om hva som skulle skje, på en måte {pron} forsto.',
      ],
      conduct: [
        '{Staff} har tatt beslutninger om barn uten å snakke med dem.',
        '{Staff} har unnlatt å dokumentere barnets synspunkter.',
      ],
      consequence: [
        '{Who} opplever at ingen bryr seg om hva {pron} mener.',
        'Avgjørelsen ble tatt over hodet på {whom}.',
      ],
      want: [
        '{I} ber om at {who} blir hørt før det tas nye avgjørelser.',
        '{I} vil at barnets mening skal komme tydelig frem i saken.',
      ],
      audit: [
        'barn får informasjon og blir hørt i saker som gjelder dem',
        'barnets synspunkter blir dokumentert og vektlagt',
      ],
    },
    nn: {
      title: ['barnet vart ikkje høyrt', 'stemma til barnet manglar', 'manglande medverknad for barnet'],
      happened: [
        'Ingen snakka med {whom} åleine før avgjerda vart teken.',
        'Stemma til barnet kom ikkje fram i saka.',
        '{Who} sa tydeleg kva {pron} ønskte, men det vart ikkje lagt vekt på.',
        '{Who} fekk ikkje informasjon om kva som skulle skje, på ein måte {pron} forstod.',
      ],
      conduct: [
        '{Staff} har teke avgjerder om barn utan å snakke med dei.',
        '{Staff} har late vere å dokumentere synspunkta til barnet.',
      ],
      consequence: [
        '{Who} opplever at ingen bryr seg om kva {pron} meiner.',
        'Avgjerda vart teken over hovudet på {whom}.',
      ],
      want: [
        '{I} ber om at {who} blir høyrd før det blir teke nye avgjerder.',
        '{I} vil at meininga til barnet skal kome tydeleg fram i saka.',
      ],
      audit: [
        'barn får informasjon og blir høyrde i saker som gjeld dei',
        'synspunkta til barnet blir dokumenterte og vektlagde',
      ],
    },
  },
  {
    code: 'cw_investigation',
    nb: {
      title: ['mangelfull undersøkelse', 'feil tiltak fra barnevernet', 'undersøkelse som tok for lang tid'],
      happened: [
        'Undersøkelsen tok over seks måneder, langt over fristen.',
        'Meldingen ble henlagt uten at noen snakket med familien.',
        'Konklusjonen i undersøkelsen bygde på feil opplysninger.',
        'Tiltakene som ble satt inn, passet ikke for {whom}.',
      ],
      conduct: [
        '{Staff} har gjennomført undersøkelser uten å snakke med barna.',
        '{Staff} har skrevet rapporter med opplysninger som ikke stemmer.',
      ],
      consequence: [
        'Familien fikk ikke hjelp da det trengtes.',
        'Feil tiltak har gjort situasjonen verre for {whom}.',
      ],
      want: [
        '{I} ber om at undersøkelsen og tiltakene blir vurdert på nytt.',
        '{I} vil at opplysningene i rapporten blir rettet.',
      ],
      audit: [
        'meldinger blir gjennomgått og undersøkelser gjennomført innen fristene',
        'tiltak blir evaluert og tilpasset barnets behov',
      ],
    },
    nn: {
      title: ['mangelfull undersøking', 'feil tiltak frå barnevernet', 'undersøking som tok for lang tid'],
      happened: [
        'Undersøkinga tok over seks månader, langt over fristen.',
        'Meldinga vart lagd bort utan at nokon snakka med familien.',
        'Konklusjonen i undersøkinga bygde på feil opplysningar.',
        'Tiltaka som vart sette inn, passa ikkje for {whom}.',
      ],
      conduct: [
        '{Staff} har gjennomført undersøkingar utan å snakke med barna.',
        '{Staff} har skrive rapportar med opplysningar som ikkje stemmer.',
      ],
      consequence: [
        'Familien fekk ikkje hjelp då det trongst.',
        'Feil tiltak har gjort situasjonen verre for {whom}.',
      ],
      want: [
        '{I} ber om at undersøkinga og tiltaka blir vurderte på nytt.',
        '{I} vil at opplysningane i rapporten blir retta.',
      ],
      audit: [
        'meldingar blir gått gjennom og undersøkingar gjennomførte innan fristane',
        'tiltak blir evaluerte og tilpassa behova til barnet',
      ],
    },
  },
  {
    code: 'social_assistance',
    nb: {
      title: ['avslag på økonomisk stønad', 'mangelfull råd og veiledning', 'for lav stønad'],
      happened: [
        'Søknaden om økonomisk stønad ble avslått uten en skikkelig vurdering.',
        'Stønaden dekket ikke husleie og strøm.',
        '{Who} fikk ikke råd og veiledning om gjeld og økonomi.',
        'Det ble krevd dokumentasjon som var umulig å skaffe.',
      ],
      conduct: [
        '{Staff} har gitt uriktige opplysninger om retten til økonomisk stønad.',
        '{Staff} har behandlet søkere nedlatende og holdt tilbake søknader.',
      ],
      consequence: [
        '{Who} har måttet låne penger for å kjøpe mat.',
        'Familien har ikke råd til det barna trenger.',
      ],
      want: [
        '{I} ber om at avslaget på økonomisk stønad blir omgjort.',
        '{I} vil at søknaden blir behandlet på nytt med en individuell vurdering.',
      ],
      audit: [
        'søknader om økonomisk stønad får en individuell vurdering',
        'brukerne får råd og veiledning tilpasset situasjonen sin',
      ],
    },
    nn: {
      title: ['avslag på økonomisk stønad', 'mangelfull råd og rettleiing', 'for låg stønad'],
      happened: [
        'Søknaden om økonomisk stønad vart avslått utan ei skikkeleg vurdering.',
        'Stønaden dekte ikkje husleige og straum.',
        '{Who} fekk ikkje råd og rettleiing om gjeld og økonomi.',
        'Det vart kravd dokumentasjon som var umogleg å skaffe.',
      ],
      conduct: [
        '{Staff} har gitt uriktige opplysningar om retten til økonomisk stønad.',
        '{Staff} har behandla søkjarar nedlatande og halde tilbake søknader.',
      ],
      consequence: [
        '{Who} har måtta låne pengar for å kjøpe mat.',
        'Familien har ikkje råd til det barna treng.',
      ],
      want: [
        '{I} ber om at avslaget på økonomisk stønad blir gjort om.',
        '{I} vil at søknaden blir behandla på nytt med ei individuell vurdering.',
      ],
      audit: [
        'søknader om økonomisk stønad får ei individuell vurdering',
        'brukarane får råd og rettleiing tilpassa situasjonen sin',
      ],
    },
  },
];
