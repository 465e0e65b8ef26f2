// `npm run seed`: adds the seed boards that DATA_DIR lacks. `npm run seed -- --reset` deletes the
// seed boards with their history and builds them anew from seeds/ (members are kept, HIST5);
// boards that are not seed boards are never touched.
// --reset refuses while a server runs on DATA_DIR (HIST6): it keeps open boards in memory and
// would write them back over the reset.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_BOARDS } from '../seeds/buildSeedBoards.ts';
import { seedMissingBoards } from '../seeds/seedStorage.ts';
import { loadConfig } from './config.ts';
import { dataDirHolder, LOCK_FILE } from './dataDirLock.ts';
import { SqliteHistoryStore } from './history/SqliteHistoryStore.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--reset');
if (unknown.length > 0) {
  console.error(`unknown argument: ${unknown.join(' ')}\nusage: npm run seed [-- --reset]`);
  process.exit(2);
}

const { dataDir } = loadConfig();
const holder = args.includes('--reset') ? dataDirHolder(dataDir) : undefined;
if (holder !== undefined) {
  console.error(
    `A Tavla server (pid ${holder}) is running on ${dataDir}: stop it before --reset, or it writes its open boards back over the reset.\n` +
      `Nothing was changed. (If no server runs there, delete ${join(dataDir, LOCK_FILE)}.)`,
  );
  process.exit(1);
}
mkdirSync(dataDir, { recursive: true });
const file = join(dataDir, 'tavla.db');
const storage = new SqliteStorage(file);
try {
  if (args.includes('--reset')) {
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
}
