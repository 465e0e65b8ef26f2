import { yWebsocketClient } from '../clients/yWebsocketClient.ts';
import { populateBoard } from '../populateBoard.ts';
import type { Target } from '../target.ts';
import { spawnChild } from './spawnChild.ts';
import { tavlaLogin, type TavlaSession } from './tavlaLogin.ts';

/** The admin password the bench gives the Tavla child (ADMIN_PASSWORD), to log in once auth is on. */
const ADMIN_PASSWORD = 'bench-admin-password';

/**
 * Every bench client is the admin on 127.0.0.1, so the per-user and per-address connection caps
 * (AUTH12, defaults 20 and 50) are lifted, as they would be for a load test from one machine.
 */
const LOAD_TEST_ENV = { MAX_CONNECTIONS_PER_USER: '1000000', MAX_CONNECTIONS_PER_ADDRESS: '1000000' };

export interface TavlaTargetOptions {
  /** Added to the child's environment (e.g. COMPACT_EVERY). */
  env?: Record<string, string>;
  /** Node flags for the child, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** The entry point; `server/main.ts`, as `npm start` runs it, unless a comparison needs another. */
  script?: string;
}

/** Tavla's server as `npm start` runs it: `server/main.ts` on SQLite in `dataDir` (seed boards on first start). */
export async function tavlaTarget(dataDir: string, options: TavlaTargetOptions = {}): Promise<Target & { session: TavlaSession }> {
  const server = await spawnChild(
    options.script ?? 'server/main.ts',
    { DATA_DIR: dataDir, ADMIN_PASSWORD, ...LOAD_TEST_ENV, ...options.env },
    (port) => fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok),
    options.nodeFlags,
  );
  const url = `http://127.0.0.1:${server.port}`;
  const session = await tavlaLogin(url, 'admin', ADMIN_PASSWORD);
  const target: Target & { session: TavlaSession } = {
    name: 'tavla',
    server,
    session,
    async createBoard(cards) {
      const response = await fetch(`${url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...session.headers },
        body: JSON.stringify({ title: 'Bänk', kind: 'measures' }),
      });
      if (response.status !== 201) throw new Error(`POST /api/boards: ${response.status} ${await response.text()}`);
      const { id } = (await response.json()) as { id: string };
      await populateBoard(target, id, cards);
      return id;
    },
    connect: (boardId) => yWebsocketClient(url, boardId, session.params),
    stop: () => server.stop(),
  };
  return target;
}
