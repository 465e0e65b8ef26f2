// Tavla's server with in-memory storage instead of SQLite, for one comparison only: the fan-out
// latency it adds to store each update before relaying it (SRV4). Not a way to run Tavla.
// Run: PORT=… node --import tsx bench/servers/tavlaMemoryServer.ts
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/startServer.ts';
import { MemoryStorage } from '../../server/storage/MemoryStorage.ts';

const server = await startServer(loadConfig(), { storage: new MemoryStorage() });
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
