import * as authProtocol from 'y-protocols/auth';
import type { WebsocketProvider } from 'y-websocket';

/** Why the server refused an edit (shared/SPEC.md UPD3, UPD4, UPD6). */
export type Refusal = 'read_only' | 'out_of_scope' | 'out_of_date';

/** The refusals after which the server closes the connection and the board reloads from it. */
const RELOADING: readonly Refusal[] = ['out_of_scope', 'out_of_date'];
const asRefusal = (reason: string | null | undefined): Refusal | null =>
  reason === 'read_only' || RELOADING.includes(reason as Refusal) ? (reason as Refusal) : null;

/** y-websocket's message type for auth messages. */
const MESSAGE_AUTH = 2;
/** The close reason of a unit chief's refused update: the local copy holds a change the server will never take. */
const UPDATE_REFUSED = 'update_refused';

const listeners = new Set<(refusal: Refusal) => void>();
/** Carries a closing refusal across the reload that follows it, so the reloaded page can still say why. */
const PENDING_KEY = 'tavla.refusal';

/** The refusal that caused the last reload, once (then forgotten). */
export function takeRefusalBeforeReload(): Refusal | null {
  try {
    const pending = globalThis.sessionStorage?.getItem(PENDING_KEY);
    globalThis.sessionStorage?.removeItem(PENDING_KEY);
    const refusal = asRefusal(pending);
    return refusal && RELOADING.includes(refusal) ? refusal : null;
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
 * which y-websocket would only log) tells the listeners; the close that follows an out-of-scope or
 * out-of-date refusal (4403 update_refused) also drops the local copy and reloads the page. Call
 * once per provider, right after creating it (client/sync/boardSession.ts).
 */
export function watchPermissionDenied(provider: WebsocketProvider, boardId: string, reload: () => void = () => globalThis.location?.reload()): void {
  // The refusal the close is about: the message comes just before it.
  let last: Refusal = 'out_of_scope';
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder, ws) => {
    authProtocol.readAuthMessage(decoder, ws.doc, (_doc, reason) => {
      last = asRefusal(reason) ?? 'out_of_scope';
      listeners.forEach((listener) => listener(last));
    });
  };
  provider.on('closed', ({ reason }) => {
    if (reason !== UPDATE_REFUSED) return;
    provider.destroy();
    try {
      globalThis.sessionStorage?.setItem(PENDING_KEY, last);
    } catch {
      // storage blocked: the page reloads without saying why again
    }
    void discardLocalBoard(boardId).then(reload);
  });
}
