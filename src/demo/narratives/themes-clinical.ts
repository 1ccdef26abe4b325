import type { ThemeVocabulary } from './types.ts';

/** Themes about the care itself: diagnosis, treatment, medicines, records, confidentiality, information. */
export const CLINICAL_THEMES: readonly ThemeVocabulary[] = [
  {
    code: 'diagnostics',
    nb: {
      title: ['sen diagnose', 'manglende utredning', 'feil diagnose'],
      happened: [
        '{Staff} tok ikke plagene på alvor og startet ingen utredning.',
        'Blodprøvene viste tydelige avvik, men ingen fulgte dem opp.',
        '{Who} fikk feil diagnose {place}, og den riktige sykdommen ble oppdaget først måneder senere.',
        'Det ble aldri tatt røntgen eller andre prøver, selv om symptomene var klare.',
      ],
      conduct: [
        '{Staff} har flere ganger oversett tydelige symptomer og unnlatt å utrede pasientene.',
        '{Staff} stilte diagnoser uten å undersøke pasientene og uten å ta nødvendige prøver.',
      ],
      consequence: [
        'Sykdommen ble oppdaget så sent at behandlingen nå blir mye tyngre.',
        'Den forsinkede diagnosen har gitt {whom} varige plager.',
      ],
      want: [
        '{I} vil vite hvorfor ingen undersøkte {whom} grundigere.',
        '{I} ber om en vurdering av om utredningen var forsvarlig.',
      ],
      audit: [
        'pasienter med uavklarte symptomer blir utredet forsvarlig og i tide',
        'prøvesvar og funn blir fulgt opp',
      ],
    },
    nn: {
      title: ['sein diagnose', 'manglande utgreiing', 'feil diagnose'],
      happened: [
        '{Staff} tok ikkje plagene på alvor og sette ikkje i gang nokon utgreiing.',
        'Blodprøvene viste tydelege avvik, men ingen følgde dei opp.',
        '{Who} fekk feil diagnose {place}, og den rette sjukdommen vart oppdaga først månader seinare.',
        'Det vart aldri teke røntgen eller andre prøver, sjølv om symptoma var klare.',
      ],
      conduct: [
        '{Staff} har fleire gonger oversett tydelege symptom og late vere å greie ut pasientane.',
        '{Staff} stilte diagnosar utan å undersøkje pasientane og utan å ta naudsynte prøver.',
      ],
      consequence: [
        'Sjukdommen vart oppdaga så seint at behandlinga no blir mykje tyngre.',
        'Den forseinka diagnosen har gitt {whom} varige plager.',
      ],
      want: [
        '{I} vil vite kvifor ingen undersøkte {whom} grundigare.',
        '{I} ber om ei vurdering av om utgreiinga var forsvarleg.',
      ],
      audit: [
        'pasientar med uavklarte symptom blir greidde ut forsvarleg og i tide',
        'prøvesvar og funn blir følgde opp',
      ],
    },
  },
  {
    code: 'treatment',
    nb: {
      title: ['mangelfull behandling', 'manglende oppfølging', 'behandling som ikke ble fulgt opp'],
      happened: [
        'Behandlingen ble avsluttet for tidlig, og ingen fulgte opp etterpå.',
        'Etter behandlingen sørget {staff} ikke for oppfølging, selv om det var avtalt kontroll.',
        'Det ble ikke laget noen behandlingsplan {place}.',
        '{Who} fikk ikke smertelindring før mange timer senere.',
      ],
      conduct: [
        '{Staff} har gitt behandling som ikke er i tråd med faglige retningslinjer.',
        '{Staff} avsluttet behandlingen av flere pasienter uten faglig begrunnelse.',
      ],
      consequence: [
        'Tilstanden ble forverret fordi behandlingen kom for sent.',
        '{Who} har fått komplikasjoner som kunne vært unngått med bedre oppfølging.',
      ],
      want: [
        '{I} ønsker at Statsforvalteren vurderer om {who} fikk forsvarlig hjelp.',
        '{I} vil at {unit} tar ansvar og lager en plan for videre oppfølging.',
      ],
      audit: [
        'behandling og oppfølging er i tråd med faglige retningslinjer',
        'det blir laget og fulgt opp planer for behandlingen',
      ],
    },
    nn: {
      title: ['mangelfull behandling', 'manglande oppfølging', 'behandling som ikkje vart følgd opp'],
      happened: [
        'Behandlinga vart avslutta for tidleg, og ingen følgde opp etterpå.',
        'Etter behandlinga sørgde {staff} ikkje for oppfølging, sjølv om det var avtalt kontroll.',
        'Det vart ikkje laga nokon behandlingsplan {place}.',
        '{Who} fekk ikkje smertelindring før mange timar seinare.',
      ],
      conduct: [
        '{Staff} har gitt behandling som ikkje er i samsvar med faglege retningslinjer.',
        '{Staff} avslutta behandlinga av fleire pasientar utan fagleg grunngiving.',
      ],
      consequence: [
        'Tilstanden vart verre fordi behandlinga kom for seint.',
        '{Who} har fått komplikasjonar som kunne vore unngått med betre oppfølging.',
      ],
      want: [
        '{I} ønskjer at Statsforvaltaren vurderer om {who} fekk forsvarleg hjelp.',
        '{I} vil at {unit} tek ansvar og lagar ein plan for vidare oppfølging.',
      ],
      audit: [
        'behandling og oppfølging er i samsvar med faglege retningslinjer',
        'det blir laga og følgt opp planar for behandlinga',
      ],
    },
  },
  {
    code: 'medication',
    nb: {
      title: ['feil dose av medisin', 'feil i medisinlisten', 'medisiner som ikke ble gitt'],
      happened: [
        '{Who} fikk feil dose av blodfortynnende medisin {place}.',
        'Medisinlisten var ikke oppdatert, og {who} fikk en medisin som skulle vært seponert.',
        '{Staff} ga {whom} dobbel dose morfin ved en feil.',
        'Flere medisiner ble ikke gitt på flere dager fordi ingen hadde ansvar for medisinlisten.',
      ],
      conduct: [
        '{Staff} har gitt pasienter feil dose og ikke meldt avvik.',
        '{Staff} har rekvirert vanedannende legemidler i store mengder uten faglig grunn.',
      ],
      consequence: [
        '{Who} ble svært forvirret og måtte få akutt hjelp.',
        'Feilen kunne fått alvorlige følger for {whom}.',
      ],
      want: [
        '{I} vil vite hvordan det kunne skje at {who} fikk feil dose.',
        '{I} ber om at rutinene for legemiddelhåndtering blir gjennomgått.',
      ],
      audit: ['legemiddelhåndteringen er forsvarlig', 'medisinlistene er oppdaterte og riktige'],
    },
    nn: {
      title: ['feil dose av medisin', 'feil i medisinlista', 'medisinar som ikkje vart gitt'],
      happened: [
        '{Who} fekk feil dose av blodfortynnande medisin {place}.',
        'Medisinlista var ikkje oppdatert, og {who} fekk ein medisin som skulle vore seponert.',
        '{Staff} gav {whom} dobbel dose morfin ved ein feil.',
        'Fleire medisinar vart ikkje gitt på fleire dagar fordi ingen hadde ansvar for medisinlista.',
      ],
      conduct: [
        '{Staff} har gitt pasientar feil dose og ikkje meldt avvik.',
        '{Staff} har rekvirert vanedannande legemiddel i store mengder utan fagleg grunn.',
      ],
      consequence: [
        '{Who} vart svært forvirra og måtte få akutt hjelp.',
        'Feilen kunne fått alvorlege følgjer for {whom}.',
      ],
      want: [
        '{I} vil vite korleis det kunne skje at {who} fekk feil dose.',
        '{I} ber om at rutinane for legemiddelhandtering blir gått gjennom.',
      ],
      audit: ['legemiddelhandteringa er forsvarleg', 'medisinlistene er oppdaterte og rette'],
    },
  },
  {
    code: 'records',
    nb: {
      title: ['feil i journalen', 'mangelfull journalføring', 'opplysninger som mangler i journalen'],
      happened: [
        'Journalen inneholder opplysninger som er feil, og {unit} nekter å rette dem.',
        'Det viktigste fra samtalen ble aldri skrevet i journalen.',
        '{I} ba om innsyn i journalen og fikk ikke svar på over to måneder.',
        'Journalen beskriver samtaler som aldri fant sted.',
      ],
      conduct: [
        '{Staff} har over tid unnlatt å føre journal for pasientene sine.',
        '{Staff} har skrevet journalnotater om konsultasjoner som ikke fant sted.',
      ],
      consequence: [
        'Feilene i journalen gjør at andre behandlere får et galt bilde av {whom}.',
        'Uten en riktig journal visste ingen hva som var avtalt.',
      ],
      want: ['{I} krever at journalen blir rettet.', '{I} ber om at journalføringen {place} blir undersøkt.'],
      audit: [
        'journalene er riktige, oppdaterte og tilgjengelige for dem som trenger dem',
        'viktige opplysninger blir dokumentert i journalen',
      ],
    },
    nn: {
      title: ['feil i journalen', 'mangelfull journalføring', 'opplysningar som manglar i journalen'],
      happened: [
        'Journalen inneheld opplysningar som er feil, og {unit} nektar å rette dei.',
        'Det viktigaste frå samtalen vart aldri skrive i journalen.',
        '{I} bad om innsyn i journalen og fekk ikkje svar på over to månader.',
        'Journalen skildrar samtalar som aldri fann stad.',
      ],
      conduct: [
        '{Staff} har over tid late vere å føre journal for pasientane sine.',
        '{Staff} har skrive journalnotat om konsultasjonar som ikkje fann stad.',
      ],
      consequence: [
        'Feila i journalen gjer at andre behandlarar får eit feil bilete av {whom}.',
        'Utan ein rett journal visste ingen kva som var avtalt.',
      ],
      want: ['{I} krev at journalen blir retta.', '{I} ber om at journalføringa {place} blir undersøkt.'],
      audit: [
        'journalane er rette, oppdaterte og tilgjengelege for dei som treng dei',
        'viktige opplysningar blir dokumenterte i journalen',
      ],
    },
  },
  {
    code: 'confidentiality',
    nb: {
      title: ['brudd på taushetsplikten', 'opplysninger delt uten samtykke', 'snoking i journalen'],
      happened: [
        '{Staff} fortalte om {whom} til andre i bygda, og taushetsplikten ble brutt.',
        'Opplysninger om {whom} ble sendt til arbeidsgiveren uten samtykke.',
        '{Staff} snakket høyt om {whom} på gangen så alle kunne høre det.',
        'Noen har lest journalen uten å ha noe med behandlingen å gjøre.',
      ],
      conduct: [
        '{Staff} har brutt taushetsplikten ved å dele opplysninger om pasienter på sosiale medier.',
        '{Staff} har søkt opp journalen til naboer og kjente uten tjenstlig behov.',
      ],
      consequence: [
        'Nå vet hele nabolaget om sykdommen, og det har vært svært belastende.',
        '{I} føler {me} krenket og har mistet tilliten til {unit}.',
      ],
      want: [
        '{I} vil ha en vurdering av om taushetsplikten er brutt.',
        '{I} ber om å få vite hvem som har lest journalen.',
      ],
      audit: [
        'taushetsplikten blir overholdt og tilgangen til journalen blir kontrollert',
        'opplysninger om brukerne bare deles med dem som har rett til dem',
      ],
    },
    nn: {
      title: ['brot på teieplikta', 'opplysningar delte utan samtykke', 'snoking i journalen'],
      happened: [
        '{Staff} fortalde om {whom} til andre i bygda, og teieplikta vart broten.',
        'Opplysningar om {whom} vart sende til arbeidsgivaren utan samtykke.',
        '{Staff} snakka høgt om {whom} på gangen så alle kunne høyre det.',
        'Nokon har lese journalen utan å ha noko med behandlinga å gjere.',
      ],
      conduct: [
        '{Staff} har brote teieplikta ved å dele opplysningar om pasientar på sosiale medium.',
        '{Staff} har søkt opp journalen til naboar og kjende utan tenestleg behov.',
      ],
      consequence: [
        'No veit heile nabolaget om sjukdommen, og det har vore svært tungt.',
        '{I} kjenner {me} krenkt og har mista tilliten til {unit}.',
      ],
      want: [
        '{I} vil ha ei vurdering av om teieplikta er broten.',
        '{I} ber om å få vite kven som har lese journalen.',
      ],
      audit: [
        'teieplikta blir halden og tilgangen til journalen blir kontrollert',
        'opplysningar om brukarane berre blir delte med dei som har rett til dei',
      ],
    },
  },
  {
    code: 'information_consent',
    nb: {
      title: ['manglende informasjon', 'ikke hørt eller involvert', 'behandling uten samtykke'],
      happened: [
        'Ingen forklarte {whom} hva behandlingen innebar eller hvilke risikoer den hadde.',
        '{Who} ble ikke spurt om samtykke før tiltaket ble satt i gang.',
        '{Staff} tok avgjørelser uten å høre på hva {who} selv ønsket.',
        'Informasjonen {place} var mangelfull og vanskelig å forstå.',
      ],
      conduct: [
        '{Staff} har gjennomført behandling uten å innhente samtykke fra pasienten.',
        '{Staff} har gitt pasienter og pårørende villedende informasjon.',
      ],
      consequence: [
        'Hadde {who} fått vite om risikoen, ville {pron} ha valgt annerledes.',
        'Det har skapt stor usikkerhet og mistillit.',
      ],
      want: [
        '{I} ønsker at {unit} forklarer hva som ble bestemt, og hvorfor.',
        '{I} ber om at retten til informasjon og medvirkning blir respektert.',
      ],
      audit: [
        'pasienter og pårørende får informasjon og blir tatt med i beslutninger',
        'samtykke blir innhentet og dokumentert',
      ],
    },
    nn: {
      title: ['manglande informasjon', 'ikkje høyrd eller involvert', 'behandling utan samtykke'],
      happened: [
        'Ingen forklarte {whom} kva behandlinga innebar eller kva risiko ho hadde.',
        '{Who} vart ikkje spurd om samtykke før tiltaket vart sett i gang.',
        '{Staff} tok avgjerder utan å høyre på kva {who} sjølv ønskte.',
        'Informasjonen {place} var mangelfull og vanskeleg å forstå.',
      ],
      conduct: [
        '{Staff} har gjennomført behandling utan å hente inn samtykke frå pasienten.',
        '{Staff} har gitt pasientar og pårørande villeiande informasjon.',
      ],
      consequence: [
        'Hadde {who} fått vite om risikoen, ville {pron} ha valt annleis.',
        'Det har skapt stor uvisse og mistillit.',
      ],
      want: [
        '{I} ønskjer at {unit} forklarer kva som vart bestemt, og kvifor.',
        '{I} ber om at retten til informasjon og medverknad blir respektert.',
      ],
      audit: [
        'pasientar og pårørande får informasjon og blir tekne med i avgjerder',
        'samtykke blir henta inn og dokumentert',
      ],
    },
  },
];
