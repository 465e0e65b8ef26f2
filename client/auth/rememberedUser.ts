import type { SessionUser } from './authApi.ts';

// Who last signed in on this browser, so that the app can start as them while the server cannot
// be asked (useSession.ts). Only what the server shows of an account anyway: never the session
// token, which lives in an HttpOnly cookie that scripts cannot read.
const STORAGE_KEY = 'tavla.account';

const isSessionUser = (value: unknown): value is SessionUser => {
  const user = value as Partial<SessionUser> | null;
  return typeof user?.id === 'string' && typeof user.username === 'string' && typeof user.displayName === 'string' && (user.siteRole === 'admin' || user.siteRole === 'user');
};

/** Remembers the signed-in account for an offline start. */
export function rememberUser({ id, username, displayName, siteRole }: SessionUser): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ id, username, displayName, siteRole }));
  } catch {
    // storage blocked: the app then needs the server to start
  }
}

/** The account last signed in here, or null (never signed in, logged out, or storage blocked). */
export function rememberedUser(): SessionUser | null {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null');
    return isSessionUser(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Forgets the account: after a logout, or when the server says the session is gone. */
export function forgetUser(): void {
  try {
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: nothing was remembered
  }
}
