import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../../../server/access/AuthConfig.ts';
import { TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from './sqliteServer.ts';

// Behind a proxy (AUTH15), so the test can speak from several client addresses (TEST-NET-3, RFC 5737).
const NAT = '203.0.113.1';
const HOME = '203.0.113.2';
const fx = useSqliteServer({ trustProxy: true, loginBackoff: { ...DEFAULT_AUTH_CONFIG.loginBackoff, freeFailures: 5, freeFailuresPerAddress: 8, firstDelayMs: 1000 } });

interface Outcome {
  status: number;
  retryAfter: string | null;
  /** The `tavla_device=…` pair a successful login hands the browser. */
  device?: string;
}

/** A login from `address`, with the browser's device cookie when given. */
async function login(address: string, username: string, password: string, device?: string): Promise<Outcome> {
  const response = await fetch(`${fx.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(device && { cookie: device }) },
    body: JSON.stringify({ username, password }),
  });
  await response.arrayBuffer();
  const device_ = response.headers.getSetCookie().find((cookie) => cookie.startsWith('tavla_device='))?.split(';')[0];
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...(device_ && { device: device_ }) };
}

// Each test uses usernames of its own, since the throttle lives as long as the server.
describe('the login throttle counts before it checks, and slows instead of locking out (SEC3)', () => {
  it('[SEC3] of 40 logins sent at once, half of them with the right password, at most 5 reach the password check; the rest are 429 with Retry-After', async () => {
    await fx.user('bertil', 'Bertil Ek');
    const attempts = Array.from({ length: 40 }, (_, i) => login(NAT, 'bertil', i < 20 ? 'gissning' : 'bertil-password'));
    const outcomes = await Promise.all(attempts);
    const checked = outcomes.filter((outcome) => outcome.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    for (const outcome of outcomes.filter((o) => o.status === 429)) expect(Number(outcome.retryAfter)).toBeGreaterThanOrEqual(1);
    // Nothing honest is refused for good: once the wait is over the right password gets in.
    fx.tick(60 * 60_000);
    expect((await login(HOME, 'bertil', 'bertil-password')).status).toBe(200);
  });

  it('[SEC3] a sprayer on a shared address cannot keep out the admin who logged in before, from that address or from another', async () => {
    const atNat = await login(NAT, 'admin', TEST_ADMIN_PASSWORD);
    const atHome = await login(HOME, 'admin', TEST_ADMIN_PASSWORD);
    expect([atNat.status, atHome.status]).toEqual([200, 200]);
    // The sprayer shares the NAT: it guesses the admin, other names, and forges a device cookie.
    for (let i = 0; i < 30; i++) await login(NAT, 'admin', `gissning${i}`);
    for (let i = 0; i < 30; i++) await login(NAT, `gissa${i}`, 'gissning');
    expect((await login(NAT, 'admin', 'gissning', 'tavla_device=forged')).status).toBe(429);
    expect((await login(NAT, 'admin', TEST_ADMIN_PASSWORD)).status).toBe(429);
    // The admin's browsers are known to the account and meet only their own failures.
    expect((await login(NAT, 'admin', TEST_ADMIN_PASSWORD, atNat.device)).status).toBe(200);
    expect((await login(HOME, 'admin', TEST_ADMIN_PASSWORD, atHome.device)).status).toBe(200);
  });

  it('[SEC3] the wait doubles with each failure past the free ones, and the right password gets in once it is over', async () => {
    await fx.user('cecilia', 'Cecilia Lind');
    for (let i = 0; i < 5; i++) expect((await login(HOME, 'cecilia', 'gissning')).status).toBe(401);
    expect(await login(HOME, 'cecilia', 'cecilia-password')).toMatchObject({ status: 429, retryAfter: '1' });
    fx.tick(1001);
    expect((await login(HOME, 'cecilia', 'gissning')).status).toBe(401);
    expect(await login(HOME, 'cecilia', 'gissning')).toMatchObject({ status: 429, retryAfter: '2' });
    fx.tick(2001);
    expect((await login(HOME, 'cecilia', 'gissning')).status).toBe(401);
    expect(await login(HOME, 'cecilia', 'cecilia-password')).toMatchObject({ status: 429, retryAfter: '4' });
    fx.tick(4001);
    expect((await login(HOME, 'cecilia', 'cecilia-password')).status).toBe(200);
    // A success takes the count back: the next mistake is free again.
    expect((await login(HOME, 'cecilia', 'gissning')).status).toBe(401);
  });

  it('[SEC3] spraying many usernames from one address slows that address, not others', async () => {
    await fx.user('david', 'David Berg');
    const SPRAYER = '203.0.113.9';
    for (let i = 0; i < 8; i++) expect((await login(SPRAYER, `spray${i}`, 'gissning')).status).toBe(401);
    expect((await login(SPRAYER, 'spray-nasta', 'gissning')).status).toBe(429);
    expect((await login('203.0.113.3', 'david', 'david-password')).status).toBe(200);
  });
});
