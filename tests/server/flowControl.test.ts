import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { frame } from '../helpers/serverMemoryClient.ts';
import { synced } from '../helpers/serverProvider.ts';
import { openRawSocket } from '../helpers/serverRawSocket.ts';
import { loadStoredDoc } from '../helpers/serverBoards.ts';
import { settle, waitFor } from '../helpers/serverWait.ts';

const PING_MS = 250;
const MAX_BUFFERED = 256 * 1024;
const fx = useInProcessServer({ maxMessageBytes: 2 * 1024 * 1024, config: { pingIntervalMs: PING_MS, maxBufferedBytes: MAX_BUFFERED } });
const addCard = (doc: Y.Doc, title: string) => createCard(doc, { column: readColumns(doc)[0]!.id, title });
const syncStep1 = () => frame(0, (e) => syncProtocol.writeSyncStep1(e, new Y.Doc()));
const closesOf = (id: string, reason: string) => fx.logs.lines.filter((line) => line.event === 'connection_closed' && line.docId === id && line.reason === reason);

/** A share link of board `id`: read-only, as the attacker of the slow-consumer finding held. */
async function shareToken(id: string): Promise<string> {
  const response = await fetch(`${fx.url}/api/boards/${id}/share`, { method: 'POST', headers: fx.headers, body: '{}' });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** A board of `cards` cards of about 2 kB each, written straight into storage before any room opens it. */
async function bigBoard(cards: number): Promise<string> {
  const id = await fx.createBoard();
  const doc = await loadStoredDoc(fx.storage, id);
  const before = Y.encodeStateVector(doc);
  const comment = 'x'.repeat(2_000);
  doc.transact(() => {
    for (let i = 0; i < cards; i++) createCard(doc, { column: readColumns(doc)[0]!.id, title: `Kort ${i}`, texts: { comment } });
  });
  await fx.storage.appendUpdate(id, Y.encodeStateAsUpdate(doc, before));
  return id;
}

describe('what one connection may make the server send and hold (FLOW)', () => {
  it('[FLOW2] sync step 1 repeated faster than any client sends it is closed 4429 too_many_messages; the board and the other clients are untouched', async () => {
    const id = await bigBoard(10);
    const honest = fx.provider(id);
    await synced(honest);
    const before = await fx.storage.loadDoc(id);
    const raw = openRawSocket(fx.wsUrl, id, await shareToken(id));
    await raw.opened;
    for (let i = 0; i < 50; i++) raw.socket.send(syncStep1());
    expect(await raw.closed).toEqual({ code: 4429, reason: 'too_many_messages' });
    // The burst (5) was answered, then nothing more.
    expect(raw.received.filter((data) => data[0] === 0 && data[1] === 1).length).toBeLessThanOrEqual(5);
    expect(await fx.storage.loadDoc(id)).toEqual(before);
    expect(honest.provider.wsconnected).toBe(true);
  });

  it('[FLOW2] query awareness repeated is closed the same way', async () => {
    const id = await fx.createBoard();
    const raw = openRawSocket(fx.wsUrl, id, await shareToken(id));
    await raw.opened;
    for (let i = 0; i < 50; i++) raw.socket.send(frame(3));
    expect(await raw.closed).toEqual({ code: 4429, reason: 'too_many_messages' });
  });

  it('[FLOW1] a share-link holder that stops reading is dropped once it leaves more than MAX_BUFFERED_BYTES unread; its buffer is freed and readers read on', async () => {
    const id = await bigBoard(1_900); // about 4 MB, each answer to sync step 1: more than the kernel's socket buffers hold
    const honest = fx.provider(id);
    await synced(honest);
    const raw = openRawSocket(fx.wsUrl, id, await shareToken(id));
    await raw.opened;
    raw.socket.pause(); // reads nothing more: the server's answers pile up in its send buffer
    for (let i = 0; i < 5; i++) raw.socket.send(syncStep1());
    await waitFor(() => closesOf(id, 'send_buffer_full').length === 1, 'the server to drop the slow reader');
    expect(closesOf(id, 'send_buffer_full')[0]).toMatchObject({ code: 1008 });
    // Dropped, not closed politely: the socket is gone on the server's side, so is what it buffered.
    raw.socket.resume();
    expect((await raw.closed).code).toBe(1006);
    addCard(honest.doc, 'Efter');
    await expect.poll(async () => (await fx.storage.loadDoc(id)).updates.length).toBe(2);
    expect(honest.provider.wsconnected).toBe(true);
  });

  it('[FLOW4] a client that answers no ping is dropped after two intervals; y-websocket clients, which answer, stay', async () => {
    const id = await fx.createBoard();
    const honest = fx.provider(id);
    await synced(honest);
    const raw = openRawSocket(fx.wsUrl, id, fx.token, { autoPong: false });
    await raw.opened;
    const pings: number[] = [];
    raw.socket.on('ping', () => pings.push(Date.now()));
    expect((await raw.closed).code).toBe(1006);
    expect(pings.length).toBeGreaterThanOrEqual(2);
    expect(fx.logs.lines.some((line) => line.event === 'socket_unresponsive')).toBe(true);
    await settle(3 * PING_MS);
    expect(honest.provider.wsconnected).toBe(true);
    addCard(honest.doc, 'Fortfarande här');
    await expect.poll(async () => (await fx.storage.loadDoc(id)).updates.length).toBe(1);
  });

  it('[FLOW4] a frame header that promises 4 MB and never sends them is dropped: its pong can never come', async () => {
    const id = await fx.createBoard();
    const before = await fx.storage.loadDoc(id);
    const raw = openRawSocket(fx.wsUrl, id, fx.token);
    await raw.opened;
    // A masked binary frame (client frames are masked) with a 64-bit length of 4 MB - 1, and 3 bytes of it.
    const header = encoding.createEncoder();
    encoding.writeUint8(header, 0x82);
    encoding.writeUint8(header, 0x80 | 127);
    encoding.writeBigUint64(header, BigInt(4 * 1024 * 1024 - 1));
    encoding.writeUint32(header, 0x01020304);
    (raw.socket as unknown as { _socket: { write(data: Uint8Array): void } })._socket.write(new Uint8Array([...encoding.toUint8Array(header), 1, 2, 3]));
    expect((await raw.closed).code).toBe(1006);
    expect(fx.logs.lines.some((line) => line.event === 'socket_unresponsive')).toBe(true);
    expect(await fx.storage.loadDoc(id)).toEqual(before);
  });
});
