import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from './sqliteServer.ts';

const HOUR = 3_600_000;
const fx = useSqliteServer();

/**
 * A browser's cookie jar on the test's clock: it keeps `tavla_session` as long as the last
 * Set-Cookie's Max-Age says and sends it until then, as a browser does.
 */
function browser() {
  let cookie: { value: string; expiresAt: number } | undefined;
  const take = (response: Response): Response => {
    const set = /tavla_session=([^;]*);.*Max-Age=(\d+)/i.exec(response.headers.get('set-cookie') ?? '');
    if (set) cookie = { value: set[1]!, expiresAt: fx.clock.getTime() + Number(set[2]) * 1000 };
    return response;
  };
  return {
    login: async () => take(await fetch(`${fx.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }) })),
    get: async (path: string) => take(await fetch(`${fx.url}${path}`, { headers: cookie && fx.clock.getTime() < cookie.expiresAt ? { cookie: `tavla_session=${cookie.value}` } : {} })),
  };
}

describe('the session cookie follows the session (AUTH3, AUTH4)', () => {
  it('[AUTH3] a browser in use all day stays logged in past the first 12 hours: each renewal sets the cookie’s Max-Age anew', async () => {
    const anna = browser();
    expect((await anna.login()).status).toBe(200);
    for (let hour = 1; hour <= 20; hour++) {
      fx.tick(HOUR);
      expect((await anna.get('/api/auth/me')).status, `after ${hour} hours`).toBe(200);
    }
    // Then idle for longer than the lifetime: the browser drops the cookie and the server the session.
    fx.tick(12 * HOUR + 1);
    expect((await anna.get('/api/auth/me')).status).toBe(401);
  });

  it('[AUTH3] a request that does not renew the session (within a minute of the last renewal), or one with a bearer token, sets no cookie', async () => {
    const anna = browser();
    const token = ((await (await anna.login()).json()) as { token: string }).token;
    fx.tick(30_000);
    expect((await anna.get('/api/auth/me')).headers.get('set-cookie')).toBeNull();
    fx.tick(HOUR);
    const renewed = await anna.get('/api/auth/me');
    expect(renewed.headers.get('set-cookie')).toMatch(new RegExp(`^tavla_session=${token}; Max-Age=43200; Path=/; HttpOnly; SameSite=Lax$`));
    fx.tick(HOUR);
    expect((await fetch(`${fx.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).headers.get('set-cookie')).toBeNull();
  });
});
