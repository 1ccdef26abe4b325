import type { ServiceVocabulary } from './types.ts';

/** Municipal care: nursing homes, home care, municipal mental health and substance services. */
export const CARE_SERVICES: readonly ServiceVocabulary[] = [
  {
    code: 'nursing_home',
    related: ['hospital_somatic', 'home_care', 'gp'],
    nb: {
      user: ['beboeren', 'pasienten'],
      staff: ['pleieren', 'sykepleieren', 'helsefagarbeideren', 'nattevakten'],
      staffIndef: ['en pleier', 'en sykepleier', 'en helsefagarbeider', 'en nattevakt'],
      place: [
        'på sykehjemmet',
        'på sykehjemmet',
        'på avdelingen',
        'på skjermet enhet',
        'på korttidsavdelingen',
      ],
      unit: ['sykehjemmet', 'sykehjemmet', 'institusjonen', 'korttidsavdelingen'],
      setting: [
        '{Who} har demens og har bodd på sykehjemmet i to år.',
        '{Who} fikk langtidsplass på sykehjemmet i fjor og trenger hjelp til det meste.',
        '{Who} bor på skjermet enhet på sykehjemmet.',
        '{Who} var på korttidsopphold på sykehjemmet etter et sykehusopphold.',
      ],
      happened: [
        'Det var bare én pleier på vakt på hele avdelingen om kvelden.',
        'Ringeklokken ble ikke besvart, og {who} ble liggende i sengen i timevis.',
        'Sykehjemslegen kom bare én gang i uken og så sjelden til {whom}.',
        'Beboerne på avdelingen satt alene i dagligstuen store deler av dagen.',
      ],
      consequence: [
        '{Who} ble mye dårligere i løpet av kort tid på sykehjemmet.',
        '{Who} ble sengeliggende og fikk liggesår.',
      ],
      decision: [
        'avslag på langtidsplass på sykehjem',
        'tildeling av korttidsplass i stedet for langtidsplass på sykehjem',
      ],
      mention: [
        '{Who} hadde en periode på korttidsplass på sykehjemmet.',
        'Sykehjemmet var vurdert, men det var ingen ledig plass.',
      ],
      keywords: ['sykehjem', 'beboer', 'korttids', 'langtidsplass', 'skjermet enhet', 'dagligstue'],
      special: {
        falls_injury: [
          '{Who} falt ut av sengen på sykehjemmet om natten og ble liggende på gulvet til morgenvakten kom.',
          '{Who} falt på badet på sykehjemmet og fikk lårhalsbrudd.',
        ],
        nutrition_hygiene: ['{Who} gikk ned elleve kilo på sykehjemmet uten at noen reagerte.'],
        medication: ['Sykepleieren på sykehjemmet ga {whom} medisinene til en annen beboer.'],
      },
    },
    nn: {
      user: ['bebuaren', 'pasienten'],
      staff: ['pleiaren', 'sjukepleiaren', 'helsefagarbeidaren', 'nattevakta'],
      staffIndef: ['ein pleiar', 'ein sjukepleiar', 'ein helsefagarbeidar', 'ei nattevakt'],
      place: [
        'på sjukeheimen',
        'på sjukeheimen',
        'på avdelinga',
        'på skjerma eining',
        'på korttidsavdelinga',
      ],
      unit: ['sjukeheimen', 'sjukeheimen', 'institusjonen', 'korttidsavdelinga'],
      setting: [
        '{Who} har demens og har budd på sjukeheimen i to år.',
        '{Who} fekk langtidsplass på sjukeheimen i fjor og treng hjelp til det meste.',
        '{Who} bur på skjerma eining på sjukeheimen.',
        '{Who} var på korttidsopphald på sjukeheimen etter eit sjukehusopphald.',
      ],
      happened: [
        'Det var berre éin pleiar på vakt på heile avdelinga om kvelden.',
        'Ringjeklokka vart ikkje svara på, og {who} vart liggjande i senga i fleire timar.',
        'Sjukeheimslegen kom berre éin gong i veka og såg sjeldan til {whom}.',
        'Bebuarane på avdelinga sat åleine i daglegstova store delar av dagen.',
      ],
      consequence: [
        '{Who} vart mykje dårlegare på kort tid på sjukeheimen.',
        '{Who} vart sengeliggjande og fekk liggjesår.',
      ],
      decision: [
        'avslag på langtidsplass på sjukeheim',
        'tildeling av korttidsplass i staden for langtidsplass på sjukeheim',
      ],
      mention: [
        '{Who} hadde ein periode på korttidsplass på sjukeheimen.',
        'Sjukeheimen var vurdert, men det var ingen ledig plass.',
      ],
      keywords: ['sjukeheim', 'bebuar', 'korttids', 'langtidsplass', 'skjerma eining', 'daglegstov'],
      special: {
        falls_injury: [
          '{Who} fall ut av senga på sjukeheimen om natta og vart liggjande på golvet til morgonvakta kom.',
          '{Who} fall på badet på sjukeheimen og fekk lårhalsbrot.',
        ],
        nutrition_hygiene: ['{Who} gjekk ned elleve kilo på sjukeheimen utan at nokon reagerte.'],
        medication: ['Sjukepleiaren på sjukeheimen gav {whom} medisinane til ein annan bebuar.'],
      },
    },
  },
  {
    code: 'home_care',
    related: ['gp', 'nursing_home', 'hospital_somatic', 'pharmacy'],
    nb: {
      user: ['brukeren', 'pasienten'],
      staff: [
        'hjemmesykepleieren',
        'helsefagarbeideren i hjemmetjenesten',
        'assistenten fra hjemmetjenesten',
      ],
      staffIndef: [
        'en hjemmesykepleier',
        'en helsefagarbeider i hjemmetjenesten',
        'en assistent i hjemmetjenesten',
      ],
      place: ['i hjemmesykepleien', 'i hjemmetjenesten', 'fra hjemmesykepleien'],
      unit: ['hjemmesykepleien', 'hjemmetjenesten', 'hjemmetjenesten i kommunen'],
      setting: [
        '{Who} bor alene og får besøk av hjemmesykepleien tre ganger om dagen.',
        '{Who} har vedtak om hjemmesykepleie for medisiner og stell.',
        '{Who} kom hjem fra sykehuset og skulle ha hjelp fra hjemmetjenesten.',
        '{Who} har trygghetsalarm og praktisk bistand fra hjemmetjenesten.',
      ],
      happened: [
        'Hjemmesykepleien kom ikke til avtalt tid, og noen dager kom de ikke i det hele tatt.',
        'Det kom nye folk fra hjemmetjenesten nesten hver dag.',
        'Trygghetsalarmen ble ikke besvart da {who} trykket på den.',
        'Besøkene fra hjemmesykepleien varte bare noen få minutter.',
      ],
      consequence: [
        '{Who} klarer {self} ikke lenger hjemme, men får ikke mer hjelp.',
        '{Who} ble innlagt fordi hjemmetjenesten ikke fulgte opp.',
      ],
      decision: [
        'avslag på økt hjemmesykepleie',
        'reduksjon av praktisk bistand i hjemmet',
        'avslag på brukerstyrt personlig assistanse',
      ],
      mention: [
        'Hjemmesykepleien var også inne hos {whom} hver dag.',
        '{Who} hadde hjelp fra hjemmetjenesten før dette.',
      ],
      keywords: [
        'hjemmesykepleie',
        'hjemmetjeneste',
        'trygghetsalarm',
        'praktisk bistand',
        'dosett',
        'brukerstyrt',
      ],
      special: {
        falls_injury: ['{Who} falt på kjøkkenet og lå på gulvet i mange timer før hjemmesykepleien kom.'],
        medication: ['Hjemmesykepleien glemte å gi {whom} medisinene fra dosetten flere dager på rad.'],
      },
    },
    nn: {
      user: ['brukaren', 'pasienten'],
      staff: ['heimesjukepleiaren', 'helsefagarbeidaren i heimetenesta', 'assistenten frå heimetenesta'],
      staffIndef: [
        'ein heimesjukepleiar',
        'ein helsefagarbeidar i heimetenesta',
        'ein assistent i heimetenesta',
      ],
      place: ['i heimesjukepleia', 'i heimetenesta', 'frå heimesjukepleia'],
      unit: ['heimesjukepleia', 'heimetenesta', 'heimetenesta i kommunen'],
      setting: [
        '{Who} bur åleine og får besøk av heimesjukepleia tre gonger om dagen.',
        '{Who} har vedtak om heimesjukepleie for medisinar og stell.',
        '{Who} kom heim frå sjukehuset og skulle ha hjelp frå heimetenesta.',
        '{Who} har tryggleiksalarm og praktisk bistand frå heimetenesta.',
      ],
      happened: [
        'Heimesjukepleia kom ikkje til avtalt tid, og nokre dagar kom dei ikkje i det heile.',
        'Det kom nye folk frå heimetenesta nesten kvar dag.',
        'Tryggleiksalarmen vart ikkje svara på då {who} trykte på han.',
        'Besøka frå heimesjukepleia varte berre nokre få minutt.',
      ],
      consequence: [
        '{Who} klarer {self} ikkje lenger heime, men får ikkje meir hjelp.',
        '{Who} vart innlagd fordi heimetenesta ikkje følgde opp.',
      ],
      decision: [
        'avslag på meir heimesjukepleie',
        'reduksjon av praktisk bistand i heimen',
        'avslag på brukarstyrt personleg assistanse',
      ],
      mention: [
        'Heimesjukepleia var òg inne hos {whom} kvar dag.',
        '{Who} hadde hjelp frå heimetenesta før dette.',
      ],
      keywords: [
        'heimesjukepleie',
        'heimeteneste',
        'tryggleiksalarm',
        'praktisk bistand',
        'dosett',
        'brukarstyrt',
      ],
      special: {
        falls_injury: ['{Who} fall på kjøkenet og låg på golvet i mange timar før heimesjukepleia kom.'],
        medication: ['Heimesjukepleia gløymde å gi {whom} medisinane frå dosetten fleire dagar på rad.'],
      },
    },
  },
  {
    code: 'municipal_mental_substance',
    related: ['mental_health_adult', 'substance_treatment', 'nav_social', 'gp'],
    nb: {
      user: ['brukeren', 'innbyggeren'],
      staff: ['den psykiatriske sykepleieren', 'ruskonsulenten', 'kontaktpersonen i rustjenesten'],
      staffIndef: [
        'en psykiatrisk sykepleier i kommunen',
        'en ruskonsulent',
        'en kontaktperson i rustjenesten',
      ],
      place: [
        'i psykisk helsetjeneste i kommunen',
        'i kommunens rus- og psykiatritjeneste',
        'i det kommunale botilbudet',
        'i oppfølgingstjenesten',
      ],
      unit: ['psykisk helse- og rustjenesten', 'rustjenesten i kommunen', 'det kommunale botilbudet'],
      setting: [
        '{Who} har hatt psykiske problemer og rusproblemer i mange år og får oppfølging fra kommunen.',
        '{Who} bor i en kommunal bolig med oppfølging fra rustjenesten.',
        '{Who} har vedtak om samtaler med psykiatrisk sykepleier i kommunen.',
        '{Who} fikk et tilbud i psykisk helsetjeneste etter utskrivning fra DPS.',
      ],
      happened: [
        'Den faste kontaktpersonen sluttet, og ingen overtok oppfølgingen.',
        'Ruskonsulenten avlyste avtalene flere ganger uten å gi beskjed.',
        'Kommunen stengte lavterskeltilbudet uten å gi {whom} noe annet.',
        'Oppfølgingstjenesten kom ikke på hjemmebesøk som avtalt.',
      ],
      consequence: [
        '{Who} mistet boligen og endte opp på gaten.',
        'Uten oppfølging ble {who} raskt dårligere.',
      ],
      decision: [
        'avslag på kommunal rusbolig',
        'avslag på individuell plan og koordinator',
        'avslag på oppfølging fra psykisk helsetjeneste',
      ],
      mention: [
        'Kommunens psykiske helsetjeneste var også koblet inn.',
        '{Who} har en ruskonsulent i kommunen.',
      ],
      keywords: [
        'psykisk helsetjeneste',
        'psykiske helsetjeneste',
        'rustjeneste',
        'ruskonsulent',
        'psykiatrisk sykepleier',
        'kommunal bolig',
        'lavterskel',
        'oppfølgingstjeneste',
        'botilbud',
      ],
      special: {
        access_to_services: ['Kommunen satte {whom} på venteliste for kommunal bolig i over ett år.'],
      },
    },
    nn: {
      user: ['brukaren', 'innbyggjaren'],
      staff: ['den psykiatriske sjukepleiaren', 'ruskonsulenten', 'kontaktpersonen i rustenesta'],
      staffIndef: [
        'ein psykiatrisk sjukepleiar i kommunen',
        'ein ruskonsulent',
        'ein kontaktperson i rustenesta',
      ],
      place: [
        'i psykisk helseteneste i kommunen',
        'i rus- og psykiatritenesta i kommunen',
        'i det kommunale butilbodet',
        'i oppfølgingstenesta',
      ],
      unit: ['psykisk helse- og rustenesta', 'rustenesta i kommunen', 'det kommunale butilbodet'],
      setting: [
        '{Who} har hatt psykiske problem og rusproblem i mange år og får oppfølging frå kommunen.',
        '{Who} bur i ein kommunal bustad med oppfølging frå rustenesta.',
        '{Who} har vedtak om samtalar med psykiatrisk sjukepleiar i kommunen.',
        '{Who} fekk eit tilbod i psykisk helseteneste etter utskriving frå DPS.',
      ],
      happened: [
        'Den faste kontaktpersonen slutta, og ingen tok over oppfølginga.',
        'Ruskonsulenten avlyste avtalane fleire gonger utan å gi beskjed.',
        'Kommunen stengde lågterskeltilbodet utan å gi {whom} noko anna.',
        'Oppfølgingstenesta kom ikkje på heimebesøk som avtalt.',
      ],
      consequence: [
        '{Who} mista bustaden og enda opp på gata.',
        'Utan oppfølging vart {who} raskt dårlegare.',
      ],
      decision: [
        'avslag på kommunal rusbustad',
        'avslag på individuell plan og koordinator',
        'avslag på oppfølging frå psykisk helseteneste',
      ],
      mention: [
        'Den psykiske helsetenesta i kommunen var òg kopla inn.',
        '{Who} har ein ruskonsulent i kommunen.',
      ],
      keywords: [
        'psykisk helseteneste',
        'psykiske helseteneste',
        'rusteneste',
        'ruskonsulent',
        'psykiatrisk sjukepleiar',
        'kommunal bustad',
        'lågterskel',
        'oppfølgingsteneste',
        'butilbod',
      ],
      special: {
        access_to_services: ['Kommunen sette {whom} på venteliste for kommunal bustad i over eitt år.'],
      },
    },
  },
];
