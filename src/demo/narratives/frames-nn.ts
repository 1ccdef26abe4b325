import type { FrameTable } from './frames.ts';

/** Nynorsk frames. */
export const FRAMES_NN: FrameTable = {
  incidentOpening: {
    patient: [
      'Eg vil klage på hjelpa eg fekk {place} {when}.',
      'Eg skriv fordi eg ikkje vart teken på alvor {place}.',
      'Eg ber dykk sjå på det som skjedde med meg {place} {when}.',
    ],
    next_of_kin: [
      'Eg skriv på vegner av {whom}, som har fått hjelp {place}.',
      'Eg er pårørande og vil klage på det som skjedde med {whom} {place} {when}.',
      'Som pårørande til {whom} er eg svært uroleg for forholda {place}.',
    ],
    parent: [
      '{I} skriv om {whom}, som har fått hjelp {place}.',
      '{I} vil klage på korleis {who} vart følgd opp {place} {when}.',
      '{I} uroar {me} for korleis {who} har vorte møtt {place}.',
    ],
    professional: [
      'Eg er tilsett og melder frå om forhold {place} som eg meiner er uforsvarlege.',
      'Som tilsett har eg over tid sett ting {place} som uroar meg.',
      'Eg vil som tilsett melde frå om det som skjedde med {whom} {when}.',
    ],
    provider: [
      '{Unit} melder frå om eit forløp {when} som galdt {whom}.',
      'Vi har gått gjennom det som skjedde {place} og ber om ei vurdering utanfrå.',
    ],
    office: [
      'Statsforvaltaren har fått opplysningar om forholda {place}.',
      'Saka er oppretta på eige initiativ etter opplysningar om {unit}.',
      'Statsforvaltaren har fått ein førespurnad om det som skjedde med {whom} {place} {when}.',
    ],
  },
  appealOpening: {
    any: [
      '{I} klagar på vedtaket om {decision} {when}.',
      '{I} klagar med dette på vedtaket om {decision}.',
      'Dette er ei klage på vedtaket om {decision}, som kom {when}.',
    ],
    office: [
      'Statsforvaltaren har fått ei klage på vedtaket om {decision}.',
      'Klaga gjeld vedtaket om {decision}, som vart gjort {when}.',
    ],
  },
  appealFirst: {
    any: [
      'Klaga vart først send til {unit}, som heldt fast på vedtaket og sende saka vidare.',
      '{Unit} har vurdert klaga på nytt, men held fast på vedtaket.',
    ],
  },
  appealReason: {
    any: [
      'Vedtaket tek ikkje omsyn til kor mykje hjelp {who} faktisk treng.',
      '{I} meiner vedtaket byggjer på ei for dårleg vurdering av situasjonen.',
      'Vedtaket er kort grunngitt og seier ikkje kva det vart lagt vekt på.',
    ],
  },
  appealWant: {
    any: [
      '{I} ber om at vedtaket blir gjort om.',
      '{I} ber Statsforvaltaren oppheve vedtaket og sende saka tilbake til ny behandling.',
    ],
    office: ['Statsforvaltaren vil vurdere om vedtaket er rett og godt nok grunngitt.'],
  },
  noticeOpening: {
    provider: [
      'Vi varslar med dette om ei alvorleg hending {place} {when}.',
      'Vi varslar med dette om ei uventa alvorleg hending som gjeld {whom} {place}.',
      '{Unit} varslar med dette om ei alvorleg hending med betydeleg skade på {whom}.',
    ],
    professional: [
      'Eg varslar med dette om ei alvorleg hending {place} {when}.',
      'Eg varslar med dette om ei alvorleg hending som gjeld {whom} {place}.',
    ],
    office: ['Statsforvaltaren har fått varsel om ei alvorleg hending {place} {when}.'],
    party: [
      '{I} vil varsle om ei alvorleg hending som gjeld {whom} {place}.',
      '{I} melder frå om ei alvorleg hending {place} {when}.',
    ],
  },
  noticeFollowUp: {
    provider: [
      'Hendinga er meld i avvikssystemet og blir gått gjennom internt.',
      'Pårørande er informerte, og vi har starta ein intern gjennomgang.',
      'Vi sender ei nærare utgreiing når den interne gjennomgangen er ferdig.',
    ],
    professional: [
      'Eg har meldt hendinga internt, men meiner ho må vurderast av Statens helsetilsyn.',
      'Eg ber om at hendinga blir vurdert utanfrå.',
    ],
    office: [
      'Varselet er sendt vidare for vurdering.',
      'Statsforvaltaren vil hente inn ei utgreiing frå {unit}.',
    ],
    party: [
      '{I} har ikkje fått noka forklaring frå {unit} på kva som skjedde.',
      '{I} ber Statens helsetilsyn om å undersøkje hendinga.',
    ],
  },
  personnelOpening: {
    any: [
      'Saka gjeld {staffIndef} {place}.',
      '{I} melder frå om {staffIndef} {place}, som {i} meiner ikkje opptrer forsvarleg.',
      '{I} vil melde frå om uro for {staffIndef} {place}.',
    ],
    office: ['Statsforvaltaren sender over ei sak om {staffIndef} {place}.'],
  },
  personnelDetail: {
    any: [
      'Forholdet er teke opp med vedkommande fleire gonger utan at noko har endra seg.',
      'Vedkommande har fått skriftlege åtvaringar frå arbeidsgivaren tidlegare.',
      'Fleire kollegaer har meldt frå om det same.',
    ],
  },
  personnelWant: {
    any: [
      '{I} ber Statens helsetilsyn vurdere om det er grunnlag for ein administrativ reaksjon.',
      '{I} ber om at det blir vurdert om autorisasjonen bør avgrensast eller kallast tilbake.',
    ],
  },
  auditOpening: {
    any: [
      'Planlagt tilsyn med {provider} i {municipality}.',
      'Statsforvaltaren gjennomfører tilsyn med {provider} i {municipality}.',
      'Dette er eit planlagt tilsyn med {provider}.',
    ],
  },
  auditScope: {
    any: [
      'Tilsynet skal undersøkje om {unit} sikrar at {audit}.',
      'Tema for tilsynet er om verksemda sørgjer for at {audit}.',
      'Vi vil undersøkje om {unit} sørgjer for at {audit}.',
    ],
  },
  auditExtra: { any: ['Vi vil òg sjå på om {audit}.', 'I tillegg undersøkjer vi om {audit}.'] },
  auditMethod: {
    any: [
      'Tilsynet blir gjennomført som ein systemrevisjon med intervju og gjennomgang av dokument.',
      'Vi vil gå gjennom rutinar og prosedyrar, intervjue leiarar og tilsette og gjere stikkprøver.',
      'Tilsynet er ein del av eit landsomfattande tilsyn.',
    ],
  },
  auditContext: {
    any: [
      'Tilsynet er valt ut frå risikovurderingar og tidlegare klagesaker.',
      'Verksemda vil få ein førebels rapport og kan uttale seg før rapporten blir endeleg.',
      'Leiinga vil få tilsendt ei liste over dokument som skal sendast inn før tilsynet.',
      'Vi vil òg snakke med brukarar og pårørande.',
    ],
  },
  generic: {
    party: [
      '{I} har teke dette opp fleire gonger utan å få svar.',
      'Ingen har teke ansvar for det som skjedde.',
      'Det har vore ei stor belastning for heile familien.',
      '{I} opplevde ikkje å bli lytta til.',
      '{I} fekk verken orsaking eller forklaring.',
      'Det er vanskeleg å forstå korleis dette kunne skje.',
      '{I} har dokumentasjon og kan sende meir viss de treng det.',
      'Dette er ikkje første gongen noko slikt har skjedd.',
      '{I} sende ei klage til leiinga, men fekk berre eit standardsvar.',
      'Den einaste som verkeleg hjelpte, var {name}, men {name} har slutta.',
    ],
    professional: [
      'Eg har meldt avvik fleire gonger utan at noko skjer.',
      'Fleire kollegaer deler uroa mi.',
      'Eg har teke det opp med næraste leiar utan å få gehør.',
      'Ingen har teke ansvar for det som skjedde.',
      'Ein kollega, {name}, har sagt frå om det same.',
    ],
    institution: [
      'Saka er drøfta i leiinga.',
      'Det er sett i verk strakstiltak.',
      'Det er henta inn fråsegner frå involvert personell.',
      'Forholdet er registrert som avvik.',
    ],
    office: [
      'Opplysningane tyder på at det kan ha skjedd ein svikt.',
      'Saka vil bli vurdert etter gjeldande regelverk.',
      'Statsforvaltaren har bede om dokumentasjon.',
    ],
  },
  want: {
    party: [
      '{I} ønskjer at saka blir undersøkt.',
      '{I} ber om at det blir vurdert om hjelpa var forsvarleg.',
      '{I} vil at ingen andre skal oppleve det same.',
    ],
    professional: [
      'Eg ber om at forholda blir undersøkte før nokon blir alvorleg skadd.',
      'Eg ønskjer at tilsynsstyresmakta ser på dette.',
    ],
    provider: [
      'Vi ber om ei vurdering av om tenesta var forsvarleg.',
      'Vi ber Statsforvaltaren vurdere saka.',
    ],
    office: [
      'Statsforvaltaren vil vurdere om {unit} har oppfylt krava til forsvarlegheit.',
      'Statsforvaltaren vil hente inn ei fråsegn frå {unit}.',
    ],
  },
};
