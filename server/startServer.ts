import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { seedIfEmpty } from '../seeds/seedStorage.ts';
import { createApp } from './http/app.ts';
import { listen } from './http/listen.ts';
import { DEFAULT_PING_INTERVAL_MS, keepAlive } from './http/keepAlive.ts';
import { DEFAULT_FLOW_LIMITS } from './sync/Connection.ts';
import { checkStoredBoards, type UnreadableBoard } from './storage/checkStoredBoards.ts';
import { createClock } from './clock.ts';
import { DB_FILE, openDataDir, type OpenedDataDir } from './openDataDir.ts';
import { DEFAULT_AUTH_CONFIG } from './access/AuthConfig.ts';
import type { AuthService } from './access/AuthService.ts';
import type { AuthStore } from './storage/AuthStore.ts';
import { closeRevokedConnections } from './access/closeRevokedConnections.ts';
import { createAuthContext } from './access/createAuthContext.ts';
import { MemoryAuthStore } from './storage/MemoryAuthStore.ts';
import { SqliteAuthStore } from './storage/SqliteAuthStore.ts';
import { createUpdateGate } from './access/createUpdateGate.ts';
import { HistoryRecorder } from './history/HistoryRecorder.ts';
import type { HistoryStore } from './storage/HistoryStore.ts';
import { MemoryHistoryStore } from './storage/MemoryHistoryStore.ts';
import { SqliteHistoryStore } from './storage/SqliteHistoryStore.ts';
import type { ServerConfig } from './config.ts';
import { createStderrLogger, type Logger } from './log.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';
import type { Storage } from './storage/Storage.ts';
import { RoomRegistry } from './sync/RoomRegistry.ts';
import { meetingFollowUp } from './meetings/meetingFollowUp.ts';
import { meetingShareReach } from './meetings/meetingShareReach.ts';

export interface RunningServer {
  /** `http://host:port`, with the port actually bound (config port 0 picks a free one). */
  url: string;
  storage: Storage;
  registry: RoomRegistry;
  /** Accounts, sessions and roles: tests add users and log in through it. */
  auth: AuthService;
  /** Stored boards that did not read as boards at start (OPS3), logged then; the room closes their connections with board_unreadable. */
  unreadableBoards: readonly UnreadableBoard[];
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
  /**
   * Accounts and history. By default they live beside the boards: in `tavla.db` when the server
   * opens its own SQLite storage, in memory when a storage was given. Given ones are not closed.
   */
  authStore?: AuthStore;
  historyStore?: HistoryStore;
  /** The clock sessions expire by and history is stamped with (AUTH4, AUTH13, OPS5); by default one that never steps back (server/clock.ts). Tests move it instead of waiting. */
  now?: () => Date;
}

/** Starts the Tavla server: REST, sync and (when built) the client on one port. */
export async function startServer(config: ServerConfig, deps: ServerDeps = {}): Promise<RunningServer> {
  // Only a server on its own SQLite file holds DATA_DIR (OPS1), and only on a Tavla database (OPS2).
  // The kernel lets go of the lock when the process dies; close() lets go last, once everything is
  // stored; a start that fails (a port in use) lets go at once, so the process may try again.
  const dataDir = deps.storage ? undefined : openDataDir(config.dataDir, 'server', 'server');
  try {
    return await startOn(dataDir, config, deps);
  } catch (error) {
    dataDir?.lock.release();
    throw error;
  }
}

async function startOn(dataDir: OpenedDataDir | undefined, config: ServerConfig, deps: ServerDeps): Promise<RunningServer> {
  const logger = deps.logger ?? createStderrLogger();
  const storage = deps.storage ?? new SqliteStorage(dataDir!.dbFile);
  const ownsStorage = !deps.storage;
  const dbFile = dataDir?.dbFile ?? join(config.dataDir, DB_FILE);
  const authStore = deps.authStore ?? (ownsStorage ? new SqliteAuthStore(dbFile) : new MemoryAuthStore());
  const historyStore = deps.historyStore ?? (ownsStorage ? new SqliteHistoryStore(dbFile) : new MemoryHistoryStore());
  const authConfig = config.auth ?? DEFAULT_AUTH_CONFIG;
  const now = deps.now ?? createClock();
  // One clock for sessions, history, the meeting gate's times, the leader's view and /api/time (OPS5, MTS5, PRS4, MTS8).
  const gate = createUpdateGate({ history: new HistoryRecorder(historyStore), logger, now });
  const registry = new RoomRegistry({
    storage,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    compactEvery: config.compactEvery,
    gate,
    followUp: meetingFollowUp(storage),
    now,
    ...(config.maxDocBytes !== undefined && { maxDocBytes: config.maxDocBytes }),
    ...(config.maxBufferedBytes !== undefined && { flow: { ...DEFAULT_FLOW_LIMITS, maxBufferedBytes: config.maxBufferedBytes } }),
  });
  const authContext = createAuthContext({ store: authStore, history: historyStore, config: authConfig, now, shareReach: meetingShareReach(storage, registry) });
  const admin = await authContext.auth.ensureAdmin(config.auth?.adminPassword);
  if (admin.created) logger.log('info', { event: 'admin_created', passwordFrom: admin.generatedPassword ? 'generated' : 'ADMIN_PASSWORD' });
  // Printed once, to stdout and not to the log: the only place this password is ever shown (AUTH7).
  if (admin.generatedPassword) console.log(`Tavla: created the account "admin" with the password ${admin.generatedPassword} (shown only this once)`);
  if (deps.seedIfEmpty) {
    const seeded = await seedIfEmpty(storage);
    if (seeded.length > 0) logger.log('info', { event: 'seeded', boards: seeded });
  }
  const unreadableBoards = await checkStoredBoards(storage);
  for (const board of unreadableBoards) logger.log('error', { event: 'board_unreadable', boardId: board.id, title: board.title, reason: board.reason, detail: board.detail, recover: `npm run recover -- ${board.id}` });
  const stopClosing = closeRevokedConnections(authContext.auth, registry);
  const sweep = setInterval(() => {
    authContext.sessions.sweep().catch((error: unknown) => logger.log('error', { event: 'session_sweep_failed', message: error instanceof Error ? error.message : String(error) }));
  }, authConfig.sessionSweepMs);
  sweep.unref();
  const clientDir = deps.clientDir && existsSync(deps.clientDir) ? deps.clientDir : undefined;
  const app = createApp({ storage, registry, logger, now, ...authContext, ...(clientDir && { clientDir }) });
  // The room refuses frames over maxMessageBytes with a reasoned close (BAD6). ws's own limit is a
  // backstop at twice that, so no frame is ever buffered beyond it; ws closes those itself (1009, no reason).
  const wss = new WebSocketServer({ noServer: true, maxPayload: 2 * config.maxMessageBytes });
  const stopPinging = keepAlive(wss, config.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS, logger);
  const server = await listen({ fetch: app.fetch, port: config.port, hostname: config.host, wss });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    storage,
    registry,
    auth: authContext.auth,
    unreadableBoards,
    async close() {
      clearInterval(sweep);
      stopClosing();
      stopPinging();
      await registry.shutdown();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      if (ownsStorage) await storage.close();
      if (!deps.authStore) await authStore.close();
      if (!deps.historyStore) await historyStore.close();
      dataDir?.lock.release();
    },
  };
}
