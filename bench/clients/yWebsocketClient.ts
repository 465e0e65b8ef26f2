import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BenchClient } from '../target.ts';
import { benchClient } from './benchClient.ts';

/**
 * Tavla's client: the unmodified y-websocket WebsocketProvider, as the browser uses it (with
 * awareness), over the `ws` package. BroadcastChannel is off: in one process it would let
 * clients sync behind the server's back. `params` carries the token once auth is on.
 */
export function yWebsocketClient(serverUrl: string, boardId: string, params: Record<string, string>): BenchClient {
  const doc = new Y.Doc();
  return benchClient(doc, (count) => {
    const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, boardId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params,
    });
    provider.on('connection-error', count.error);
    provider.on('connection-close', (event) => {
      if (event) count.closed();
    });
    const synced = new Promise<void>((resolve) => {
      if (provider.synced) resolve();
      else provider.once('sync', () => resolve());
    });
    return { synced, teardown: () => provider.destroy() };
  });
}
