import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { computeTotals } from '../../shared/sums.ts';
import { SEED_BOARDS } from '../../seeds/buildSeedBoards.ts';
import { authHeaders } from '../helpers/serverAuth.ts';
import type { ChildServer } from '../helpers/serverChild.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { useChildServers } from './childServers.ts';

// First start against the real server process (`npm start` runs server/main.ts) and the
// `npm run seed` command, on a real SQLite file in a fresh DATA_DIR.
const { dataDir, start, stop } = useChildServers('tavla-first-start-');
const boardIds = async (server: ChildServer): Promise<string[]> =>
  ((await (await fetch(`${server.url}/api/boards`, { headers: authHeaders(server.token) })).json()) as { id: string }[]).map((b) => b.id).sort();
const seedIds = SEED_BOARDS.map((b) => b.id).sort();
const historyOf = async (server: ChildServer, id: string): Promise<unknown[]> =>
  ((await (await fetch(`${server.url}/api/boards/${id}/history`, { headers: authHeaders(server.token) })).json()) as { entries: unknown[] }).entries;

async function withBoard<T>(server: ChildServer, id: string, read: (doc: import('yjs').Doc) => T): Promise<T> {
  const client = connectProvider(server.url, id, server.token);
  try {
    await synced(client);
    return read(client.doc);
  } finally {
    client.destroy();
  }
}

const seed = (...args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'server/seedCommand.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });

describe('first start: the real boards', () => {
  it('an empty DATA_DIR gets every seed board, with the totals 157 000 + 80 000 = 237 000 by decision level', async () => {
    const server = await start();
    expect(await boardIds(server)).toEqual(seedIds);
    const totals = await withBoard(server, 'hsf-atgarder', (doc) => computeTotals(readBoard(doc)));
    expect(totals.lanes.get('political')?.effect).toBe(157_000);
    expect(totals.lanes.get('official')?.effect).toBe(80_000);
    expect(totals.board.effect).toBe(237_000);
    expect(totals.target).toBe(213_000);
    await stop(server);
  });

  it('a second start adds nothing and keeps what was changed', async () => {
    let server = await start();
    const client = connectProvider(server.url, 'hsf-atgarder', server.token);
    await synced(client);
    updateBoardMeta(client.doc, 'title', 'Ändrad titel');
    await waitFor(async () => ((await (await fetch(`${server.url}/api/boards/hsf-atgarder`, { headers: authHeaders(server.token) })).json()) as { title: string }).title === 'Ändrad titel', 'the title to be stored');
    client.destroy();
    await stop(server);

    server = await start();
    expect(await boardIds(server)).toEqual(seedIds);
    expect(server.stderr()).not.toContain('"seeded"');
    expect(await withBoard(server, 'hsf-atgarder', (doc) => readMeta(doc).title)).toBe('Ändrad titel');
    await stop(server);
  });

  it('`npm run seed` adds nothing to a seeded store; `-- --reset` rebuilds the seed boards, forgets their history and leaves other boards alone', async () => {
    expect(seed()).toContain('already there');
    let server = await start();
    expect(await historyOf(server, 'hsf-atgarder')).not.toEqual([]);
    const created = await fetch(`${server.url}/api/boards`, { method: 'POST', body: JSON.stringify({ title: 'Egen tavla', kind: 'general' }), headers: authHeaders(server.token) });
    const own = ((await created.json()) as { id: string }).id;
    await stop(server);

    expect(seed('--reset')).toContain(`Seeded ${SEED_BOARDS.length} boards`);
    server = await start();
    expect(await boardIds(server)).toEqual([...seedIds, own].sort());
    expect(await withBoard(server, 'hsf-atgarder', (doc) => readMeta(doc).title)).toBe('Åtgärder för minskade personalkostnader (HSF)');
    expect(await historyOf(server, 'hsf-atgarder')).toEqual([]);
    await stop(server);
  });

  it('`npm run seed` refuses an unknown argument', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'server/seedCommand.ts', '--wipe'], { stdio: 'pipe' })).toThrow(/unknown argument: --wipe/);
  });
});
