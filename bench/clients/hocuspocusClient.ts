import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { BenchClient } from '../target.ts';
import { benchClient } from './benchClient.ts';

/** Hocuspocus's own provider, one websocket per client (as one browser tab has), with awareness. */
export function hocuspocusClient(port: number, boardId: string): BenchClient {
  const doc = new Y.Doc();
  return benchClient(doc, (count) => {
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: boardId, document: doc });
    provider.attach();
    provider.on('close', count.closed);
    provider.on('authenticationFailed', count.error);
    const synced = new Promise<void>((resolve) => {
      if (provider.isSynced) resolve();
      else provider.on('synced', ({ state }: { state: boolean }) => state && resolve());
    });
    return {
      synced,
      teardown() {
        provider.destroy();
        socket.destroy();
      },
    };
  });
}
