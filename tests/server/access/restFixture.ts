import { beforeEach } from 'vitest';
import { createApp } from '../../../server/http/app.ts';
import type { AuthConfig } from '../../../server/access/AuthConfig.ts';
import { createAuthContext } from '../../../server/access/createAuthContext.ts';
import { MemoryAuthStore } from '../../../server/storage/MemoryAuthStore.ts';
import type { BoardRole, SiteRole } from '../../../server/storage/roleNames.ts';
import { MemoryHistoryStore } from '../../../server/storage/MemoryHistoryStore.ts';
import { MemoryStorage } from '../../../server/storage/MemoryStorage.ts';
import { createUpdateGate } from '../../../server/access/createUpdateGate.ts';
import { RoomRegistry } from '../../../server/sync/RoomRegistry.ts';
import { testAuthConfig, TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { captureLogs } from '../../helpers/serverLogs.ts';

/**
 * The app on in-memory stores with a clock the test moves, per test; REST calls through
 * app.request(), no network. `as(token)` makes calls with a bearer token.
 */
export function useRestFixture(config: Partial<AuthConfig> = {}) {
  const fx = {
    clock: new Date('2025-04-15T08:00:00.000Z'),
    app: undefined as unknown as ReturnType<typeof createApp>,
    ctx: undefined as unknown as ReturnType<typeof createAuthContext>,
    storage: undefined as unknown as MemoryStorage,
    admin: '',
    /** Advances the clock. */
    tick(ms: number): void {
      fx.clock = new Date(fx.clock.getTime() + ms);
    },
    async request(path: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<Response> {
      const { token, json, ...rest } = init;
      const headers: Record<string, string> = { host: 'tavla.test', ...(rest.headers as Record<string, string>) };
      if (token) headers.authorization = `Bearer ${token}`;
      if (json !== undefined) headers['content-type'] = 'application/json';
      return fx.app.request(`http://tavla.test${path}`, { ...rest, headers, ...(json !== undefined && { body: JSON.stringify(json) }) });
    },
    async login(username: string, password: string): Promise<Response> {
      return fx.request('/api/auth/login', { method: 'POST', json: { username, password } });
    },
    /** Adds an account as the admin and logs it in; returns its token. */
    async user(username: string, displayName = username, siteRole: SiteRole = 'user'): Promise<string> {
      const created = await fx.request('/api/users', { method: 'POST', token: fx.admin, json: { username, password: `${username}-lösen`, displayName, siteRole } });
      if (created.status !== 201) throw new Error(`user ${username}: ${created.status}`);
      return ((await (await fx.login(username, `${username}-lösen`)).json()) as { token: string }).token;
    },
    /** An account's id, as the admin's list shows it. */
    async userId(username: string): Promise<string> {
      const users = (await (await fx.request('/api/users', { token: fx.admin })).json()) as { id: string; username: string }[];
      return users.find((user) => user.username === username)!.id;
    },
    async board(token: string, title = 'Tavla', kind = 'measures'): Promise<string> {
      const response = await fx.request('/api/boards', { method: 'POST', token, json: { title, kind } });
      if (response.status !== 201) throw new Error(`board: ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    },
    async member(token: string, boardId: string, username: string, role: BoardRole, scope?: string[]): Promise<Response> {
      return fx.request(`/api/boards/${boardId}/members/${username}`, { method: 'PUT', token, json: { role, ...(scope && { scope }) } });
    },
  };
  beforeEach(async () => {
    fx.clock = new Date('2025-04-15T08:00:00.000Z');
    fx.storage = new MemoryStorage(() => fx.clock);
    const logs = captureLogs();
    const registry = new RoomRegistry({ storage: fx.storage, logger: logs.logger, maxMessageBytes: 64 * 1024, compactEvery: 500, gate: createUpdateGate({ logger: logs.logger }) });
    fx.ctx = createAuthContext({ store: new MemoryAuthStore(), history: new MemoryHistoryStore(), config: testAuthConfig(config), now: () => fx.clock });
    await fx.ctx.auth.ensureAdmin(TEST_ADMIN_PASSWORD);
    fx.admin = (await fx.ctx.auth.login('admin', TEST_ADMIN_PASSWORD)).token;
    fx.app = createApp({ storage: fx.storage, registry, logger: logs.logger, ...fx.ctx });
  });
  return fx;
}
