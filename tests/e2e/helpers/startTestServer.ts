import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../server/config.ts';
import { startServer } from '../../../server/startServer.ts';
import { ensureClientBuilt } from './ensureClientBuilt.ts';

const CLIENT_DIR = fileURLToPath(new URL('../../../dist/client', import.meta.url));

/** A running Tavla server for one test file: its base URL and how to stop it and drop its data. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the real server (SQLite in a fresh temporary DATA_DIR, a free port) serving the built
 * client, building it first when stale.
 */
export async function startTestServer(): Promise<TestServer> {
  await ensureClientBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-e2e-'));
  const server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { clientDir: CLIENT_DIR });
  return {
    url: server.url,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
