import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from './sqliteServer.ts';

// Behind a proxy (AUTH15), so the test can speak from several client addresses (TEST-NET-3, RFC 5737).
const A = '203.0.113.1';
const B = '203.0.113.2';
const C = '203.0.113.3';
const fx = useSqliteServer({ trustProxy: true, loginLimitPerAddress: { failures: 8, windowMs: 15 * 60_000 } });

/** A login from `address`; resolves with the status: 200, 401, or 429 when throttled. */
const login = (address: string, username: string, password: string) =>
  fetch(`${fx.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ username, password }) }).then((response) => response.status);

describe('the login throttle counts per username and address (AUTH6)', () => {
  it('[AUTH6] five failures for admin from A lock admin out at A only: B still logs in, A stays throttled, right password or not', async () => {
    for (let i = 0; i < 5; i++) expect(await login(A, 'admin', 'gissning')).toBe(401);
    expect(await login(A, 'admin', TEST_ADMIN_PASSWORD)).toBe(429);
    expect(await login(B, 'admin', TEST_ADMIN_PASSWORD)).toBe(200);
    expect(await login(A, 'admin', 'gissning')).toBe(429);
    expect(await login(A, 'admin', TEST_ADMIN_PASSWORD)).toBe(429);
    // The window ends for A, and the right password works there again.
    fx.tick(15 * 60_000 + 1);
    expect(await login(A, 'admin', TEST_ADMIN_PASSWORD)).toBe(200);
  });

  it('[AUTH6] spraying many usernames from one address is stopped by the per-address limit, for every username, without touching other addresses', async () => {
    await fx.user('anna', 'Anna Sundén');
    for (let i = 0; i < 8; i++) expect(await login(C, `gissa${i}`, 'gissning')).toBe(401);
    expect(await login(C, 'anna', 'anna-password')).toBe(429);
    expect(await login(C, 'nasta', 'gissning')).toBe(429);
    expect(await login(B, 'anna', 'anna-password')).toBe(200);
  });
});
