import * as authProtocol from 'y-protocols/auth';
import type { WebsocketProvider } from 'y-websocket';
import { closeVerdict } from '../sync/connectionState.ts';
import { discardLocalBoard } from '../sync/localBoards.ts';

/** Why the server refused an edit (server/SPEC.md UPD3, UPD4, UPD6, CID2, MTS4, MTS5, MTS13-MTS15; shared/SPEC.md LIM3, KEEP2). */
export type Refusal = 'read_only' | 'out_of_scope' | 'out_of_date' | 'over_limit' | 'invalid_update' | 'facilitator_only' | 'bad_time' | 'minutes_locked' | 'server_numbers' | 'own_approval';

const REFUSALS: readonly Refusal[] = ['read_only', 'out_of_scope', 'out_of_date', 'over_limit', 'invalid_update', 'facilitator_only', 'bad_time', 'minutes_locked', 'server_numbers', 'own_approval'];
const asRefusal = (reason: string | null | undefined): Refusal | null => (REFUSALS.includes(reason as Refusal) ? (reason as Refusal) : null);

/** y-websocket's message type for auth messages. */
const MESSAGE_AUTH = 2;

/** The first wait before the server's copy is asked for again, and the longest. */
const KEEP_RETRY_MS = 2_000;
const MAX_KEEP_RETRY_MS = 60_000;

const listeners = new Set<(refusal: Refusal) => void>();
/** Carries a refusal across the reload that follows it, so the reloaded page can still say why. */
const PENDING_KEY = 'tavla.refusal';

/** The refusal that caused the last reload, once (then forgotten). */
export function takeRefusalBeforeReload(): Refusal | null {
  try {
    const pending = globalThis.sessionStorage?.getItem(PENDING_KEY);
    globalThis.sessionStorage?.removeItem(PENDING_KEY);
    return asRefusal(pending);
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
 * Wires a board's provider to the server's refusals: the permission-denied message (message type 2,
 * which y-websocket would only log) tells the listeners. Every refusal then drops the local copy and
 * reloads the page, since the copy holds a change the server will never take (a CRDT cannot take it
 * back) and would show it, keep it in IndexedDB and send it again: at once for a viewer's (UPD3: the
 * server keeps that connection open), on the close that follows for the others (4403 update_refused,
 * and 4422 invalid_update). Before the copy is dropped, `keep` keeps what the user typed that the
 * server does not have (KEEP2); while it cannot, the copy stays and it tries again. A full board
 * (document_too_large, KEEP5) drops the copy the same way but does not reload: the page still shows
 * the text, and the reload the user makes shows what was kept.
 * Call once per provider, right after creating it (client/sync/boardSession.ts).
 */
export function watchPermissionDenied(
  provider: WebsocketProvider,
  boardId: string,
  reload: () => void = () => globalThis.location?.reload(),
  keep: () => Promise<void> = async () => {},
  retryMs = KEEP_RETRY_MS,
): void {
  // The refusal the close is about: the message comes just before it.
  let last: Refusal = 'out_of_scope';
  let dropping = false;
  const drop = async (then: () => void): Promise<void> => {
    if (dropping) return;
    dropping = true;
    provider.destroy();
    // While the server's copy is out of reach (KEEP2) the local copy, and what it holds, stay; it is
    // asked for again, more slowly each time, so the page does not stay on a copy that goes nowhere.
    for (let wait = retryMs; ; wait = Math.min(2 * wait, MAX_KEEP_RETRY_MS)) {
      try {
        await keep();
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    await discardLocalBoard(boardId);
    then();
  };
  const dropAndReload = (): void => {
    try {
      globalThis.sessionStorage?.setItem(PENDING_KEY, last);
    } catch {
      // storage blocked: the page reloads without saying why again
    }
    void drop(reload);
  };
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder, ws) => {
    authProtocol.readAuthMessage(decoder, ws.doc, (_doc, reason) => {
      last = asRefusal(reason) ?? 'out_of_scope';
      listeners.forEach((listener) => listener(last));
      if (last === 'read_only') dropAndReload();
    });
  };
  provider.on('closed', ({ code, reason }) => {
    const verdict = closeVerdict(code, reason);
    if (reason === 'invalid_update') last = 'invalid_update';
    if (verdict === 'keep') dropAndReload();
    else if (verdict === 'full') void drop(() => {});
  });
}
