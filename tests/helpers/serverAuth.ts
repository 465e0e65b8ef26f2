import { WebSocket } from 'ws';
import { DEFAULT_AUTH_CONFIG, type AuthConfig } from '../../server/access/AuthConfig.ts';
import type { BoardRole } from '../../server/storage/roleNames.ts';

/** The admin password every test server starts with (ADMIN_PASSWORD). */
export const TEST_ADMIN_PASSWORD = 'tavla-test-admin';

/** scrypt cost for test servers: 2^10 keeps a login in milliseconds; the real cost is tested in the auth tests. */
export const TEST_PASSWORD_COST = 10;

/** Auth settings for an in-process test server. */
export const testAuthConfig = (changes: Partial<AuthConfig> = {}): AuthConfig => ({
  ...DEFAULT_AUTH_CONFIG,
  adminPassword: TEST_ADMIN_PASSWORD,
  passwordCost: TEST_PASSWORD_COST,
  ...changes,
});

/** Headers that authenticate a REST call with a bearer token (and send JSON). */
export const authHeaders = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

/** Logs in through POST /api/auth/login and returns the bearer token. */
export async function loginToken(url: string, username = 'admin', password = TEST_ADMIN_PASSWORD): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (response.status !== 200) throw new Error(`login of ${username} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** As admin: adds an account (POST /api/users) and returns its token. */
export async function addUserAndLogin(url: string, adminToken: string, user: { username: string; displayName: string; password?: string }): Promise<string> {
  const password = user.password ?? `${user.username}-password`;
  const response = await fetch(`${url}/api/users`, { method: 'POST', headers: authHeaders(adminToken), body: JSON.stringify({ ...user, password }) });
  if (response.status !== 201) throw new Error(`user ${user.username} not created: ${response.status} ${await response.text()}`);
  return loginToken(url, user.username, password);
}

/** As a facilitator: gives a user a role on a board (PUT /api/boards/:id/members/:username). */
export async function setMember(url: string, token: string, boardId: string, username: string, role: BoardRole, scope?: string[]): Promise<void> {
  const response = await fetch(`${url}/api/boards/${boardId}/members/${username}`, { method: 'PUT', headers: authHeaders(token), body: JSON.stringify({ role, ...(scope && { scope }) }) });
  if (response.status !== 200) throw new Error(`member ${username} not set: ${response.status} ${await response.text()}`);
}

/** Creates a board through the REST API as the token's user and returns its id. */
export async function createBoardAs(url: string, token: string, title = 'Tavla', kind = 'general'): Promise<string> {
  const response = await fetch(`${url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ title, kind }) });
  if (response.status !== 201) throw new Error(`board not created: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/**
 * The `ws` WebSocket with a bearer token on every upgrade: for client code under test that takes
 * a WebSocket polyfill but no token (a browser would send its session cookie instead).
 */
export function authedWebSocket(token: string): typeof globalThis.WebSocket {
  class AuthedWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { authorization: `Bearer ${token}` } });
    }
  }
  return AuthedWebSocket as unknown as typeof globalThis.WebSocket;
}
