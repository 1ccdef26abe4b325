/**
 * What a party reads on the status page: where the case is and what happens next, in plain language, per
 * state of the case types that come in through intake. Data, not code: a new state is a new row.
 */
import type { Texts } from '../cases/errors.ts';

export interface StateText {
  where: Texts;
  next: Texts;
}

const UNKNOWN: StateText = {
  where: {
    nb: 'Saken er under behandling.',
    nn: 'Saka er under behandling.',
    en: 'The case is being handled.',
  },
  next: {
    nb: 'Vi gir deg beskjed når noe skjer i saken.',
    nn: 'Vi gjev deg beskjed når noko skjer i saka.',
    en: 'We will let you know when something happens in the case.',
  },
};

export const STATE_TEXTS: Record<string, StateText> = {
  received: {
    where: {
      nb: 'Vi har tatt imot saken. Den venter på at en saksbehandler ser på den.',
      nn: 'Vi har teke imot saka. Ho ventar på at ein saksbehandlar ser på ho.',
      en: 'We have received the case. It is waiting for a caseworker to look at it.',
    },
    next: {
      nb: 'En saksbehandler vurderer om saken skal undersøkes videre.',
      nn: 'Ein saksbehandlar vurderer om saka skal undersøkjast vidare.',
      en: 'A caseworker will decide whether the case needs to be looked into further.',
    },
  },
  initial_assessment: {
    where: {
      nb: 'En saksbehandler gjør en første vurdering av saken.',
      nn: 'Ein saksbehandlar gjer ei første vurdering av saka.',
      en: 'A caseworker is making a first assessment of the case.',
    },
    next: {
      nb: 'Vi bestemmer om vi åpner tilsynssak, om virksomheten selv skal følge opp, eller om saken avsluttes.',
      nn: 'Vi avgjer om vi opnar tilsynssak, om verksemda sjølv skal følgje opp, eller om saka blir avslutta.',
      en: 'We decide whether to open a supervision case, leave the follow-up to the provider, or close the case.',
    },
  },
  initial_checks: {
    where: {
      nb: 'Vi gjør de første undersøkelsene etter varselet.',
      nn: 'Vi gjer dei første undersøkingane etter varselet.',
      en: 'We are making the first checks after the notification.',
    },
    next: {
      nb: 'Vi avgjør om saken avsluttes, sendes til statsforvalteren, eller om vi ber om en redegjørelse.',
      nn: 'Vi avgjer om saka blir avslutta, send til statsforvaltaren, eller om vi ber om ei utgreiing.',
      en: 'We decide whether to close the case, send it to the regional office, or ask for an account.',
    },
  },
  account_requested: {
    where: {
      nb: 'Vi har bedt virksomheten om en redegjørelse.',
      nn: 'Vi har bede verksemda om ei utgreiing.',
      en: 'We have asked the provider for an account.',
    },
    next: {
      nb: 'Når svaret kommer, vurderer vi saken.',
      nn: 'Når svaret kjem, vurderer vi saka.',
      en: 'When the answer comes, we assess the case.',
    },
  },
  investigating: {
    where: {
      nb: 'Vi undersøker saken og innhenter opplysninger, for eksempel en uttalelse fra virksomheten.',
      nn: 'Vi undersøkjer saka og hentar inn opplysningar, til dømes ei fråsegn frå verksemda.',
      en: 'We are investigating and gathering information, for example a statement from the provider.',
    },
    next: {
      nb: 'Når vi har det vi trenger, vurderer vi om regelverket er fulgt.',
      nn: 'Når vi har det vi treng, vurderer vi om regelverket er følgt.',
      en: 'When we have what we need, we assess whether the rules were followed.',
    },
  },
  assessing: {
    where: {
      nb: 'Vi vurderer saken og skriver en avgjørelse.',
      nn: 'Vi vurderer saka og skriv ei avgjerd.',
      en: 'We are assessing the case and writing a decision.',
    },
    next: {
      nb: 'Du får et brev med avgjørelsen. Det kan du også lese her.',
      nn: 'Du får eit brev med avgjerda. Det kan du òg lese her.',
      en: 'You will get a letter with the decision. You can also read it here.',
    },
  },
  advance_notice: {
    where: {
      nb: 'Vi har varslet om et mulig vedtak og venter på merknader.',
      nn: 'Vi har varsla om eit mogleg vedtak og ventar på merknader.',
      en: 'We have given notice of a possible decision and are waiting for comments.',
    },
    next: {
      nb: 'Etter fristen for merknader vurderer vi saken.',
      nn: 'Etter fristen for merknader vurderer vi saka.',
      en: 'After the deadline for comments, we assess the case.',
    },
  },
  follow_up: {
    where: {
      nb: 'Vi har avgjort saken og følger med på at virksomheten retter det som var galt.',
      nn: 'Vi har avgjort saka og følgjer med på at verksemda rettar det som var gale.',
      en: 'We have decided the case and are checking that the provider corrects what was wrong.',
    },
    next: {
      nb: 'Saken avsluttes når virksomheten har rettet forholdene.',
      nn: 'Saka blir avslutta når verksemda har retta forholda.',
      en: 'The case is closed when the provider has put things right.',
    },
  },
  appealed: {
    where: {
      nb: 'Vedtaket er påklaget, og klagen behandles.',
      nn: 'Vedtaket er klaga på, og klaga blir behandla.',
      en: 'The decision has been appealed, and the appeal is being handled.',
    },
    next: {
      nb: 'Du får beskjed når klagen er avgjort.',
      nn: 'Du får beskjed når klaga er avgjord.',
      en: 'You will be told when the appeal has been decided.',
    },
  },
  transferred: {
    where: {
      nb: 'Saken er sendt til Statens helsetilsyn.',
      nn: 'Saka er send til Statens helsetilsyn.',
      en: 'The case has been sent to the Norwegian Board of Health Supervision.',
    },
    next: {
      nb: 'Statens helsetilsyn vurderer saken videre og gir deg beskjed.',
      nn: 'Statens helsetilsyn vurderer saka vidare og gjev deg beskjed.',
      en: 'The Norwegian Board of Health Supervision will assess the case further and let you know.',
    },
  },
  closed: {
    where: {
      nb: 'Saken er avsluttet.',
      nn: 'Saka er avslutta.',
      en: 'The case is closed.',
    },
    next: {
      nb: 'Les brevet med avgjørelsen under. Der står det om du kan klage eller be om ny vurdering.',
      nn: 'Les brevet med avgjerda under. Der står det om du kan klage eller be om ny vurdering.',
      en: 'Read the letter with the decision below. It says whether you can appeal or ask for a new assessment.',
    },
  },
};

export const stateText = (state: string): StateText => STATE_TEXTS[state] ?? UNKNOWN;
