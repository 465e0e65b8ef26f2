import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/startServer.ts';
import { testAuthConfig } from '../helpers/serverAuth.ts';
import { captureLogs } from '../helpers/serverLogs.ts';

const dir = mkdtempSync(join(tmpdir(), 'tavla-failed-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = (port: number) => ({ port, host: '127.0.0.1', dataDir: dir, maxMessageBytes: 64 * 1024, compactEvery: 500, auth: testAuthConfig() });

describe('a start that fails lets go of DATA_DIR (OPS1)', () => {
  it('[OPS1] a server that cannot listen (the port is taken) releases the lock, so the same process starts it on another port', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    const logs = captureLogs();
    await expect(startServer(config(port), { logger: logs.logger })).rejects.toThrow(/EADDRINUSE/);
    await new Promise((resolve) => taken.close(resolve));

    const server = await startServer(config(0), { logger: logs.logger });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await server.close();
  });
});
