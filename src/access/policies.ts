/**
 * Who may do what, decided in one place (DESIGN.md §5, STYLE.md "Who may do what"). A route or a use case
 * never checks roles by hand: it asks `decide()` and acts on the answer. The rules are data in
 * POLICY_TABLE; this file only reads them, in the order written in the table's header.
 */
import type { LocalisedText } from '../domain/identifiers/messages.ts';
import type { Actor, CaseResource, OfficeResource, Resource, Role, RoleGrant } from './actors.ts';
import {
  CONFIDENTIAL_CASE_ROLES,
  ROLE_HELD_ONLY_AT,
  policyRow,
  type Action,
  type CaseAction,
  type GlobalAction,
  type OfficeAction,
  type PolicyRow,
  type PublicAction,
} from './policy-table.ts';
import { reasonText, type AllowCode, type DenyCode, type ReasonCode } from './reasons.ts';

export { ROLES, staffAt } from './actors.ts';
export type { Actor, CaseResource, OfficeResource, Resource, Role, RoleGrant } from './actors.ts';
export {
  ACTIONS,
  CONFIDENTIAL_CASE_ROLES,
  POLICY_TABLE,
  ROLE_HELD_ONLY_AT,
  isAction,
  policyRow,
  type Action,
  type CaseAction,
  type GlobalAction,
  type OfficeAction,
  type PolicyRow,
  type PublicAction,
  type Scope,
} from './policy-table.ts';
export { roleName, type AllowCode, type DenyCode, type ReasonCode } from './reasons.ts';

export interface Decision {
  allowed: boolean;
  /** Shown to the user and written to the log. */
  reason: LocalisedText;
  /** Machine-readable: `login_required` → 401, other refusals → 403. */
  code: ReasonCode;
  /**
   * Only when allowed. True: present the resource without personal data (the pseudonymised knowledge-base
   * view). False: the actor may see it in full.
   */
  pseudonymise?: boolean;
  /**
   * Only when allowed: this access shows personal data, so the caller must log it with a purpose
   * (`logPersonalDataRead`) in the same transaction as the read.
   */
  logPersonalDataRead?: boolean;
}

export function decide(actor: Actor, action: CaseAction, resource: CaseResource): Decision;
export function decide(actor: Actor, action: OfficeAction, resource: OfficeResource): Decision;
export function decide(actor: Actor, action: GlobalAction | PublicAction): Decision;
/** For callers that hold the action as data (the route registry): pass the resource or `undefined`; it is checked at run time. */
export function decide(actor: Actor, action: Action, resource: Resource | undefined): Decision;
export function decide(actor: Actor, action: string, resource?: Resource): Decision {
  const row = policyRow(action);
  if (!row) return deny('unknown_action');
  if (row.scope === 'public') return allow(row, 'public');
  if (actor.kind === 'anonymous') return deny('login_required', { label: row.label });
  if (row.scope === 'case' && !isCaseResource(resource)) return deny('no_resource', { label: row.label });
  if (row.scope === 'office' && !resource?.officeCode) return deny('no_resource', { label: row.label });

  switch (actor.kind) {
    case 'citizen':
      if (!row.citizen) return deny('not_for_you', { label: row.label });
      if (row.scope !== 'case') return allow(row, 'self');
      return (resource as CaseResource).partyPersonIds.includes(actor.personId)
        ? allow(row, 'party')
        : deny('not_party');
    case 'provider':
      if (!row.provider) return deny('not_for_you', { label: row.label });
      // An API key acts only within the actions it was issued for.
      if (actor.scopes && !actor.scopes.includes(row.action)) return deny('key_scope', { label: row.label });
      if (row.scope !== 'case') return allow(row, 'self');
      return (resource as CaseResource).providerId === actor.providerId
        ? allow(row, 'own_provider')
        : deny('not_own_provider');
    case 'staff': {
      const staff = { ...actor, roles: actor.roles.filter(isEffective) };
      if (row.scope === 'case') return decideStaffOnCase(staff, row, resource as CaseResource);
      if (row.scope === 'office')
        return decideStaffOnOffice(staff, row, (resource as OfficeResource).officeCode);
      return decideStaffGlobal(staff, row);
    }
  }
}

function isEffective(grant: RoleGrant): boolean {
  const only = ROLE_HELD_ONLY_AT[grant.role];
  return only === undefined || only === grant.officeCode;
}

type Staff = Extract<Actor, { kind: 'staff' }>;

function decideStaffOnCase(actor: Staff, row: PolicyRow, c: CaseResource): Decision {
  // Inhabilitet: whatever the role, the disqualified user is out of the case entirely.
  if (c.disqualifiedUserIds.includes(actor.userId)) return deny('disqualified');

  const heldHere = actor.roles.filter((g) => g.officeCode === c.officeCode).map((g) => g.role);
  const ownRole = firstIn(heldHere, row.staff.own);

  if (c.confidential) {
    // Skjermet: only through the own office, with a case-handling role; no all-office or pseudonymised path.
    const handler = firstIn(
      heldHere,
      row.staff.own.filter((r) => CONFIDENTIAL_CASE_ROLES.includes(r)),
    );
    if (handler) return allow(row, 'own_office', { role: handler, office: c.officeCode });
    return hasAnyStaffPath(actor, row)
      ? deny('confidential', { office: c.officeCode })
      : deny('role', { label: row.label });
  }

  if (ownRole) return allow(row, 'own_office', { role: ownRole, office: c.officeCode });
  const anywhere = actor.roles.map((g) => g.role);
  const allRole = firstIn(anywhere, row.staff.all);
  if (allRole) return allow(row, 'all_offices', { role: allRole, label: row.label });
  if (firstIn(anywhere, row.staff.pseudonymised)) return allow(row, 'pseudonymised');
  return firstIn(anywhere, row.staff.own)
    ? deny('other_office', { label: row.label, office: c.officeCode })
    : deny('role', { label: row.label });
}

function decideStaffOnOffice(actor: Staff, row: PolicyRow, officeCode: string): Decision {
  const heldHere = actor.roles.filter((g) => g.officeCode === officeCode).map((g) => g.role);
  const ownRole = firstIn(heldHere, row.staff.own);
  if (ownRole) return allow(row, 'own_office', { role: ownRole, office: officeCode });
  const allRole = firstIn(
    actor.roles.map((g) => g.role),
    row.staff.all,
  );
  if (allRole) return allow(row, 'all_offices', { role: allRole, label: row.label });
  return firstIn(
    actor.roles.map((g) => g.role),
    row.staff.own,
  )
    ? deny('other_office', { label: row.label, office: officeCode })
    : deny('role', { label: row.label });
}

function decideStaffGlobal(actor: Staff, row: PolicyRow): Decision {
  const role = firstIn(
    actor.roles.map((g) => g.role),
    row.staff.all,
  );
  return role ? allow(row, 'staff_role', { role, label: row.label }) : deny('role', { label: row.label });
}

/** Whether the row would let this actor in anywhere at all: then a confidential refusal says "skjermet". */
function hasAnyStaffPath(actor: Staff, row: PolicyRow): boolean {
  const held = actor.roles.map((g) => g.role);
  return [row.staff.own, row.staff.all, row.staff.pseudonymised].some((roles) => firstIn(held, roles));
}

/** The first role the actor holds (in the actor's order) that the rule lists. */
function firstIn(held: readonly Role[], listed: readonly Role[]): Role | undefined {
  return held.find((role) => listed.includes(role));
}

function isCaseResource(resource: Resource | undefined): resource is CaseResource {
  return (
    !!resource &&
    'id' in resource &&
    typeof resource.officeCode === 'string' &&
    Array.isArray(resource.partyPersonIds) &&
    Array.isArray(resource.disqualifiedUserIds)
  );
}

type Detail = Parameters<typeof reasonText>[1];

function allow(row: PolicyRow, code: AllowCode, detail: Detail = {}): Decision {
  const pseudonymise = code === 'pseudonymised';
  const decision: Decision = { allowed: true, code, reason: reasonText(code, detail), pseudonymise };
  if (row.personalData && !pseudonymise) decision.logPersonalDataRead = true;
  return decision;
}

function deny(code: DenyCode, detail: Detail = {}): Decision {
  return { allowed: false, code, reason: reasonText(code, detail) };
}
