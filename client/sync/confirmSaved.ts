import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';

/** y-websocket's message type for sync messages. */
const MESSAGE_SYNC = 0;

/** Asks the server to confirm it took what this client sent; see confirmSaved. */
export interface SavedConfirmation {
  /** From now on, confirm once a connection has sent all it holds. */
  request(): void;
  stop(): void;
}

/**
 * The server's word that it stored this client's changes, after it failed to (storage_unavailable,
 * KEEP4). The protocol has no acknowledgement, but the server handles a connection's messages one
 * after another and closes it when a store fails: so once this client has answered the server's
 * sync step 1 (its reply carries every local change) and is synced, one more sync step 1 is sent,
 * and the server's answer to it means everything before it was stored.
 */
export function confirmSaved(provider: WebsocketProvider, onSaved: () => void): SavedConfirmation {
  let wanted = false;
  let answered: WebSocket | null = null; // the socket on which the server's step 1 has been answered
  let asked: WebSocket | null = null; // the socket the probe went out on
  const original = provider.messageHandlers[MESSAGE_SYNC]!;

  const probe = (): void => {
    const ws = provider.ws;
    if (!wanted || !ws || asked === ws || answered !== ws || !provider.synced) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, provider.doc);
    asked = ws;
    ws.send(encoding.toUint8Array(encoder));
  };

  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    const kind = decoding.peekVarUint(decoder);
    original(encoder, decoder, p, emitSynced, type);
    if (!wanted) return;
    if (kind === syncProtocol.messageYjsSyncStep2 && asked !== null && asked === provider.ws) {
      wanted = false;
      asked = null;
      onSaved();
      return;
    }
    if (kind === syncProtocol.messageYjsSyncStep1) answered = provider.ws;
    // After the handler: the provider sends its reply to a step 1 once the handler returns.
    setTimeout(probe, 0);
  };

  return {
    request() {
      wanted = true;
      asked = null;
    },
    stop() {
      wanted = false;
      provider.messageHandlers[MESSAGE_SYNC] = original;
    },
  };
}
