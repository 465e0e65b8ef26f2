import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { ApiError } from './ApiError.ts';
import { requireBoard } from './requireBoard.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';
import type { AuthConfig } from '../access/AuthConfig.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import type { UserRecord } from '../storage/AuthStore.ts';
import type { Principal, UserPrincipal } from '../access/Principal.ts';
import { mayCreateBoards, roleAtLeast, type BoardAccess } from '../access/roles.ts';
import type { BoardRole } from '../storage/roleNames.ts';

/** The browser session's cookie (AUTH3). */
export const SESSION_COOKIE = 'tavla_session';

/**
 * Sets the session cookie to live as long as the session (AUTH3): at login, and again whenever a
 * request renews the session (AUTH4), so that the browser of someone at work is not logged out
 * while the server still keeps their session.
 */
export function setSessionCookie(c: Context, config: AuthConfig, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: config.cookieSecure, path: '/', maxAge: Math.floor(config.sessionTtlMs / 1000) });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Where a request's credential comes from: a bearer token (other clients), the cookie (browsers), or `?token=` on /sync. */
export function requestToken(c: Context, options: { queryToken?: boolean } = {}): { token: string; from: 'bearer' | 'cookie' | 'query' } | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer) return { token: bearer, from: 'bearer' };
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) return { token: cookie, from: 'cookie' };
  const query = options.queryToken ? c.req.query('token') : undefined;
  return query ? { token: query, from: 'query' } : undefined;
}

/**
 * AUTH10: a browser's Origin must be the server's own (the Host it was asked for) or one of the
 * configured origins. No Origin header means no browser sent it: allowed, since such a client
 * must still bring a token of its own.
 */
export function originAllowed(c: Context, allowedOrigins: readonly string[]): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === c.req.header('host');
  } catch {
    return false;
  }
}

/**
 * The principal of a request, or a 401. A cookie-authenticated request that changes something must
 * come from an allowed origin (403): SameSite=Lax already keeps the cookie off cross-site posts,
 * and this also covers other sites on the same registrable domain.
 */
export async function requirePrincipal(c: Context, ctx: AuthContext, options: { queryToken?: boolean } = {}): Promise<Principal> {
  const credential = requestToken(c, options);
  const principal = await ctx.auth.authenticate(credential?.token);
  if (!principal) throw new ApiError(401, 'unauthorized', 'log in first');
  if (credential?.from === 'cookie' && !SAFE_METHODS.has(c.req.method) && !originAllowed(c, ctx.config.allowedOrigins)) {
    throw new ApiError(403, 'forbidden', 'cross-site request refused');
  }
  if (credential?.from === 'cookie' && principal.kind === 'user' && principal.renewed) setSessionCookie(c, ctx.config, credential.token);
  return principal;
}

/** A request made with an account's session, not a share link (403 otherwise). */
export async function requireAccount(c: Context, ctx: AuthContext): Promise<UserPrincipal> {
  const principal = await requirePrincipal(c, ctx);
  if (principal.kind !== 'user') throw new ApiError(403, 'forbidden', 'a share link only shows its board');
  return principal;
}

/** A request made by an admin (403 otherwise). */
export async function requireAdmin(c: Context, ctx: AuthContext): Promise<UserRecord> {
  const { user } = await requireAccount(c, ctx);
  if (user.siteRole !== 'admin') throw new ApiError(403, 'forbidden', 'only an admin may do this');
  return user;
}

/** A request made by an account that may create boards and meetings, an admin or a creator (403 otherwise; SEC2, MTS7). */
export async function requireCreator(c: Context, ctx: AuthContext): Promise<UserPrincipal> {
  const principal = await requireAccount(c, ctx);
  if (!mayCreateBoards(principal.user.siteRole)) throw new ApiError(403, 'forbidden', 'only an admin or a creator may create boards');
  return principal;
}

/**
 * The board named by the path and the caller's access to it: 401 without a login, 400/404 for a
 * bad or unknown id, 403 when the caller's role on it is below `least` (ROLE6).
 */
export async function requireBoardRole(
  c: Context,
  ctx: AuthContext & { storage: Storage },
  least: BoardRole,
): Promise<{ board: BoardRecord; access: BoardAccess; principal: Principal }> {
  const principal = await requirePrincipal(c, ctx);
  const board = await requireBoard(ctx.storage, c.req.param('id') ?? '');
  const access = await ctx.auth.boardAccess(principal, board.id);
  if (!access) throw new ApiError(403, 'forbidden', 'you have no access to this board');
  if (!roleAtLeast(access.role, least)) throw new ApiError(403, 'forbidden', `this needs the role ${least} on the board`);
  return { board, access, principal };
}
