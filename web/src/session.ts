import { useSyncExternalStore } from 'react';

/**
 * The signed-in staff user, shared by the staff and risk areas. The bearer token lives in sessionStorage
 * (gone when the tab closes). In production the token comes from Entra ID; in the embedded demo from
 * POST /api/demo/login. Citizens and provider clients do not use this: their tokens travel in the
 * status link or the API client's own header.
 */
export interface StaffSession {
  token: string;
  user: {
    id: number;
    username: string;
    name: string;
    officeCode: string;
    roles: { role: string; officeCode: string }[];
  };
}

const KEY = 'tilsyn.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: StaffSession | null } = { raw: null, value: null };

function read(): StaffSession | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw !== cached.raw) cached = { raw, value: raw ? (JSON.parse(raw) as StaffSession) : null };
  return cached.value;
}

export function signIn(session: StaffSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  for (const listener of listeners) listener();
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

/** The current staff session, or null; re-renders on sign-in and sign-out. */
export function useStaffSession(): StaffSession | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => null,
  );
}

/** Where the sign-in page lives; other areas send unsigned users there with `?next=`. */
export const SIGN_IN_PATH = '/saksbehandling/logg-inn';
