// `npm run seed`: adds the seed boards and seed meetings that DATA_DIR lacks. `npm run seed -- --reset`
// deletes them with their history and builds them anew from seeds/ (members are kept, HIST5);
// boards and meetings that are not seeds are never touched, nor is a board the seeds no longer
// carry (the old "Aktuellt (HSF)" board, whose agendas are now the seed meetings).
// --reset takes DATA_DIR's lock exclusively (OPS1): it refuses while a server runs there, since
// the server keeps open boards in memory and would write them back over the reset (HIST6).
import { SEED_MEETINGS } from '../seeds/buildSeedMeetings.ts';
import { SEED_IDS, seedMissingBoards } from '../seeds/seedStorage.ts';
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
    for (const id of SEED_IDS) {
      await storage.deleteBoard(id);
      await history.deleteBoard(id);
    }
    await history.close();
  }
  const created = await seedMissingBoards(storage);
  const meetings = new Set(SEED_MEETINGS.map((m) => m.id));
  const createdMeetings = created.filter((id) => meetings.has(id)).length;
  console.log(
    created.length > 0
      ? `Seeded ${created.length - createdMeetings} boards and ${createdMeetings} meetings: ${created.join(', ')}`
      : 'Every seed board and meeting is already there.',
  );
} finally {
  await storage.close();
  lock.release();
}
