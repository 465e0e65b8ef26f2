import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './serverWait.ts';

/** A browser-like client: the unmodified y-websocket WebsocketProvider, over the `ws` package in Node. */
export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Ends the client as a lost network would: no goodbye message, the socket just goes. */
  drop(): void;
  destroy(): void;
}

/**
 * Connects a WebsocketProvider to `<url>/sync/<docId>`, authenticated by `token` as the `token`
 * query parameter (DESIGN.md). BroadcastChannel is off: in one Node process it would let clients
 * sync with each other behind the server's back.
 */
export function connectProvider(serverUrl: string, docId: string, token?: string): ProviderClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(token !== undefined && { params: { token } }),
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    drop() {
      provider.shouldConnect = false;
      (provider.ws as unknown as WebSocket | null)?.terminate();
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the provider has synced with the server. */
export const synced = (client: ProviderClient): Promise<void> => waitFor(() => client.provider.synced, 'the provider to sync');
