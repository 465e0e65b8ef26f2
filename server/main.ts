// Entry point: `npx tsx server/main.ts` (npm start). Configuration from the environment (server/config.ts).
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.ts';
import { DataDirBusyError } from './dataDirLock.ts';
import { createStderrLogger } from './log.ts';
import { InvalidDatabaseError } from './openDataDir.ts';
import { startServer } from './startServer.ts';

const logger = createStderrLogger();
const config = loadConfig();
const server = await startServer(config, {
  logger,
  clientDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
  seedIfEmpty: true,
}).catch((error: unknown) => {
  // A DATA_DIR held by another process (OPS1) or a database that is not Tavla's (OPS2): the message says what to do.
  if (!(error instanceof DataDirBusyError || error instanceof InvalidDatabaseError)) throw error;
  logger.log('error', { event: 'not_started', detail: error.message });
  console.error(error.message);
  process.exit(1);
});
logger.log('info', { event: 'listening', url: server.url, dataDir: config.dataDir });
console.log(`Tavla is running at ${server.url}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.log('info', { event: 'stopping', signal });
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    logger.log('error', { event: 'stop_failed', detail: String(error) });
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
