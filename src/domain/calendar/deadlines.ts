/**
 * Legal deadlines as data: each rule is a row (start, length, whether the end moves off non-working days), and
 * one engine applies any row and explains every step in bokmål and English. Adding a rule is adding a row.
 */
import { addPeriod, describePeriod, type LocalizedText, type Period } from './period.ts';
import { addDays, parseIsoDate, type IsoDate } from './local-date.ts';
import { publicHolidaysOn } from './holidays.ts';
import { addWorkingDays, nonWorkingReason, onOrNextWorkingDay } from './working-days.ts';

export type RuleLength = { kind: 'period'; period: Period } | { kind: 'working_days'; count: number };

export interface DeadlineRule {
  id: string;
  /** The citation a letter or a reviewer checks against. */
  legalBasis: string;
  /** The rule in one sentence. */
  summary: LocalizedText;
  length: RuleLength;
  /**
   * Move an end on a Saturday, Sunday or public holiday to the next working day (domstolloven § 149, which
   * administrative practice applies to forvaltningsloven's deadlines).
   */
  movesToWorkingDay: boolean;
}

export interface Explanation {
  ruleId: string;
  legalBasis: string;
  summary: LocalizedText;
  steps: LocalizedText[];
}

export interface DeadlineAnswer {
  deadline: IsoDate;
  explanation: Explanation;
}

const weeks = (amount: number): RuleLength => ({ kind: 'period', period: { amount, unit: 'weeks' } });

export const DEADLINE_RULES = {
  'appeal.general': {
    id: 'appeal.general',
    legalBasis: 'forvaltningsloven § 29 første ledd; domstolloven §§ 148–149',
    summary: {
      nb: 'Klagefristen er tre uker fra den dagen underretningen om vedtaket kom fram til parten.',
      en: 'The appeal deadline is three weeks from the day notice of the decision reached the party.',
    },
    length: weeks(3),
    movesToWorkingDay: true,
  },
  'appeal.rights': {
    id: 'appeal.rights',
    legalBasis: 'pasient- og brukerrettighetsloven § 7-5; domstolloven §§ 148–149',
    summary: {
      nb: 'Klage over rettigheter skal settes fram innen fire uker etter at klageren fikk (eller burde fått) kunnskap nok til å klage — her regnet fra mottak av vedtaket.',
      en: 'A rights appeal must be made within four weeks of the complainant learning (or when they should have learnt) enough to appeal — counted here from receipt of the decision.',
    },
    length: weeks(4),
    movesToWorkingDay: true,
  },
  'appeal.personnel_reaction': {
    id: 'appeal.personnel_reaction',
    legalBasis: 'helsepersonelloven § 68 annet ledd, jf. forvaltningsloven § 29; domstolloven §§ 148–149',
    summary: {
      nb: 'Vedtak om administrativ reaksjon kan påklages til Statens helsepersonellnemnd innen tre uker fra vedtaket kom fram.',
      en: 'A decision on an administrative reaction may be appealed to Statens helsepersonellnemnd within three weeks of its receipt.',
    },
    length: weeks(3),
    movesToWorkingDay: true,
  },
  interim_reply: {
    id: 'interim_reply',
    legalBasis: 'forvaltningsloven § 11 a annet ledd; domstolloven §§ 148–149',
    summary: {
      nb: 'Kan en skriftlig henvendelse ikke besvares innen en måned etter at den kom inn, skal det gis et foreløpig svar — senest innen denne datoen.',
      en: 'If a written request cannot be answered within one month of its receipt, an interim reply is owed — at the latest by this date.',
    },
    length: { kind: 'period', period: { amount: 1, unit: 'months' } },
    // Our choice: counted like the party's deadlines, so an outer limit on a weekend or holiday moves to the
    // next working day (when the office can act). The 'soon' warning is what makes replies go out earlier.
    movesToWorkingDay: true,
  },
  access_request: {
    id: 'access_request',
    legalBasis: 'offentleglova § 29 første ledd og § 32 første ledd tredje punktum',
    summary: {
      nb: 'Innsynskrav skal avgjøres uten ugrunnet opphold; er det ikke besvart innen fem arbeidsdager etter mottak, regnes det som avslag som kan påklages.',
      en: 'An access request must be decided without undue delay; if unanswered five working days after receipt, it counts as a refusal that can be appealed.',
    },
    length: { kind: 'working_days', count: 5 },
    movesToWorkingDay: false, // five working days already end on a working day
  },
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineRuleId = keyof typeof DEADLINE_RULES;

/** One explanation step: "3 uker fra 2025-04-14 = 2025-05-05", noting a shortened month. */
export function periodStep(start: IsoDate, period: Period, end: IsoDate): LocalizedText[] {
  const length = describePeriod(period);
  const steps = [{ nb: `${length.nb} fra ${start} = ${end}`, en: `${length.en} from ${start} = ${end}` }];
  if (period.unit === 'months' && parseIsoDate(start).day !== parseIsoDate(end).day) {
    steps.push({
      nb: `Måneden har ingen dag nr. ${parseIsoDate(start).day}; fristen ender på månedens siste dag, ${end}`,
      en: `That month has no day ${parseIsoDate(start).day}; the deadline ends on its last day, ${end}`,
    });
  }
  return steps;
}

/** The domstolloven § 149 step: stays on a working day, or moves off a weekend or holiday, and says why. */
export function moveToWorkingDayStep(end: IsoDate): { deadline: IsoDate; step: LocalizedText } {
  const reason = nonWorkingReason(end);
  if (!reason) {
    return {
      deadline: end,
      step: { nb: `${end} er en virkedag; fristen står`, en: `${end} is a working day; the deadline stands` },
    };
  }
  const moved = onOrNextWorkingDay(end);
  return {
    deadline: moved,
    step: {
      nb: `${end} er ${reason.nb}; fristen flyttes til neste virkedag, ${moved} (domstolloven § 149)`,
      en: `${end} is ${reason.en}; the deadline moves to the next working day, ${moved} (domstolloven § 149)`,
    },
  };
}

/** Applies one rule to a start date (the day of receipt, which is itself not counted). */
export function applyDeadlineRule(rule: DeadlineRule, start: IsoDate): DeadlineAnswer {
  parseIsoDate(start);
  const steps: LocalizedText[] = [];
  let end: IsoDate;
  if (rule.length.kind === 'period') {
    end = addPeriod(start, rule.length.period);
    steps.push(...periodStep(start, rule.length.period, end));
  } else {
    end = addWorkingDays(start, rule.length.count);
    steps.push(workingDaysStep(start, rule.length.count, end));
  }
  let deadline = end;
  if (rule.movesToWorkingDay) {
    const moved = moveToWorkingDayStep(end);
    deadline = moved.deadline;
    steps.push(moved.step);
  }
  return {
    deadline,
    explanation: { ruleId: rule.id, legalBasis: rule.legalBasis, summary: rule.summary, steps },
  };
}

/** One explanation step for a length in working days, naming the holidays it skips. */
export function workingDaysStep(start: IsoDate, count: number, end: IsoDate): LocalizedText {
  // Name the holidays skipped on the way; weekends need no explaining.
  const skipped: { date: IsoDate; name: LocalizedText }[] = [];
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    for (const holiday of publicHolidaysOn(day)) skipped.push({ date: day, name: holiday.name });
  }
  const tail = (lang: 'nb' | 'en') =>
    skipped.length === 0
      ? ''
      : (lang === 'nb' ? '; helligdager som ikke telles: ' : '; public holidays not counted: ') +
        skipped.map((s) => `${s.date} ${s.name[lang]}`).join(', ');
  return {
    nb: `${count} arbeidsdager etter ${start} (mottaksdagen telles ikke) = ${end}${tail('nb')}`,
    en: `${count} working days after ${start} (the day of receipt not counted) = ${end}${tail('en')}`,
  };
}

/** Which appeal rule a case type's decision follows, or why its outcome cannot be appealed. */
export type AppealEntry =
  { appealable: true; ruleId: DeadlineRuleId } | { appealable: false; reason: LocalizedText };

export const APPEAL_BY_CASE_TYPE: Readonly<Record<string, AppealEntry>> = {
  // Any other enkeltvedtak, e.g. a refusal of party access (fvl. § 21) or an order (pålegg) after supervision.
  general: { appealable: true, ruleId: 'appeal.general' },
  // The citizen's appeal to the service, which then forwards it to the office; the office's own decision in
  // a rights appeal is final (fvl. § 28 third paragraph), so this is the deadline for the citizen's appeal.
  rights_appeal: { appealable: true, ruleId: 'appeal.rights' },
  personnel_reaction: { appealable: true, ruleId: 'appeal.personnel_reaction' },
  incident_supervision: {
    appealable: false,
    reason: {
      nb: 'En tilsynssak ender ikke med et enkeltvedtak og kan ikke påklages; parten kan be om en ny vurdering.',
      en: 'A supervision case does not end in an individual decision and cannot be appealed; the party may ask for a new assessment.',
    },
  },
  serious_incident_notice: {
    appealable: false,
    reason: {
      nb: 'Behandlingen av et varsel om alvorlig hendelse er ikke et enkeltvedtak og kan ikke påklages.',
      en: 'Handling a notice of a serious incident is not an individual decision and cannot be appealed.',
    },
  },
  planned_supervision: {
    appealable: false,
    reason: {
      nb: 'Funn i en tilsynsrapport er ikke enkeltvedtak. Et pålegg er det: bruk sakstypen «general».',
      en: 'Findings in a supervision report are not individual decisions. An order is: use the case type "general".',
    },
  },
};

export class UnknownCaseTypeError extends Error {
  readonly caseType: string;
  readonly known: readonly string[];
  constructor(caseType: string, known: readonly string[]) {
    super(`Unknown case type "${caseType}"; known: ${known.join(', ')}`);
    this.caseType = caseType;
    this.known = known;
    this.name = 'UnknownCaseTypeError';
  }
}

export class NoAppealError extends Error {
  readonly caseType: string;
  readonly reason: LocalizedText;
  constructor(caseType: string, reason: LocalizedText) {
    super(reason.en);
    this.caseType = caseType;
    this.reason = reason;
    this.name = 'NoAppealError';
  }
}

/** The last day to appeal, counted from the day the decision reached the party. */
export function appealDeadline(decisionReceivedOn: IsoDate, caseType: string): DeadlineAnswer {
  const entry = Object.hasOwn(APPEAL_BY_CASE_TYPE, caseType) ? APPEAL_BY_CASE_TYPE[caseType] : undefined;
  if (!entry) throw new UnknownCaseTypeError(caseType, Object.keys(APPEAL_BY_CASE_TYPE));
  if (!entry.appealable) throw new NoAppealError(caseType, entry.reason);
  return applyDeadlineRule(DEADLINE_RULES[entry.ruleId], decisionReceivedOn);
}

/**
 * The last day an interim reply is owed for a written request received on `receivedOn`: the same day number
 * next month (31 Jan → 28/29 Feb), moved to the next working day. fvl. § 11 a asks for the interim reply
 * "snarest mulig" once it is clear the answer will take longer than a month; this is the outer limit.
 */
export function interimReplyDeadline(receivedOn: IsoDate): DeadlineAnswer {
  return applyDeadlineRule(DEADLINE_RULES.interim_reply, receivedOn);
}

/** The day an unanswered access request becomes an appealable refusal: receipt + 5 working days. */
export function accessRequestDeadline(receivedOn: IsoDate): DeadlineAnswer {
  return applyDeadlineRule(DEADLINE_RULES.access_request, receivedOn);
}
