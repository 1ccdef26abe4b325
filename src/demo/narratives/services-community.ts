import type { ServiceVocabulary } from './types.ts';

/** Child health clinics and school health, pharmacies, private specialists, services for people with intellectual disabilities. */
export const COMMUNITY_SERVICES: readonly ServiceVocabulary[] = [
  {
    code: 'health_station',
    childService: true,
    related: ['gp', 'mental_health_child', 'cw_municipal'],
    nb: {
      user: ['barnet', 'eleven'],
      staff: ['helsesykepleieren', 'helsestasjonslegen', 'jordmoren på helsestasjonen'],
      staffIndef: ['en helsesykepleier', 'en helsestasjonslege', 'en jordmor på helsestasjonen'],
      place: ['på helsestasjonen', 'i skolehelsetjenesten', 'hos helsesykepleieren på skolen'],
      unit: ['helsestasjonen', 'skolehelsetjenesten', 'helsestasjonen for ungdom'],
      setting: [
        '{Who} har gått til kontroller på helsestasjonen siden fødselen.',
        '{Who} tok kontakt med helsesykepleieren på skolen fordi {pron} hadde det vanskelig.',
        '{Who} skulle få vaksine gjennom skolehelsetjenesten.',
        '{Who} var til fireårskontroll på helsestasjonen.',
      ],
      happened: [
        'Helsesykepleieren ga {whom} vaksine uten å sjekke vaksinekortet.',
        'Helsestasjonen oppdaget ikke at {who} hørte dårlig.',
        'Helsesykepleieren på skolen hadde bare kontortid én dag i uken.',
        'Det ble ikke fulgt opp etter kontrollen på helsestasjonen.',
      ],
      consequence: [
        'Det gikk lang tid før {who} fikk den hjelpen {pron} trengte.',
        '{Who} sluttet å stole på helsesykepleieren.',
      ],
      decision: [
        'avslag på tilbud fra skolehelsetjenesten',
        'avslag på ekstra oppfølging fra helsestasjonen',
      ],
      mention: [
        'Helsesykepleieren på skolen var også kjent med saken.',
        'Helsestasjonen hadde meldt fra om bekymring tidligere.',
      ],
      keywords: [
        'helsestasjon',
        'helsesykepleier',
        'skolehelsetjeneste',
        'vaksine',
        'fireårskontroll',
        'jordmor',
      ],
      special: {
        confidentiality: ['Helsesykepleieren fortalte læreren om samtalen uten at {who} visste om det.'],
      },
    },
    nn: {
      user: ['barnet', 'eleven'],
      staff: ['helsesjukepleiaren', 'helsestasjonslegen', 'jordmora på helsestasjonen'],
      staffIndef: ['ein helsesjukepleiar', 'ein helsestasjonslege', 'ei jordmor på helsestasjonen'],
      place: ['på helsestasjonen', 'i skulehelsetenesta', 'hos helsesjukepleiaren på skulen'],
      unit: ['helsestasjonen', 'skulehelsetenesta', 'helsestasjonen for ungdom'],
      setting: [
        '{Who} har gått til kontrollar på helsestasjonen sidan fødselen.',
        '{Who} tok kontakt med helsesjukepleiaren på skulen fordi {pron} hadde det vanskeleg.',
        '{Who} skulle få vaksine gjennom skulehelsetenesta.',
        '{Who} var til fireårskontroll på helsestasjonen.',
      ],
      happened: [
        'Helsesjukepleiaren gav {whom} vaksine utan å sjekke vaksinekortet.',
        'Helsestasjonen oppdaga ikkje at {who} høyrde dårleg.',
        'Helsesjukepleiaren på skulen hadde berre kontortid éin dag i veka.',
        'Det vart ikkje følgt opp etter kontrollen på helsestasjonen.',
      ],
      consequence: [
        'Det gjekk lang tid før {who} fekk den hjelpa {pron} trong.',
        '{Who} slutta å stole på helsesjukepleiaren.',
      ],
      decision: ['avslag på tilbod frå skulehelsetenesta', 'avslag på ekstra oppfølging frå helsestasjonen'],
      mention: [
        'Helsesjukepleiaren på skulen kjende òg til saka.',
        'Helsestasjonen hadde meldt frå om uro tidlegare.',
      ],
      keywords: [
        'helsestasjon',
        'helsesjukepleiar',
        'skulehelseteneste',
        'vaksine',
        'fireårskontroll',
        'jordmor',
      ],
      special: {
        confidentiality: ['Helsesjukepleiaren fortalde læraren om samtalen utan at {who} visste om det.'],
      },
    },
  },
  {
    code: 'pharmacy',
    related: ['gp', 'digital_health', 'home_care'],
    nb: {
      user: ['kunden', 'pasienten'],
      staff: ['farmasøyten', 'apotekteknikeren', 'farmasøyten på apoteket'],
      staffIndef: ['en farmasøyt', 'en apotektekniker', 'en farmasøyt på apoteket'],
      place: ['på apoteket', 'på apoteket på kjøpesenteret', 'hos apoteket', 'i nettapoteket'],
      unit: ['apoteket', 'apotekkjeden', 'nettapoteket'],
      setting: [
        '{Who} hentet ut en resept på apoteket.',
        '{Who} skulle hente blodfortynnende medisin på apoteket.',
        '{Who} får medisinene pakket i multidose fra apoteket.',
        '{Who} bestilte medisiner fra et nettapotek.',
      ],
      happened: [
        'Farmasøyten ga ut feil styrke av medisinen.',
        'Apoteket byttet til et annet preparat uten å forklare at det var samme medisin.',
        'Det sto feil bruksanvisning på etiketten fra apoteket.',
        'Apoteket nektet å utlevere medisinen selv om resepten var gyldig.',
      ],
      consequence: [
        '{Who} tok dobbel dose i flere dager før feilen ble oppdaget.',
        '{Who} sto uten nødvendig medisin over helgen.',
      ],
      decision: [
        'avslag på utlevering av medisin på apoteket',
        'apotekets avslag på å bytte tilbake til originalpreparatet',
      ],
      mention: [
        'Apoteket hadde også reagert på resepten.',
        '{Who} hentet medisinene på apoteket som vanlig.',
      ],
      keywords: ['apotek', 'farmasøyt', 'multidose', 'etikett', 'preparat', 'resept'],
      special: {
        medication: ['Apoteket ga ut medisin med feil styrke, og etiketten viste feil dose.'],
      },
    },
    nn: {
      user: ['kunden', 'pasienten'],
      staff: ['farmasøyten', 'apotekteknikaren', 'farmasøyten på apoteket'],
      staffIndef: ['ein farmasøyt', 'ein apotekteknikar', 'ein farmasøyt på apoteket'],
      place: ['på apoteket', 'på apoteket på kjøpesenteret', 'hos apoteket', 'i nettapoteket'],
      unit: ['apoteket', 'apotekkjeda', 'nettapoteket'],
      setting: [
        '{Who} henta ut ein resept på apoteket.',
        '{Who} skulle hente blodfortynnande medisin på apoteket.',
        '{Who} får medisinane pakka i multidose frå apoteket.',
        '{Who} bestilte medisinar frå eit nettapotek.',
      ],
      happened: [
        'Farmasøyten gav ut feil styrke av medisinen.',
        'Apoteket bytte til eit anna preparat utan å forklare at det var same medisin.',
        'Det stod feil bruksrettleiing på etiketten frå apoteket.',
        'Apoteket nekta å utlevere medisinen sjølv om resepten var gyldig.',
      ],
      consequence: [
        '{Who} tok dobbel dose i fleire dagar før feilen vart oppdaga.',
        '{Who} stod utan naudsynt medisin over helga.',
      ],
      decision: [
        'avslag på utlevering av medisin på apoteket',
        'avslaget frå apoteket på å byte tilbake til originalpreparatet',
      ],
      mention: ['Apoteket hadde òg reagert på resepten.', '{Who} henta medisinane på apoteket som vanleg.'],
      keywords: ['apotek', 'farmasøyt', 'multidose', 'etikett', 'preparat', 'resept'],
      special: {
        medication: ['Apoteket gav ut medisin med feil styrke, og etiketten viste feil dose.'],
      },
    },
  },
  {
    code: 'private_specialist',
    related: ['gp', 'hospital_somatic'],
    nb: {
      user: ['pasienten'],
      staff: ['spesialisten', 'øyelegen', 'hudlegen', 'gynekologen'],
      staffIndef: ['en privatpraktiserende spesialist', 'en øyelege', 'en hudlege', 'en gynekolog'],
      place: [
        'hos spesialisten',
        'på privatklinikken',
        'hos den private spesialisten',
        'på spesialistpraksisen',
      ],
      unit: ['privatklinikken', 'spesialistpraksisen', 'klinikken'],
      setting: [
        '{Who} ble henvist til en privatpraktiserende spesialist med avtale med helseforetaket.',
        '{Who} betalte selv for en time på en privat klinikk for å slippe å vente.',
        '{Who} gikk til kontroll hos en øyelege i privat praksis.',
        '{Who} oppsøkte en gynekolog på en privatklinikk.',
      ],
      happened: [
        'Spesialisten brukte under ti minutter og undersøkte nesten ikke.',
        'Klinikken tok betalt for en undersøkelse som aldri ble gjort.',
        'Prøvesvaret ble liggende på privatklinikken i flere uker uten at noen ringte.',
        'Spesialisten avbrøt timen og sa at {pron} måtte gå tilbake til fastlegen.',
      ],
      consequence: [
        '{Who} måtte betale for en ny time et annet sted.',
        'Sykdommen ble oppdaget først et halvt år senere.',
      ],
      decision: [
        'avslag på refusjon for behandlingen på privatklinikken',
        'avslag på henvisning til avtalespesialist',
      ],
      mention: [
        '{Who} hadde tidligere vært hos en privat spesialist.',
        'En avtalespesialist hadde også vurdert {whom}.',
      ],
      keywords: [
        'spesialist',
        'privatklinikk',
        'privat klinikk',
        'øyelege',
        'hudlege',
        'gynekolog',
        'privat praksis',
      ],
      special: {
        treatment: ['Spesialisten ga en behandling på privatklinikken som ikke var anbefalt for tilstanden.'],
      },
    },
    nn: {
      user: ['pasienten'],
      staff: ['spesialisten', 'augelegen', 'hudlegen', 'gynekologen'],
      staffIndef: ['ein privatpraktiserande spesialist', 'ein augelege', 'ein hudlege', 'ein gynekolog'],
      place: [
        'hos spesialisten',
        'på privatklinikken',
        'hos den private spesialisten',
        'på spesialistpraksisen',
      ],
      unit: ['privatklinikken', 'spesialistpraksisen', 'klinikken'],
      setting: [
        '{Who} vart tilvist til ein privatpraktiserande spesialist med avtale med helseføretaket.',
        '{Who} betalte sjølv for ein time på ei privat klinikk for å sleppe å vente.',
        '{Who} gjekk til kontroll hos ein augelege i privat praksis.',
        '{Who} oppsøkte ein gynekolog på ei privatklinikk.',
      ],
      happened: [
        'Spesialisten brukte under ti minutt og undersøkte nesten ikkje.',
        'Klinikken tok betalt for ei undersøking som aldri vart gjord.',
        'Prøvesvaret vart liggjande på privatklinikken i fleire veker utan at nokon ringde.',
        'Spesialisten avbraut timen og sa at {pron} måtte gå tilbake til fastlegen.',
      ],
      consequence: [
        '{Who} måtte betale for ein ny time ein annan stad.',
        'Sjukdommen vart oppdaga først eit halvt år seinare.',
      ],
      decision: [
        'avslag på refusjon for behandlinga på privatklinikken',
        'avslag på tilvising til avtalespesialist',
      ],
      mention: [
        '{Who} hadde tidlegare vore hos ein privat spesialist.',
        'Ein avtalespesialist hadde òg vurdert {whom}.',
      ],
      keywords: [
        'spesialist',
        'privatklinikk',
        'privat klinikk',
        'augelege',
        'hudlege',
        'gynekolog',
        'privat praksis',
      ],
      special: {
        treatment: [
          'Spesialisten gav ei behandling på privatklinikken som ikkje var tilrådd for tilstanden.',
        ],
      },
    },
  },
  {
    code: 'intellectual_disability',
    related: ['gp', 'home_care', 'municipal_mental_substance'],
    nb: {
      user: ['tjenestemottakeren', 'beboeren', 'brukeren'],
      staff: ['miljøarbeideren', 'vernepleieren', 'assistenten i boligen'],
      staffIndef: ['en miljøarbeider', 'en vernepleier', 'en assistent i boligen'],
      place: [
        'i bofellesskapet',
        'i omsorgsboligen',
        'i den kommunale boligen',
        'på avlastningen',
        'på dagsenteret',
      ],
      unit: ['bofellesskapet', 'omsorgsboligen', 'avlastningsboligen', 'dagsenteret'],
      setting: [
        '{Who} har en utviklingshemming og bor i et bofellesskap med heldøgns tjenester.',
        '{Who} har Downs syndrom og bor i omsorgsbolig med personale hele døgnet.',
        '{Who} har psykisk utviklingshemming og autisme og trenger faste rutiner.',
        '{Who} er på avlastning annenhver helg og går på dagsenter i ukedagene.',
      ],
      happened: [
        'Det kom stadig nye vikarer i boligen som ikke kjente {whom}.',
        'Personalet i bofellesskapet fulgte ikke tiltaksplanen.',
        'Vernepleieren som kjente {whom} best, ble flyttet til en annen bolig.',
        '{Who} ble sittende alene på rommet store deler av dagen.',
      ],
      consequence: [
        '{Who} har fått mer utfordrende atferd og er mye urolig.',
        '{Who} har sluttet å gå på dagsenteret.',
      ],
      decision: ['avslag på heldøgns omsorgsbolig', 'reduksjon av timer med avlastning'],
      mention: [
        '{Who} har også vært på avlastning i en kommunal bolig.',
        'Personalet i bofellesskapet kjente også til dette.',
      ],
      keywords: [
        'utviklingshemm',
        'bofellesskap',
        'omsorgsbolig',
        'avlast',
        'dagsenter',
        'vernepleier',
        'miljøarbeider',
        'tiltaksplan',
        'kapittel 9',
      ],
      special: {
        coercion: ['Personalet brukte tvang overfor {whom} uten vedtak etter kapittel 9.'],
      },
    },
    nn: {
      user: ['tenestemottakaren', 'bebuaren', 'brukaren'],
      staff: ['miljøarbeidaren', 'vernepleiaren', 'assistenten i bustaden'],
      staffIndef: ['ein miljøarbeidar', 'ein vernepleiar', 'ein assistent i bustaden'],
      place: [
        'i bufellesskapet',
        'i omsorgsbustaden',
        'i den kommunale bustaden',
        'på avlastinga',
        'på dagsenteret',
      ],
      unit: ['bufellesskapet', 'omsorgsbustaden', 'avlastingsbustaden', 'dagsenteret'],
      setting: [
        '{Who} har ei utviklingshemming og bur i eit bufellesskap med heildøgns tenester.',
        '{Who} har Downs syndrom og bur i omsorgsbustad med personale heile døgnet.',
        '{Who} har psykisk utviklingshemming og autisme og treng faste rutinar.',
        '{Who} er på avlasting annakvar helg og går på dagsenter i vekedagane.',
      ],
      happened: [
        'Det kom stadig nye vikarar i bustaden som ikkje kjende {whom}.',
        'Personalet i bufellesskapet følgde ikkje tiltaksplanen.',
        'Vernepleiaren som kjende {whom} best, vart flytt til ein annan bustad.',
        '{Who} vart sitjande åleine på rommet store delar av dagen.',
      ],
      consequence: [
        '{Who} har fått meir utfordrande åtferd og er mykje uroleg.',
        '{Who} har slutta å gå på dagsenteret.',
      ],
      decision: ['avslag på heildøgns omsorgsbustad', 'reduksjon av timar med avlasting'],
      mention: [
        '{Who} har òg vore på avlasting i ein kommunal bustad.',
        'Personalet i bufellesskapet kjende òg til dette.',
      ],
      keywords: [
        'utviklingshemm',
        'bufellesskap',
        'omsorgsbustad',
        'avlast',
        'dagsenter',
        'vernepleiar',
        'miljøarbeidar',
        'tiltaksplan',
        'kapittel 9',
      ],
      special: {
        coercion: ['Personalet brukte tvang overfor {whom} utan vedtak etter kapittel 9.'],
      },
    },
  },
];
