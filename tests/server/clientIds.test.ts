import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { setMember } from '../helpers/serverAuth.ts';
import { cardIds, loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { updateFrame } from '../helpers/serverMemoryClient.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { editAs, gcRangeUpdate, openRawSocket } from '../helpers/serverRawSocket.ts';
import { settle, waitFor } from '../helpers/serverWait.ts';

const fx = useInProcessServer({ maxMessageBytes: 256 * 1024 });
const addCard = (doc: Y.Doc, title: string) => createCard(doc, { column: readColumns(doc)[0]!.id, title });
let boards = 0;
const storedCards = async (id: string) => cardIds(await loadStoredDoc(fx.storage, id));

/** A board with Anna and Bo as editors, Anna connected with one card of hers stored. */
async function boardWithAnna(): Promise<{ id: string; anna: ProviderClient; annaToken: string; boToken: string }> {
  const id = await fx.createBoard();
  const suffix = String(++boards);
  const annaToken = await fx.user(`anna${suffix}`, 'Anna');
  const boToken = await fx.user(`bo${suffix}`, 'Bo');
  await setMember(fx.url, fx.token, id, `anna${suffix}`, 'editor');
  await setMember(fx.url, fx.token, id, `bo${suffix}`, 'editor');
  const anna = fx.provider(id, annaToken);
  await synced(anna);
  addCard(anna.doc, 'Annas kort');
  await expect.poll(() => storedCards(id)).toHaveLength(1);
  return { id, anna, annaToken, boToken };
}

/** Sends `update` from a raw socket as `token` and resolves with the close it gets. */
async function sendForged(id: string, token: string, update: Uint8Array) {
  const raw = openRawSocket(fx.wsUrl, id, token);
  await raw.opened;
  raw.socket.send(updateFrame(update));
  const accepted = settle(2_000).then(() => ({ code: 0, reason: 'still open: the update was taken' }));
  const answer = await Promise.race([raw.closed, accepted]);
  raw.socket.terminate();
  return answer;
}

describe('client ids belong to the account that first wrote them (CID)', () => {
  it('[CID2] structs under another account’s client id, at the clocks the server holds next for it, are refused; the victim’s own next edit is stored and relayed', async () => {
    const { id, anna, boToken } = await boardWithAnna();
    const before = await fx.storage.loadDoc(id);
    const forged = editAs(anna.doc, anna.doc.clientID, (doc) => addCard(doc, 'Förfalskat av Bo'));

    expect(await sendForged(id, boToken, forged)).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await fx.storage.loadDoc(id)).toEqual(before);
    expect(fx.logs.lines.some((line) => line.event === 'connection_closed' && line.reason === 'invalid_update' && String(line.detail).includes(String(anna.doc.clientID)))).toBe(true);

    const observer = fx.provider(id);
    await synced(observer);
    addCard(anna.doc, 'Annas nästa kort');
    await waitFor(() => cardIds(observer.doc).length === 2, 'Anna’s next edit to reach another client');
    expect(await storedCards(id)).toEqual(cardIds(anna.doc));
    expect(anna.provider.wsconnected).toBe(true);
  });

  it('[CID2] a GC-only update of a few bytes moving another account’s client id to clock 2^30 is refused; the victim’s later edits are not dropped as known', async () => {
    const { id, anna, boToken } = await boardWithAnna();
    const before = await fx.storage.loadDoc(id);
    const clock = Y.getState(anna.doc.store, anna.doc.clientID);
    const forged = gcRangeUpdate(anna.doc.clientID, clock, 2 ** 30);
    expect(forged.length).toBeLessThan(20);

    expect(await sendForged(id, boToken, forged)).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await fx.storage.loadDoc(id)).toEqual(before);

    // Anna edits offline and comes back: her edits must not be taken for ones the server already has.
    anna.provider.disconnect();
    addCard(anna.doc, 'Offline hos Anna');
    anna.provider.connect();
    await expect.poll(() => storedCards(id)).toHaveLength(2);
    expect(await storedCards(id)).toEqual(cardIds(anna.doc));
  });

  it('[CID2] a GC range under an unbound client id is the writer’s own: bound to him, and then refused to anyone else', async () => {
    const { id, anna, boToken, annaToken } = await boardWithAnna();
    const own = 1_234_567;
    const raw = openRawSocket(fx.wsUrl, id, boToken);
    await raw.opened;
    raw.socket.send(updateFrame(gcRangeUpdate(own, 0, 3)));
    await settle();
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
    expect(await sendForged(id, annaToken, gcRangeUpdate(own, 3, 5))).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(anna.provider.wsconnected).toBe(true);
  });

  it('[CID2] a new tab’s client id, seen in presence before the tab writes, cannot be taken by another account writing under it first', async () => {
    const { id, annaToken, boToken } = await boardWithAnna();
    const tab = fx.provider(id, annaToken);
    const bo = fx.provider(id, boToken);
    await Promise.all([synced(tab), synced(bo)]);
    tab.provider.awareness.setLocalStateField('user', { name: 'Anna', color: '#336699' });
    await waitFor(() => bo.provider.awareness.getStates().has(tab.doc.clientID), 'Bo to see the new tab in presence');
    const before = await fx.storage.loadDoc(id);

    expect(await sendForged(id, boToken, gcRangeUpdate(tab.doc.clientID, 0, 1))).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await fx.storage.loadDoc(id)).toEqual(before);
    addCard(tab.doc, 'Från den nya fliken');
    await waitFor(() => cardIds(bo.doc).length === 2, 'the tab’s first edit to be stored and relayed');
    expect(tab.provider.wsconnected).toBe(true);
  });

  it('[CID3] an update bringing more than 256 client ids new to the board is refused', async () => {
    const { id, boToken } = await boardWithAnna();
    const before = await fx.storage.loadDoc(id);
    const many = Y.mergeUpdates(Array.from({ length: 300 }, (_, i) => gcRangeUpdate(10_000 + i, 0, 1)));
    expect(await sendForged(id, boToken, many)).toEqual({ code: 4422, reason: 'invalid_update' });
    expect(await fx.storage.loadDoc(id)).toEqual(before);
  });
});

describe('honest clients are never refused for their client ids (CID4)', () => {
  it('[CID4] a second tab that relays the first tab’s edit (BroadcastChannel) before the first tab’s socket sends it', async () => {
    const { id, anna, annaToken } = await boardWithAnna();
    const secondTab = fx.provider(id, annaToken);
    await synced(secondTab);
    anna.provider.disconnect();
    addCard(anna.doc, 'Från första fliken');
    // What BroadcastChannel does between tabs: the second tab applies the first one's update and sends it on.
    Y.applyUpdate(secondTab.doc, Y.encodeStateAsUpdate(anna.doc, Y.encodeStateVector(secondTab.doc)), 'broadcastchannel');
    await expect.poll(() => storedCards(id)).toHaveLength(2);
    anna.provider.connect();
    await synced(anna);
    addCard(anna.doc, 'Första fliken igen');
    await expect.poll(() => storedCards(id)).toHaveLength(3);
    expect(secondTab.provider.wsconnected).toBe(true);
  });

  it('[CID4] a reload that restores y-indexeddb: a new client id, carrying the old one’s offline edits in its sync step 2', async () => {
    const { id, anna, annaToken } = await boardWithAnna();
    anna.provider.disconnect();
    addCard(anna.doc, 'Skrivet offline före omladdning');
    const saved = Y.encodeStateAsUpdate(anna.doc);
    const oldClientId = anna.doc.clientID;
    anna.destroy();

    const tab = connectProvider(fx.url, id, annaToken);
    Y.applyUpdate(tab.doc, saved);
    fx.clients.push(tab);
    await synced(tab);
    await expect.poll(() => storedCards(id)).toHaveLength(2);
    expect(tab.provider.wsconnected).toBe(true);
    expect(tab.doc.clientID).not.toBe(oldClientId);
  });

  it('[CID4] an offline client’s sync step 2 carrying another account’s edits it has seen, with its own', async () => {
    const { id, anna, boToken } = await boardWithAnna();
    const bo = fx.provider(id, boToken);
    await synced(bo);
    bo.provider.disconnect();
    addCard(anna.doc, 'Annas medan Bo är borta');
    await expect.poll(() => storedCards(id)).toHaveLength(2);
    // Bo's copy has Anna's first card (seen before) and his own offline edit.
    addCard(bo.doc, 'Bos offline');
    bo.provider.connect();
    await synced(bo);
    await expect.poll(() => storedCards(id)).toHaveLength(3);
    await waitFor(() => cardIds(anna.doc).length === 3, 'Bo’s card to reach Anna');
    expect(bo.provider.wsconnected).toBe(true);
  });

  it('[CID4] a viewer reads along and is never refused', async () => {
    const { id, anna } = await boardWithAnna();
    const suffix = String(boards);
    const viewerToken = await fx.user(`vy${suffix}`, 'Vera');
    await setMember(fx.url, fx.token, id, `vy${suffix}`, 'viewer');
    const viewer = fx.provider(id, viewerToken);
    await synced(viewer);
    addCard(anna.doc, 'Läses av Vera');
    await waitFor(() => cardIds(viewer.doc).length === 2, 'the viewer to read along');
    expect(viewer.provider.wsconnected).toBe(true);
    expect(fx.logs.lines.filter((line) => line.event === 'connection_closed' && line.docId === id)).toEqual([]);
  });
});
