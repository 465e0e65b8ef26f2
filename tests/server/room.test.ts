import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { appendCards, cardIds, loadStoredDoc } from '../helpers/serverBoards.ts';
import { countRelayedUpdates, frame, updateFrame } from '../helpers/serverMemoryClient.ts';
import { useRoomFixture } from '../helpers/serverRoomFixture.ts';
import { settle, waitFor } from '../helpers/serverWait.ts';

const ID = 'tavla-1';
const fx = useRoomFixture(ID);
const firstColumn = (doc: Y.Doc): string => readColumns(doc)[0]!.id;
const stored = async () => (await loadStoredDoc(fx.storage.inner, ID)).toJSON();

describe('Room: sync', () => {
  it('[SRV1] two clients converge through the room and what they wrote is stored', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    const b = fx.join(registry);
    await waitFor(() => a.synced && b.synced, 'both synced');
    createCard(a.doc, { column: firstColumn(a.doc), title: 'Från A' });
    createCard(b.doc, { column: firstColumn(b.doc), title: 'Från B' });
    await waitFor(() => cardIds(a.doc).length === 2 && cardIds(b.doc).length === 2, 'both cards on both clients');
    expect(a.doc.toJSON()).toEqual(b.doc.toJSON());
    await expect.poll(stored).toEqual(a.doc.toJSON());
  });

  it('[SRV3] nothing is answered before the document has loaded; the first sync brings the whole document', async () => {
    await appendCards(fx.storage.inner, ID, 5);
    const release = fx.storage.hold('loadDoc');
    const registry = fx.registry();
    const client = fx.join(registry);
    const cardCounts: number[] = [];
    client.doc.on('update', () => cardCounts.push(cardIds(client.doc).length));
    await waitFor(() => fx.storage.waiting.get('loadDoc') === 1, 'the load to start');
    await settle();
    expect(client.received).toEqual([]);
    release();
    await waitFor(() => client.synced, 'sync');
    expect(cardCounts).toEqual([5]);
  });

  it('[SRV4] an update is stored before it is relayed', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    const b = fx.join(registry);
    await waitFor(() => a.synced && b.synced, 'both synced');
    const release = fx.storage.hold('appendUpdate');
    createCard(a.doc, { column: firstColumn(a.doc), title: 'Lagras först' });
    await waitFor(() => fx.storage.waiting.get('appendUpdate') === 1, 'the append to start');
    await settle();
    expect(countRelayedUpdates(b.received)).toBe(0);
    release();
    await waitFor(() => cardIds(b.doc).length === 1, 'the relay');
    expect(cardIds(await loadStoredDoc(fx.storage.inner, ID))).toEqual(cardIds(b.doc));
  });

  it('[SRV4] a client never gets its own update back, and an update that changes nothing is neither stored nor relayed', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    const b = fx.join(registry);
    await waitFor(() => a.synced && b.synced, 'both synced');
    createCard(a.doc, { column: firstColumn(a.doc), title: 'Ett kort' });
    await waitFor(() => cardIds(b.doc).length === 1, 'the relay');
    // Send everything again: the room already has it. A query-awareness round trip marks it handled.
    const answers = a.received.length;
    a.send(updateFrame(Y.encodeStateAsUpdate(a.doc)));
    a.send(frame(3));
    await waitFor(() => a.received.length > answers, 'the awareness answer');
    expect(countRelayedUpdates(a.received)).toBe(0);
    expect(countRelayedUpdates(b.received)).toBe(1);
    expect((await fx.storage.inner.loadDoc(ID)).updates).toHaveLength(1);
  });

  it('[SRV5] a client gets relayed updates only after it was sent the document, so it never sees part of it', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    await waitFor(() => a.synced, 'sync');
    const release = fx.storage.hold('appendUpdate');
    createCard(a.doc, { column: firstColumn(a.doc), title: 'Under tiden' });
    await waitFor(() => fx.storage.waiting.get('appendUpdate') === 1, 'the append to start');
    const b = fx.join(registry);
    const cardCounts: number[] = [];
    b.doc.on('update', () => cardCounts.push(cardIds(b.doc).length));
    release();
    await waitFor(() => b.synced, 'sync');
    expect(cardCounts).toEqual([1]);
    expect(countRelayedUpdates(b.received)).toBe(0);
  });

  it('[SRV6] the board registry follows the title in the document', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    await waitFor(() => a.synced, 'sync');
    updateBoardMeta(a.doc, 'title', 'Nytt namn');
    await expect.poll(async () => (await fx.storage.getBoard(ID))?.title).toBe('Nytt namn');
  });
});
