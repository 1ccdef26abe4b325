import type { Role } from '../db/schema.ts';

export type { Role };

export const ROLES: readonly Role[] = [
  'caseworker',
  'office_manager',
  'national_lawyer',
  'analyst',
  'administrator',
];

/** A role is held at an office: the same person may be a caseworker in one office and an analyst in another. */
export interface RoleGrant {
  role: Role;
  officeCode: string;
}

/**
 * Who is asking. Staff come from the staff login (Entra ID; demo login when embedded), citizens from
 * ID-porten, providers from an API client registered to one organisation; everyone else is anonymous.
 * For staff, the office where each role is held decides "own office" — `officeCode` is the home office, for
 * display and defaults only.
 */
export type Actor =
  | { kind: 'staff'; userId: number; roles: readonly RoleGrant[]; officeCode: string }
  | { kind: 'citizen'; personId: number }
  /** `scopes`: for an API key, the policy actions it was issued for (absent: the provider's own sign-in). */
  | { kind: 'provider'; providerId: number; scopes?: readonly string[] }
  | { kind: 'anonymous' };

/** What a policy needs to know about a case — load it with the case, never from the request. */
export interface CaseResource {
  id: number;
  officeCode: string;
  /** Skjermet: only staff of the owning office with a case-handling role. */
  confidential: boolean;
  partyPersonIds: readonly number[];
  providerId: number | null;
  /** Inhabil: these users are blocked from everything on the case, whatever their roles. */
  disqualifiedUserIds: readonly number[];
}

/** An office-level resource: its queue, its workload, opening a case there. */
export interface OfficeResource {
  officeCode: string;
}

export type Resource = CaseResource | OfficeResource;

/** Shorthand for tests and callers: a staff actor whose roles are all held at one office. */
export function staffAt(userId: number, officeCode: string, ...roles: Role[]): Actor {
  return { kind: 'staff', userId, officeCode, roles: roles.map((role) => ({ role, officeCode })) };
}
