import { describe, expect, it } from 'vitest';
import { caseDeadlines } from './deadlines.ts';

describe('caseDeadlines', () => {
  const input = {
    caseType: 'incident_supervision',
    receivedOn: '2026-12-03',
    decidedOn: null,
    closedOn: null,
    suspensions: [],
    interimReplySent: false,
  };

  it('counts a case dated after today from its own day instead of failing (a whole queue depends on it)', () => {
    const early = caseDeadlines({ ...input, today: '2026-11-15' });
    expect(early).toEqual(caseDeadlines({ ...input, today: '2026-12-03' }));
    expect(early.processing.status).toBe('ok');
    // 2026-12-03 to the deadline 2027-05-03: 151 days, none used.
    expect(early.processing.deadline).toBe('2027-05-03');
    expect(early.processing.daysLeft).toBe(151);
  });
});
