import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BenchClient } from '../target.ts';

/**
 * Tavla's client: the unmodified y-websocket WebsocketProvider, as the browser uses it (with
 * awareness), over the `ws` package. BroadcastChannel is off: in one process it would let
 * clients sync behind the server's back. `params` carries the token once auth is on.
 */
export function yWebsocketClient(serverUrl: string, boardId: string, params: Record<string, string>): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  let errors = 0;
  let destroyed = false;
  provider.on('connection-error', () => errors++);
  provider.on('connection-close', (event) => {
    if (!destroyed && event) errors++;
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  return {
    doc,
    synced,
    errors: () => errors,
    destroy() {
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}
