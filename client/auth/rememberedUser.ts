import { readStored, removeStored, writeStored } from '../state/storedJson.ts';
import { SITE_ROLES, type SessionUser } from './authApi.ts';

// Who last signed in on this browser, so that the app can start as them while the server cannot
// be asked (useSession.ts). Only what the server shows of an account anyway: never the session
// token, which lives in an HttpOnly cookie that scripts cannot read.
const STORAGE_KEY = 'tavla.account';

const isSessionUser = (value: unknown): value is SessionUser => {
  const user = value as Partial<SessionUser> | null;
  return typeof user?.id === 'string' && typeof user.username === 'string' && typeof user.displayName === 'string' && (SITE_ROLES as readonly unknown[]).includes(user.siteRole);
};

/** Remembers the signed-in account for an offline start (not kept when storage is blocked: the app then needs the server to start). */
export const rememberUser = ({ id, username, displayName, siteRole }: SessionUser): void => writeStored(STORAGE_KEY, { id, username, displayName, siteRole });

/** The account last signed in here, or null (never signed in, logged out, or storage blocked). */
export const rememberedUser = (): SessionUser | null => readStored(STORAGE_KEY, isSessionUser);

/** Forgets the account: after a logout, or when the server says the session is gone. */
export const forgetUser = (): void => removeStored(STORAGE_KEY);
