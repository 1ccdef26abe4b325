/**
 * Which offices' cases an actor reads in full, and which only pseudonymised — asked of the one policy table
 * (`decide`), never by role checks here, and turned into plain lists the knowledge-base SQL applies in the
 * query itself.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import type { Database } from '../db/schema.ts';
import { refusal } from '../cases/errors.ts';

export interface Visibility {
  /** Offices whose non-confidential cases the actor reads in full (personal data included). */
  fullOffices: string[];
  /** Offices whose confidential (skjermet) cases the actor may open at all (always in full). */
  confidentialOffices: string[];
  /** Offices whose non-confidential cases the actor sees pseudonymised (the knowledge-base view). */
  pseudonymisedOffices: string[];
  /** Staff user id, for the disqualification (inhabilitet) rule; null for others. */
  userId: number | null;
}

let officeCodes: string[] | null = null;

async function offices(db: Kysely<Database>): Promise<string[]> {
  officeCodes ??= (await db.selectFrom('offices').select('code').orderBy('code').execute()).map(
    (o) => o.code,
  );
  return officeCodes;
}

/** The actor's view of every office, or a 401/403 when the actor may not read cases at all. */
export async function visibilityOf(db: Kysely<Database>, actor: Actor): Promise<Visibility> {
  const result: Visibility = {
    fullOffices: [],
    confidentialOffices: [],
    pseudonymisedOffices: [],
    userId: actor.kind === 'staff' ? actor.userId : null,
  };
  if (actor.kind !== 'staff') {
    const refused = decide(actor, 'stats.read_pseudonymised');
    throw refusal(refused);
  }
  for (const officeCode of await offices(db)) {
    const resource = (confidential: boolean) => ({
      id: 0,
      officeCode,
      confidential,
      partyPersonIds: [],
      providerId: null,
      disqualifiedUserIds: [],
    });
    const open = decide(actor, 'case.read', resource(false));
    if (open.allowed && open.pseudonymise) result.pseudonymisedOffices.push(officeCode);
    else if (open.allowed) result.fullOffices.push(officeCode);
    if (decide(actor, 'case.read', resource(true)).allowed) result.confidentialOffices.push(officeCode);
  }
  return result;
}
