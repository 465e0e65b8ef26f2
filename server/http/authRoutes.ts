import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AuthContext } from '../access/AuthContext.ts';
import { clientAddress } from './clientAddress.ts';
import { deviceToken, setDeviceCookie } from './deviceCookie.ts';
import { originAllowed, requirePrincipal, SESSION_COOKIE, setSessionCookie } from './requestAuth.ts';
import { AuthError } from '../access/AuthError.ts';
import { ApiError } from './ApiError.ts';
import { parseJsonBody } from './parseJsonBody.ts';

// Lengths are capped so that a huge body cannot make the password hash expensive.
const loginBody = z.strictObject({ username: z.string().max(200), password: z.string().max(1000) });

/** /api/auth: log in (cookie and bearer token), log out, who am I (AUTH3-AUTH5, SEC3). */
export function authRoutes(ctx: AuthContext) {
  return new Hono()
    .post('/login', async (c) => {
      // Login CSRF: another site must not log a browser into an account of its choosing (AUTH10).
      if (!originAllowed(c, ctx.config.allowedOrigins)) throw new ApiError(403, 'forbidden', 'cross-site login refused');
      const body = await parseJsonBody(c, loginBody);
      const username = body.username.trim().toLowerCase();
      const address = clientAddress(c, ctx.config.trustProxy);
      // Counted before the password is hashed, so that attempts sent at once are counted too (SEC3).
      const attempt = ctx.throttle.begin(username, address, deviceToken(c));
      if (!attempt.allowed) {
        c.header('Retry-After', String(Math.ceil(attempt.retryAfterMs / 1000)));
        throw new ApiError(429, 'too_many_requests', 'too many failed logins; try again later');
      }
      // A wrong password (AuthError invalid_credentials, answered 401) is a guess and counts; a login that
      // fails for the server's sake (a full disk: 503) is none: it does not.
      const session = await ctx.auth.login(username, body.password).catch((error: unknown) => {
        if (!(error instanceof AuthError)) attempt.withdraw();
        throw error;
      });
      setDeviceCookie(c, ctx.config, attempt.succeeded());
      setSessionCookie(c, ctx.config, session.token);
      return c.json(session);
    })
    .post('/logout', async (c) => {
      const principal = await requirePrincipal(c, ctx);
      await ctx.auth.logout(principal);
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: ctx.config.cookieSecure });
      return c.json({ ok: true });
    })
    .get('/me', async (c) => {
      const principal = await requirePrincipal(c, ctx);
      return c.json(principal.kind === 'user' ? { user: principal.user } : { share: { boardId: principal.boardId } });
    });
}
