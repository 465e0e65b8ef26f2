import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AuthConfig } from '../../server/access/AuthConfig.ts';
import type { ServerConfig } from '../../server/config.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';
import { GatedStorage } from './serverGatedStorage.ts';
import { captureLogs } from './serverLogs.ts';
import { authHeaders, createBoardAs, testAuthConfig, TEST_ADMIN_PASSWORD } from './serverAuth.ts';
import { connectProvider, type ProviderClient } from './serverProvider.ts';

/**
 * One real server per test file, listening on a free port, on a SQLite file in a temp dir
 * (behind a GatedStorage so a test can hold a load). Clients made with `provider` are
 * destroyed after each test; the server and its directory after the file. `token` is the
 * admin's session: clients and REST calls made through the fixture use it.
 */
export function useInProcessServer(options: { maxMessageBytes: number; auth?: Partial<AuthConfig>; config?: Partial<ServerConfig> }) {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-server-'));
  const fx = {
    server: undefined as unknown as RunningServer,
    storage: new GatedStorage(new SqliteStorage(join(dir, 'tavla.db'))),
    logs: captureLogs(),
    clients: [] as ProviderClient[],
    /** The admin's bearer token. */
    token: '',
    get url(): string {
      return fx.server.url;
    },
    get wsUrl(): string {
      return fx.server.url.replace(/^http/, 'ws');
    },
    /** A WebsocketProvider as the admin, or as the owner of `token`. */
    provider(docId: string, token?: string): ProviderClient {
      const client = connectProvider(fx.server.url, docId, token ?? fx.token);
      fx.clients.push(client);
      return client;
    },
    /** Creates a board through the REST API and returns its id. */
    async createBoard(title = 'Tavla', kind = 'general'): Promise<string> {
      return createBoardAs(fx.url, fx.token, title, kind);
    },
    /** Adds an account (straight through the server's AuthService) and returns a session token for it. */
    async user(username: string, displayName = username): Promise<string> {
      await fx.server.auth.addUser({ username, password: `${username}-lösen`, displayName });
      return (await fx.server.auth.login(username, `${username}-lösen`)).token;
    },
    /** Headers for a REST call as the admin. */
    get headers(): Record<string, string> {
      return authHeaders(fx.token);
    },
  };
  beforeAll(async () => {
    fx.server = await startServer(
      { port: 0, host: '127.0.0.1', dataDir: dir, maxMessageBytes: options.maxMessageBytes, compactEvery: 500, auth: testAuthConfig(options.auth), ...options.config },
      { storage: fx.storage, logger: fx.logs.logger },
    );
    fx.token = (await fx.server.auth.login('admin', TEST_ADMIN_PASSWORD)).token;
  });
  afterEach(() => fx.clients.splice(0).forEach((client) => client.destroy()));
  afterAll(async () => {
    await fx.server?.close();
    await fx.storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return fx;
}
