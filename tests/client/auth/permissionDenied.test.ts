import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { onRefusal, takeRefusalBeforeReload, watchPermissionDenied, type Refusal } from '../../../client/auth/permissionDenied.ts';
import { createCard, editCardText, updateCardField } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { setMember } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced, type ProviderClient } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';

const MAX_MESSAGE_BYTES = 64 * 1024;
const fx = useInProcessServer({ maxMessageBytes: MAX_MESSAGE_BYTES });

// Node has no sessionStorage; the page's is a string map that outlives the reload, which this one stands for.
const session = new Map<string, string>();
beforeEach(() => {
  session.clear();
  vi.stubGlobal('sessionStorage', { getItem: (key: string) => session.get(key) ?? null, setItem: (key: string, value: string) => void session.set(key, value), removeItem: (key: string) => void session.delete(key) });
});
afterEach(() => vi.unstubAllGlobals());

/**
 * A board with the card `kir`, and a provider of it wired as the client wires its own (boardSession.ts),
 * as the admin or as the user `join` returns the token of once the board exists.
 */
async function watchedBoard(join?: (id: string) => Promise<string>) {
  const id = await fx.createBoard('Åtgärder', 'measures');
  const admin = fx.provider(id);
  await synced(admin);
  createCard(admin.doc, { id: 'kir', column: readColumns(admin.doc)[0]!.id, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', effect: 20_000 } });
  const client = fx.provider(id, await join?.(id));
  const heard: Refusal[] = [];
  const stopListening = onRefusal((refusal) => heard.push(refusal));
  const reload = vi.fn();
  watchPermissionDenied(client.provider, id, reload);
  await synced(client);
  await waitFor(() => readCard(client.doc, 'kir') !== undefined, 'the card to arrive');
  return { id, admin, client, heard, reload, stopListening };
}

/** Puts a change into the client's document that its provider takes for the server's own and never sends. */
function unsentChange(client: ProviderClient): void {
  const stray = new Y.Doc();
  Y.applyUpdate(stray, Y.encodeStateAsUpdate(client.doc));
  const before = Y.encodeStateVector(stray);
  editCardText(stray, 'kir', 'comment', 0, 0, 'Osänt');
  Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(stray, before), client.provider);
}

const localBoards = async () => (await indexedDB.databases()).map((database) => database.name);

describe('the client on a refused edit (UPD3, UPD4, UPD6)', () => {
  it('[UPD6] edits built on a change the server never got, more than it holds: the user is told why, the local copy is dropped and the board reloads, still saying why', async () => {
    const { id, client, heard, reload, stopListening } = await watchedBoard();
    const opening = indexedDB.open(`tavla-board-${id}`);
    opening.onsuccess = () => opening.result.close();
    await waitFor(async () => (await localBoards()).includes(`tavla-board-${id}`), 'the local copy to exist');

    // Edits built on a change the server never got wait there (UPD6) until more than a message's worth does.
    unsentChange(client);
    for (let i = 0; i < 2; i++) editCardText(client.doc, 'kir', 'comment', 'Osänt'.length, 0, 'x'.repeat(MAX_MESSAGE_BYTES * 0.6));
    await waitFor(() => reload.mock.calls.length === 1, 'the reload');
    stopListening();
    expect(heard).toEqual(['out_of_date']);
    expect(await localBoards()).not.toContain(`tavla-board-${id}`);
    // The reloaded page shows the refusal once.
    expect(takeRefusalBeforeReload()).toBe('out_of_date');
    expect(takeRefusalBeforeReload()).toBeNull();
  });

  it('[UPD3] a viewer’s edit: told it is read-only, the local copy that holds it dropped and the board reloaded from the server, still saying why', async () => {
    const { id, admin, client, heard, reload, stopListening } = await watchedBoard(async (id) => {
      const token = await fx.user('vera', 'Vera Visare');
      await setMember(fx.url, fx.token, id, 'vera', 'viewer');
      return token;
    });
    const opening = indexedDB.open(`tavla-board-${id}`);
    opening.onsuccess = () => opening.result.close();
    await waitFor(async () => (await localBoards()).includes(`tavla-board-${id}`), 'the local copy to exist');

    updateCardField(client.doc, 'kir', 'effect', 2);
    await waitFor(() => reload.mock.calls.length === 1, 'the reload');
    stopListening();
    expect(heard).toEqual(['read_only']);
    expect(await localBoards()).not.toContain(`tavla-board-${id}`);
    expect(takeRefusalBeforeReload()).toBe('read_only');
    expect(takeRefusalBeforeReload()).toBeNull();
    // The server kept its value; the reloaded board shows it.
    const reloaded = fx.provider(id, await fx.server.auth.login('vera', 'vera-lösen').then((session) => session!.token));
    await synced(reloaded);
    expect(readCard(reloaded.doc, 'kir')?.effect).toBe(20_000);
    expect(readCard(admin.doc, 'kir')?.effect).toBe(20_000);
  });

  it('[KEEP2] while the server’s copy is out of reach the local copy stays; it is asked for again, and once it comes the copy is dropped and the board reloads', async () => {
    const { id, reload, stopListening } = await watchedBoard();
    stopListening();
    let asked = 0;
    const keep = vi.fn(async () => {
      if (++asked < 3) throw new Error('the server is out of reach');
    });
    const again = fx.provider(id);
    await synced(again);
    watchPermissionDenied(again.provider, id, reload, keep, 10);
    unsentChange(again);
    for (let i = 0; i < 2; i++) editCardText(again.doc, 'kir', 'comment', 'Osänt'.length, 0, 'x'.repeat(MAX_MESSAGE_BYTES * 0.6));
    await waitFor(() => reload.mock.calls.length === 1, 'the reload once the server’s copy came');
    expect(keep).toHaveBeenCalledTimes(3);
  });
});
