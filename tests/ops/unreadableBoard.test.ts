import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBoardAs } from '../helpers/serverAuth.ts';
import { RECOVERED_COLUMN_TITLE } from '../../server/salvageBoard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { useChildServers } from '../seeds/childServers.ts';
import { addCards, cardTitles, opsEnv, runTs } from './opsCommands.ts';

// A board whose stored snapshot is garbled in the real SQLite file (the file itself stays sound), then a real server and `npm run recover` (OPS3).
const { dataDir, start, stop } = useChildServers('tavla-ops-unreadable-');
const dbFile = join(dataDir, 'tavla.db');
const recover = (...args: string[]) => runTs('server/recoverCommand.ts', args, opsEnv(dataDir));

/** Cuts the board's snapshot in half, as a bad write or a bit rot would leave it; SQLite's own check still passes. */
function garbleSnapshot(boardId: string): Buffer {
  const db = new Database(dbFile);
  try {
    db.prepare('UPDATE doc_snapshots SET data = substr(data, 1, length(data) / 2) WHERE doc_id = ?').run(boardId);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare<[string], { data: Buffer }>('SELECT data FROM doc_snapshots WHERE doc_id = ?').get(boardId)!.data;
  } finally {
    db.close();
  }
}

const storedRows = (boardId: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT (SELECT hex(data) FROM doc_snapshots WHERE doc_id = ?) AS snapshot, (SELECT group_concat(seq) FROM doc_updates WHERE doc_id = ?) AS updates').get(boardId, boardId);
  } finally {
    db.close();
  }
};

/** The close code a real y-websocket client on `boardId` gets first. */
async function firstCloseCode(url: string, token: string, boardId: string): Promise<number> {
  const client = connectProvider(url, boardId, token);
  let code: number | undefined;
  client.provider.on('connection-close', (event) => (code ??= event?.code));
  try {
    await waitFor(() => code !== undefined, 'the connection to close');
    return code!;
  } finally {
    client.destroy();
  }
}

/** The board's column titles in order, read through a real provider. */
async function columnTitles(url: string, token: string, boardId: string): Promise<string[]> {
  const client = connectProvider(url, boardId, token);
  try {
    await synced(client);
    return readColumns(client.doc).map((column) => column.title);
  } finally {
    client.destroy();
  }
}

describe('a board whose stored bytes do not decode (OPS3)', () => {
  it('[OPS3] is named in the log at start with `npm run recover`, closes its clients with 4410 while the other boards open, and `npm run recover` rebuilds it from the updates that still apply', async () => {
    const first = await start();
    const boardId = await createBoardAs(first.url, first.token, 'Trasig tavla', 'general');
    // Held open and then killed, so nothing is compacted (neither on unload nor on stop): the cards are
    // in the update log, the board's first state in the snapshot.
    const holder = connectProvider(first.url, boardId, first.token);
    await synced(holder);
    await addCards(first.url, first.token, boardId, ['Kort ett', 'Kort två']);
    await stop(first, 'SIGKILL');
    holder.destroy();
    const garbled = garbleSnapshot(boardId);

    const broken = await start();
    await waitFor(() => broken.stderr().includes('"event":"board_unreadable"'), 'the start-up check to log the board');
    const line = broken.stderr().split('\n').find((entry) => entry.includes('"event":"board_unreadable"'))!;
    expect(JSON.parse(line)).toMatchObject({ boardId, title: 'Trasig tavla', reason: 'does_not_decode', recover: `npm run recover -- ${boardId}` });
    expect(await cardTitles(broken.url, broken.token, 'hsf-atgarder')).not.toHaveLength(0);
    expect(await firstCloseCode(broken.url, broken.token, boardId)).toBe(4410);

    // Not while the server runs: it holds DATA_DIR (OPS1), and nothing stored changes.
    const before = storedRows(boardId);
    const refused = recover(boardId);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`A Tavla server (pid ${broken.process.pid}) is running on ${dataDir}: stop it before npm run recover`);
    expect(storedRows(boardId)).toEqual(before);
    await stop(broken);
    expect(storedRows(boardId)).toEqual(before);

    const done = recover(boardId);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain('dropped: the snapshot: does not decode');
    expect(done.stdout).toMatch(/kept: update \d+/);
    expect(done.stdout).toContain(`put back: the board's title and kind from the board list ("Trasig tavla", general)`);
    expect(done.stdout).toContain(`Board ${boardId} is rebuilt`);
    const kept = join(dataDir, 'recovered', readdirSync(join(dataDir, 'recovered')).find((name) => name.startsWith(`${boardId}-`))!);
    expect(readFileSync(join(kept, 'snapshot.bin')).equals(garbled)).toBe(true);

    const after = await start();
    expect(after.stderr()).not.toContain('board_unreadable');
    expect(await cardTitles(after.url, after.token, boardId)).toEqual(['Kort ett', 'Kort två']);
    // The column the cards were in lived in the lost snapshot: it comes back under a name that says so.
    expect(await columnTitles(after.url, after.token, boardId)).toEqual([RECOVERED_COLUMN_TITLE]);
    const board = (await (await fetch(`${after.url}/api/boards/${boardId}`, { headers: { authorization: `Bearer ${after.token}` } })).json()) as { title: string };
    expect(board.title).toBe('Trasig tavla');
    await stop(after);
    // Three servers started and two recover runs: on a loaded 2-core machine that passes the default 30 s.
  }, 120_000);

  it('[OPS3] `npm run recover -- <id> --from-backup <file>` takes the backup\'s copy of the board and the updates stored since', async () => {
    const server = await start();
    const boardId = await createBoardAs(server.url, server.token, 'Tavla med kopia', 'general');
    await addCards(server.url, server.token, boardId, ['I kopian']);
    const backupFile = join(dataDir, 'kopia.db');
    expect(runTs('server/backupCommand.ts', [backupFile], opsEnv(dataDir)).status).toBe(0);
    // Held open to the kill, so the room does not unload and compact the next edit into the snapshot
    // that is garbled below: it stays in the update log, which is what recover takes from the database.
    const holder = connectProvider(server.url, boardId, server.token);
    await synced(holder);
    await addCards(server.url, server.token, boardId, ['Efter kopian']);
    const columns = await columnTitles(server.url, server.token, boardId);
    await stop(server, 'SIGKILL');
    holder.destroy();
    garbleSnapshot(boardId);

    const done = recover(boardId, '--from-backup', backupFile);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain(`kept: the copy in ${backupFile}`);
    expect(done.stdout).not.toContain('put back');

    const after = await start();
    expect(await cardTitles(after.url, after.token, boardId)).toEqual(['Efter kopian', 'I kopian']);
    expect(await columnTitles(after.url, after.token, boardId)).toEqual(columns);
    await stop(after);
  });

  it('[OPS3] recover refuses an unknown board, a missing backup and bad arguments, changing nothing', () => {
    expect(recover('no-such-board').stderr).toContain('There is no board no-such-board');
    expect(recover('no-such-board').status).toBe(1);
    expect(recover('hsf-atgarder', '--from-backup', join(dataDir, 'missing.db')).stderr).toContain('missing.db does not exist: not a Tavla backup. Nothing was changed.');
    expect(recover().status).toBe(2);
  });
});
