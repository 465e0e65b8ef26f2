import { serve } from '@hono/node-server';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { seedIfEmpty } from '../seeds/seedStorage.ts';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createStderrLogger, type Logger } from './log.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';
import type { Storage } from './storage/Storage.ts';
import { RoomRegistry } from './sync/RoomRegistry.ts';

export interface RunningServer {
  /** `http://host:port`, with the port actually bound (config port 0 picks a free one). */
  url: string;
  storage: Storage;
  registry: RoomRegistry;
  /** Closes every sync connection (1001), compacts the open rooms, stops listening and closes storage. */
  close(): Promise<void>;
}

export interface ServerDeps {
  /** Defaults to SQLite at `<dataDir>/tavla.db`; a given storage is not closed by close(). */
  storage?: Storage;
  logger?: Logger;
  /** The built client to serve; none by default. */
  clientDir?: string;
  /** Loads the seed boards into a store that holds no board yet, before listening (`npm start`). */
  seedIfEmpty?: boolean;
}

/** Starts the Tavla server: REST, sync and (when built) the client on one port. */
export async function startServer(config: ServerConfig, deps: ServerDeps = {}): Promise<RunningServer> {
  const logger = deps.logger ?? createStderrLogger();
  let storage = deps.storage;
  if (!storage) {
    mkdirSync(config.dataDir, { recursive: true });
    storage = new SqliteStorage(join(config.dataDir, 'tavla.db'));
  }
  const ownsStorage = !deps.storage;
  if (deps.seedIfEmpty) {
    const seeded = await seedIfEmpty(storage);
    if (seeded.length > 0) logger.log('info', { event: 'seeded', boards: seeded });
  }
  const registry = new RoomRegistry({ storage, logger, maxMessageBytes: config.maxMessageBytes, compactEvery: config.compactEvery });
  const clientDir = deps.clientDir && existsSync(deps.clientDir) ? deps.clientDir : undefined;
  const app = createApp({ storage, registry, logger, ...(clientDir && { clientDir }) });
  // The room refuses frames over maxMessageBytes with a reasoned close (BAD6). ws's own limit is a
  // backstop at twice that, so no frame is ever buffered beyond it; ws closes those itself (1009, no reason).
  const wss = new WebSocketServer({ noServer: true, maxPayload: 2 * config.maxMessageBytes });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } }, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    storage,
    registry,
    async close() {
      await registry.shutdown();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      if (ownsStorage) await storage.close();
    },
  };
}
