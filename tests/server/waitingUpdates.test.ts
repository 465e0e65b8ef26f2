import * as decoding from 'lib0/decoding';
import * as authProtocol from 'y-protocols/auth';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import { createCard, editCardText, moveCard, updateCardField } from '../../shared/ops/cards.ts';
import { addColumn } from '../../shared/ops/columns.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { loadStoredDoc } from '../helpers/serverBoards.ts';
import { useInProcessServer } from '../helpers/serverInProcess.ts';
import { updateFrame } from '../helpers/serverMemoryClient.ts';
import { synced } from '../helpers/serverProvider.ts';
import { settle, waitFor } from '../helpers/serverWait.ts';
import { openSocket } from './access/syncClients.ts';

const MAX_MESSAGE_BYTES = 64 * 1024;
const fx = useInProcessServer({ maxMessageBytes: MAX_MESSAGE_BYTES });

/** A measures board with the card `kir` (effect 20 000), stored, and a provider watching it. */
async function boardWithCard() {
  const id = await fx.createBoard('Åtgärder', 'measures');
  const watcher = fx.provider(id);
  await synced(watcher);
  createCard(watcher.doc, { id: 'kir', column: readColumns(watcher.doc)[0]!.id, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', effect: 20_000 } });
  await waitFor(async () => readCard(await loadStoredDoc(fx.storage, id), 'kir') !== undefined, 'the card to be stored');
  return { id, watcher };
}

/** A client's copy of the stored board: `base` is a change it makes first, `next` one built on it, each as its own update. */
async function twoChanges(id: string, base: (doc: Y.Doc) => void, next: (doc: Y.Doc) => void): Promise<{ base: Uint8Array; next: Uint8Array }> {
  const doc = await loadStoredDoc(fx.storage, id);
  const start = Y.encodeStateVector(doc);
  base(doc);
  const [baseUpdate, afterBase] = [Y.encodeStateAsUpdate(doc, start), Y.encodeStateVector(doc)];
  next(doc);
  return { base: baseUpdate, next: Y.encodeStateAsUpdate(doc, afterBase) };
}

/** A raw client with the admin's token that records the permission-denied reasons and the close. */
async function rawClient(id: string) {
  const socket: WebSocket = await openSocket(`${fx.wsUrl}/sync/${id}?token=${fx.token}`);
  const denied: string[] = [];
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === 2) authProtocol.readAuthMessage(decoder, new Y.Doc(), (_doc, reason) => denied.push(reason));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { socket, denied, closed, send: (update: Uint8Array) => socket.send(updateFrame(update)) };
}

const hasPending = (doc: Y.Doc): boolean => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
const storedEffect = async (id: string) => readCard(await loadStoredDoc(fx.storage, id), 'kir')?.effect;

/** Nothing stored beyond `rows`, and neither storage nor a client that loads the board now holds anything waiting. */
async function expectNothingTaken(id: string, rows: number): Promise<void> {
  await settle();
  expect((await fx.storage.loadDoc(id)).updates).toHaveLength(rows);
  expect(hasPending(await loadStoredDoc(fx.storage, id))).toBe(false);
  const late = fx.provider(id);
  await synced(late);
  expect(hasPending(late.doc)).toBe(false);
}

describe('updates that build on changes the server has not got yet (UPD6)', () => {
  it.each([
    ['a field change over an unsent change of that field', (doc: Y.Doc) => updateCardField(doc, 'kir', 'effect', 1), (doc: Y.Doc) => updateCardField(doc, 'kir', 'effect', 2), 2],
    ['the deletion of a card the server never got (what the frame fuzzer sent)', (doc: Y.Doc) => createCard(doc, { id: 'x', column: readColumns(doc)[0]!.id, title: 'Ny' }), (doc: Y.Doc) => getCardsMap(doc).delete('x'), 20_000],
  ])('[UPD6] %s waits, unstored and unsent, until its base comes on the same connection (a reconnect’s race with its sync step 2)', async (_name, base, next, effect) => {
    const { id, watcher } = await boardWithCard();
    const rows = (await fx.storage.loadDoc(id)).updates.length;
    const changes = await twoChanges(id, base, next);
    const client = await rawClient(id);

    client.send(changes.next);
    await expectNothingTaken(id, rows);
    client.send(changes.base);
    await waitFor(async () => (await storedEffect(id)) === effect && readCard(watcher.doc, 'kir')?.effect === effect, 'both changes to be stored and relayed');
    expect(getCardsMap(watcher.doc).has('x')).toBe(false);
    expect(hasPending(await loadStoredDoc(fx.storage, id))).toBe(false);
    expect(client.denied).toEqual([]);
    client.socket.close();
  });

  it('[UPD6][COL5] a move into a column the server has not got yet waits for the column, though none of its own structs do (a second tab)', async () => {
    const { id, watcher } = await boardWithCard();
    const doc = await loadStoredDoc(fx.storage, id);
    const start = Y.encodeStateVector(doc);
    const column = addColumn(doc, { title: 'Ny kolumn' });
    const afterColumn = Y.encodeStateVector(doc);
    // The other tab: another Yjs client, so the move depends on the column by its id alone.
    const tab = new Y.Doc();
    Y.applyUpdate(tab, Y.encodeStateAsUpdate(doc));
    moveCard(tab, 'kir', column);
    const changes = { base: Y.encodeStateAsUpdate(doc, start), next: Y.encodeStateAsUpdate(tab, afterColumn) };
    const client = await rawClient(id);
    client.send(changes.next);
    await settle();
    expect(readCard(await loadStoredDoc(fx.storage, id), 'kir')?.column).not.toBe(column);
    client.send(changes.base);
    await waitFor(() => readCard(watcher.doc, 'kir')?.column === column, 'the move to apply after its column');
    expect(client.denied).toEqual([]);
    client.socket.close();
  });

  it('[UPD6] an edit built on another tab’s unsent edit waits until that tab’s socket sends it', async () => {
    const { id, watcher } = await boardWithCard();
    const changes = await twoChanges(id, (doc) => updateCardField(doc, 'kir', 'effect', 1), (doc) => editCardText(doc, 'kir', 'comment', 0, 0, 'Andra fliken'));
    const [second, first] = [await rawClient(id), await rawClient(id)];
    second.send(changes.next);
    await settle();
    first.send(changes.base);
    await waitFor(() => readCard(watcher.doc, 'kir')?.comment === 'Andra fliken', 'the waiting edit to apply');
    expect(readCard(watcher.doc, 'kir')?.effect).toBe(1);
    [first, second].forEach((client) => client.socket.close());
  });

  it('[UPD6] what a connection holds goes with it when it closes', async () => {
    const { id, watcher } = await boardWithCard();
    const changes = await twoChanges(id, (doc) => updateCardField(doc, 'kir', 'effect', 1), (doc) => updateCardField(doc, 'kir', 'effect', 2));
    const gone = await rawClient(id);
    gone.send(changes.next);
    await settle();
    const left = () => fx.logs.lines.filter((line) => line.event === 'connection_left' && line.docId === id).length;
    const leftBefore = left();
    gone.socket.close();
    await waitFor(() => left() > leftBefore, 'the server to see the connection go');
    const other = await rawClient(id);
    other.send(changes.base);
    await waitFor(async () => (await storedEffect(id)) === 1 && readCard(watcher.doc, 'kir')?.effect === 1, 'the base alone to be stored');
    await expectNothingTaken(id, (await fx.storage.loadDoc(id)).updates.length);
    expect(await storedEffect(id)).toBe(1);
    other.socket.close();
  });

  it('[UPD6] more than a message’s worth held is refused: told out_of_date, closed 4403, nothing stored', async () => {
    const { id } = await boardWithCard();
    const rows = (await fx.storage.loadDoc(id)).updates.length;
    const doc = await loadStoredDoc(fx.storage, id);
    updateCardField(doc, 'kir', 'effect', 1); // never sent
    const held: Uint8Array[] = [];
    for (let i = 0; i < 2; i++) {
      const before = Y.encodeStateVector(doc);
      editCardText(doc, 'kir', 'comment', 0, 0, 'x'.repeat(MAX_MESSAGE_BYTES * 0.6));
      held.push(Y.encodeStateAsUpdate(doc, before));
    }
    const client = await rawClient(id);
    held.forEach((update) => client.send(update));
    expect(await client.closed).toEqual({ code: 4403, reason: 'update_refused' });
    expect(client.denied).toEqual(['out_of_date']);
    expect(fx.logs.lines.filter((line) => line.event === 'connection_closed' && line.docId === id && line.reason === 'update_refused')).toHaveLength(1);
    await expectNothingTaken(id, rows);
  });
});
