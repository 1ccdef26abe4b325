import type { FrameTable } from './frames.ts';

/** Bokmål frames. */
export const FRAMES_NB: FrameTable = {
  incidentOpening: {
    patient: [
      'Jeg vil klage på hjelpen jeg fikk {place} {when}.',
      'Jeg skriver fordi jeg ikke ble tatt på alvor {place}.',
      'Jeg ber dere se på det som skjedde med meg {place} {when}.',
    ],
    next_of_kin: [
      'Jeg skriver på vegne av {whom}, som har fått hjelp {place}.',
      'Jeg er pårørende og vil klage på det som skjedde med {whom} {place} {when}.',
      'Som pårørende til {whom} er jeg svært bekymret for forholdene {place}.',
    ],
    parent: [
      '{I} skriver om {whom}, som har fått hjelp {place}.',
      '{I} vil klage på hvordan {who} ble fulgt opp {place} {when}.',
      '{I} bekymrer {me} for hvordan {who} har blitt møtt {place}.',
    ],
    professional: [
      'Jeg er ansatt og melder fra om forhold {place} som jeg mener er uforsvarlige.',
      'Som ansatt har jeg over tid sett ting {place} som bekymrer meg.',
      'Jeg vil som ansatt melde fra om det som skjedde med {whom} {when}.',
    ],
    provider: [
      '{Unit} melder fra om et forløp {when} som gjaldt {whom}.',
      'Vi har gått gjennom det som skjedde {place} og ber om en vurdering utenfra.',
    ],
    office: [
      'Statsforvalteren har mottatt opplysninger om forholdene {place}.',
      'Saken er opprettet på eget initiativ etter opplysninger om {unit}.',
      'Statsforvalteren har fått en henvendelse om det som skjedde med {whom} {place} {when}.',
    ],
  },
  appealOpening: {
    any: [
      '{I} klager på vedtaket om {decision} {when}.',
      '{I} klager herved på vedtaket om {decision}.',
      'Dette er en klage på vedtaket om {decision}, som kom {when}.',
    ],
    office: [
      'Statsforvalteren har mottatt en klage på vedtaket om {decision}.',
      'Klagen gjelder vedtaket om {decision}, som ble fattet {when}.',
    ],
  },
  appealFirst: {
    any: [
      'Klagen ble først sendt til {unit}, som opprettholdt vedtaket og sendte saken videre.',
      '{Unit} har vurdert klagen på nytt, men står fast på vedtaket.',
    ],
  },
  appealReason: {
    any: [
      'Vedtaket tar ikke hensyn til hvor mye hjelp {who} faktisk trenger.',
      '{I} mener vedtaket bygger på en for dårlig vurdering av situasjonen.',
      'Vedtaket er kort begrunnet og sier ikke hva det ble lagt vekt på.',
    ],
  },
  appealWant: {
    any: [
      '{I} ber om at vedtaket blir omgjort.',
      '{I} ber Statsforvalteren oppheve vedtaket og sende saken tilbake til ny behandling.',
    ],
    office: ['Statsforvalteren vil vurdere om vedtaket er riktig og godt nok begrunnet.'],
  },
  noticeOpening: {
    provider: [
      'Vi varsler herved om en alvorlig hendelse {place} {when}.',
      'Vi varsler herved om en uventet alvorlig hendelse som gjelder {whom} {place}.',
      '{Unit} varsler herved om en alvorlig hendelse med betydelig skade på {whom}.',
    ],
    professional: [
      'Jeg varsler herved om en alvorlig hendelse {place} {when}.',
      'Jeg varsler herved om en alvorlig hendelse som gjelder {whom} {place}.',
    ],
    office: ['Statsforvalteren har mottatt varsel om en alvorlig hendelse {place} {when}.'],
    party: [
      '{I} vil varsle om en alvorlig hendelse som gjelder {whom} {place}.',
      '{I} melder fra om en alvorlig hendelse {place} {when}.',
    ],
  },
  noticeFollowUp: {
    provider: [
      'Hendelsen er meldt i avvikssystemet og blir gjennomgått internt.',
      'Pårørende er informert, og vi har startet en intern gjennomgang.',
      'Vi sender en nærmere redegjørelse når den interne gjennomgangen er ferdig.',
    ],
    professional: [
      'Jeg har meldt hendelsen internt, men mener den må vurderes av Statens helsetilsyn.',
      'Jeg ber om at hendelsen blir vurdert utenfra.',
    ],
    office: [
      'Varselet er sendt videre for vurdering.',
      'Statsforvalteren vil innhente en redegjørelse fra {unit}.',
    ],
    party: [
      '{I} har ikke fått noen forklaring fra {unit} på hva som skjedde.',
      '{I} ber Statens helsetilsyn om å undersøke hendelsen.',
    ],
  },
  personnelOpening: {
    any: [
      'Saken gjelder {staffIndef} {place}.',
      '{I} melder fra om {staffIndef} {place}, som {i} mener ikke opptrer forsvarlig.',
      '{I} vil melde fra om bekymring for {staffIndef} {place}.',
    ],
    office: ['Statsforvalteren oversender en sak om {staffIndef} {place}.'],
  },
  personnelDetail: {
    any: [
      'Forholdet er tatt opp med vedkommende flere ganger uten at noe har endret seg.',
      'Vedkommende har fått skriftlige advarsler fra arbeidsgiveren tidligere.',
      'Flere kolleger har meldt fra om det samme.',
    ],
  },
  personnelWant: {
    any: [
      '{I} ber Statens helsetilsyn vurdere om det er grunnlag for en administrativ reaksjon.',
      '{I} ber om at det blir vurdert om autorisasjonen bør begrenses eller kalles tilbake.',
    ],
  },
  auditOpening: {
    any: [
      'Planlagt tilsyn med {provider} i {municipality}.',
      'Statsforvalteren gjennomfører tilsyn med {provider} i {municipality}.',
      'Dette er et planlagt tilsyn med {provider}.',
    ],
  },
  auditScope: {
    any: [
      'Tilsynet skal undersøke om {unit} sikrer at {audit}.',
      'Tema for tilsynet er om virksomheten sørger for at {audit}.',
      'Vi vil undersøke om {unit} sørger for at {audit}.',
    ],
  },
  auditExtra: { any: ['Vi vil også se på om {audit}.', 'I tillegg undersøker vi om {audit}.'] },
  auditMethod: {
    any: [
      'Tilsynet gjennomføres som en systemrevisjon med intervjuer og gjennomgang av dokumenter.',
      'Vi vil gå gjennom rutiner og prosedyrer, intervjue ledere og ansatte og gjøre stikkprøver.',
      'Tilsynet er en del av et landsomfattende tilsyn.',
    ],
  },
  auditContext: {
    any: [
      'Tilsynet er valgt ut fra risikovurderinger og tidligere klagesaker.',
      'Virksomheten vil få en foreløpig rapport og kan uttale seg før rapporten blir endelig.',
      'Ledelsen vil få tilsendt en liste over dokumenter som skal sendes inn før tilsynet.',
      'Vi vil også snakke med brukere og pårørende.',
    ],
  },
  generic: {
    party: [
      '{I} har tatt dette opp flere ganger uten å få svar.',
      'Ingen har tatt ansvar for det som skjedde.',
      'Det har vært en stor belastning for hele familien.',
      '{I} opplevde ikke å bli lyttet til.',
      '{I} fikk verken beklagelse eller forklaring.',
      'Det er vanskelig å forstå hvordan dette kunne skje.',
      '{I} har dokumentasjon og kan sende mer hvis dere trenger det.',
      'Dette er ikke første gang noe slikt har skjedd.',
      '{I} sendte en klage til ledelsen, men fikk bare et standardsvar.',
      'Den eneste som virkelig hjalp, var {name}, men {name} har sluttet.',
    ],
    professional: [
      'Jeg har meldt avvik flere ganger uten at noe skjer.',
      'Flere kolleger deler bekymringen min.',
      'Jeg har tatt det opp med nærmeste leder uten å få gehør.',
      'Ingen har tatt ansvar for det som skjedde.',
      'En kollega, {name}, har sagt fra om det samme.',
    ],
    institution: [
      'Saken er drøftet i ledelsen.',
      'Det er satt i verk strakstiltak.',
      'Det er innhentet uttalelser fra involvert personell.',
      'Forholdet er registrert som avvik.',
    ],
    office: [
      'Opplysningene tyder på at det kan ha skjedd en svikt.',
      'Saken vil bli vurdert etter gjeldende regelverk.',
      'Statsforvalteren har bedt om dokumentasjon.',
    ],
  },
  want: {
    party: [
      '{I} ønsker at saken blir undersøkt.',
      '{I} ber om at det blir vurdert om hjelpen var forsvarlig.',
      '{I} vil at ingen andre skal oppleve det samme.',
    ],
    professional: [
      'Jeg ber om at forholdene blir undersøkt før noen blir alvorlig skadet.',
      'Jeg ønsker at tilsynsmyndigheten ser på dette.',
    ],
    provider: [
      'Vi ber om en vurdering av om tjenesten var forsvarlig.',
      'Vi ber Statsforvalteren vurdere saken.',
    ],
    office: [
      'Statsforvalteren vil vurdere om {unit} har oppfylt kravene til forsvarlighet.',
      'Statsforvalteren vil innhente en uttalelse fra {unit}.',
    ],
  },
};
