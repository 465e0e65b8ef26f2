import { useSyncExternalStore } from 'react';
import { ApiFailure, authApi, type SessionUser } from './authApi.ts';

/** Who this browser is: still asking, nobody (show the login page), an account, or a share link. */
export type Session =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'user'; user: SessionUser }
  | { status: 'share'; boardId: string }
  | { status: 'unreachable' };

let session: Session = { status: 'loading' };
const listeners = new Set<() => void>();
const set = (next: Session): void => {
  session = next;
  listeners.forEach((listener) => listener());
};

/** Asks the server who we are (GET /api/auth/me); an unreachable server is not a logout. */
export async function refreshSession(): Promise<void> {
  try {
    const me = await authApi.me();
    set(me.user ? { status: 'user', user: me.user } : me.share ? { status: 'share', boardId: me.share.boardId } : { status: 'anonymous' });
  } catch (error) {
    set(error instanceof ApiFailure && error.status === 401 ? { status: 'anonymous' } : { status: 'unreachable' });
  }
}

/** Logs in; throws the ApiFailure (invalid_credentials, too_many_requests) for the form to show. */
export async function logIn(username: string, password: string): Promise<void> {
  const { user } = await authApi.login(username, password);
  set({ status: 'user', user });
}

/** Logs out and forgets the session here too, whatever the server said. */
export async function logOut(): Promise<void> {
  await authApi.logout().catch(() => undefined);
  set({ status: 'anonymous' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The session as a value that re-renders its readers when it changes (STYLE.md: state as a value). */
export function useSession(): Session {
  return useSyncExternalStore(subscribe, () => session, () => session);
}
