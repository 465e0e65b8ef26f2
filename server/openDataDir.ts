import Database from 'better-sqlite3';
import { closeSync, existsSync, linkSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir, type DataDirLock, type LockMode } from './dataDirLock.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';

/** The database of a DATA_DIR: boards, accounts and history. */
export const DB_FILE = 'tavla.db';

/** What a database file is (OPS2). */
export type DatabaseFileState = { kind: 'absent' } | { kind: 'tavla' } | { kind: 'invalid'; problem: string };

/** The tables SqliteStorage makes first: a file without them was not made by Tavla. */
const TAVLA_TABLES = ['boards', 'doc_snapshots', 'doc_updates'];
const SQLITE_HEADER = 'SQLite format 3\0';

/** Thrown when DATA_DIR holds a database file that is not a readable Tavla database (OPS2). */
export class InvalidDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    what: string,
  ) {
    super(
      `${what === 'server' ? 'The server does not start' : `${what} changed nothing`}: ${file} ${problem}. ` +
        'Going on would treat it as a new, empty install and hide the boards it should hold. ' +
        'If this is meant to be a new install, move the file away; otherwise restore a backup (npm run restore -- <file>).',
    );
    this.name = 'InvalidDatabaseError';
  }
}

/**
 * Tells an absent database file from a Tavla database and from anything else: an empty file,
 * bytes that are not SQLite, a damaged SQLite file (quick_check) or an SQLite file without
 * Tavla's tables. Reads only; never creates the file.
 */
export function inspectDatabaseFile(file: string): DatabaseFileState {
  if (!existsSync(file)) {
    // The log of a database whose main file is gone holds its last commits: never start over it.
    if (existsSync(`${file}-wal`)) return { kind: 'invalid', problem: `is missing, but its write-ahead log ${file}-wal is there` };
    return { kind: 'absent' };
  }
  const size = statSync(file).size;
  if (size === 0) return { kind: 'invalid', problem: 'is empty (0 bytes)' };
  if (readHeader(file) !== SQLITE_HEADER) return { kind: 'invalid', problem: `is not an SQLite database (${size} bytes)` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { kind: 'invalid', problem: `is damaged (quick_check: ${String(check)})` };
    const tables = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name));
    const missing = TAVLA_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0) return { kind: 'invalid', problem: `is an SQLite database, but not Tavla's (no ${missing.join(', ')} table)` };
    return { kind: 'tavla' };
  } catch (error) {
    return { kind: 'invalid', problem: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    db?.close();
  }
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates a Tavla database at `file` all at once: built under a temporary name, then linked into
 * place (link, unlike rename, never replaces a file another process made meanwhile). So `file`
 * exists only with Tavla's tables, and a process killed while creating it leaves no empty
 * `tavla.db` that OPS2 would refuse.
 */
function createDatabaseFile(file: string): void {
  const building = `${file}.new-${process.pid}`;
  rmSync(building, { force: true });
  const storage = new SqliteStorage(building);
  void storage.close(); // synchronous underneath; closing the last connection checkpoints and removes the WAL
  try {
    linkSync(building, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(building, { force: true });
  }
}

/** DATA_DIR held in one of the lock's modes, with its database file checked (or created). */
export interface OpenedDataDir {
  dbFile: string;
  lock: DataDirLock;
  /** True when this call created the database (a fresh install). */
  created: boolean;
}

/**
 * Takes DATA_DIR's lock (OPS1), then checks its database (OPS2): creates it when absent, throws
 * InvalidDatabaseError (having let go of the lock) when it is not a Tavla database. `what` names
 * the caller: `server`, or the command (`npm run restore`).
 */
export function openDataDir(dataDir: string, mode: LockMode, what: string): OpenedDataDir {
  const lock = lockDataDir(dataDir, mode, what);
  try {
    const dbFile = join(dataDir, DB_FILE);
    const state = inspectDatabaseFile(dbFile);
    if (state.kind === 'invalid') throw new InvalidDatabaseError(dbFile, state.problem, what);
    if (state.kind === 'absent') createDatabaseFile(dbFile);
    return { dbFile, lock, created: state.kind === 'absent' };
  } catch (error) {
    lock.release();
    throw error;
  }
}
