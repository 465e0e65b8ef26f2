import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../server/dataDirLock.ts';
import { authHeaders } from '../helpers/serverAuth.ts';
import { freePort } from '../helpers/serverChild.ts';
import { useChildServers } from '../seeds/childServers.ts';
import { addCards, cardTitles, opsEnv, runTs } from './opsCommands.ts';

// Real server processes and commands on one DATA_DIR (OPS1).
const { dataDir, start, stop } = useChildServers('tavla-ops-lock-');
const startAnother = async () => runTs('server/main.ts', [], opsEnv(dataDir, await freePort()));
const reset = () => runTs('server/seedCommand.ts', ['--reset'], opsEnv(dataDir));
const addUser = (name: string) => runTs('server/userCommand.ts', ['add', name, name, '--password', `${name} skriver på tavlan 2026`], opsEnv(dataDir));

describe('one server per DATA_DIR (OPS1)', () => {
  it('[OPS1] a second server on the same DATA_DIR refuses to start, naming the directory and the first one\'s pid; the first keeps serving and stays protected', async () => {
    const first = await start();
    const second = await startAnother();
    expect(second.status, second.stderr).toBe(1);
    expect(second.stderr).toContain(`A Tavla server (pid ${first.process.pid}) is already running on ${dataDir}: a second server on the same DATA_DIR does not start.`);

    // The first still serves, stores edits, and seed --reset is still refused: the refused one took nothing from it.
    await addCards(first.url, first.token, 'hsf-atgarder', ['Efter den andra servern']);
    expect(await cardTitles(first.url, first.token, 'hsf-atgarder')).toContain('Efter den andra servern');
    const refused = reset();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`A Tavla server (pid ${first.process.pid}) is running on ${dataDir}`);
    // npm run user shares DATA_DIR with a running server (AUTH13).
    expect(addUser('bodil').status).toBe(0);
    await stop(first);
  });

  it('[OPS1] after a clean stop, and after kill -9, the lock is free: a new server starts, and seed --reset is refused only while one runs', async () => {
    const stopped = await start();
    await stop(stopped, 'SIGTERM');
    const killed = await start();
    await stop(killed, 'SIGKILL');
    // The kernel let go of the killed server's lock: nothing to clean up by hand.
    const done = reset();
    expect(done.status, done.stderr).toBe(0);
    const running = await start();
    expect((await fetch(`${running.url}/api/boards`, { headers: authHeaders(running.token) })).status).toBe(200);
    expect(reset().status).toBe(1);
    await stop(running, 'SIGKILL');
    expect(reset().status).toBe(0);
  });

  it('[OPS1] while a command holds DATA_DIR exclusively (restore, reset, recover), neither a server nor npm run user gets in', async () => {
    const held = lockDataDir(dataDir, 'exclusive', 'npm run restore');
    try {
      const server = await startAnother();
      expect(server.status, server.stderr).toBe(1);
      expect(server.stderr).toContain(`npm run restore (pid ${process.pid}) is running on ${dataDir}: the server does not start until it has finished.`);
      const user = addUser('cilla');
      expect(user.status).toBe(1);
      expect(user.stderr).toContain(`npm run restore (pid ${process.pid}) is running on ${dataDir}: npm run user changed nothing`);
    } finally {
      held.release();
    }
    expect(addUser('cilla').status).toBe(0);
  });
});
