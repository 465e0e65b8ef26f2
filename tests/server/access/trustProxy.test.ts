import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../../../server/access/AuthConfig.ts';
import type { WebSocket } from 'ws';
import { useSqliteServer } from './sqliteServer.ts';
import { openSocket, upgradeStatus } from './syncClients.ts';

// Addresses from TEST-NET-3 (RFC 5737): only ever written into a header, never connected to.
const A = '203.0.113.1';
const B = '203.0.113.2';
const C = '203.0.113.3';
const limits = { maxConnectionsPerUser: 20, maxConnectionsPerAddress: 2, loginBackoff: { ...DEFAULT_AUTH_CONFIG.loginBackoff, freeFailuresPerAddress: 2 } };
const forwardedFor = (chain: string) => ({ 'x-forwarded-for': chain });

const sockets: WebSocket[] = [];
afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));

/** A failed login from the given X-Forwarded-For chain: 401, or 429 once the address is throttled. */
const failedLogin = (url: string, username: string, chain: string) =>
  fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...forwardedFor(chain) }, body: JSON.stringify({ username, password: 'fel-lösenord' }) }).then((response) => response.status);

describe('TRUST_PROXY off, the default (AUTH15)', () => {
  const fx = useSqliteServer(limits);

  it('[AUTH15] a forged X-Forwarded-For does not get one machine past the per-address connection limit', async () => {
    const id = await fx.createBoard();
    const url = fx.syncUrl(id, fx.admin);
    sockets.push(await openSocket(url, forwardedFor(A)), await openSocket(url, forwardedFor(B)));
    // Every socket comes from 127.0.0.1, whatever the header claims.
    expect(await upgradeStatus(url, forwardedFor(C))).toBe(429);
  });

  it('[AUTH15] nor past the per-address login throttle (AUTH6)', async () => {
    expect(await failedLogin(fx.url, 'gissa1', A)).toBe(401);
    expect(await failedLogin(fx.url, 'gissa2', B)).toBe(401);
    expect(await failedLogin(fx.url, 'gissa3', C)).toBe(429);
  });
});

describe('TRUST_PROXY on (AUTH15)', () => {
  const fx = useSqliteServer({ ...limits, trustProxy: true });

  it('[AUTH15] each client behind the proxy has its own connection limit, by the right-most X-Forwarded-For entry', async () => {
    const id = await fx.createBoard();
    const url = fx.syncUrl(id, fx.admin);
    sockets.push(await openSocket(url, forwardedFor(A)), await openSocket(url, forwardedFor(`${C}, ${A}`)));
    // A is full; what a client wrote left of the proxy's entry changes nothing.
    expect(await upgradeStatus(url, forwardedFor(A))).toBe(429);
    expect(await upgradeStatus(url, forwardedFor(`${B}, ${A}`))).toBe(429);
    expect(await upgradeStatus(url, forwardedFor(`${A}, ${B}`))).toBe(101);
    expect(await upgradeStatus(url, forwardedFor(B))).toBe(101);
  });

  it('[AUTH15] and its own login throttle; a missing or malformed header counts as the proxy itself', async () => {
    expect(await failedLogin(fx.url, 'gissa1', A)).toBe(401);
    expect(await failedLogin(fx.url, 'gissa2', A)).toBe(401);
    expect(await failedLogin(fx.url, 'gissa3', A)).toBe(429);
    expect(await failedLogin(fx.url, 'gissa4', B)).toBe(401);
    expect(await failedLogin(fx.url, 'gissa5', 'inte-en-adress')).toBe(401);
    expect(await failedLogin(fx.url, 'gissa6', '')).toBe(401);
    expect(await failedLogin(fx.url, 'gissa7', 'inte-en-adress')).toBe(429);
  });
});
