import { upgradeWebSocket } from '@hono/node-server';
import { Hono } from 'hono';
import type { WebSocket } from 'ws';
import type { CloseReason } from '../sync/closeReasons.ts';
import type { RoomPeer } from '../sync/Room.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import type { Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';
import { admitSync, type Admission } from './admitSync.ts';
import type { AuthContext } from '../access/AuthContext.ts';

/** How long an admitted upgrade may take to open before its connection slot is given back. */
const UPGRADE_TIMEOUT_MS = 10_000;

/** ws's code for a frame over its maxPayload. */
const WS_TOO_LARGE = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';

/** The close reason for an error the websocket layer raised itself (a broken or oversized frame). */
const reasonOf = (error: unknown): CloseReason =>
  error instanceof Error && 'code' in error && error.code === WS_TOO_LARGE ? 'message_too_large' : 'malformed_message';

/**
 * /sync/:docId, the y-websocket endpoint (SRV1, SRV10). Uses @hono/node-server's own
 * upgradeWebSocket: the route runs as an ordinary Hono handler before the upgrade, so a bad id
 * (400), a missing login (401), an unknown board (404), no access or a foreign Origin (403) and
 * too many connections (429) are refused before any websocket exists (admitSync),
 * and the frame limit is set on the WebSocketServer that startServer hands to `serve`.
 * Adapts each socket to the room's RoomSocket; the room owns everything else.
 */
export function syncRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry }) {
  const { registry } = deps;
  return new Hono<{ Variables: { admission: Admission } }>().get(
    '/:docId',
    async (c, next) => {
      const admission = await admitSync(c, deps);
      c.set('admission', admission);
      try {
        await next();
      } finally {
        // A plain GET (426) gives its slot back at once; an upgrade whose socket never opens gives
        // it back after UPGRADE_TIMEOUT_MS, an opened one when it closes.
        if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') admission.release();
      }
    },
    upgradeWebSocket((c) => {
      const docId = c.req.param('docId')!;
      const { access, release } = c.get('admission');
      const unopened = setTimeout(release, UPGRADE_TIMEOUT_MS);
      let peer: RoomPeer | undefined;
      return {
        onOpen(_event, ws) {
          clearTimeout(unopened);
          // startServer hands `serve` a ws WebSocketServer, so the raw socket is ws's.
          const raw = ws.raw as unknown as WebSocket | undefined;
          peer = registry.connect(docId, {
            // Every outgoing frame comes from a lib0 encoder, which allocates plain ArrayBuffers.
            send: (data) => ws.send(data as Uint8Array<ArrayBuffer>),
            close: (code, reason) => ws.close(code, reason),
            buffered: () => raw?.bufferedAmount ?? 0,
            abort: () => raw?.terminate(),
          }, access);
        },
        onMessage(event) {
          const { data } = event;
          peer?.receive(typeof data === 'string' ? data : new Uint8Array(data as ArrayBuffer));
        },
        onClose() {
          release();
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
