import { describe, expect, it } from 'vitest';
import { appealDeadline } from '../../domain/calendar/deadlines.ts';
import {
  APPEAL_ROUTES,
  letterInputSchema,
  validateLetterInput,
  type AppealRoute,
  type LetterInputDraft,
} from './schema.ts';
import {
  advanceNotice,
  appealDecision,
  conclusion,
  decision,
  FIXTURES,
  interimReply,
} from './test-fixtures.ts';

/** The issues of a rejected input as { path: message params }, to assert on the field a caseworker fixes. */
function issuesOf(raw: unknown) {
  const result = letterInputSchema.safeParse(raw);
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}
const paths = (raw: unknown) => issuesOf(raw).map((i) => i.path.join('.'));

describe('letterInputSchema', () => {
  it('accepts every fixture and applies defaults', () => {
    for (const make of [...Object.values(FIXTURES), conclusion, appealDecision]) {
      for (const language of ['nb', 'nn'] as const) {
        const parsed = letterInputSchema.parse(make(language));
        expect(parsed.language).toBe(language);
        expect(typeof parsed.confidential).toBe('boolean');
      }
    }
  });

  it('names the missing and malformed fields', () => {
    const { caseNumber: _caseNumber, ...withoutCaseNumber } = interimReply('nb');
    expect(paths(withoutCaseNumber)).toEqual(['caseNumber']);
    expect(paths({ ...interimReply('nb'), letterDate: '2025-02-30' })).toEqual(['letterDate']);
    expect(paths({ ...interimReply('nb'), language: 'en' })).toEqual(['language']);
    expect(paths({ ...interimReply('nb'), caseworker: { name: '   ' } })).toEqual(['caseworker.name']);
    expect(paths({ ...interimReply('nb'), unexpected: 1 })).toEqual(['']);
    expect(paths({ ...interimReply('nb'), kind: 'reminder' })).toEqual(['kind']);
  });

  it('refuses a national id number anywhere in the text, with a message in nb, nn and en', () => {
    const base = decision('nb');
    const withId = {
      ...base,
      reasons: { ...base.reasons, facts: 'Gjelder pasient 010180 12345 på avdeling 2.' },
    };
    const [issue] = issuesOf(withId);
    expect(issue?.path).toEqual(['reasons', 'facts']);
    const params = (issue as { params?: Record<string, string> }).params;
    expect(params?.nb).toMatch(/fødselsnummer/);
    expect(params?.nn).toMatch(/ikkje/);
    expect(paths({ ...base, recipient: { name: 'Kari 01018012345', address: 'digital' } })).toEqual([
      'recipient.name',
    ]);
    // Nine-digit organisation numbers and case numbers are not mistaken for one.
    expect(
      letterInputSchema.safeParse({ ...base, outcomeText: 'Org.nr. 974760983, sak 2025/12345' }).success,
    ).toBe(true);
  });

  it('refuses deadlines that are not after the letter date', () => {
    expect(paths({ ...advanceNotice('nb'), commentDeadline: '2025-04-14' })).toEqual(['commentDeadline']);
    expect(paths({ ...interimReply('nn'), expectedAnswerBy: '2025-04-01' })).toEqual(['expectedAnswerBy']);
    expect(paths({ ...interimReply('nn'), receivedOn: '2025-04-15' })).toEqual(['receivedOn']);
  });

  it('requires a reason when an interim reply says the case takes time', () => {
    const { delayExplanation: _e, ...rest } = interimReply('nb');
    expect(paths({ ...rest, delayReasons: [] })).toEqual(['delayReasons']);
    expect(letterInputSchema.safeParse({ ...rest, delayReasons: ['caseload'] }).success).toBe(true);
  });

  it('requires the appeal for an enkeltvedtak and refuses it for final decisions', () => {
    const { appeal, ...withoutAppeal } = decision('nb');
    expect(paths(withoutAppeal)).toEqual(['appeal']);
    expect(paths({ ...conclusion('nb'), appeal })).toEqual(['appeal']);
    expect(paths({ ...appealDecision('nn'), appeal })).toEqual(['appeal']);
  });

  it('refuses an appeal deadline shorter than the route allows, counted from the letter date', () => {
    // Letter dated Monday 14 April 2025. Four weeks (rights appeal) can end no earlier than 12 May 2025;
    // a date three weeks on (5 May) is what a caller using the general rule by mistake would send.
    const rights = (deadline: string): LetterInputDraft => ({
      ...decision('nb'),
      appeal: { route: 'rights_appeal', deadline, body: 'Statens helsetilsyn' },
    });
    expect(paths(rights('2025-05-05'))).toEqual(['appeal.deadline']);
    expect(letterInputSchema.safeParse(rights('2025-05-12')).success).toBe(true);
    expect(paths({ ...decision('nb'), appeal: { route: 'general', deadline: '2025-05-12' } })).toEqual([
      'appeal.body',
    ]);
  });

  it('takes the deadline the legal calendar computes for the same route key', () => {
    // Letter dated Monday 14 April 2025, received Thursday 17 April (Maundy Thursday, but delivery day is
    // what counts). By hand: 3 weeks → Thursday 8 May; 4 weeks → Thursday 15 May; neither a holiday.
    const expected: Record<AppealRoute, string> = {
      general: '2025-05-08',
      rights_appeal: '2025-05-15',
      personnel_reaction: '2025-05-08',
    };
    for (const route of Object.keys(APPEAL_ROUTES) as AppealRoute[]) {
      const deadline = appealDeadline('2025-04-17', route).deadline;
      expect(deadline).toBe(expected[route]);
      const body = APPEAL_ROUTES[route].fixedBody ? undefined : 'Statens helsetilsyn';
      expect(
        letterInputSchema.safeParse({ ...decision('nb'), appeal: { route, deadline, body } }).success,
      ).toBe(true);
    }
  });

  it('refuses an appeal body that contradicts the one the law names for the route', () => {
    const wrongBody = { route: 'personnel_reaction', deadline: '2025-05-08', body: 'Statens helsetilsyn' };
    expect(paths({ ...decision('nb'), appeal: wrongBody })).toEqual(['appeal.body']);
  });

  it('checks the organisation number with the identifier module', () => {
    const base = interimReply('nb');
    const [issue] = issuesOf({ ...base, sender: { ...base.sender, orgNumber: '974760984' } });
    expect(issue?.path).toEqual(['sender', 'orgNumber']);
    expect((issue as { params?: Record<string, string> }).params?.nn).toMatch(/Kontrollsifferet/);
  });

  it('validateLetterInput reports dotted field paths without throwing', () => {
    const result = validateLetterInput({ ...decision('nb'), appeal: { route: 'general', deadline: 'soon' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['appeal.deadline']);
    expect(validateLetterInput(decision('nn')).ok).toBe(true);
  });
});
