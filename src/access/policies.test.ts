import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  decide,
  staffAt,
  type Action,
  type Actor,
  type CaseResource,
  type Decision,
  type Role,
} from './policies.ts';

/*
 * The expectation, written by hand from the rules (issue 3 item 5 and DESIGN.md §5) — not computed from
 * POLICY_TABLE, so a wrong row in the table fails here.
 *
 * Staff columns, in this order:  C caseworker  M office_manager  N national_lawyer  A analyst  D administrator
 *   F allowed in full   P allowed, pseudonymised   - refused
 * `own`: the case or office is where the role is held; `other`: another office's.
 * Then two rules on top, for case actions only (written out in `expectedStaff` below):
 *   disqualified (inhabil) → refused, whatever the role;
 *   confidential (skjermet) → only C/M/N at the own office, and only where they would get F.
 */
type Scope = 'case' | 'office' | 'global' | 'public';
const onCase = (own: string, other: string) => ({ scope: 'case' as Scope, own, other });
const onOffice = (own: string, other: string) => ({ scope: 'office' as Scope, own, other });
const staffWide = (all: string) => ({ scope: 'global' as Scope, own: all, other: all });
const open = () => ({ scope: 'public' as Scope, own: 'F F F F F', other: 'F F F F F' });
const HANDLERS_ONLY = onCase('F F F - -', '- - - - -');

const STAFF: Record<string, { scope: Scope; own: string; other: string }> = {
  //                                    own: C M N A D   other: C M N A D
  'case.read': /*                    */ onCase('F F F P P', 'P P F P P'),
  'case.read_personal_data': /*      */ onCase('F F F - -', '- - F - -'),
  'case.read_documents': /*          */ onCase('F F F - -', '- - F - -'),
  'case.read_statement_request': /*  */ HANDLERS_ONLY,
  'case.submit_statement': /*        */ onCase('- - - - -', '- - - - -'),
  'case.appeal': /*                  */ HANDLERS_ONLY,
  'case.triage': /*                  */ HANDLERS_ONLY,
  'case.assign': /*                  */ onCase('- F - - -', '- - - - -'),
  'case.request_statement': /*       */ HANDLERS_ONLY,
  'case.record_statement': /*        */ HANDLERS_ONLY,
  'case.suspend': /*                 */ HANDLERS_ONLY,
  'case.add_document': /*            */ HANDLERS_ONLY,
  'case.draft_decision': /*          */ HANDLERS_ONLY,
  'case.issue_decision': /*          */ HANDLERS_ONLY,
  'case.conclude': /*                */ HANDLERS_ONLY,
  'case.transfer': /*                */ HANDLERS_ONLY,
  'case.reopen': /*                  */ HANDLERS_ONLY,
  'case.close': /*                   */ HANDLERS_ONLY,
  'case.open': /*                    */ onOffice('F F F - -', '- - - - -'),
  'office.queue': /*                 */ onOffice('F F F - -', '- - - - -'),
  'office.workload': /*              */ onOffice('- F - - -', '- - - - -'),
  'knowledge.similar': /*            */ onCase('F F F P P', 'P P F P P'),
  'queue.read_own': /*               */ staffWide('F F F - -'),
  'knowledge.search': /*             */ staffWide('F F F F F'),
  'stats.read_pseudonymised': /*     */ staffWide('F F F F F'),
  'risk.assess': /*                  */ staffWide('F F F F -'),
  'risk.read_professional_names': /* */ staffWide('- - F - -'),
  'audit.verify': /*                 */ staffWide('- - - - F'),
  'users.manage': /*                 */ staffWide('- - - - F'),
  'case.list_own': /*                */ staffWide('- - - - -'),
  'notification.submit': /*          */ staffWide('- - - - -'),
  'public.service_info': /*          */ open(),
  'complaint.submit': /*             */ open(),
  'status.read_by_link': /*          */ open(),
  'publication.read': /*             */ open(),
  'stats.read_public': /*            */ open(),
  'reference.read': /*               */ open(),
};

/** Citizens (as a party of the case) and providers (as the case's provider): what each may do. */
const CITIZEN_AS_PARTY = ['case.read', 'case.read_personal_data', 'case.read_documents', 'case.appeal'];
const CITIZEN_ELSEWHERE = ['case.list_own'];
const PROVIDER_ON_OWN_CASE = ['case.read_statement_request', 'case.submit_statement'];
const PROVIDER_ELSEWHERE = ['case.list_own', 'notification.submit'];
const PUBLIC = [
  'public.service_info',
  'complaint.submit',
  'status.read_by_link',
  'publication.read',
  'stats.read_public',
  'reference.read',
];

const ROLE_ORDER: Role[] = ['caseworker', 'office_manager', 'national_lawyer', 'analyst', 'administrator'];
const HANDLER_ROLES: Role[] = ['caseworker', 'office_manager', 'national_lawyer'];

function expectedStaff(
  action: string,
  role: Role,
  own: boolean,
  confidential: boolean,
  disqualified: boolean,
): 'F' | 'P' | '-' {
  const row = STAFF[action]!;
  const base = (own ? row.own : row.other).split(' ')[ROLE_ORDER.indexOf(role)] as 'F' | 'P' | '-';
  if (row.scope !== 'case') return base;
  if (disqualified) return '-';
  if (confidential) return own && HANDLER_ROLES.includes(role) && base === 'F' ? 'F' : '-';
  return base;
}

function outcome(d: Decision): 'F' | 'P' | '-' {
  if (!d.allowed) return '-';
  return d.pseudonymise ? 'P' : 'F';
}

const USER = 7;
const PERSON = 501;
const PROVIDER = 9001;

function aCase(officeCode: string, confidential: boolean, disqualified: boolean): CaseResource {
  return {
    id: 42,
    officeCode,
    confidential,
    partyPersonIds: [PERSON],
    providerId: PROVIDER,
    disqualifiedUserIds: disqualified ? [3, USER] : [3],
  };
}

/** Every role at a regional office and at the national body; national lawyers exist only at HT. */
const HOMES: { role: Role; home: string; other: string }[] = [
  ...ROLE_ORDER.filter((r) => r !== 'national_lawyer').flatMap((role) => [
    { role, home: 'OSLO', other: 'VEST' },
    { role, home: 'HT', other: 'TRON' },
  ]),
  { role: 'national_lawyer', home: 'HT', other: 'OSLO' },
];

const ask = (actor: Actor, action: string, resource: CaseResource | { officeCode: string } | undefined) =>
  decide(actor, action as Action, resource);

describe('the access policy matrix', () => {
  it('has an expectation for every action, and no expectation for an action that does not exist', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(STAFF).sort());
  });

  it('staff: every action × role × own/other office × confidential or not × disqualified or not', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const action of ACTIONS) {
      for (const { role, home, other } of HOMES) {
        for (const own of [true, false]) {
          for (const confidential of [false, true]) {
            for (const disqualified of [false, true]) {
              const office = own ? home : other;
              const resource =
                STAFF[action]!.scope === 'case'
                  ? aCase(office, confidential, disqualified)
                  : { officeCode: office };
              const got = outcome(ask(staffAt(USER, home, role), action, resource));
              const want = expectedStaff(action, role, own, confidential, disqualified);
              checked++;
              if (got !== want) {
                mismatches.push(
                  `${action} ${role}@${home} on ${office}${confidential ? ' confidential' : ''}${disqualified ? ' disqualified' : ''}: got ${got}, want ${want}`,
                );
              }
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(ACTIONS.length * HOMES.length * 8);
  });

  it('citizens: only cases where they are a party (confidential or not), their own list, and public actions', () => {
    const citizen: Actor = { kind: 'citizen', personId: PERSON };
    const stranger: Actor = { kind: 'citizen', personId: PERSON + 1 };
    for (const action of ACTIONS) {
      const scope = STAFF[action]!.scope;
      for (const confidential of [false, true]) {
        const resource = scope === 'case' ? aCase('OSLO', confidential, false) : { officeCode: 'OSLO' };
        const mayAsParty = CITIZEN_AS_PARTY.includes(action);
        const mayElsewhere = CITIZEN_ELSEWHERE.includes(action) || PUBLIC.includes(action);
        expect(ask(citizen, action, resource).allowed, `${action} as party`).toBe(mayAsParty || mayElsewhere);
        expect(ask(stranger, action, resource).allowed, `${action} as stranger`).toBe(mayElsewhere);
      }
    }
  });

  it('providers: only their own cases’ statement requests, their own list, notifications and public actions', () => {
    const own: Actor = { kind: 'provider', providerId: PROVIDER };
    const otherProvider: Actor = { kind: 'provider', providerId: PROVIDER + 1 };
    for (const action of ACTIONS) {
      const resource = STAFF[action]!.scope === 'case' ? aCase('OSLO', false, false) : { officeCode: 'OSLO' };
      const mayOnOwn = PROVIDER_ON_OWN_CASE.includes(action);
      const mayElsewhere = PROVIDER_ELSEWHERE.includes(action) || PUBLIC.includes(action);
      expect(ask(own, action, resource).allowed, action).toBe(mayOnOwn || mayElsewhere);
      expect(ask(otherProvider, action, resource).allowed, action).toBe(mayElsewhere);
    }
  });

  it('anonymous: public actions only, and every refusal asks for a login (401, not 403)', () => {
    for (const action of ACTIONS) {
      const resource = STAFF[action]!.scope === 'case' ? aCase('OSLO', false, false) : { officeCode: 'OSLO' };
      const d = ask({ kind: 'anonymous' }, action, resource);
      expect(d.allowed, action).toBe(PUBLIC.includes(action));
      if (!d.allowed) expect(d.code).toBe('login_required');
    }
  });

  it('a full case read and the personal-data permission always agree', () => {
    for (const { role, home, other } of HOMES) {
      for (const office of [home, other]) {
        for (const confidential of [false, true]) {
          const c = aCase(office, confidential, false);
          const read = decide(staffAt(USER, home, role), 'case.read', c);
          const personal = decide(staffAt(USER, home, role), 'case.read_personal_data', c);
          expect(read.allowed && read.pseudonymise === false, `${role}@${home} on ${office}`).toBe(
            personal.allowed,
          );
        }
      }
    }
  });
});

describe('decisions people see', () => {
  const oslo = aCase('OSLO', false, false);

  it('says why, in bokmål, nynorsk and English', () => {
    const d = decide(staffAt(USER, 'OSLO', 'caseworker'), 'case.read', {
      ...oslo,
      disqualifiedUserIds: [USER],
    });
    expect(d).toMatchObject({ allowed: false, code: 'disqualified' });
    expect(d.reason.nb).toContain('inhabil i denne saken');
    expect(d.reason.nn).toContain('inhabil i denne saka');
    expect(d.reason.en).toContain('disqualified');

    const skjermet = decide(staffAt(USER, 'VEST', 'caseworker'), 'case.read', {
      ...oslo,
      confidential: true,
    });
    expect(skjermet.code).toBe('confidential');
    expect(skjermet.reason.nb).toBe(
      'Avslått: saken er skjermet. Bare saksbehandlere, ledere og jurister ved OSLO har tilgang.',
    );

    const other = decide(staffAt(USER, 'VEST', 'caseworker'), 'case.issue_decision', oslo);
    expect(other.code).toBe('other_office');
    expect(other.reason.en).toBe('Denied: you hold no role at OSLO that may issue a decision.');
  });

  it('marks a pseudonymised read, and asks for a logged purpose when personal data is shown', () => {
    const knowledgeBase = decide(staffAt(USER, 'VEST', 'caseworker'), 'case.read', oslo);
    expect(knowledgeBase).toMatchObject({ allowed: true, pseudonymise: true, code: 'pseudonymised' });
    expect(knowledgeBase.logPersonalDataRead).toBeUndefined();

    const ownOffice = decide(staffAt(USER, 'OSLO', 'caseworker'), 'case.read', oslo);
    expect(ownOffice).toMatchObject({ allowed: true, pseudonymise: false, logPersonalDataRead: true });

    const write = decide(staffAt(USER, 'OSLO', 'caseworker'), 'case.triage', oslo);
    expect(write.logPersonalDataRead).toBeUndefined();
  });

  it('a user with several roles gets the widest one that applies (the demo HT director)', () => {
    const director: Actor = {
      kind: 'staff',
      userId: USER,
      officeCode: 'HT',
      roles: [
        { role: 'office_manager', officeCode: 'HT' },
        { role: 'national_lawyer', officeCode: 'HT' },
      ],
    };
    expect(decide(director, 'case.read_personal_data', oslo)).toMatchObject({
      allowed: true,
      code: 'all_offices',
    });
    expect(decide(director, 'case.assign', aCase('HT', false, false)).allowed).toBe(true);
    expect(decide(director, 'case.assign', oslo).allowed).toBe(false);
    expect(decide(director, 'office.workload', { officeCode: 'HT' }).allowed).toBe(true);
  });

  it('a role held at one office gives nothing at another, and a national lawyer outside HT gives nothing', () => {
    const mixed: Actor = {
      kind: 'staff',
      userId: USER,
      officeCode: 'OSLO',
      roles: [
        { role: 'analyst', officeCode: 'OSLO' },
        { role: 'caseworker', officeCode: 'VEST' },
      ],
    };
    expect(decide(mixed, 'case.read', oslo)).toMatchObject({ allowed: true, pseudonymise: true });
    expect(decide(mixed, 'case.read', aCase('VEST', false, false))).toMatchObject({ pseudonymise: false });
    expect(decide(mixed, 'case.triage', aCase('VEST', true, false)).allowed).toBe(true);
    expect(decide(mixed, 'case.triage', oslo).code).toBe('other_office');

    const misplaced = staffAt(USER, 'OSLO', 'national_lawyer');
    expect(decide(misplaced, 'case.read_personal_data', aCase('VEST', false, false)).allowed).toBe(false);
    expect(decide(misplaced, 'case.triage', oslo).allowed).toBe(false);
  });

  it('refuses an unknown action and a case action without its case (fails closed)', () => {
    const caseworker = staffAt(USER, 'OSLO', 'caseworker');
    expect(decide(caseworker, 'case.delete' as Action, oslo)).toMatchObject({
      allowed: false,
      code: 'unknown_action',
    });
    expect(decide(caseworker, 'case.read' as Action, undefined)).toMatchObject({
      allowed: false,
      code: 'no_resource',
    });
    expect(decide(caseworker, 'office.queue' as Action, undefined)).toMatchObject({
      allowed: false,
      code: 'no_resource',
    });
  });
});
