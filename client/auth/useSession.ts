import { useSyncExternalStore } from 'react';
import { ApiFailure, authApi, shareToken, type SessionUser } from './authApi.ts';
import { discardLocalBoards } from '../sync/localBoards.ts';
import { forgetAllAccess } from './rememberedAccess.ts';
import { forgetUser, rememberedUser, rememberUser } from './rememberedUser.ts';

/**
 * Who this browser is: still asking, nobody (show the login page), an account, or a share link.
 * `offline`: the server could not be asked, so this is the account last signed in here
 * (rememberedUser.ts) and its boards open from IndexedDB. `unreachable`: the server could not be
 * asked and no account is remembered (never signed in, or logged out).
 */
export type Session =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'user'; user: SessionUser; offline?: true }
  | { status: 'share'; boardId: string }
  | { status: 'unreachable' };

let session: Session = { status: 'loading' };
const listeners = new Set<() => void>();
const set = (next: Session): void => {
  session = next;
  listeners.forEach((listener) => listener());
};

function signedIn(user: SessionUser): Session {
  rememberUser(user);
  return { status: 'user', user };
}

/**
 * Asks the server who we are (GET /api/auth/me). Only its 401 is a logout; an unreachable server
 * starts the app as the account remembered here, offline (a share-link tab stays a share link).
 */
export async function refreshSession(): Promise<void> {
  try {
    const me = await authApi.me();
    set(me.user ? signedIn(me.user) : me.share ? { status: 'share', boardId: me.share.boardId } : { status: 'anonymous' });
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 401) {
      if (!shareToken()) forgetUser(); // a refused share link says nothing of the account
      set({ status: 'anonymous' });
      return;
    }
    const user = shareToken() ? null : rememberedUser();
    set(user ? { status: 'user', user, offline: true } : { status: 'unreachable' });
  }
}

/** Logs in; throws the ApiFailure (invalid_credentials, too_many_requests) for the form to show. */
export async function logIn(username: string, password: string): Promise<void> {
  const { user } = await authApi.login(username, password);
  set(signedIn(user));
}

/**
 * Logs out and forgets the session here too, whatever the server said, with everything this browser
 * kept of the account: its roles and its copies of the boards (edits not yet sent go with them).
 */
export async function logOut(): Promise<void> {
  forgetUser();
  forgetAllAccess();
  await Promise.all([authApi.logout().catch(() => undefined), discardLocalBoards()]);
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
