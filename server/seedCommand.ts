// `npm run seed`: adds the seed boards that DATA_DIR lacks. `npm run seed -- --reset` deletes the
// seed boards and builds them anew from seeds/; boards that are not seed boards are never touched.
// Run it with the server stopped: a running server keeps open boards in memory.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_BOARDS } from '../seeds/buildSeedBoards.ts';
import { seedMissingBoards } from '../seeds/seedStorage.ts';
import { loadConfig } from './config.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--reset');
if (unknown.length > 0) {
  console.error(`unknown argument: ${unknown.join(' ')}\nusage: npm run seed [-- --reset]`);
  process.exit(2);
}

const { dataDir } = loadConfig();
mkdirSync(dataDir, { recursive: true });
const storage = new SqliteStorage(join(dataDir, 'tavla.db'));
try {
  if (args.includes('--reset')) {
    for (const seed of SEED_BOARDS) await storage.deleteBoard(seed.id);
  }
  const created = await seedMissingBoards(storage);
  console.log(created.length > 0 ? `Seeded ${created.length} boards: ${created.join(', ')}` : 'Every seed board is already there.');
} finally {
  await storage.close();
}
