import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../server/config.ts';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from '../../helpers/serverAuth.ts';
import { ensureClientBuilt } from './ensureClientBuilt.ts';

const CLIENT_DIR = fileURLToPath(new URL('../../../dist/client', import.meta.url));

let adminToken = '';

/** The admin session of the server this test file started: the cookie browser contexts log in with. */
export function sessionCookie(token = adminToken): { name: string; value: string; domain: string; path: string } {
  // A cookie is not bound to a port, so the domain alone reaches the test server's free port.
  return { name: 'tavla_session', value: token, domain: '127.0.0.1', path: '/' };
}

/** Headers of a REST call as the admin of the server this test file started. */
export const adminHeaders = (): Record<string, string> => ({ authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' });

/** A running Tavla server for one test file: its base URL and how to stop it and drop its data. */
export interface TestServer {
  url: string;
  /** The admin's session token (every page but the login page needs one). */
  token: string;
  /** The server itself, for a test that reaches its storage or rooms (a garbled board). */
  running: RunningServer;
  close(): Promise<void>;
}

/** How a test server starts: `seed` loads the seed boards and meetings into its empty store, as `npm start` does. */
export interface TestServerOptions {
  seed?: boolean;
}

/**
 * Starts the real server (SQLite in a fresh temporary DATA_DIR, a free port) serving the built
 * client, building it first when stale.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  await ensureClientBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-e2e-'));
  const server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST) }), { clientDir: CLIENT_DIR, seedIfEmpty: options.seed === true });
  adminToken = (await server.auth.login('admin', TEST_ADMIN_PASSWORD))!.token;
  return {
    url: server.url,
    token: adminToken,
    running: server,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
