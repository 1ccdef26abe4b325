import type { ServiceVocabulary } from './types.ts';

/** Where people first meet the health service: ambulance, out-of-hours clinic, GP, online doctor. */
export const PRIMARY_SERVICES: readonly ServiceVocabulary[] = [
  {
    code: 'prehospital',
    related: ['out_of_hours', 'hospital_somatic', 'gp'],
    nb: {
      user: ['pasienten'],
      staff: ['ambulansearbeideren', 'paramedisineren', 'operatøren på AMK'],
      staffIndef: ['en ambulansearbeider', 'en paramedisiner', 'en operatør på AMK-sentralen'],
      place: ['i ambulansen', 'hos AMK-sentralen', 'i ambulansetjenesten', 'på vei til sykehuset'],
      unit: ['ambulansetjenesten', 'AMK-sentralen', 'ambulansen'],
      setting: [
        'Vi ringte 113 fordi {who} plutselig fikk store problemer med å puste.',
        '{Who} segnet om hjemme, og vi ringte etter ambulanse.',
        '{Who} hadde tydelige tegn på hjerneslag da ambulansen ble tilkalt.',
        'Ambulansen ble sendt ut etter en trafikkulykke der {who} var involvert.',
      ],
      happened: [
        'Det tok over en time før ambulansen kom frem.',
        'Operatøren på AMK mente det ikke hastet og sendte ikke ambulanse med en gang.',
        'Ambulansepersonellet sa at {pron} bare hadde angst, og lot {pronObj} bli hjemme.',
        '{Who} ble kjørt til feil sykehus og måtte flyttes videre.',
      ],
      consequence: [
        'Da {who} endelig kom frem, var det for sent å gi den behandlingen som trengtes.',
        'Forsinkelsen gjorde at {pron} fikk varige skader.',
      ],
      decision: ['avslag på ambulansetransport', 'avslag på pasientreise med ambulanse'],
      mention: ['Ambulansen ble tilkalt underveis.', '{Who} ble hentet med ambulanse.'],
      keywords: ['ambulanse', 'amk', '113', 'paramedisiner'],
      special: {
        access_to_services: [
          'AMK ga oppdraget lav hastegrad, og ambulansen ble sendt til et annet oppdrag først.',
        ],
      },
    },
    nn: {
      user: ['pasienten'],
      staff: ['ambulansearbeidaren', 'paramedisinaren', 'operatøren på AMK'],
      staffIndef: ['ein ambulansearbeidar', 'ein paramedisinar', 'ein operatør på AMK-sentralen'],
      place: ['i ambulansen', 'hos AMK-sentralen', 'i ambulansetenesta', 'på veg til sjukehuset'],
      unit: ['ambulansetenesta', 'AMK-sentralen', 'ambulansen'],
      setting: [
        'Vi ringde 113 fordi {who} plutseleg fekk store problem med å puste.',
        '{Who} seig om heime, og vi ringde etter ambulanse.',
        '{Who} hadde tydelege teikn på hjerneslag då ambulansen vart tilkalla.',
        'Ambulansen vart send ut etter ei trafikkulykke der {who} var involvert.',
      ],
      happened: [
        'Det tok over ein time før ambulansen kom fram.',
        'Operatøren på AMK meinte det ikkje hasta og sende ikkje ambulanse med ein gong.',
        'Ambulansepersonellet sa at {pron} berre hadde angst, og let {pronObj} bli verande heime.',
        '{Who} vart køyrd til feil sjukehus og måtte flyttast vidare.',
      ],
      consequence: [
        'Då {who} endeleg kom fram, var det for seint å gi den behandlinga som trongst.',
        'Forseinkinga gjorde at {pron} fekk varige skadar.',
      ],
      decision: ['avslag på ambulansetransport', 'avslag på pasientreise med ambulanse'],
      mention: ['Ambulansen vart tilkalla undervegs.', '{Who} vart henta med ambulanse.'],
      keywords: ['ambulanse', 'amk', '113', 'paramedisinar'],
      special: {
        access_to_services: [
          'AMK gav oppdraget låg hastegrad, og ambulansen vart send til eit anna oppdrag først.',
        ],
      },
    },
  },
  {
    code: 'out_of_hours',
    related: ['gp', 'prehospital', 'hospital_somatic'],
    nb: {
      user: ['pasienten'],
      staff: ['legevaktslegen', 'sykepleieren på legevakten', 'vikarlegen på legevakten'],
      staffIndef: ['en legevaktslege', 'en sykepleier på legevakten', 'en vikarlege på legevakten'],
      place: ['på legevakten', 'på den interkommunale legevakten', 'hos legevakten'],
      unit: ['legevakten', 'legevaktsentralen'],
      setting: [
        '{Who} ble syk en lørdagskveld, og vi ringte legevakten.',
        '{Who} dro på legevakten om natten med høy feber og kraftige smerter.',
        '{Who} kontaktet legevakten etter et kutt i hånden som ikke sluttet å blø.',
        '{Who} ble sendt til legevakten av fastlegen fordi kontoret var stengt.',
      ],
      happened: [
        'Sykepleieren på telefonen sa at det ikke var nødvendig å komme inn.',
        '{Who} satt fire timer på venterommet på legevakten uten å bli sett til.',
        'Legevaktslegen sendte {whom} hjem med smertestillende uten å undersøke skikkelig.',
        'Legevakten hadde bare én lege på jobb for hele regionen.',
      ],
      consequence: [
        'Neste morgen måtte {who} hentes med ambulanse.',
        '{Who} hadde en blindtarmbetennelse som burde vært oppdaget på legevakten.',
      ],
      decision: ['avslag på hjemmebesøk fra legevakten', 'avslag på øyeblikkelig hjelp på legevakten'],
      mention: [
        'Vi hadde også vært på legevakten uken før.',
        'Legevakten ble kontaktet om natten, men kunne ikke hjelpe.',
      ],
      keywords: ['legevakt', 'venterom', 'vikarlege'],
      special: {
        diagnostics: ['Legevaktslegen mente det var omgangssyke, men det var hjernehinnebetennelse.'],
      },
    },
    nn: {
      user: ['pasienten'],
      staff: ['legevaktlegen', 'sjukepleiaren på legevakta', 'vikarlegen på legevakta'],
      staffIndef: ['ein legevaktlege', 'ein sjukepleiar på legevakta', 'ein vikarlege på legevakta'],
      place: ['på legevakta', 'på den interkommunale legevakta', 'hos legevakta'],
      unit: ['legevakta', 'legevaktsentralen'],
      setting: [
        '{Who} vart sjuk ein laurdagskveld, og vi ringde legevakta.',
        '{Who} drog på legevakta om natta med høg feber og kraftige smerter.',
        '{Who} kontakta legevakta etter eit kutt i handa som ikkje slutta å blø.',
        '{Who} vart send til legevakta av fastlegen fordi kontoret var stengt.',
      ],
      happened: [
        'Sjukepleiaren på telefonen sa at det ikkje var naudsynt å kome inn.',
        '{Who} sat fire timar på venterommet på legevakta utan å bli sett til.',
        'Legevaktlegen sende {whom} heim med smertestillande utan å undersøkje skikkeleg.',
        'Legevakta hadde berre éin lege på jobb for heile regionen.',
      ],
      consequence: [
        'Neste morgon måtte {who} hentast med ambulanse.',
        '{Who} hadde ein blindtarmbetennelse som burde vore oppdaga på legevakta.',
      ],
      decision: ['avslag på heimebesøk frå legevakta', 'avslag på augeblikkeleg hjelp på legevakta'],
      mention: [
        'Vi hadde òg vore på legevakta veka før.',
        'Legevakta vart kontakta om natta, men kunne ikkje hjelpe.',
      ],
      keywords: ['legevakt', 'venterom', 'vikarlege'],
      special: {
        diagnostics: ['Legevaktlegen meinte det var omgangssjuke, men det var hjernehinnebetennelse.'],
      },
    },
  },
  {
    code: 'gp',
    related: ['out_of_hours', 'hospital_somatic', 'pharmacy', 'home_care'],
    nb: {
      user: ['pasienten'],
      staff: ['fastlegen', 'fastlegen', 'legen'],
      staffIndef: ['en fastlege', 'en fastlege', 'en lege i allmennpraksis'],
      place: ['hos fastlegen', 'på legekontoret', 'på fastlegekontoret', 'hos legen'],
      unit: ['legekontoret', 'fastlegekontoret', 'legesenteret'],
      setting: [
        '{Who} har hatt samme fastlege i mange år.',
        '{Who} gikk til fastlegen flere ganger med hodepine som ikke ga seg.',
        '{Who} bestilte time på legekontoret fordi en føflekk hadde forandret seg.',
        '{Who} har flere kroniske sykdommer og følges opp av fastlegen.',
      ],
      happened: [
        'Fastlegen avfeide plagene og sa at det var stress.',
        'Det var umulig å komme gjennom på telefon til legekontoret.',
        'Fastlegen fornyet resepter uten å se {whom} på over et år.',
        '{Who} fikk ikke time hos fastlegen før etter tre uker.',
      ],
      consequence: [
        'Sykdommen ble ikke oppdaget før det var for sent å behandle den enkelt.',
        '{Who} har mistet tilliten til fastlegen og vil bytte lege.',
      ],
      decision: ['avslag på bytte av fastlege', 'avslag på henvisning fra fastlegen'],
      mention: [
        'Fastlegen ble orientert, men fulgte ikke opp.',
        '{Who} hadde også vært hos fastlegen med de samme plagene.',
      ],
      keywords: ['fastlege', 'legekontor', 'legesenter', 'allmennlege', 'allmennpraksis'],
      special: {
        certificates: ['Fastlegen nektet å skrive sykemelding og sa at {who} fikk ordne det selv.'],
        diagnostics: ['Fastlegen henviste ikke videre selv om blodprøvene på legekontoret var unormale.'],
        medication: ['Fastlegen fornyet vanedannende tabletter i årevis uten kontroll.'],
      },
    },
    nn: {
      user: ['pasienten'],
      staff: ['fastlegen', 'fastlegen', 'legen'],
      staffIndef: ['ein fastlege', 'ein fastlege', 'ein lege i allmennpraksis'],
      place: ['hos fastlegen', 'på legekontoret', 'på fastlegekontoret', 'hos legen'],
      unit: ['legekontoret', 'fastlegekontoret', 'legesenteret'],
      setting: [
        '{Who} har hatt same fastlege i mange år.',
        '{Who} gjekk til fastlegen fleire gonger med hovudverk som ikkje gav seg.',
        '{Who} bestilte time på legekontoret fordi ein føflekk hadde endra seg.',
        '{Who} har fleire kroniske sjukdommar og blir følgd opp av fastlegen.',
      ],
      happened: [
        'Fastlegen avfeia plagene og sa at det var stress.',
        'Det var umogleg å kome gjennom på telefon til legekontoret.',
        'Fastlegen fornya reseptar utan å sjå {whom} på over eit år.',
        '{Who} fekk ikkje time hos fastlegen før etter tre veker.',
      ],
      consequence: [
        'Sjukdommen vart ikkje oppdaga før det var for seint å behandle han enkelt.',
        '{Who} har mista tilliten til fastlegen og vil byte lege.',
      ],
      decision: ['avslag på byte av fastlege', 'avslag på tilvising frå fastlegen'],
      mention: [
        'Fastlegen vart orientert, men følgde ikkje opp.',
        '{Who} hadde òg vore hos fastlegen med dei same plagene.',
      ],
      keywords: ['fastlege', 'legekontor', 'legesenter', 'allmennlege', 'allmennpraksis'],
      special: {
        certificates: ['Fastlegen nekta å skrive sjukmelding og sa at {who} fekk ordne det sjølv.'],
        diagnostics: ['Fastlegen tilviste ikkje vidare sjølv om blodprøvene på legekontoret var unormale.'],
        medication: ['Fastlegen fornya vanedannande tablettar i årevis utan kontroll.'],
      },
    },
  },
  {
    code: 'digital_health',
    related: ['gp', 'out_of_hours', 'pharmacy'],
    nb: {
      user: ['pasienten'],
      staff: ['nettlegen', 'legen i videokonsultasjonen', 'legen på appen'],
      staffIndef: [
        'en nettlege',
        'en lege som hadde videokonsultasjoner',
        'en lege i en digital legetjeneste',
      ],
      place: ['i videokonsultasjonen', 'hos nettlegen', 'i den digitale legetjenesten', 'via appen'],
      unit: ['nettlegetjenesten', 'den digitale legetjenesten', 'appen'],
      setting: [
        '{Who} bestilte en videokonsultasjon med en nettlege via en app.',
        '{Who} brukte en digital legetjeneste fordi fastlegen ikke hadde ledig time.',
        '{Who} hadde en chat med en lege i en nettlegetjeneste.',
        '{Who} fikk en videokonsultasjon om kvelden fra en digital helsetjeneste.',
      ],
      happened: [
        'Nettlegen stilte diagnose etter fem minutter på video uten å undersøke {whom}.',
        'Videokonsultasjonen ble brutt, og ingen ringte tilbake.',
        'Legen på appen skrev ut antibiotika uten å spørre om allergier.',
        'Nettlegen sa at {pron} burde gå til fastlegen, men skrev ikke noe om hvor alvorlig det var.',
      ],
      consequence: [
        '{Who} måtte på legevakten dagen etter.',
        '{Who} betalte for en konsultasjon som ikke ga noen hjelp.',
      ],
      decision: ['avslag på refusjon for videokonsultasjonen', 'nettlegens avslag på å skrive ut medisin'],
      mention: [
        '{Who} hadde også hatt en videokonsultasjon med en nettlege.',
        'En nettlege hadde sett på saken tidligere.',
      ],
      keywords: ['videokonsultasjon', 'nettlege', 'appen', 'digital', 'chat', 'video'],
      special: {
        diagnostics: ['Nettlegen stilte diagnose i videokonsultasjonen uten å se på utslettet.'],
      },
    },
    nn: {
      user: ['pasienten'],
      staff: ['nettlegen', 'legen i videokonsultasjonen', 'legen på appen'],
      staffIndef: [
        'ein nettlege',
        'ein lege som hadde videokonsultasjonar',
        'ein lege i ei digital legeteneste',
      ],
      place: ['i videokonsultasjonen', 'hos nettlegen', 'i den digitale legetenesta', 'via appen'],
      unit: ['nettlegetenesta', 'den digitale legetenesta', 'appen'],
      setting: [
        '{Who} bestilte ein videokonsultasjon med ein nettlege via ein app.',
        '{Who} brukte ei digital legeteneste fordi fastlegen ikkje hadde ledig time.',
        '{Who} hadde ein chat med ein lege i ei nettlegeteneste.',
        '{Who} fekk ein videokonsultasjon om kvelden frå ei digital helseteneste.',
      ],
      happened: [
        'Nettlegen stilte diagnose etter fem minutt på video utan å undersøkje {whom}.',
        'Videokonsultasjonen vart broten, og ingen ringde tilbake.',
        'Legen på appen skreiv ut antibiotika utan å spørje om allergiar.',
        'Nettlegen sa at {pron} burde gå til fastlegen, men skreiv ikkje noko om kor alvorleg det var.',
      ],
      consequence: [
        '{Who} måtte på legevakta dagen etter.',
        '{Who} betalte for ein konsultasjon som ikkje gav nokon hjelp.',
      ],
      decision: [
        'avslag på refusjon for videokonsultasjonen',
        'avslaget frå nettlegen på å skrive ut medisin',
      ],
      mention: [
        '{Who} hadde òg hatt ein videokonsultasjon med ein nettlege.',
        'Ein nettlege hadde sett på saka tidlegare.',
      ],
      keywords: ['videokonsultasjon', 'nettlege', 'appen', 'digital', 'chat', 'video'],
      special: {
        diagnostics: ['Nettlegen stilte diagnose i videokonsultasjonen utan å sjå på utslettet.'],
      },
    },
  },
];
