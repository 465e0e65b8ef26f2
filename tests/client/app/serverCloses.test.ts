import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createBoardSession, type BoardSession } from '../../../client/sync/boardSession.ts';
import { keptText } from '../../../client/sync/keptText.ts';
import { createCard, editCardText } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authedWebSocket, setMember } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { settle, waitFor } from '../../helpers/serverWait.ts';
import { mapStorage } from '../mapStorage.ts';

// The session as the page opens it, against a real server over real websockets.
// A small size cap, so that one long comment fills the board (KEEP5).
const MAX_DOC_BYTES = 8 * 1024;
const fx = useInProcessServer({ maxMessageBytes: 64 * 1024, config: { maxDocBytes: MAX_DOC_BYTES } });
const sessions: BoardSession[] = [];
const reload = vi.fn();
beforeEach(() => {
  reload.mockClear();
  vi.stubGlobal('sessionStorage', mapStorage());
  vi.stubGlobal('location', { reload });
});
afterEach(() => {
  sessions.splice(0).forEach((session) => session.destroy());
  vi.unstubAllGlobals();
});

/** A measures board with the cards `kir` (Kirurgi) and `ort` (Ortopedi), made by the admin. */
async function board() {
  const id = await fx.createBoard('Åtgärder', 'measures');
  const admin = fx.provider(id);
  await synced(admin);
  const column = readColumns(admin.doc)[0]!.id;
  createCard(admin.doc, { id: 'kir', column, title: 'Kirurgins kort', fields: { unit: 'Kirurgi' } });
  createCard(admin.doc, { id: 'ort', column, title: 'Ortopedins kort', fields: { unit: 'Ortopedi' } });
  await waitFor(async () => (await fx.storage.loadDoc(id))?.updates.length !== 0, 'the cards to be stored');
  return { id, admin };
}

/** Opens a session on the board as the owner of `token`, counting the sockets it opens. */
function open(boardId: string, token = fx.token) {
  const Authed = authedWebSocket(token);
  const opened = { count: 0 };
  class Counted extends Authed {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      opened.count++;
    }
  }
  const session = createBoardSession(boardId, { url: `${fx.wsUrl}/sync`, persist: false, WebSocketPolyfill: Counted as unknown as typeof WebSocket });
  sessions.push(session);
  return { session, opened };
}

const status = (session: BoardSession) => session.getConnection();

describe('the session on the server’s closes (KEEP2-KEEP5)', () => {
  it('[KEEP2] a refused edit: the typed text the server does not have is kept in sessionStorage before the copy goes', async () => {
    const { id } = await board();
    const ulla = await fx.user('ulla', 'Ulla Enhetschef');
    await setMember(fx.url, fx.token, id, 'ulla', 'unitChief', ['Kirurgi']);
    const { session } = open(id, ulla);
    await waitFor(() => status(session).status === 'synced' && readCard(session.doc, 'ort') !== undefined, 'the unit chief to sync');

    editCardText(session.doc, 'ort', 'comment', 0, 0, 'Ortopedins plan som inte får sparas', session.origin);
    await waitFor(() => keptText(id).length > 0, 'the refused text to be kept');
    expect(keptText(id)).toEqual([{ cardId: 'ort', cardTitle: 'Ortopedins kort', field: 'comment', text: 'Ortopedins plan som inte får sparas' }]);
    expect(readCard(await serverDoc(id), 'ort')?.comment).toBe('');
    await waitFor(() => reload.mock.calls.length === 1, 'the reload');
  });

  it('[KEEP5] a full board: said so, the typed text kept, nothing more sent or reloaded', async () => {
    const { id } = await board();
    const { session, opened } = open(id);
    await waitFor(() => status(session).status === 'synced', 'the first sync');
    const long = 'Lång plan. '.repeat(MAX_DOC_BYTES / 10);
    editCardText(session.doc, 'kir', 'comment', 0, 0, long, session.origin);
    await waitFor(() => keptText(id).length > 0, 'the refused text to be kept');
    expect(status(session)).toEqual({ status: 'error', reason: 'document_too_large' });
    expect(keptText(id)).toEqual([{ cardId: 'kir', cardTitle: 'Kirurgins kort', field: 'comment', text: long }]);
    await settle(1500);
    // The session's socket and the one that fetched the server's copy (KEEP2); no reconnect.
    expect([opened.count, reload.mock.calls.length]).toEqual([2, 0]);
    expect(readCard(await serverDoc(id), 'kir')?.comment).toBe('');
  });

  it('[KEEP3] board_unreadable: the error with its reason, and no further connection attempt', async () => {
    const { id, admin } = await board();
    admin.destroy();
    await fx.server.registry.idle();
    await fx.storage.appendUpdate(id, new Uint8Array([0xff, 0xfe, 0xfd, 0x01, 0x02]));
    const { session, opened } = open(id);
    await waitFor(() => status(session).status === 'error', 'the refusal');
    expect(status(session)).toEqual({ status: 'error', reason: 'board_unreadable' });
    await settle(3000);
    expect(opened.count).toBe(1);
  });

  it('[KEEP4] storage_unavailable: unsaved while the store fails, the edit kept and resent with backoff, then saved', async () => {
    const { id } = await board();
    const { session } = open(id);
    await waitFor(() => status(session).status === 'synced', 'the first sync');
    const append = fx.storage.appendUpdate;
    let failures = 0;
    fx.storage.appendUpdate = async () => {
      failures++;
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    editCardText(session.doc, 'kir', 'comment', 0, 0, 'Sparas när servern kan', session.origin);
    await waitFor(() => status(session).status === 'unsaved', 'unsaved');
    await waitFor(() => failures >= 2, 'a retry that fails again');
    expect(status(session).status).toBe('unsaved');

    fx.storage.appendUpdate = append;
    await waitFor(() => status(session).status === 'synced', 'saved', 15_000);
    expect(readCard(await serverDoc(id), 'kir')?.comment).toBe('Sparas när servern kan');
  });
});

/** The board as the server stored it. */
async function serverDoc(id: string): Promise<Y.Doc> {
  const stored = (await fx.storage.loadDoc(id))!;
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.data);
  return doc;
}
