import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type * as Y from 'yjs';
import { authHeaders } from '../helpers/serverAuth.ts';
import { startChildServer, type ChildServer } from '../helpers/serverChild.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';

/**
 * Real server processes, one at a time, on a fresh DATA_DIR (`dataDir`) for the test file, as
 * `npm start` runs them; whatever still runs after the file is killed, and the folder removed.
 */
export function useChildServers(prefix: string) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const running: ChildServer[] = [];
  afterAll(async () => {
    for (const child of running) {
      child.process.kill('SIGKILL');
      await child.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    dataDir,
    async start(): Promise<ChildServer> {
      const child = await startChildServer(dataDir);
      running.push(child);
      return child;
    },
    /** Stops a server with `signal` (SIGTERM: cleanly) and resolves once it has exited. */
    async stop(child: ChildServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
      child.process.kill(signal);
      await child.exited;
    },
    /** Runs `npm run seed -- <args>` on `dataDir` and returns what it printed; throws when it fails. */
    seed: (...args: string[]): string =>
      execFileSync(process.execPath, ['--import', 'tsx', 'server/seedCommand.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' }),
  };
}

/** GET `path` as the admin, as JSON. */
export const getJson = async <T>(server: ChildServer, path: string): Promise<T> => (await (await fetch(`${server.url}${path}`, { headers: authHeaders(server.token) })).json()) as T;

/** The sorted ids that GET `path` (/api/boards or /api/meetings) lists. */
export const listedIds = async (server: ChildServer, path: '/api/boards' | '/api/meetings'): Promise<string[]> => (await getJson<{ id: string }[]>(server, path)).map((b) => b.id).sort();

/** Reads a board's or a meeting's document as the server serves it, through a real provider. */
export async function readServed<T>(server: ChildServer, id: string, read: (doc: Y.Doc) => T): Promise<T> {
  const client = connectProvider(server.url, id, server.token);
  try {
    await synced(client);
    return read(client.doc);
  } finally {
    client.destroy();
  }
}
