// `npm run seed`: adds the seed boards and seed meetings that DATA_DIR lacks. `npm run seed -- --reset`
// deletes them with their history and builds them anew from seeds/ (members are kept, HIST5);
// boards and meetings that are not seeds are never touched. The old "Aktuellt (HSF)" board, whose
// agendas are now the seed meetings, is never deleted nor rebuilt: it is archived when no one has
// changed it since it was seeded, and gets a card naming the meetings either way (SEED2).
// --reset takes DATA_DIR's lock exclusively (OPS1): it refuses while a server runs there, since
// the server keeps open boards in memory and would write them back over the reset (HIST6).
import { SEED_MEETINGS } from '../seeds/buildSeedMeetings.ts';
import { SEED_IDS, seedMissingBoards } from '../seeds/seedStorage.ts';
import { AKTUELLT_MEETINGS, retireAktuelltBoard, type AktuelltRetirement } from '../seeds/retireAktuelltBoard.ts';
import { exitOnRefusal } from './exitOnRefusal.ts';
import { loadConfig } from './config.ts';
import { SqliteHistoryStore } from './storage/SqliteHistoryStore.ts';
import { openDataDir } from './openDataDir.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';

/** The one line that says what became of the old Aktuellt board; none when nothing did. */
function retirementLine(retired: AktuelltRetirement): string | undefined {
  if (retired.outcome === 'none') return undefined;
  const { id, title } = retired.board;
  const meetings = AKTUELLT_MEETINGS.map((m) => `${m.id} ("${m.title}")`).join(' and ');
  return retired.outcome === 'archived'
    ? `Archived the board ${id} ("${title}"), unchanged since it was seeded: its agendas are the meetings ${meetings} now. It stays stored and opens at /b/${id}, with a card naming them.`
    : `Kept the board ${id} ("${title}") on the start page, since it was edited after it was seeded, and added a card saying its agendas are the meetings ${meetings} now.`;
}

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
  const retired = retirementLine(await retireAktuelltBoard(storage));
  if (retired) console.log(retired);
} finally {
  await storage.close();
  lock.release();
}
