import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AuthConfig } from '../../../server/access/AuthConfig.ts';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import type { BoardRole } from '../../../server/storage/roleNames.ts';
import { addUserAndLogin, createBoardAs, loginToken, setMember, testAuthConfig } from '../../helpers/serverAuth.ts';
import { captureLogs } from '../../helpers/serverLogs.ts';
import { connectProvider, synced, type ProviderClient } from '../../helpers/serverProvider.ts';
import { watchAuth } from './syncClients.ts';

/**
 * One real server per test file (or describe block) as `npm start` runs it: boards, accounts,
 * sessions and history all in `tavla.db` in a temp dir (`dataDir`), real websockets, and a clock
 * for sessions that the test moves (`tick`) instead of waiting. Everything goes through REST and
 * /sync, as an attacker's client would. Providers are destroyed after each test.
 */
export function useSqliteServer(auth: Partial<AuthConfig> = {}) {
  const fx = {
    dataDir: mkdtempSync(join(tmpdir(), 'tavla-sqlite-server-')),
    server: undefined as unknown as RunningServer,
    logs: captureLogs(),
    clock: new Date('2025-04-15T08:00:00.000Z'),
    clients: [] as ProviderClient[],
    /** The admin's bearer token, from a login at the start. */
    admin: '',
    get url(): string {
      return fx.server.url;
    },
    /** `ws://…/sync/<docId>`, with `?token=` when given. */
    syncUrl(docId: string, token?: string): string {
      return `${fx.server.url.replace(/^http/, 'ws')}/sync/${docId}${token ? `?token=${token}` : ''}`;
    },
    /** Moves the sessions' clock forward. */
    tick(ms: number): void {
      fx.clock = new Date(fx.clock.getTime() + ms);
    },
    /** As the admin: adds an account with POST /api/users and logs it in; returns its token. */
    user(username: string, displayName = username): Promise<string> {
      return addUserAndLogin(fx.url, fx.admin, { username, displayName });
    },
    /** Logs the admin in again (its first session may have expired on the moved clock). */
    async relogAdmin(): Promise<string> {
      fx.admin = await loginToken(fx.url);
      return fx.admin;
    },
    createBoard(title = 'Tavla'): Promise<string> {
      return createBoardAs(fx.url, fx.admin, title, 'measures');
    },
    /** A real y-websocket provider on the board as the owner of `token`. */
    provider(docId: string, token: string): ProviderClient {
      const client = connectProvider(fx.url, docId, token);
      fx.clients.push(client);
      return client;
    },
    /** A new board, and a new account with `role` on it connected by a synced provider whose close is watched. */
    async connectedMember(username: string, displayName: string, role: BoardRole) {
      const id = await fx.createBoard();
      const token = await fx.user(username, displayName);
      await setMember(fx.url, fx.admin, id, username, role);
      const client = fx.provider(id, token);
      const watch = watchAuth(client);
      await synced(client);
      return { id, token, client, watch };
    },
  };
  beforeAll(async () => {
    fx.server = await startServer(
      { port: 0, host: '127.0.0.1', dataDir: fx.dataDir, maxMessageBytes: 64 * 1024, compactEvery: 500, auth: testAuthConfig(auth) },
      { logger: fx.logs.logger, now: () => fx.clock },
    );
    fx.admin = await loginToken(fx.url);
  });
  afterEach(() => fx.clients.splice(0).forEach((client) => client.destroy()));
  afterAll(async () => {
    await fx.server?.close();
    rmSync(fx.dataDir, { recursive: true, force: true });
  });
  return fx;
}
