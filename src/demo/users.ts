import type { Role } from '../db/schema.ts';
import { FAMILY_NAMES, GIVEN_NAMES } from './model.ts';

export interface DemoUser {
  id: number;
  username: string;
  name: string;
  office_code: string;
  roles: Role[];
  /** Shown on the demo login page; the others exist to give queues and workload a realistic spread. */
  isDemoLogin: boolean;
}

/** Caseworkers per regional office besides the demo login (enough for a workload view to mean something). */
const EXTRA_CASEWORKERS = 5;

/**
 * The staff of the demo: one clearly named login per role and office, and a few more caseworkers each.
 * Deterministic (no random draws), so ids are the same in every seeded database.
 */
export function demoUsers(regionalOffices: readonly string[], nationalOffice: string): DemoUser[] {
  const users: DemoUser[] = [];
  const add = (username: string, name: string, office: string, roles: Role[], isDemoLogin: boolean) =>
    users.push({ id: users.length + 1, username, name, office_code: office, roles, isDemoLogin });
  let k = 0;
  const synthName = () => {
    k++;
    return `${GIVEN_NAMES[(k * 7) % GIVEN_NAMES.length]} ${FAMILY_NAMES[(k * 11) % FAMILY_NAMES.length]}`;
  };
  for (const office of regionalOffices) {
    const slug = office.toLowerCase();
    add(`saksbehandler.${slug}`, `Saksbehandler ${office} (demo)`, office, ['caseworker'], true);
    add(`leder.${slug}`, `Avdelingsleder ${office} (demo)`, office, ['office_manager'], true);
    for (let i = 1; i <= EXTRA_CASEWORKERS; i++)
      add(`sb${i}.${slug}`, synthName(), office, ['caseworker'], false);
  }
  const ht = nationalOffice.toLowerCase();
  add(`jurist.${ht}`, 'Jurist Statens helsetilsyn (demo)', nationalOffice, ['national_lawyer'], true);
  add(
    `leder.${ht}`,
    'Avdelingsdirektør Statens helsetilsyn (demo)',
    nationalOffice,
    ['office_manager', 'national_lawyer'],
    true,
  );
  for (let i = 1; i <= 4; i++)
    add(`jurist${i}.${ht}`, synthName(), nationalOffice, ['national_lawyer'], false);
  add('analytiker', 'Analytiker (demo)', nationalOffice, ['analyst'], true);
  add('admin', 'Systemadministrator (demo)', nationalOffice, ['administrator'], true);
  return users;
}
