// `npm run restore -- <file>`: puts a backup (`npm run backup`) back as DATA_DIR's database
// (OPS7). Only with the server stopped: it takes DATA_DIR's lock exclusively (OPS1). The file
// must be a Tavla database (OPS2) before anything is touched; the database it replaces is kept as
// tavla.db.before-restore-<time>, with its write-ahead log, so that the log cannot be replayed
// into the restored file.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from './config.ts';
import { copyDatabase, notABackup } from './copyDatabase.ts';
import { lockDataDir } from './dataDirLock.ts';
import { exitOnRefusal } from './exitOnRefusal.ts';
import { DB_FILE } from './openDataDir.ts';

const [source, ...rest] = process.argv.slice(2);
if (!source || rest.length > 0) {
  console.error('usage: npm run restore -- <file>');
  process.exit(2);
}
const file = resolve(source);
const problem = notABackup(file);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const { dataDir } = loadConfig();
const lock = exitOnRefusal(() => lockDataDir(dataDir, 'exclusive', 'npm run restore'));
try {
  const dbFile = join(dataDir, DB_FILE);
  // Copied in beside the database first: a copy that fails leaves the current database in place.
  const incoming = `${dbFile}.restoring`;
  rmSync(incoming, { force: true });
  const boards = await copyDatabase(file, incoming);
  const kept = `${dbFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(dbFile)) renameSync(dbFile, kept);
  if (existsSync(`${dbFile}-wal`)) renameSync(`${dbFile}-wal`, `${kept}-wal`);
  rmSync(`${dbFile}-shm`, { force: true });
  renameSync(incoming, dbFile);
  console.log(`Restored ${file} (${boards} boards) into ${dataDir}.${existsSync(kept) ? ` The database it replaced is kept as ${kept}.` : ''}`);
} finally {
  lock.release();
}
