import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessRequestDeadline,
  appealDeadline,
  interimReplyDeadline,
  NoAppealError,
  UnknownCaseTypeError,
} from './deadlines.ts';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from './local-date.ts';
import { DEFAULT_PROCESSING_TARGETS, processingTargetDeadline } from './processing-targets.ts';
import { isWorkingDay } from './working-days.ts';

// Every expected date below was worked out by hand from the calendar in holidays.test.ts
// (Easter 2025 = 20 April, 2026 = 5 April, 2027 = 28 March) and stated with its weekday.
describe('appealDeadline (fvl. § 29, pbrl. § 7-5, hpl. § 68; domstolloven §§ 148–149)', () => {
  it.each([
    // [received, case type, + days, lands on, deadline]
    ['2025-04-14', 'general', 'Mon 5 May 2025, a working day', '2025-05-05'],
    ['2025-04-26', 'general', 'Sat 17 May 2025 (Constitution Day) → Mon 19 May', '2025-05-19'],
    ['2026-04-26', 'general', 'Sun 17 May 2026 → Mon 18 May', '2026-05-18'],
    [
      '2027-04-26',
      'general',
      'Mon 17 May 2027 (Constitution Day and Whit Monday) → Tue 18 May',
      '2027-05-18',
    ],
    [
      '2025-03-27',
      'general',
      'Maundy Thursday 17 Apr 2025 → Tue 22 Apr (Easter Monday 21 Apr)',
      '2025-04-22',
    ],
    ['2026-03-06', 'rights_appeal', '4 weeks: Good Friday 3 Apr 2026 → Tue 7 Apr', '2026-04-07'],
    ['2025-12-04', 'general', 'Christmas Day Thu 25 Dec 2025 → Mon 29 Dec', '2025-12-29'],
    ['2025-12-03', 'general', 'Christmas Eve Wed 24 Dec 2025 is a working day: stays', '2025-12-24'],
    ['2025-12-10', 'general', "New Year's Eve Wed 31 Dec 2025 is a working day: stays", '2025-12-31'],
    ['2025-05-19', 'general', 'Whit Monday 9 Jun 2025 → Tue 10 Jun', '2025-06-10'],
    ['2025-04-12', 'general', 'Sat 3 May 2025 → Mon 5 May', '2025-05-05'],
    ['2026-12-05', 'personnel_reaction', 'Boxing Day Sat 26 Dec 2026 → Mon 28 Dec', '2026-12-28'],
    ['2026-12-11', 'general', "New Year's Day Fri 1 Jan 2027 → Mon 4 Jan", '2027-01-04'],
    ['2026-04-21', 'rights_appeal', '4 weeks: Tue 19 May 2026, a working day', '2026-05-19'],
  ])('%s (%s): %s', (received, caseType, _why, expected) => {
    expect(appealDeadline(received, caseType).deadline).toBe(expected);
  });

  it('explains each step in bokmål and English', () => {
    const { explanation } = appealDeadline('2025-04-26', 'general');
    expect(explanation.ruleId).toBe('appeal.general');
    expect(explanation.legalBasis).toContain('forvaltningsloven § 29');
    expect(explanation.steps).toEqual([
      { nb: '3 uker fra 2025-04-26 = 2025-05-17', en: '3 weeks from 2025-04-26 = 2025-05-17' },
      {
        nb: '2025-05-17 er lørdag og grunnlovsdagen; fristen flyttes til neste virkedag, 2025-05-19 (domstolloven § 149)',
        en: '2025-05-17 is Saturday and Constitution Day; the deadline moves to the next working day, 2025-05-19 (domstolloven § 149)',
      },
    ]);
    expect(appealDeadline('2025-04-14', 'general').explanation.steps[0]?.en).toBe(
      '3 weeks from 2025-04-14 = 2025-05-05',
    );
  });

  it('uses four weeks for rights appeals and the nemnd rule for personnel reactions', () => {
    expect(appealDeadline('2026-04-21', 'rights_appeal').explanation.legalBasis).toContain('§ 7-5');
    expect(appealDeadline('2026-12-05', 'personnel_reaction').explanation.legalBasis).toContain(
      'helsepersonelloven § 68',
    );
  });

  it('refuses case types whose outcome is not an appealable decision, and unknown ones', () => {
    expect(() => appealDeadline('2025-04-14', 'incident_supervision')).toThrow(NoAppealError);
    expect(() => appealDeadline('2025-04-14', 'serious_incident_notice')).toThrow(NoAppealError);
    expect(() => appealDeadline('2025-04-14', 'toString')).toThrow(UnknownCaseTypeError);
    expect(() => appealDeadline('2025-04-14', 'parking')).toThrow(UnknownCaseTypeError);
  });

  // The longest run of non-working days in the Norwegian calendar is Maundy Thursday to Easter Monday
  // (5 days), so a deadline moves at most 5 days, and always to the FIRST working day.
  const anyDate = fc
    .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2039-11-30') })
    .map((n) => fromDayNumber(n));
  it.each([
    ['general', 21],
    ['personnel_reaction', 21],
    ['rights_appeal', 28],
  ] as const)(
    '%s: always a working day, ≥ %i days after receipt, the first one (property)',
    (caseType, days) => {
      fc.assert(
        fc.property(anyDate, (received) => {
          const { deadline } = appealDeadline(received, caseType);
          expect(isWorkingDay(deadline)).toBe(true);
          const moved = daysBetween(addDays(received, days), deadline);
          expect(moved).toBeGreaterThanOrEqual(0);
          expect(moved).toBeLessThanOrEqual(5);
          for (let i = 0; i < moved; i++) expect(isWorkingDay(addDays(received, days + i))).toBe(false);
        }),
      );
    },
  );
});

describe('interimReplyDeadline (fvl. § 11 a: same date next month, then next working day)', () => {
  it.each([
    ['2025-01-31', '2025-02-28', 'no 31 Feb: last day, Fri 28 Feb 2025'],
    ['2024-01-31', '2024-02-29', 'leap year: Thu 29 Feb 2024'],
    ['2025-03-31', '2025-04-30', 'no 31 Apr: Wed 30 Apr 2025'],
    ['2025-05-31', '2025-06-30', 'no 31 Jun: Mon 30 Jun 2025'],
    ['2026-01-31', '2026-03-02', 'Sat 28 Feb 2026 → Mon 2 Mar'],
    ['2025-12-31', '2026-02-02', 'Sat 31 Jan 2026 → Mon 2 Feb'],
    ['2025-04-17', '2025-05-19', 'Sat 17 May 2025 → Mon 19 May'],
    ['2025-11-25', '2025-12-29', 'Christmas Day Thu 25 Dec 2025 → Mon 29 Dec'],
    ['2025-02-14', '2025-03-14', 'Fri 14 Mar 2025'],
  ])('%s → %s (%s)', (received, expected) => {
    expect(interimReplyDeadline(received).deadline).toBe(expected);
  });

  it('says when the month was short', () => {
    const { steps } = interimReplyDeadline('2025-01-31').explanation;
    expect(steps[0]?.en).toBe('1 month from 2025-01-31 = 2025-02-28');
    expect(steps[1]?.en).toBe('That month has no day 31; the deadline ends on its last day, 2025-02-28');
  });
});

describe('accessRequestDeadline (offentleglova § 32: five working days)', () => {
  it('Tue 31 March 2026 + 5 working days across Easter = Fri 10 April, naming the skipped holidays', () => {
    const answer = accessRequestDeadline('2026-03-31');
    expect(answer.deadline).toBe('2026-04-10');
    expect(answer.explanation.steps).toHaveLength(1);
    expect(answer.explanation.steps[0]?.nb).toBe(
      '5 arbeidsdager etter 2026-03-31 (mottaksdagen telles ikke) = 2026-04-10; helligdager som ikke telles: ' +
        '2026-04-02 skjærtorsdag, 2026-04-03 langfredag, 2026-04-05 første påskedag, 2026-04-06 andre påskedag',
    );
  });

  it('Mon 22 Dec 2025 + 5 = 23, 24, 29, 30, 31 → Wed 31 Dec 2025', () => {
    expect(accessRequestDeadline('2025-12-22').deadline).toBe('2025-12-31');
  });
});

describe('processing targets (a table the caller can override)', () => {
  it('has the default targets', () => {
    expect(DEFAULT_PROCESSING_TARGETS.rights_appeal).toEqual({ amount: 3, unit: 'months' });
    expect(DEFAULT_PROCESSING_TARGETS.planned_supervision).toEqual({ amount: 12, unit: 'months' });
  });

  it.each([
    ['2025-09-22', 'rights_appeal', '2025-12-22'], // 3 months: Mon 22 Dec 2025
    ['2025-02-10', 'incident_supervision', '2025-07-10'], // 5 months: Thu 10 Jul 2025
    ['2025-03-31', 'serious_incident_notice', '2025-04-30'], // 1 month, short April: Wed 30 Apr
    ['2025-06-17', 'personnel_reaction', '2025-12-17'], // 6 months: Wed 17 Dec 2025
    ['2025-01-25', 'planned_supervision', '2026-01-26'], // 12 months: Sun 25 Jan 2026 → Mon 26 Jan
  ])('%s %s → %s', (received, caseType, expected) => {
    expect(processingTargetDeadline(received, caseType).deadline).toBe(expected);
  });

  it('lets the caller override a row', () => {
    const overridden = processingTargetDeadline('2025-09-22', 'rights_appeal', {
      rights_appeal: { amount: 10, unit: 'weeks' },
    });
    expect(overridden.deadline).toBe('2025-12-01'); // 70 days after Mon 22 Sep: Mon 1 Dec 2025
    expect(() => processingTargetDeadline('2025-09-22', 'unknown_type')).toThrow(UnknownCaseTypeError);
  });
});
