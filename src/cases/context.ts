import type { Kysely } from 'kysely';
import type { Actor } from '../access/actors.ts';
import type { Database } from '../db/schema.ts';

/** What every use case gets: the database and today's date (injected, so tests can fix the calendar). */
export interface UseCaseContext {
  db: Kysely<Database>;
  /** Today in Europe/Oslo, 'YYYY-MM-DD'. */
  today(): string;
}

export function osloToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** How the actor appears in case events (actor_id refers to staff users only). */
export function eventActor(actor: Actor): {
  actorKind: 'user' | 'citizen' | 'provider' | 'system';
  actorId: number | null;
} {
  switch (actor.kind) {
    case 'staff':
      return { actorKind: 'user', actorId: actor.userId };
    case 'citizen':
      return { actorKind: 'citizen', actorId: null };
    case 'provider':
      return { actorKind: 'provider', actorId: null };
    default:
      return { actorKind: 'system', actorId: null };
  }
}
