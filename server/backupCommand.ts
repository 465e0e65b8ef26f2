// `npm run backup -- <file>`: a consistent copy of DATA_DIR's database while the server runs
// (OPS7), through SQLite's online backup API. It shares DATA_DIR's lock with a server (OPS1), so it
// is refused only while a restore, reset or recover rewrites the database. An existing <file> is
// never overwritten: name each backup anew (`tavla-$(date +%F-%H%M).db`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from './config.ts';
import { copyDatabase } from './copyDatabase.ts';
import { exitOnRefusal } from './exitOnRefusal.ts';
import { openDataDir } from './openDataDir.ts';

const [target, ...rest] = process.argv.slice(2);
if (!target || rest.length > 0) {
  console.error('usage: npm run backup -- <file>');
  process.exit(2);
}
const file = resolve(target);
if (existsSync(file)) {
  console.error(`${file} exists already: a backup never replaces a file. Nothing was written.`);
  process.exit(1);
}
const { dataDir } = loadConfig();
const { dbFile, lock } = exitOnRefusal(() => openDataDir(dataDir, 'shared', 'npm run backup'));
try {
  const boards = await copyDatabase(dbFile, file);
  console.log(`Backed up ${dbFile} (${boards} boards) to ${file}.`);
} finally {
  lock.release();
}
