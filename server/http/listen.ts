import { serve } from '@hono/node-server';
import type { WebSocketServer } from 'ws';

/** The listening HTTP server that `listen` resolves to. */
export type HttpServer = ReturnType<typeof serve>;

/**
 * Serves `fetch` (the Hono app) and upgrades websockets through `wss` on one port; resolves once it
 * listens, rejects when it cannot (a port in use). Here, not in startServer.ts, because only
 * server/http/ knows Hono (the server's layer rule, tests/project/serverLayers.test.ts).
 */
export function listen(options: { fetch: (request: Request) => Response | Promise<Response>; port: number; hostname: string; wss: WebSocketServer }): Promise<HttpServer> {
  return new Promise<HttpServer>((resolve, reject) => {
    const listening = serve({ fetch: options.fetch, port: options.port, hostname: options.hostname, websocket: { server: options.wss } }, () => resolve(listening));
    listening.once('error', reject);
  });
}
