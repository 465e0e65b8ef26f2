// Hocuspocus 3 (the newest major that runs on Node 20) with its SQLite extension, configured
// as its documentation shows and otherwise left at its defaults (it stores a whole-document
// snapshot, debounced by 2 s, at most 10 s late). Run: PORT=… DATA_DIR=… node --import tsx bench/servers/hocuspocusServer.ts
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = process.env.DATA_DIR ?? './data-hocuspocus';
mkdirSync(dataDir, { recursive: true });

const server = new Server({
  port: Number(process.env.PORT),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: join(dataDir, 'hocuspocus.db') })],
});
await server.listen();

process.on('SIGTERM', () => {
  // destroy() stores every loaded document before it resolves.
  void server.destroy().then(() => process.exit(0));
});
