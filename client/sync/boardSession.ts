import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { keepReportText } from '../../shared/ops/keepReportText.ts';
import { shareToken } from '../auth/authApi.ts';
import { watchPermissionDenied } from '../auth/permissionDenied.ts';
import { confirmSaved } from './confirmSaved.ts';
import { createUndoManager } from './createUndoManager.ts';
import { jitterReconnects } from './jitterReconnects.ts';
import { closeVerdict, initialTracker, reduceConnection, type ConnectionEvent, type ConnectionState } from './connectionState.ts';
import { keepText } from './keptText.ts';
import { localBoardName } from './localBoards.ts';
import { serverCopy, type RoomAddress } from './serverCopy.ts';
import { unsavedText } from './unsavedText.ts';

/**
 * The transaction origin of this user's own edits. Every shared/ operation the UI runs passes it,
 * and the undo manager tracks only it, so undo never reverts someone else's change.
 */
export interface LocalOrigin {
  readonly kind: 'local-user';
  readonly clientId: number;
}

/** Everything one open board needs: the document, its sync and persistence, presence and undo. */
export interface BoardSession {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly origin: LocalOrigin;
  readonly undoManager: Y.UndoManager;
  getConnection(): ConnectionState;
  subscribeConnection(listener: () => void): () => void;
  destroy(): void;
}

export interface BoardSessionOptions {
  /** Websocket base, e.g. `ws://127.0.0.1:8787/sync`. */
  url: string;
  /** Keep a copy in IndexedDB so offline edits survive a reload (default true). */
  persist?: boolean;
  /** For Node, where there is no global WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
}

/**
 * Opens a board: a fresh Y.Doc filled from IndexedDB and kept in sync with the server room
 * `<boardId>`. While the browser reports itself offline the socket is closed on purpose, so the
 * status says so at once and edits pile up locally until the 'online' event reconnects.
 */
export function createBoardSession(boardId: string, options: BoardSessionOptions): BoardSession {
  const doc = new Y.Doc();
  const origin: LocalOrigin = Object.freeze({ kind: 'local-user', clientId: doc.clientID });
  const persistence = options.persist === false ? null : new IndexeddbPersistence(localBoardName(boardId), doc);
  const browserOffline = globalThis.navigator?.onLine === false;
  const share = shareToken();
  const room: RoomAddress = {
    url: options.url,
    boardId,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    // A share link's token; a logged-in browser is known by its session cookie instead.
    ...(share ? { params: { token: share } } : {}),
  };
  const provider = new WebsocketProvider(room.url, boardId, doc, {
    connect: !browserOffline,
    ...(room.WebSocketPolyfill ? { WebSocketPolyfill: room.WebSocketPolyfill } : {}),
    ...(room.params ? { params: room.params } : {}),
    // Which closes end the session and which are retried with backoff (KEEP3-KEEP5).
    shouldReconnect: (event) => closeVerdict(event.code, event.reason) === 'retry',
  });
  // What the user typed that the server does not have is kept before the local copy goes (KEEP2).
  const keep = async (): Promise<void> => {
    const server = await serverCopy(room);
    keepText(boardId, unsavedText(doc, server));
    server.destroy();
  };
  watchPermissionDenied(provider, boardId, undefined, keep);
  const jitter = jitterReconnects(provider);
  // Presence (who this is) is set by the board page, which knows the account.
  const awareness = provider.awareness;

  const undoManager = createUndoManager(doc, origin);
  // Held for as long as the board is open, whatever the page shows: typing in a report that loses a
  // concurrent opening of its month is put back into the winner as this user's change (RC4).
  const releaseReportGuard = keepReportText(doc, origin);

  let tracker = initialTracker(browserOffline);
  const listeners = new Set<() => void>();
  const dispatch = (event: ConnectionEvent): void => {
    const prev = tracker.state;
    tracker = reduceConnection(tracker, event);
    if (tracker.state !== prev) listeners.forEach((listener) => listener());
  };

  provider.on('status', ({ status }) => {
    dispatch({ type: status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'disconnected' });
  });
  provider.on('sync', (synced: boolean) => dispatch({ type: synced ? 'synced' : 'disconnected' }));
  provider.on('closed', ({ code, reason }) => dispatch({ type: 'refused', code, reason }));
  // The server could not store a change (KEEP4): the document keeps it, the reconnect sends it
  // again, and the status stays until the server confirms it took it.
  const saved = confirmSaved(provider, () => dispatch({ type: 'saved' }));
  provider.on('connection-close', (event) => {
    if (event?.reason !== 'storage_unavailable' && event?.code !== 1013) return;
    saved.request();
    dispatch({ type: 'storageUnavailable' });
  });

  const onOffline = (): void => {
    jitter.cancel();
    provider.disconnect();
    dispatch({ type: 'browserOffline' });
  };
  const onOnline = (): void => {
    dispatch({ type: 'browserOnline' });
    provider.connect();
  };
  globalThis.addEventListener?.('offline', onOffline);
  globalThis.addEventListener?.('online', onOnline);

  return {
    boardId,
    doc,
    awareness,
    origin,
    undoManager,
    getConnection: () => tracker.state,
    subscribeConnection(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    destroy() {
      globalThis.removeEventListener?.('offline', onOffline);
      globalThis.removeEventListener?.('online', onOnline);
      listeners.clear();
      releaseReportGuard();
      jitter.stop();
      saved.stop();
      undoManager.destroy();
      provider.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}
