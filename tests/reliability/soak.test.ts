import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { loginToken, TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from '../helpers/serverAuth.ts';
import type { SoakReply } from '../helpers/reliabilitySoakServer.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const LONG = process.env.RELIABILITY_LONG === '1';
const BOARDS = LONG ? 5_000 : 1_000;
const WARM_UP = 50;
const AT_ONCE = 25;
/** Heap growth allowed over the baseline after every board has closed: a leaked room costs ~100 KB, so 1,000 would show as ~100 MB. */
const HEAP_SLACK = 4 * 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'tavla-soak-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Forks the soak server and resolves with its URL and board ids once it is listening. */
function startSoakServer(): Promise<{ url: string; boardIds: string[] }> {
  child = fork(fileURLToPath(new URL('../helpers/reliabilitySoakServer.ts', import.meta.url)), {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST), SOAK_BOARDS: String(BOARDS + WARM_UP), MAX_CONNECTIONS_PER_USER: '1000', MAX_CONNECTIONS_PER_ADDRESS: '1000' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child!.once('exit', (code) => reject(new Error(`the soak server exited (${code})`)));
    child!.on('message', (message: SoakReply) => 'ready' in message && resolve(message.ready));
  });
}

/** The server's open rooms and its heap after two full collections. */
function stats(): Promise<{ openRooms: number; heapUsed: number }> {
  return new Promise((resolve) => {
    const onMessage = (message: SoakReply) => {
      if (!('stats' in message)) return;
      child!.off('message', onMessage);
      resolve(message.stats);
    };
    child!.on('message', onMessage);
    child!.send('stats');
  });
}

/** Opens each board with a client, adds a card, and closes it, `AT_ONCE` boards at a time. */
async function openAndClose(url: string, token: string, boardIds: readonly string[]): Promise<void> {
  for (let start = 0; start < boardIds.length; start += AT_ONCE) {
    const clients = boardIds.slice(start, start + AT_ONCE).map((id) => connectProvider(url, id, token));
    await Promise.all(clients.map(synced));
    clients.forEach((client) => createCard(client.doc, { column: readColumns(client.doc)[0]!.id, title: 'Besök' }));
    clients.forEach((client) => client.destroy());
  }
  await waitFor(async () => (await stats()).openRooms === 0, 'every room to unload', 60_000);
}

describe('soak', () => {
  it(`[SRV7] opening and closing ${BOARDS} boards leaves no room open and the heap where it was`, { timeout: LONG ? 900_000 : 180_000 }, async () => {
    const { url, boardIds } = await startSoakServer();
    const token = await loginToken(url);
    await openAndClose(url, token, boardIds.slice(0, WARM_UP)); // code paths compiled, caches filled
    const baseline = (await stats()).heapUsed;

    await openAndClose(url, token, boardIds.slice(WARM_UP));
    const after = await stats();
    expect(after.openRooms).toBe(0);
    expect(after.heapUsed - baseline, `heap ${baseline} → ${after.heapUsed} bytes`).toBeLessThan(HEAP_SLACK);
  });
});
