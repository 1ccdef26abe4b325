import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from './local-date.ts';
import { processingTargetRule } from './processing-targets.ts';
import { ClockInputError, evaluateClock, type ClockResult, type Suspension } from './suspension-ledger.ts';
import { isWorkingDay } from './working-days.ts';

const known = (result: ClockResult) => {
  if (!result.deadlineKnown) throw new Error('expected a known deadline');
  return result;
};

describe('suspension over Christmas', () => {
  // rights_appeal (3 months) received Mon 22 Sep 2025 → Mon 22 Dec 2025. Stopped Mon 6 Oct, resumed Thu 9 Oct:
  // 3 days → Thu 25 Dec (Christmas Day), Fri 26 (Boxing Day), weekend → Mon 29 Dec 2025.
  const input = {
    receivedOn: '2025-09-22',
    rule: processingTargetRule('rights_appeal'),
    suspensions: [{ from: '2025-10-06', resumedOn: '2025-10-09' }],
  };

  it('moves the deadline by the days it stood still, then off the holidays', () => {
    const result = known(evaluateClock(input));
    expect(result.baseDeadline).toBe('2025-12-22');
    expect(result.suspendedDays).toBe(3);
    expect(result.deadline).toBe('2025-12-29');
    expect(result.progress).toBeNull(); // no 'today', no status: the function never reads the clock
    expect(result.explanation.steps.map((s) => s.en)).toEqual([
      '3 months from 2025-09-22 = 2025-12-22',
      'The clock stood still from 2025-10-06 until 2025-10-09 (3 days); the deadline moves from 2025-12-22 to 2025-12-25',
      '2025-12-25 is Christmas Day; the deadline moves to the next working day, 2025-12-29 (domstolloven § 149)',
    ]);
  });

  it.each([
    // today, status, days left, working days left, days overdue, working days overdue
    ['2025-12-12', 'ok', 17, 9, 0, 0], // Fri: 15–19, 22, 23, 24, 29 = 9 working days
    ['2025-12-19', 'soon', 10, 4, 0, 0], // Fri: 22, 23, 24, 29
    ['2025-12-29', 'soon', 0, 0, 0, 0], // the deadline day itself
    ['2025-12-30', 'breached', -1, 0, 1, 1],
    ['2026-01-05', 'breached', -7, 0, 7, 4], // 30, 31, (1 Jan), 2, 5
  ] as const)('at %s: %s', (today, status, daysLeft, workingDaysLeft, daysOverdue, workingDaysOverdue) => {
    const { progress } = known(evaluateClock({ ...input, today }));
    expect(progress).toMatchObject({
      today,
      status,
      daysLeft,
      workingDaysLeft,
      daysOverdue,
      workingDaysOverdue,
    });
  });

  it('counts days used without the suspension: 22 Sep → 12 Dec = 81 days − 3 = 78', () => {
    expect(known(evaluateClock({ ...input, today: '2025-12-12' })).progress?.daysUsed).toBe(78);
  });

  it('takes a configurable warning window', () => {
    const result = known(evaluateClock({ ...input, today: '2025-12-12', warnWithinWorkingDays: 10 }));
    expect(result.progress?.status).toBe('soon');
  });
});

describe('overlapping and late suspensions', () => {
  // serious_incident_notice (1 month) received Mon 10 Feb 2025 → Mon 10 Mar 2025.
  const rule = processingTargetRule('serious_incident_notice');
  const receivedOn = '2025-02-10';

  it('counts overlapping suspensions once: 3–20 Mar and 10–25 Mar = 3–25 Mar = 22 days → Tue 1 Apr', () => {
    const suspensions = [
      { from: '2025-03-10', resumedOn: '2025-03-25' },
      { from: '2025-03-03', resumedOn: '2025-03-20' },
    ];
    const result = known(evaluateClock({ receivedOn, rule, suspensions }));
    expect(result.suspendedDays).toBe(22);
    expect(result.deadline).toBe('2025-04-01');
    expect(result.stoppedPeriods).toEqual([
      { from: '2025-03-03', resumedOn: '2025-03-25', days: 22, extendsDeadline: true },
    ]);
  });

  it('counts touching suspensions as one: 3–10 Mar and 10–20 Mar = 17 days → Thu 27 Mar', () => {
    const suspensions = [
      { from: '2025-03-03', resumedOn: '2025-03-10' },
      { from: '2025-03-10', resumedOn: '2025-03-20' },
    ];
    expect(known(evaluateClock({ receivedOn, rule, suspensions })).deadline).toBe('2025-03-27');
  });

  it('a suspension starting after the deadline does not extend it; the case is breached', () => {
    const result = known(
      evaluateClock({
        receivedOn,
        rule,
        suspensions: [{ from: '2025-03-12', resumedOn: '2025-03-20' }],
        today: '2025-03-21',
      }),
    );
    expect(result.deadline).toBe('2025-03-10');
    expect(result.suspendedDays).toBe(0);
    expect(result.stoppedPeriods[0]?.extendsDeadline).toBe(false);
    expect(result.progress).toMatchObject({ status: 'breached', daysOverdue: 11, daysUsed: 39 });
  });

  it('a suspension starting on the deadline day still extends it: 10–14 Mar → Fri 14 Mar', () => {
    const result = evaluateClock({
      receivedOn,
      rule,
      suspensions: [{ from: '2025-03-10', resumedOn: '2025-03-14' }],
    });
    expect(result.deadline).toBe('2025-03-14');
  });

  it('adds suspended days to the calendar end, and moves off the weekend once, at the end', () => {
    // received Wed 15 Jan 2025 → Sat 15 Feb (shown as Mon 17 Feb). Stopped Mon 17 – Wed 19 Feb (2 days):
    // Sat 15 Feb + 2 = Mon 17 Feb. The move off the weekend is not itself extended.
    const result = evaluateClock({
      receivedOn: '2025-01-15',
      rule,
      suspensions: [{ from: '2025-02-17', resumedOn: '2025-02-19' }],
    });
    expect(result.deadline).toBe('2025-02-17');
    expect(result.suspendedDays).toBe(2);
  });
});

describe('an open suspension', () => {
  // incident_supervision (5 months) received Mon 10 Feb 2025 → Thu 10 Jul 2025. Statement requested Mon 3 Mar
  // with 3 weeks to answer → Mon 24 Mar. Days used before the stop: 10 Feb → 3 Mar = 21; left: 3 Mar → 10 Jul = 129.
  const input = {
    receivedOn: '2025-02-10',
    rule: processingTargetRule('incident_supervision'),
    suspensions: [{ from: '2025-03-03', responsePeriod: { amount: 3, unit: 'weeks' } } satisfies Suspension],
  };

  it('leaves the deadline unknown, says so, and gives a provisional date for an answer on time', () => {
    const result = evaluateClock({ ...input, today: '2025-03-20' });
    if (result.deadlineKnown) throw new Error('expected an unknown deadline');
    expect(result.deadline).toBeNull();
    expect(result.stoppedSince).toBe('2025-03-03');
    expect(result.daysLeftWhenStopped).toBe(129);
    expect(result.suspensions[0]).toMatchObject({ responseDeadline: '2025-03-24', responseLate: false });
    expect(result.assumedResumption).toBe('2025-03-24');
    expect(result.provisionalDeadline).toBe('2025-07-31'); // 24 Mar + 129 days = Thu 31 Jul
    expect(result.progress).toMatchObject({ status: 'suspended', daysUsed: 21, daysLeft: 129 });
  });

  it('flags a late answer and assumes resumption today: Fri 28 Mar + 129 = Mon 4 Aug', () => {
    const result = evaluateClock({ ...input, today: '2025-03-28' });
    expect(result.suspensions[0]?.responseLate).toBe(true);
    if (result.deadlineKnown) throw new Error('expected an unknown deadline');
    expect(result.provisionalDeadline).toBe('2025-08-04');
  });

  it('gives no provisional date when neither a response deadline nor today is known', () => {
    const result = evaluateClock({ ...input, suspensions: [{ from: '2025-03-03' }] });
    expect(result.deadlineKnown).toBe(false);
    if (!result.deadlineKnown) expect(result.provisionalDeadline).toBeNull();
  });

  it('once closed, the late answer still counts: 3–20 Mar (17 days) → Sun 27 Jul → Mon 28 Jul', () => {
    const result = evaluateClock({
      ...input,
      suspensions: [
        { from: '2025-03-03', resumedOn: '2025-03-20', responsePeriod: { amount: 14, unit: 'days' } },
      ],
    });
    expect(result.deadline).toBe('2025-07-28');
    expect(result.suspensions[0]).toMatchObject({ responseDeadline: '2025-03-17', responseLate: true });
  });
});

describe('input errors name the field', () => {
  const rule = processingTargetRule('rights_appeal');
  it.each([
    [{ receivedOn: '2025-02-30' }, 'receivedOn'],
    [{ receivedOn: '2025-03-01', today: '2025-02-28' }, 'today'],
    [{ receivedOn: '2025-03-01', suspensions: [{ from: '2025-02-01' }] }, 'suspensions[0].from'],
    [
      { receivedOn: '2025-03-01', suspensions: [{ from: '2025-03-05', resumedOn: '2025-03-04' }] },
      'suspensions[0].resumedOn',
    ],
    [
      { receivedOn: '2025-03-01', today: '2025-03-02', suspensions: [{ from: '2025-03-05' }] },
      'suspensions[0].from',
    ],
    [{ receivedOn: '2025-03-01', warnWithinWorkingDays: -1 }, 'warnWithinWorkingDays'],
  ])('%j → %s', (partial, field) => {
    const run = () => evaluateClock({ rule, ...partial } as Parameters<typeof evaluateClock>[0]);
    expect(run).toThrow(ClockInputError);
    try {
      run();
    } catch (error) {
      expect((error as ClockInputError).field).toBe(field);
    }
  });
});

describe('properties', () => {
  const rule = processingTargetRule('incident_supervision');
  const scenario = fc.record({
    received: fc
      .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2038-01-01') })
      .map(fromDayNumber),
    stops: fc.array(
      fc.record({ offset: fc.integer({ min: 0, max: 200 }), days: fc.integer({ min: 0, max: 30 }) }),
      {
        maxLength: 5,
      },
    ),
  });

  it('days used + days left = allowed days − suspended days, in any order of suspensions', () => {
    fc.assert(
      fc.property(scenario, ({ received, stops }) => {
        const suspensions = stops.map(({ offset, days }) => ({
          from: addDays(received, offset),
          resumedOn: addDays(received, offset + days),
        }));
        const today = addDays(received, 400); // after every resumption
        const forward = known(evaluateClock({ receivedOn: received, rule, suspensions, today }));
        const backward = known(
          evaluateClock({ receivedOn: received, rule, suspensions: [...suspensions].reverse(), today }),
        );
        expect(backward.deadline).toBe(forward.deadline);
        expect(isWorkingDay(forward.deadline)).toBe(true);
        const { daysUsed, daysLeft } = forward.progress ?? { daysUsed: NaN, daysLeft: NaN };
        expect(daysUsed + daysLeft).toBe(daysBetween(received, forward.deadline) - forward.suspendedDays);
        expect(daysBetween(forward.baseDeadline, forward.deadline)).toBeGreaterThanOrEqual(
          forward.suspendedDays,
        );
      }),
    );
  });
});
