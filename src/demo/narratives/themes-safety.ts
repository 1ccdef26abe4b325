import type { ThemeVocabulary } from './types.ts';

/**
 * Themes about harm and safety: coercion, suicide risk, falls, nutrition and care, infection.
 * These sentences avoid the urgency cue words (urgency-cues.ts), so a flag shows in a text only when the
 * generator asked for it.
 */
export const SAFETY_THEMES: readonly ThemeVocabulary[] = [
  {
    code: 'coercion',
    nb: {
      title: ['bruk av tvang', 'beltelegging', 'tvang uten vedtak'],
      happened: [
        '{Who} ble lagt i belter i flere timer {place}.',
        'Det ble brukt tvang overfor {whom} uten at det var fattet vedtak.',
        '{Who} ble låst inne på rommet.',
        '{Staff} ga {whom} beroligende medisin med tvang.',
        'Beltelegging ble brukt som straff, ikke som siste utvei.',
      ],
      conduct: [
        '{Staff} har brukt tvang overfor pasienter uten hjemmel.',
        '{Staff} har ikke protokollført beltelegging og skjerming.',
      ],
      consequence: ['{Who} er redd og vil ikke tilbake.', 'Opplevelsen av tvangen sitter ennå i.'],
      want: [
        '{I} ber om at bruken av tvang blir vurdert.',
        '{I} vil vite hvilket vedtak som ga grunnlag for tvangen.',
      ],
      audit: [
        'bruk av tvang bare skjer med hjemmel og blir dokumentert',
        'andre løsninger blir prøvd før tvang',
      ],
    },
    nn: {
      title: ['bruk av tvang', 'beltelegging', 'tvang utan vedtak'],
      happened: [
        '{Who} vart lagd i belte i fleire timar {place}.',
        'Det vart brukt tvang overfor {whom} utan at det var gjort vedtak.',
        '{Who} vart låst inne på rommet.',
        '{Staff} gav {whom} beroligande medisin med tvang.',
        'Beltelegging vart brukt som straff, ikkje som siste utveg.',
      ],
      conduct: [
        '{Staff} har brukt tvang overfor pasientar utan heimel.',
        '{Staff} har ikkje protokollført beltelegging og skjerming.',
      ],
      consequence: ['{Who} er redd og vil ikkje tilbake.', 'Opplevinga av tvangen sit enno i.'],
      want: [
        '{I} ber om at bruken av tvang blir vurdert.',
        '{I} vil vite kva vedtak som gav grunnlag for tvangen.',
      ],
      audit: [
        'bruk av tvang berre skjer med heimel og blir dokumentert',
        'andre løysingar blir prøvde før tvang',
      ],
    },
  },
  {
    code: 'suicide_risk',
    nb: {
      title: ['manglende vurdering av selvmordsrisiko', 'selvmordstanker som ikke ble tatt på alvor'],
      happened: [
        '{Who} fortalte om selvmordstanker, men ingen gjorde en vurdering av selvmordsrisikoen.',
        '{Staff} mente at selvmordstankene ikke var alvorlige og sendte {whom} hjem.',
        '{Who} ble skrevet ut uten noen sikkerhetsplan, selv om {pron} hadde sterke selvmordstanker.',
        'Vi sa fra om selvskading og selvmordstanker, men ingen fulgte opp.',
      ],
      conduct: [
        '{Staff} unnlot å vurdere selvmordsrisiko hos en pasient med kjente selvmordstanker.',
        '{Staff} avsluttet oppfølgingen av en pasient med høy selvmordsrisiko uten å sikre videre hjelp.',
      ],
      consequence: [
        'Vi lever i konstant frykt for hva som kan skje.',
        '{Who} ble avvist akkurat da {pron} trengte hjelp mest.',
      ],
      want: [
        '{I} ber om at det blir vurdert om selvmordsrisikoen ble fulgt opp forsvarlig.',
        '{I} vil at {unit} lager en plan for hvordan selvmordsfare skal håndteres.',
      ],
      audit: [
        'selvmordsrisiko blir kartlagt, vurdert og fulgt opp',
        'pasienter med selvmordstanker får en sikkerhetsplan ved utskriving',
      ],
    },
    nn: {
      title: ['manglande vurdering av sjølvmordsrisiko', 'sjølvmordstankar som ikkje vart tekne på alvor'],
      happened: [
        '{Who} fortalde om sjølvmordstankar, men ingen gjorde ei vurdering av sjølvmordsrisikoen.',
        '{Staff} meinte at sjølvmordstankane ikkje var alvorlege og sende {whom} heim.',
        '{Who} vart skriven ut utan nokon tryggleiksplan, sjølv om {pron} hadde sterke sjølvmordstankar.',
        'Vi sa frå om sjølvskading og sjølvmordstankar, men ingen følgde opp.',
      ],
      conduct: [
        '{Staff} let vere å vurdere sjølvmordsrisiko hos ein pasient med kjende sjølvmordstankar.',
        '{Staff} avslutta oppfølginga av ein pasient med høg sjølvmordsrisiko utan å sikre vidare hjelp.',
      ],
      consequence: [
        'Vi lever i konstant frykt for kva som kan skje.',
        '{Who} vart avvist akkurat då {pron} trong hjelp mest.',
      ],
      want: [
        '{I} ber om at det blir vurdert om sjølvmordsrisikoen vart følgd opp forsvarleg.',
        '{I} vil at {unit} lagar ein plan for korleis sjølvmordsfare skal handterast.',
      ],
      audit: [
        'sjølvmordsrisiko blir kartlagd, vurdert og følgd opp',
        'pasientar med sjølvmordstankar får ein tryggleiksplan ved utskriving',
      ],
    },
  },
  {
    code: 'falls_injury',
    nb: {
      title: ['fall og brudd', 'fall som ikke ble fulgt opp', 'skade etter fall'],
      happened: [
        '{Who} falt {place} og ble liggende lenge før noen kom.',
        '{Who} falt og fikk lårhalsbrudd, men det tok to døgn før noen tok røntgen.',
        'Det var kjent at {who} hadde høy fallrisiko, men ingen tiltak var satt i verk.',
        '{Who} falt ned fra stolen fordi ingen var til stede for å hjelpe.',
      ],
      conduct: [
        '{Staff} lot en pasient som hadde falt, ligge uten tilsyn.',
        '{Staff} unnlot å melde fra om et fall med brudd.',
      ],
      consequence: [
        'Bruddet måtte opereres, og {who} har ikke kommet {self} etterpå.',
        '{Who} har blitt redd for å gå og sitter nå mest i rullestol.',
      ],
      want: [
        '{I} vil vite hvilke tiltak som finnes for å forebygge fall.',
        '{I} ber om at fallet og oppfølgingen etterpå blir undersøkt.',
      ],
      audit: ['risiko for fall blir kartlagt og forebygget', 'skader etter fall blir oppdaget og fulgt opp'],
    },
    nn: {
      title: ['fall og brot', 'fall som ikkje vart følgt opp', 'skade etter fall'],
      happened: [
        '{Who} fall {place} og vart liggjande lenge før nokon kom.',
        '{Who} fall og fekk lårhalsbrot, men det tok to døgn før nokon tok røntgen.',
        'Det var kjent at {who} hadde høg fallrisiko, men ingen tiltak var sette i verk.',
        '{Who} datt ned frå stolen fordi ingen var til stades for å hjelpe.',
      ],
      conduct: [
        '{Staff} let ein pasient som hadde falle, liggje utan tilsyn.',
        '{Staff} let vere å melde frå om eit fall med brot.',
      ],
      consequence: [
        'Brotet måtte opererast, og {who} har ikkje kome {self} etterpå.',
        '{Who} har vorte redd for å gå og sit no mest i rullestol.',
      ],
      want: [
        '{I} vil vite kva tiltak som finst for å førebyggje fall.',
        '{I} ber om at fallet og oppfølginga etterpå blir undersøkt.',
      ],
      audit: ['risiko for fall blir kartlagd og førebygd', 'skadar etter fall blir oppdaga og følgde opp'],
    },
  },
  {
    code: 'nutrition_hygiene',
    nb: {
      title: ['vekttap og dårlig ernæring', 'mangelfullt stell', 'for lite mat og drikke'],
      happened: [
        '{Who} gikk ned mange kilo på kort tid uten at noen reagerte på vekttapet.',
        'Ingen sørget for at {who} fikk nok mat og drikke.',
        '{Who} ble ikke dusjet på flere uker og hadde skitne klær.',
        'Ernæringen ble ikke kartlagt, og det ble ikke laget noen plan for mat.',
      ],
      conduct: [
        '{Staff} har over tid unnlatt å gi pasientene nødvendig stell.',
        '{Staff} lot være å gi pasienten mat og drikke gjennom en hel vakt.',
      ],
      consequence: [
        'Vekttapet gjorde {whom} svak og utsatt for sykdom.',
        '{Who} ble dehydrert og måtte få væske intravenøst.',
      ],
      want: [
        '{I} ber om at ernæring og personlig hygiene blir fulgt opp skikkelig.',
        '{I} vil at {unit} veier {whom} jevnlig og følger med på hva {pron} spiser.',
      ],
      audit: [
        'ernæringsstatus blir kartlagt og fulgt opp',
        'brukerne får nødvendig hjelp til personlig hygiene',
      ],
    },
    nn: {
      title: ['vekttap og dårleg ernæring', 'mangelfullt stell', 'for lite mat og drikke'],
      happened: [
        '{Who} gjekk ned mange kilo på kort tid utan at nokon reagerte på vekttapet.',
        'Ingen sørgde for at {who} fekk nok mat og drikke.',
        '{Who} vart ikkje dusja på fleire veker og hadde skitne klede.',
        'Ernæringa vart ikkje kartlagd, og det vart ikkje laga nokon plan for mat.',
      ],
      conduct: [
        '{Staff} har over tid late vere å gi pasientane naudsynt stell.',
        '{Staff} let vere å gi pasienten mat og drikke gjennom ei heil vakt.',
      ],
      consequence: [
        'Vekttapet gjorde {whom} svak og utsett for sjukdom.',
        '{Who} vart dehydrert og måtte få væske intravenøst.',
      ],
      want: [
        '{I} ber om at ernæring og personleg hygiene blir følgde opp skikkeleg.',
        '{I} vil at {unit} veg {whom} jamleg og følgjer med på kva {pron} et.',
      ],
      audit: [
        'ernæringsstatus blir kartlagd og følgd opp',
        'brukarane får naudsynt hjelp til personleg hygiene',
      ],
    },
  },
  {
    code: 'infection',
    nb: {
      title: [
        'smitte og manglende smittevern',
        'infeksjon som ikke ble oppdaget',
        'dårlig hygiene og smitte',
      ],
      happened: [
        '{Who} ble smittet med en resistent bakterie {place}.',
        'De ansatte brukte ikke hansker og vasket ikke hendene mellom pasientene.',
        '{Who} fikk en infeksjon i såret som ingen oppdaget i tide.',
        'Det var et utbrudd av norovirus, men ingen ble isolert.',
      ],
      conduct: [
        '{Staff} har gjentatte ganger brutt rutinene for smittevern.',
        '{Staff} gikk på jobb med smittsom sykdom og fulgte ikke smittevernrådene.',
      ],
      consequence: [
        'Infeksjonen spredte seg, og {who} ble alvorlig syk.',
        'Smitten førte til lang behandling med antibiotika.',
      ],
      want: [
        '{I} ber om at smittevernet {place} blir undersøkt.',
        '{I} vil vite hvordan smitten kunne spre seg.',
      ],
      audit: ['smittevernrutinene blir fulgt', 'infeksjoner blir oppdaget, registrert og fulgt opp'],
    },
    nn: {
      title: [
        'smitte og manglande smittevern',
        'infeksjon som ikkje vart oppdaga',
        'dårleg hygiene og smitte',
      ],
      happened: [
        '{Who} vart smitta med ein resistent bakterie {place}.',
        'Dei tilsette brukte ikkje hanskar og vaska ikkje hendene mellom pasientane.',
        '{Who} fekk ein infeksjon i såret som ingen oppdaga i tide.',
        'Det var eit utbrot av norovirus, men ingen vart isolerte.',
      ],
      conduct: [
        '{Staff} har fleire gonger brote rutinane for smittevern.',
        '{Staff} gjekk på jobb med smittsam sjukdom og følgde ikkje smittevernråda.',
      ],
      consequence: [
        'Infeksjonen spreidde seg, og {who} vart alvorleg sjuk.',
        'Smitta førte til lang behandling med antibiotika.',
      ],
      want: [
        '{I} ber om at smittevernet {place} blir undersøkt.',
        '{I} vil vite korleis smitta kunne spreie seg.',
      ],
      audit: ['smittevernrutinane blir følgde', 'infeksjonar blir oppdaga, registrerte og følgde opp'],
    },
  },
];
