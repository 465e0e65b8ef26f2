// `npm run seed`: adds the seed boards that DATA_DIR lacks. `npm run seed -- --reset` deletes the
// seed boards with their history and builds them anew from seeds/ (members are kept, HIST5);
// boards that are not seed boards are never touched.
// --reset takes DATA_DIR's lock exclusively (OPS1): it refuses while a server runs there, since
// the server keeps open boards in memory and would write them back over the reset (HIST6).
import { SEED_BOARDS } from '../seeds/buildSeedBoards.ts';
import { seedMissingBoards } from '../seeds/seedStorage.ts';
import { exitOnRefusal } from './exitOnRefusal.ts';
import { loadConfig } from './config.ts';
import { SqliteHistoryStore } from './storage/SqliteHistoryStore.ts';
import { openDataDir } from './openDataDir.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--reset');
if (unknown.length > 0) {
  console.error(`unknown argument: ${unknown.join(' ')}\nusage: npm run seed [-- --reset]`);
  process.exit(2);
}

const reset = args.includes('--reset');
const { dataDir } = loadConfig();
const { dbFile: file, lock } = exitOnRefusal(() => openDataDir(dataDir, reset ? 'exclusive' : 'shared', reset ? 'npm run seed -- --reset' : 'npm run seed'));
const storage = new SqliteStorage(file);
try {
  if (reset) {
    const history = new SqliteHistoryStore(file);
    for (const seed of SEED_BOARDS) {
      await storage.deleteBoard(seed.id);
      await history.deleteBoard(seed.id);
    }
    await history.close();
  }
  const created = await seedMissingBoards(storage);
  console.log(created.length > 0 ? `Seeded ${created.length} boards: ${created.join(', ')}` : 'Every seed board is already there.');
} finally {
  await storage.close();
  lock.release();
}
