import * as authProtocol from 'y-protocols/auth';
import { WebSocket } from 'ws';
import type { ProviderClient } from '../../helpers/serverProvider.ts';

/** What the server told a provider: y-protocols permission-denied reasons, and the close that ended it for good. */
export interface AuthWatch {
  denied: string[];
  closed: { code: number; reason: string } | undefined;
}

/**
 * Listens on a real y-websocket provider the way the client does (client/auth/permissionDenied.ts):
 * its permission-denied handler (message type 2) and its `closed` event (a 4400-4499 close).
 */
export function watchAuth(client: ProviderClient): AuthWatch {
  const watch: AuthWatch = { denied: [], closed: undefined };
  client.provider.messageHandlers[2] = (_encoder, decoder, provider) => {
    authProtocol.readAuthMessage(decoder, provider.doc, (_doc, reason) => watch.denied.push(reason));
  };
  client.provider.on('closed', (event) => (watch.closed = event));
  return watch;
}

/** Opens a raw websocket upgrade and resolves with the HTTP status it is refused with, or 101 when it opens. */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', () => {});
  });
}

/** Opens a raw websocket and resolves once it is open (or rejects with the refusal status). */
export function openSocket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => resolve(socket));
    socket.on('unexpected-response', (_request, response) => {
      reject(new Error(`refused ${response.statusCode}`));
      socket.terminate();
    });
    socket.on('error', () => {});
  });
}
