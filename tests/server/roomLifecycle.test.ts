import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { cardIds, loadStoredDoc } from '../helpers/serverBoards.ts';
import { frame } from '../helpers/serverMemoryClient.ts';
import { useRoomFixture } from '../helpers/serverRoomFixture.ts';
import { settle, waitFor } from '../helpers/serverWait.ts';

const ID = 'tavla-2';
const fx = useRoomFixture(ID);
const addCard = (doc: Y.Doc, title: string) => createCard(doc, { column: readColumns(doc)[0]!.id, title });
const storedCards = async () => cardIds(await loadStoredDoc(fx.storage.inner, ID));

describe('Room: awareness', () => {
  it('[SRV8] awareness is relayed, a query is answered with every state, and a closed connection’s state is removed and announced', async () => {
    const registry = fx.registry();
    const a = fx.join(registry, { name: 'Anna' });
    const b = fx.join(registry, { name: 'Bo' });
    await waitFor(() => b.awareness.getStates().has(a.doc.clientID) && a.awareness.getStates().has(b.doc.clientID), 'each to see the other');
    expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ name: 'Anna' });

    const answered = b.received.length;
    b.send(frame(3));
    await waitFor(() => b.received.length > answered, 'the query answer');
    expect(b.received.at(-1)![0]).toBe(1);

    a.leave();
    await waitFor(() => !b.awareness.getStates().has(a.doc.clientID), 'the removal to be announced');
  });
});

describe('Room: load, unload and compaction', () => {
  it('[SRV7] the last client leaving unloads the room and compacts its updates into the snapshot', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    await waitFor(() => a.synced, 'sync');
    addCard(a.doc, 'Ett');
    addCard(a.doc, 'Två');
    await expect.poll(storedCards).toHaveLength(2);
    a.leave();
    await registry.idle();
    expect(registry.openRooms).toBe(0);
    const stored = await fx.storage.inner.loadDoc(ID);
    expect(stored.updates).toEqual([]);
    expect(await storedCards()).toEqual(cardIds(a.doc));
  });

  it('[SRV7] a client connecting while the room unloads waits for the compaction and then gets everything', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    await waitFor(() => a.synced, 'sync');
    addCard(a.doc, 'Före avstängning');
    await expect.poll(storedCards).toHaveLength(1);
    const release = fx.storage.hold('compact');
    a.leave();
    await waitFor(() => fx.storage.waiting.get('compact') === 1, 'the unload compaction to start');
    const b = fx.join(registry);
    await settle();
    expect(b.received).toEqual([]);
    release();
    await waitFor(() => b.synced, 'sync after the unload');
    expect(cardIds(b.doc)).toEqual(cardIds(a.doc));
  });

  it('[STO4] the room compacts after every `compactEvery` stored updates, keeping later ones in the log', async () => {
    const registry = fx.registry(3);
    const a = fx.join(registry);
    await waitFor(() => a.synced, 'sync');
    for (const title of ['1', '2', '3', '4']) addCard(a.doc, title);
    await expect.poll(storedCards).toHaveLength(4);
    const stored = await fx.storage.inner.loadDoc(ID);
    expect(stored.updates).toHaveLength(1);
    const fromSnapshot = new Y.Doc();
    Y.applyUpdate(fromSnapshot, stored.snapshot!);
    expect(cardIds(fromSnapshot)).toHaveLength(3);
  });

  it('[SRV9] when storing fails, only the writer is closed (storage_unavailable), nothing unstored is applied or relayed, readers stay, and the change stores when sent again', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    const b = fx.join(registry);
    await waitFor(() => a.synced && b.synced, 'both synced');
    const before = await fx.storage.inner.loadDoc(ID);
    fx.storage.fail('appendUpdate');
    addCard(a.doc, 'Går inte att spara');
    await waitFor(() => a.closed !== undefined, 'the writer to be closed');
    expect(a.closed).toEqual({ code: 1013, reason: 'storage_unavailable' });
    await settle();
    expect(b.closed).toBeUndefined();
    expect(cardIds(b.doc)).toEqual([]);
    expect(await fx.storage.inner.loadDoc(ID)).toEqual(before);
    expect(fx.logs.lines.filter((line) => line.event === 'room_failed')).toEqual([]);

    // The writer reconnects with its change (its sync step 2) once storage is back.
    fx.storage.fail('appendUpdate', false);
    const again = fx.join(registry);
    Y.applyUpdate(again.doc, Y.encodeStateAsUpdate(a.doc));
    await waitFor(() => again.synced, 'the writer back');
    await waitFor(() => cardIds(b.doc).length === 1, 'the change to reach the reader');
    expect(await storedCards()).toEqual(cardIds(a.doc));
  });

  it('[SRV9] when loading fails, the waiting clients are closed with storage_unavailable and the next connection loads afresh', async () => {
    const registry = fx.registry();
    fx.storage.fail('loadDoc');
    const a = fx.join(registry);
    await waitFor(() => a.closed !== undefined, 'the close');
    expect(a.closed).toEqual({ code: 1013, reason: 'storage_unavailable' });
    await registry.idle();
    fx.storage.fail('loadDoc', false);
    const b = fx.join(registry);
    await waitFor(() => b.synced, 'a fresh load');
  });

  it('[OPS3] a stored board that does not decode closes its clients with board_unreadable, and stays unchanged', async () => {
    await fx.storage.inner.appendUpdate(ID, new Uint8Array([0, 5, 1, 2, 3, 200, 200]));
    const before = await fx.storage.inner.loadDoc(ID);
    const registry = fx.registry();
    const a = fx.join(registry);
    await waitFor(() => a.closed !== undefined, 'the close');
    expect(a.closed).toEqual({ code: 4410, reason: 'board_unreadable' });
    expect(fx.logs.lines.filter((line) => line.event === 'room_board_unreadable')).toHaveLength(1);
    await registry.idle();
    expect(await fx.storage.inner.loadDoc(ID)).toEqual(before);
  });

  it('[OPS3] so does one whose stored updates wait for parts that are not stored: it would load as a board missing them', async () => {
    const doc = await loadStoredDoc(fx.storage.inner, ID);
    const card = addCard(doc, 'Först');
    const before = Y.encodeStateVector(doc);
    getCardsMap(doc).get(card)!.set('unit', 'Kirurgi');
    // Only the second edit is stored: it builds on a card the store does not have.
    await fx.storage.inner.appendUpdate(ID, Y.encodeStateAsUpdate(doc, before));
    const registry = fx.registry();
    const a = fx.join(registry);
    await waitFor(() => a.closed !== undefined, 'the close');
    expect(a.closed).toEqual({ code: 4410, reason: 'board_unreadable' });
    expect(fx.logs.lines.find((line) => line.event === 'room_board_unreadable')?.detail).toMatch(/^incomplete/);
  });

  it('[STO4] a failing compaction loses nothing: the updates stay in the log and the next load replays them', async () => {
    const registry = fx.registry(2);
    const a = fx.join(registry);
    await waitFor(() => a.synced, 'sync');
    fx.storage.fail('compact');
    for (const title of ['1', '2', '3']) addCard(a.doc, title);
    await expect.poll(async () => (await fx.storage.inner.loadDoc(ID)).updates.length).toBe(3);
    a.leave();
    await registry.idle();
    fx.storage.fail('compact', false);
    const b = fx.join(registry);
    await waitFor(() => b.synced, 'sync');
    expect(cardIds(b.doc)).toEqual(cardIds(a.doc));
    expect(fx.logs.lines.filter((line) => line.event === 'connection_closed')).toEqual([]);
  });

  it('[SRV7] shutdown closes every client with server_shutdown and compacts', async () => {
    const registry = fx.registry();
    const a = fx.join(registry);
    await waitFor(() => a.synced, 'sync');
    addCard(a.doc, 'Sparas vid stängning');
    await expect.poll(storedCards).toHaveLength(1);
    await registry.shutdown();
    expect(a.closed).toEqual({ code: 1001, reason: 'server_shutdown' });
    expect(registry.openRooms).toBe(0);
    expect((await fx.storage.inner.loadDoc(ID)).updates).toEqual([]);
  });
});
