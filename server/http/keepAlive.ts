import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log.ts';

/** How often every websocket is pinged unless PING_INTERVAL_MS says otherwise. */
export const DEFAULT_PING_INTERVAL_MS = 30_000;

/** Pings that may go unanswered in a row before the socket is dropped. */
const MISSED_PONGS = 2;

/**
 * FLOW4: pings every websocket of `wss` each `intervalMs` and drops (terminates) one that has
 * not answered MISSED_PONGS pings in a row: a frozen client, a network gone quiet, or a client
 * that stopped halfway through a frame (its pong could only come after the frame's last byte).
 * Dropping it closes its room connection like any other close (SRV8). Returns the stop function.
 */
export function keepAlive(wss: WebSocketServer, intervalMs: number, logger: Logger): () => void {
  const missed = new WeakMap<WebSocket, number>();
  const onConnection = (ws: WebSocket) => {
    missed.set(ws, 0);
    ws.on('pong', () => missed.set(ws, 0));
  };
  wss.on('connection', onConnection);
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      const count = missed.get(ws) ?? 0;
      if (count >= MISSED_PONGS) {
        logger.log('warn', { event: 'socket_unresponsive', detail: `${count} pings unanswered`, pingIntervalMs: intervalMs });
        ws.terminate();
        continue;
      }
      missed.set(ws, count + 1);
      ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off('connection', onConnection);
  };
}
