import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { startChildServer, type ChildServer } from '../helpers/serverChild.ts';

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
  };
}
