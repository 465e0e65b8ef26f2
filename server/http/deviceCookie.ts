import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AuthConfig } from '../access/AuthConfig.ts';

/** The cookie by which a browser that logged in to an account is known to the login throttle (SEC3). */
export const DEVICE_COOKIE = 'tavla_device';

/** The device token the browser sent with a login, if any. */
export const deviceToken = (c: Context): string | undefined => getCookie(c, DEVICE_COOKIE);

/** Gives the browser its device token after a successful login; only the login route ever reads it. */
export function setDeviceCookie(c: Context, config: AuthConfig, token: string): void {
  setCookie(c, DEVICE_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: config.cookieSecure, path: '/api/auth/login', maxAge: Math.floor(config.loginBackoff.trustMs / 1000) });
}
