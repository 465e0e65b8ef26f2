import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { badFrames } from '../helpers/serverBadFrames.ts';
import { cardIds } from '../helpers/serverBoards.ts';
import { updateFrame } from '../helpers/serverMemoryClient.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const LIMIT = 64 * 1024;
const fx = useInProcessServer({ maxMessageBytes: LIMIT });
const addCard = (doc: Y.Doc, title: string) => createCard(doc, { column: readColumns(doc)[0]!.id, title });

/** Opens a raw socket, sends one frame and resolves with the close the server answers it with. */
function sendAndAwaitClose(url: string, frame: Uint8Array | string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('open', () => socket.send(frame));
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', (error) => (error.message.includes('Unexpected server response') ? reject(error) : undefined));
  });
}

/**
 * Sends `frame` from a raw client while a WebsocketProvider edits the same board, and checks
 * BAD1: the close, exactly one log line, the stored document byte for byte, and that the
 * provider keeps syncing with a newcomer afterwards.
 */
async function expectRefused(frame: Uint8Array | string, expected: { code: number; reason: string }, logged = expected.reason): Promise<void> {
  const id = await fx.createBoard();
  const other = fx.provider(id);
  await synced(other);
  addCard(other.doc, 'Före');
  await expect.poll(async () => (await fx.storage.loadDoc(id)).updates.length).toBe(1);
  const storedBefore = await fx.storage.loadDoc(id);
  const linesBefore = fx.logs.lines.length;

  expect(await sendAndAwaitClose(`${fx.wsUrl}/sync/${id}?token=${fx.token}`, frame)).toEqual(expected);
  const lines = fx.logs.lines.slice(linesBefore).filter((line) => line.event === 'connection_closed');
  expect(lines).toEqual([expect.objectContaining({ docId: id, reason: logged, code: expected.code })]);
  expect(await fx.storage.loadDoc(id)).toEqual(storedBefore);

  const late = fx.provider(id);
  await synced(late);
  addCard(late.doc, 'Efter');
  await waitFor(() => cardIds(other.doc).length === 2, 'the other client to keep syncing');
  expect(other.provider.wsconnected).toBe(true);
}

describe('real server: a bad frame closes only its sender', () => {
  for (const bad of badFrames(LIMIT)) {
    it(`[${bad.rule}] ${bad.name}: closed ${bad.code} ${bad.reason}`, async () => {
      await expectRefused(bad.frame(), { code: bad.code, reason: bad.reason });
    });
  }

  it('[BAD6] a frame beyond the websocket layer’s backstop (twice the limit) is closed 1009 by ws itself (no reason on the wire), still with one log line', async () => {
    await expectRefused(updateFrame(new Uint8Array(2 * LIMIT + 1)), { code: 1009, reason: '' }, 'message_too_large');
  });
});
