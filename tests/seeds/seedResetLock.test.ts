import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { SEED_BOARDS } from '../../seeds/buildSeedBoards.ts';
import { HOLDER_FILE } from '../../server/dataDirLock.ts';
import { authHeaders } from '../helpers/serverAuth.ts';
import type { ChildServer } from '../helpers/serverChild.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { useChildServers } from './childServers.ts';

// `npm run seed -- --reset` against a real server process on the same DATA_DIR (a real SQLite file).
const { dataDir, start, stop } = useChildServers('tavla-seed-lock-');
const reset = () => spawnSync(process.execPath, ['--import', 'tsx', 'server/seedCommand.ts', '--reset'], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
const title = async (server: ChildServer): Promise<string> => ((await (await fetch(`${server.url}/api/boards/hsf-atgarder`, { headers: authHeaders(server.token) })).json()) as { title: string }).title;
const SEED_TITLE = 'Åtgärder för minskade personalkostnader (HSF)';

/** Retitles the seed board through a real provider, as a user at the board would. */
async function retitle(server: ChildServer, to: string): Promise<void> {
  const client = connectProvider(server.url, 'hsf-atgarder', server.token);
  try {
    await synced(client);
    updateBoardMeta(client.doc, 'title', to);
    await waitFor(async () => (await title(server)) === to, 'the new title to be stored');
  } finally {
    client.destroy();
  }
}

describe('`npm run seed -- --reset` and a running server (HIST6)', () => {
  it('[HIST6] refuses with exit code 1 and a message naming the server while one runs on DATA_DIR, and changes nothing', async () => {
    const server = await start();
    await retitle(server, 'Ändrad medan servern kör');
    const refused = reset();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`A Tavla server (pid ${server.process.pid}) is running on ${dataDir}`);
    expect(refused.stdout).not.toContain('Seeded');
    expect(await title(server)).toBe('Ändrad medan servern kör');

    // Stopped cleanly, the server lets go of DATA_DIR and the reset goes through.
    await stop(server);
    expect(existsSync(join(dataDir, HOLDER_FILE))).toBe(false);
    const done = reset();
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain(`Seeded ${SEED_BOARDS.length} boards`);
    const after = await start();
    expect(await title(after)).toBe(SEED_TITLE);
    await stop(after);
  });

  it('[HIST6] goes through after a server was killed with -9: the kernel let go of its lock (OPS1), its pid file names a process that is gone', async () => {
    const server = await start();
    await retitle(server, 'Före kill -9');
    await stop(server, 'SIGKILL');
    expect(existsSync(join(dataDir, HOLDER_FILE))).toBe(true);
    const done = reset();
    expect(done.status, done.stderr).toBe(0);
    const after = await start();
    expect(await title(after)).toBe(SEED_TITLE);
    await stop(after);
  });
});
