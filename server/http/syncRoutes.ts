import { upgradeWebSocket } from '@hono/node-server';
import { Hono } from 'hono';
import type { CloseReason } from '../sync/closeReasons.ts';
import type { RoomPeer } from '../sync/Room.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import type { Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';
import { requireBoard } from './requireBoard.ts';

/** ws's code for a frame over its maxPayload. */
const WS_TOO_LARGE = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';

/** The close reason for an error the websocket layer raised itself (a broken or oversized frame). */
const reasonOf = (error: unknown): CloseReason =>
  error instanceof Error && 'code' in error && error.code === WS_TOO_LARGE ? 'message_too_large' : 'malformed_message';

/**
 * /sync/:docId, the y-websocket endpoint (SRV1, SRV10). Uses @hono/node-server's own
 * upgradeWebSocket: the route runs as an ordinary Hono handler before the upgrade, so a bad id
 * (400), an unknown board (404) and, later, 401/403 are refused before any websocket exists,
 * and the frame limit is set on the WebSocketServer that startServer hands to `serve`.
 * Adapts each socket to the room's RoomSocket; the room owns everything else.
 */
export function syncRoutes(deps: { storage: Storage; registry: RoomRegistry }) {
  const { storage, registry } = deps;
  return new Hono().get(
    '/:docId',
    async (c, next) => {
      await requireBoard(storage, c.req.param('docId'));
      await next();
    },
    upgradeWebSocket((c) => {
      const docId = c.req.param('docId')!;
      let peer: RoomPeer | undefined;
      return {
        onOpen(_event, ws) {
          peer = registry.connect(docId, {
            // Every outgoing frame comes from a lib0 encoder, which allocates plain ArrayBuffers.
            send: (data) => ws.send(data as Uint8Array<ArrayBuffer>),
            close: (code, reason) => ws.close(code, reason),
          });
        },
        onMessage(event) {
          const { data } = event;
          peer?.receive(typeof data === 'string' ? data : new Uint8Array(data as ArrayBuffer));
        },
        onClose() {
          peer?.leave();
        },
        onError(event) {
          const error = (event as ErrorEvent).error as unknown;
          peer?.refuse(reasonOf(error), error instanceof Error ? error.message : 'websocket error');
        },
      };
    }),
    () => {
      throw new ApiError(426, 'upgrade_required', 'this endpoint speaks the y-websocket protocol over a websocket');
    },
  );
}
