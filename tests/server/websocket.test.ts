import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { appendCards, cardIds, loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const addCard = (doc: Y.Doc, title: string) => createCard(doc, { column: readColumns(doc)[0]!.id, title });

/** The HTTP status a websocket upgrade is refused with. */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => reject(new Error('the upgrade was accepted')));
    socket.on('error', () => {});
  });
}

describe('real server with y-websocket’s WebsocketProvider', () => {
  it('[SRV1] two unmodified WebsocketProviders converge through the server, and it stores what they wrote', async () => {
    const id = await fx.createBoard();
    const a = fx.provider(id);
    const b = fx.provider(id);
    await Promise.all([synced(a), synced(b)]);
    addCard(a.doc, 'Från A');
    addCard(b.doc, 'Från B');
    await waitFor(() => cardIds(a.doc).length === 2 && cardIds(b.doc).length === 2, 'both cards on both clients');
    expect(a.doc.toJSON()).toEqual(b.doc.toJSON());
    await expect.poll(async () => cardIds(await loadStoredDoc(fx.storage, id))).toEqual(cardIds(a.doc));
  });

  it('[SRV8] when a client’s connection drops, the server removes its awareness and tells the others', async () => {
    const id = await fx.createBoard();
    const a = fx.provider(id);
    const b = fx.provider(id);
    a.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), 'B to see A');
    a.drop();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'A’s removal to reach B');
  });

  it('[SRV3] a client connecting while the document loads gets nothing until it has loaded, then all of it at once', async () => {
    const id = await fx.createBoard();
    await appendCards(fx.storage, id, 20);
    const release = fx.storage.hold('loadDoc');
    const client = fx.provider(id);
    const cardCounts: number[] = [];
    client.doc.on('update', () => cardCounts.push(cardIds(client.doc).length));
    await waitFor(() => fx.storage.waiting.get('loadDoc') === 1, 'the load to start');
    expect(client.provider.synced).toBe(false);
    release();
    await synced(client);
    expect(cardCounts).toEqual([20]);
  });

  it('[SRV10] the upgrade is refused with 400 for an invalid id and 404 for an unknown board', async () => {
    expect(await upgradeStatus(`${fx.wsUrl}/sync/${encodeURIComponent('bad id!')}`)).toBe(400);
    expect(await upgradeStatus(`${fx.wsUrl}/sync/nosuchboard?token=${fx.token}`)).toBe(404);
  });
});
