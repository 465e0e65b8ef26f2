import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { cardIds, loadStoredDoc } from '../helpers/serverBoards.ts';
import { addUserAndLogin, authHeaders, createBoardAs, loginToken, setMember } from '../helpers/serverAuth.ts';
import { updateFrame } from '../helpers/serverMemoryClient.ts';
import { editAs, openRawSocket } from '../helpers/serverRawSocket.ts';
import { startChildServer, type ChildServer } from '../helpers/serverChild.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const children: ChildServer[] = [];
const clients: ProviderClient[] = [];
const dirs: string[] = [];

afterAll(async () => {
  clients.forEach((client) => client.destroy());
  for (const child of children) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function start(dataDir: string): Promise<ChildServer> {
  const child = await startChildServer(dataDir);
  children.push(child);
  return child;
}
function connect(server: ChildServer, id: string): ProviderClient {
  const client = connectProvider(server.url, id, server.token);
  clients.push(client);
  return client;
}
async function createBoardOn(server: ChildServer, title: string): Promise<string> {
  return createBoardAs(server.url, server.token, title, 'measures');
}
const addCard = (doc: Y.Doc, title: string) => createCard(doc, { column: readColumns(doc)[0]!.id, title });

describe('the server as a child process', () => {
  it('[SRV11] a restart keeps every board, card and title; a graceful stop compacts the open rooms', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-restart-'));
    dirs.push(dataDir);
    const first = await start(dataDir);
    const id = await createBoardOn(first, 'Före omstart');
    const writer = connect(first, id);
    const watcher = connect(first, id);
    await Promise.all([synced(writer), synced(watcher)]);
    for (let i = 0; i < 10; i++) addCard(writer.doc, `Kort ${i}`);
    updateBoardMeta(writer.doc, 'title', 'Efter omstart');
    await waitFor(() => cardIds(watcher.doc).length === 10 && readMeta(watcher.doc).title === 'Efter omstart', 'the watcher to see every edit');
    const expected = readBoard(writer.doc);

    first.process.kill('SIGTERM');
    await first.exited;
    expect(first.process.exitCode).toBe(0);
    writer.destroy();
    watcher.destroy();
    const file = new SqliteStorage(join(dataDir, 'tavla.db'));
    expect((await file.loadDoc(id)).updates).toEqual([]);
    expect(cardIds(await loadStoredDoc(file, id))).toHaveLength(10);
    await file.close();

    const second = await start(dataDir);
    const list = (await (await fetch(`${second.url}/api/boards`, { headers: authHeaders(second.token) })).json()) as { id: string; title: string }[];
    // The seed boards came with the first start into the empty DATA_DIR; ours is the newest.
    expect(list[0]).toEqual(expect.objectContaining({ id, title: 'Efter omstart' }));
    expect(list.filter((board) => board.id === id)).toHaveLength(1);
    const reader = connect(second, id);
    await synced(reader);
    expect(readBoard(reader.doc)).toEqual(expected);
  });

  it('[SRV12] SIGKILL in the middle of a stream of edits loses nothing a second client had received', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-kill-'));
    dirs.push(dataDir);
    const server = await start(dataDir);
    const id = await createBoardOn(server, 'Kill -9');
    const writer = connect(server, id);
    const watcher = connect(server, id);
    await Promise.all([synced(writer), synced(watcher)]);

    let written = 0;
    const stream = setInterval(() => addCard(writer.doc, `Kort ${written++}`), 2);
    await waitFor(() => cardIds(watcher.doc).length >= 40, 'the watcher to receive part of the stream');
    server.process.kill('SIGKILL');
    await server.exited;
    clearInterval(stream);
    writer.destroy();
    watcher.destroy();
    const seen = cardIds(watcher.doc);
    expect(written).toBeGreaterThan(seen.length);

    const restarted = await start(dataDir);
    const reader = connect(restarted, id);
    await synced(reader);
    const recovered = new Set(cardIds(reader.doc));
    expect(seen.filter((card) => !recovered.has(card))).toEqual([]);
  });

  it('[CID1] a restart keeps who owns each client id: a forgery under Anna’s id is refused by the restarted server too', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-owners-'));
    dirs.push(dataDir);
    const first = await start(dataDir);
    const id = await createBoardOn(first, 'Ägare');
    const annaToken = await addUserAndLogin(first.url, first.token, { username: 'anna', displayName: 'Anna' });
    await addUserAndLogin(first.url, first.token, { username: 'bo', displayName: 'Bo' });
    for (const name of ['anna', 'bo']) await setMember(first.url, first.token, id, name, 'editor');
    const anna = connectProvider(first.url, id, annaToken);
    clients.push(anna);
    await synced(anna);
    const watcher = connect(first, id);
    await synced(watcher);
    addCard(anna.doc, 'Annas');
    await waitFor(() => cardIds(watcher.doc).length === 1, 'Anna’s card to be stored and relayed (SRV4)');
    anna.destroy();
    first.process.kill('SIGTERM');
    await first.exited;

    const second = await start(dataDir);
    const boToken = await loginToken(second.url, 'bo', 'bo-password');
    const raw = openRawSocket(second.url.replace(/^http/, 'ws'), id, boToken);
    await raw.opened;
    raw.socket.send(updateFrame(editAs(anna.doc, anna.doc.clientID, (doc) => addCard(doc, 'Bo som Anna'))));
    expect(await raw.closed).toEqual({ code: 4422, reason: 'invalid_update' });
  });
});
