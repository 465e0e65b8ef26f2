/**
 * The connection state as a value (STYLE.md), derived from the provider's events and the browser's
 * online flag by a pure reducer so every transition can be tested without a network.
 */

export type ConnectionStatus = 'connecting' | 'synced' | 'offline' | 'reconnecting' | 'unsaved' | 'error';

/** What the UI shows: always one of the statuses, never an exception. */
export interface ConnectionState {
  status: ConnectionStatus;
  /** The server's reason when it refused the connection for good (status 'error'). */
  reason?: string;
}

export type ConnectionEvent =
  | { type: 'connecting' }
  | { type: 'connected' }
  | { type: 'synced' }
  | { type: 'disconnected' }
  | { type: 'browserOffline' }
  | { type: 'browserOnline' }
  /** The server closed with a code that says retrying cannot help (4400–4499). */
  | { type: 'refused'; code: number; reason: string }
  /** The server could not store this client's change (KEEP4): it is kept here and sent again. */
  | { type: 'storageUnavailable' }
  /** The server answered after taking everything this client sent (KEEP4). */
  | { type: 'saved' };

/**
 * What a close by the server means for the session (KEEP2-KEEP5), by its reason (the close
 * reason string of server/sync/closeReasons.ts) and else by its code:
 * - `retry`: reconnect with backoff (a lost connection, too_many_messages, send_buffer_full,
 *   storage_unavailable, access_changed);
 * - `keep`: the local copy holds a change the server will never take (update_refused,
 *   invalid_update): keep what was typed, drop the copy and reload (KEEP2);
 * - `full`: the board is at its size cap (document_too_large): keep what was typed, drop the copy,
 *   stop, and let the user reload when ready (KEEP5);
 * - `stop`: retrying cannot help (board_unreadable, forbidden, unknown board …): say why and stop.
 */
export type CloseVerdict = 'retry' | 'keep' | 'full' | 'stop';

const VERDICTS: Record<string, CloseVerdict> = {
  update_refused: 'keep',
  invalid_update: 'keep',
  document_too_large: 'full',
  too_many_messages: 'retry',
  send_buffer_full: 'retry',
  storage_unavailable: 'retry',
  board_unreadable: 'stop',
};

/**
 * True when the server will take nothing more of this board in this session (KEEP3, KEEP5): it is
 * full or unreadable. The board is then shown read-only, since an edit would go nowhere.
 */
export const takesNoEdits = (connection: ConnectionState): boolean =>
  connection.status === 'error' && (connection.reason === 'document_too_large' || connection.reason === 'board_unreadable');

/** The verdict on one close from the server (see CloseVerdict); 4400–4499 stop unless named otherwise, as in y-websocket. */
export function closeVerdict(code: number, reason: string): CloseVerdict {
  return VERDICTS[reason] ?? (code >= 4400 && code < 4500 ? 'stop' : 'retry');
}

/** The reducer's memory: the value plus what it needs to tell a first connect from a reconnect. */
export interface ConnectionTracker {
  state: ConnectionState;
  everSynced: boolean;
  browserOffline: boolean;
  /** The server failed to store a change of this client and has not yet confirmed it took it again (KEEP4). */
  unsaved: boolean;
  socket: 'closed' | 'connecting' | 'open' | 'synced';
}

/** The tracker before anything happened. */
export function initialTracker(browserOffline = false): ConnectionTracker {
  const tracker: ConnectionTracker = { state: { status: 'connecting' }, everSynced: false, browserOffline, unsaved: false, socket: 'closed' };
  return { ...tracker, state: derive(tracker) };
}

function derive(t: ConnectionTracker): ConnectionState {
  if (t.state.status === 'error') return t.state; // refused for good: only a new session clears it
  if (t.unsaved) return { status: 'unsaved' }; // until the server confirms, whatever the socket does (KEEP4)
  if (t.browserOffline) return { status: 'offline' };
  if (t.socket === 'synced') return { status: 'synced' };
  return { status: t.everSynced ? 'reconnecting' : 'connecting' };
}

/** Applies one event. The returned `state` is the same object when what the UI shows did not change. */
export function reduceConnection(t: ConnectionTracker, event: ConnectionEvent): ConnectionTracker {
  let next: ConnectionTracker;
  switch (event.type) {
    case 'connecting':
      next = { ...t, socket: 'connecting' };
      break;
    case 'connected':
      next = { ...t, socket: 'open' };
      break;
    case 'synced':
      next = { ...t, socket: 'synced', everSynced: true };
      break;
    case 'disconnected':
      next = { ...t, socket: 'closed' };
      break;
    case 'browserOffline':
      next = { ...t, browserOffline: true };
      break;
    case 'browserOnline':
      next = { ...t, browserOffline: false };
      break;
    case 'storageUnavailable':
      next = { ...t, unsaved: true, socket: 'closed' };
      break;
    case 'saved':
      next = { ...t, unsaved: false };
      break;
    case 'refused':
      return { ...t, socket: 'closed', state: { status: 'error', reason: event.reason || String(event.code) } };
  }
  const state = derive(next);
  const same = state.status === t.state.status && state.reason === t.state.reason;
  return { ...next, state: same ? t.state : state };
}
