import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';
import { GatedStorage } from './serverGatedStorage.ts';
import { captureLogs } from './serverLogs.ts';
import { connectProvider, type ProviderClient } from './serverProvider.ts';

/**
 * One real server per test file, listening on a free port, on a SQLite file in a temp dir
 * (behind a GatedStorage so a test can hold a load). Clients made with `provider` are
 * destroyed after each test; the server and its directory after the file.
 */
export function useInProcessServer(options: { maxMessageBytes: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-server-'));
  const fx = {
    server: undefined as unknown as RunningServer,
    storage: new GatedStorage(new SqliteStorage(join(dir, 'tavla.db'))),
    logs: captureLogs(),
    clients: [] as ProviderClient[],
    get url(): string {
      return fx.server.url;
    },
    get wsUrl(): string {
      return fx.server.url.replace(/^http/, 'ws');
    },
    provider(docId: string): ProviderClient {
      const client = connectProvider(fx.server.url, docId);
      fx.clients.push(client);
      return client;
    },
    /** Creates a board through the REST API and returns its id. */
    async createBoard(title = 'Tavla', kind = 'general'): Promise<string> {
      const response = await fetch(`${fx.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title, kind }),
      });
      if (response.status !== 201) throw new Error(`board not created: ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    },
  };
  beforeAll(async () => {
    fx.server = await startServer(
      { port: 0, host: '127.0.0.1', dataDir: dir, maxMessageBytes: options.maxMessageBytes, compactEvery: 500 },
      { storage: fx.storage, logger: fx.logs.logger },
    );
  });
  afterEach(() => fx.clients.splice(0).forEach((client) => client.destroy()));
  afterAll(async () => {
    await fx.server?.close();
    await fx.storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return fx;
}
