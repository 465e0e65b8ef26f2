/**
 * The connection state as a value (STYLE.md), derived from the provider's events and the browser's
 * online flag by a pure reducer so every transition can be tested without a network.
 */

export type ConnectionStatus = 'connecting' | 'synced' | 'offline' | 'reconnecting' | 'error';

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
  | { type: 'refused'; code: number; reason: string };

/** The reducer's memory: the value plus what it needs to tell a first connect from a reconnect. */
export interface ConnectionTracker {
  state: ConnectionState;
  everSynced: boolean;
  browserOffline: boolean;
  socket: 'closed' | 'connecting' | 'open' | 'synced';
}

/** The tracker before anything happened. */
export function initialTracker(browserOffline = false): ConnectionTracker {
  const tracker: ConnectionTracker = { state: { status: 'connecting' }, everSynced: false, browserOffline, socket: 'closed' };
  return { ...tracker, state: derive(tracker) };
}

function derive(t: ConnectionTracker): ConnectionState {
  if (t.state.status === 'error') return t.state; // refused for good: only a new session clears it
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
    case 'refused':
      return { ...t, socket: 'closed', state: { status: 'error', reason: event.reason || String(event.code) } };
  }
  const state = derive(next);
  const same = state.status === t.state.status && state.reason === t.state.reason;
  return { ...next, state: same ? t.state : state };
}
