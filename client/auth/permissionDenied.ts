import * as authProtocol from 'y-protocols/auth';
import type { WebsocketProvider } from 'y-websocket';

/** Why the server refused an edit (shared/SPEC.md UPD3, UPD4). */
export type Refusal = 'read_only' | 'out_of_scope';

/** y-websocket's message type for auth messages. */
const MESSAGE_AUTH = 2;
/** The close reason of a unit chief's refused update: the local copy holds a change the server will never take. */
const UPDATE_REFUSED = 'update_refused';

const listeners = new Set<(refusal: Refusal) => void>();
/** Carries an out-of-scope refusal across the reload that follows it, so the reloaded page can still say why. */
const PENDING_KEY = 'tavla.refusal';

/** The refusal that caused the last reload, once (then forgotten). */
export function takeRefusalBeforeReload(): Refusal | null {
  try {
    const pending = globalThis.sessionStorage?.getItem(PENDING_KEY);
    globalThis.sessionStorage?.removeItem(PENDING_KEY);
    return pending === 'out_of_scope' ? 'out_of_scope' : null;
  } catch {
    return null;
  }
}

/** Listens for refusals of any open board (the toast); returns the function that stops listening. */
export function onRefusal(listener: (refusal: Refusal) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Deletes this browser's copy of a board (y-indexeddb's database), so that the next load takes
 * the server's state. Needed after an out-of-scope refusal: a CRDT cannot take a change back, and
 * every later edit would build on the refused one.
 */
export function discardLocalBoard(boardId: string): Promise<void> {
  return new Promise((resolve) => {
    const request = globalThis.indexedDB?.deleteDatabase(`tavla-board-${boardId}`);
    if (!request) return resolve();
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Wires a board's provider to the server's refusals: the permission-denied message (message type 2,
 * which y-websocket would only log) tells the listeners; the close that follows an out-of-scope
 * refusal (4403 update_refused) also drops the local copy and reloads the page. Call once per
 * provider, right after creating it (client/sync/boardSession.ts).
 */
export function watchPermissionDenied(provider: WebsocketProvider, boardId: string, reload: () => void = () => globalThis.location?.reload()): void {
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder, ws) => {
    authProtocol.readAuthMessage(decoder, ws.doc, (_doc, reason) => {
      const refusal: Refusal = reason === 'read_only' ? 'read_only' : 'out_of_scope';
      listeners.forEach((listener) => listener(refusal));
    });
  };
  provider.on('closed', ({ reason }) => {
    if (reason !== UPDATE_REFUSED) return;
    provider.destroy();
    try {
      globalThis.sessionStorage?.setItem(PENDING_KEY, 'out_of_scope');
    } catch {
      // storage blocked: the page reloads without saying why again
    }
    void discardLocalBoard(boardId).then(reload);
  });
}
