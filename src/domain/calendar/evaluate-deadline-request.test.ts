import { describe, expect, it } from 'vitest';
import { evaluateDeadlineRequest } from './evaluate-deadline-request.ts';

describe('evaluateDeadlineRequest', () => {
  it('answers an appeal question with the date and its explanation', () => {
    const answer = evaluateDeadlineRequest({ kind: 'appeal', receivedOn: '2025-04-26', caseType: 'general' });
    expect(answer).toMatchObject({ ok: true, kind: 'appeal', deadline: '2025-05-19' });
    // The answer is plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it('answers interim reply and access request questions', () => {
    expect(evaluateDeadlineRequest({ kind: 'interim_reply', receivedOn: '2025-01-31' })).toMatchObject({
      ok: true,
      deadline: '2025-02-28',
    });
    expect(evaluateDeadlineRequest({ kind: 'access_request', receivedOn: '2026-03-31' })).toMatchObject({
      ok: true,
      deadline: '2026-04-10',
    });
  });

  it('counts working days between two dates and says how', () => {
    const answer = evaluateDeadlineRequest({
      kind: 'working_days_between',
      from: '2026-03-31',
      to: '2026-04-10',
    });
    expect(answer).toMatchObject({ ok: true, workingDays: 5 });
    if (answer.ok && answer.kind === 'working_days_between')
      expect(answer.counting.en).toContain('from date is not counted');
  });

  it('runs a case clock with suspensions and status', () => {
    const answer = evaluateDeadlineRequest({
      kind: 'processing_target',
      receivedOn: '2025-09-22',
      caseType: 'rights_appeal',
      suspensions: [{ from: '2025-10-06', resumedOn: '2025-10-09' }],
      today: '2025-12-19',
    });
    expect(answer).toMatchObject({
      ok: true,
      kind: 'processing_target',
      deadlineKnown: true,
      deadline: '2025-12-29',
      progress: { status: 'soon', workingDaysLeft: 4 },
    });
  });

  it('reports an open suspension as an unknown deadline', () => {
    const answer = evaluateDeadlineRequest({
      kind: 'processing_target',
      receivedOn: '2025-02-10',
      caseType: 'incident_supervision',
      suspensions: [{ from: '2025-03-03', resumedOn: null, responsePeriod: { amount: 3, unit: 'weeks' } }],
    });
    expect(answer).toMatchObject({
      ok: true,
      deadlineKnown: false,
      deadline: null,
      provisionalDeadline: '2025-07-31',
    });
  });

  it('applies the caller’s target table', () => {
    const answer = evaluateDeadlineRequest(
      { kind: 'processing_target', receivedOn: '2025-09-22', caseType: 'rights_appeal' },
      { processingTargets: { rights_appeal: { amount: 10, unit: 'weeks' } } },
    );
    expect(answer).toMatchObject({ ok: true, deadline: '2025-12-01' });
  });

  describe('bad input → field-level errors in bokmål and English', () => {
    it('names the field of an impossible date', () => {
      const answer = evaluateDeadlineRequest({ kind: 'interim_reply', receivedOn: '2025-02-30' });
      expect(answer).toEqual({
        ok: false,
        errors: [
          {
            field: 'receivedOn',
            code: 'invalid_date',
            message: {
              nb: '«receivedOn» er ikke en gyldig dato: "2025-02-30" (forventet ÅÅÅÅ-MM-DD, en dag som finnes)',
              en: '"receivedOn" is not a valid date: "2025-02-30" (expected YYYY-MM-DD, a day that exists)',
            },
          },
        ],
      });
    });

    it('collects every bad field at once', () => {
      const answer = evaluateDeadlineRequest({ kind: 'working_days_between', from: '2025-13-01' });
      expect(answer.ok ? [] : answer.errors.map((e) => [e.field, e.code])).toEqual([
        ['from', 'invalid_date'],
        ['to', 'required'],
      ]);
    });

    it.each([
      [
        { kind: 'appeal', receivedOn: '2025-04-14', caseType: 'incident_supervision' },
        'caseType',
        'no_appeal',
      ],
      [{ kind: 'appeal', receivedOn: '2025-04-14', caseType: 'parking' }, 'caseType', 'unknown_case_type'],
      [{ kind: 'appeal', receivedOn: '2025-04-14' }, 'caseType', 'required'],
      [{ kind: 'deadline' }, 'kind', 'unknown_kind'],
      [
        { kind: 'processing_target', receivedOn: '2025-03-01', caseType: 'rights_appeal', suspensions: 'x' },
        'suspensions',
        'invalid_value',
      ],
      [
        {
          kind: 'processing_target',
          receivedOn: '2025-03-01',
          caseType: 'rights_appeal',
          suspensions: [{ from: '2025-02-29' }],
        },
        'suspensions[0].from',
        'invalid_date',
      ],
      [
        {
          kind: 'processing_target',
          receivedOn: '2025-03-01',
          caseType: 'rights_appeal',
          suspensions: [{ from: '2025-03-05', resumedOn: '2025-03-04' }],
        },
        'suspensions[0].resumedOn',
        'invalid_order',
      ],
      [
        {
          kind: 'processing_target',
          receivedOn: '2025-03-01',
          caseType: 'rights_appeal',
          suspensions: [{ from: '2025-03-05', responsePeriod: { amount: 2, unit: 'fortnights' } }],
        },
        'suspensions[0].responsePeriod',
        'invalid_value',
      ],
      ['not an object', '', 'invalid_value'],
    ])('%j → %s %s', (input, field, code) => {
      const answer = evaluateDeadlineRequest(input);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.errors[0]).toMatchObject({ field, code });
        expect(answer.errors[0]?.message.nb).toBeTruthy();
        expect(answer.errors[0]?.message.en).toBeTruthy();
      }
    });
  });
});
