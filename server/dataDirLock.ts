import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock of DATA_DIR (OPS1): an SQLite file that holds no data, only the operating system's lock on it. */
export const LOCK_FILE = 'tavla.lock';
/** Names the process holding the lock, for the refusal message only; the lock decides, never this file. */
export const HOLDER_FILE = 'tavla.pid';

/**
 * Who takes the lock, and how (OPS1). SQLite's lock levels give a reader-writer lock that the
 * kernel releases when the process dies (fcntl on POSIX, LockFileEx on Windows):
 * - `server`: RESERVED (a write transaction that never commits). One at a time, and it leaves
 *   room for `shared` holders.
 * - `shared`: SHARED (an open read transaction): `npm run user` while it writes, `npm run backup`.
 *   Many at once, beside a server.
 * - `exclusive`: EXCLUSIVE: `seed --reset`, `restore`, `recover`, which rewrite the database
 *   behind a server's back. Only when nobody else holds anything.
 */
export type LockMode = 'server' | 'shared' | 'exclusive';

/** A held lock of DATA_DIR. */
export interface DataDirLock {
  /** Lets go (idempotent); a process that dies lets go anyway. */
  release(): void;
}

/** Thrown when the lock is held by another process; the message names DATA_DIR and the holder's pid when known. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: Holder | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'DataDirBusyError';
  }
}

/** The process recorded in HOLDER_FILE by the last `server` or `exclusive` holder. */
export interface Holder {
  pid: number;
  /** What it said it was: `server`, or the command (`npm run restore`). */
  what: string;
}

const BEGIN: Record<LockMode, string> = { server: 'BEGIN IMMEDIATE', shared: 'BEGIN', exclusive: 'BEGIN EXCLUSIVE' };

/**
 * Takes DATA_DIR's lock in `mode` for `what` (`server`, or the command: `npm run restore`), creating the directory,
 * or throws DataDirBusyError at once. `server` and `exclusive` holders record their pid in
 * HOLDER_FILE. A `shared` request waits a moment, since an `exclusive` one that is about to be
 * refused holds SQLite's PENDING lock for an instant.
 */
export function lockDataDir(dataDir: string, mode: LockMode, what: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, LOCK_FILE), { timeout: mode === 'shared' ? 1_000 : 0 });
  try {
    db.exec(BEGIN[mode]);
    // BEGIN alone takes no lock: the first read does.
    if (mode === 'shared') db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    const holder = readHolder(dataDir);
    throw new DataDirBusyError(dataDir, holder, busyMessage(dataDir, mode, what, holder));
  }
  const recordsHolder = mode !== 'shared';
  if (recordsHolder) writeFileSync(join(dataDir, HOLDER_FILE), `${process.pid} ${what}\n`);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // Still holding the lock, nobody else can have written the holder file since.
      if (recordsHolder && readHolder(dataDir)?.pid === process.pid) rmSync(join(dataDir, HOLDER_FILE), { force: true });
      db.close();
    },
  };
}

/** The recorded holder, or undefined when the file is missing, unreadable or names a process that is gone. */
export function readHolder(dataDir: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(join(dataDir, HOLDER_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const [pidText, ...rest] = text.trim().split(' ');
  const pid = Number(pidText);
  if (!Number.isSafeInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  return { pid, what: rest.join(' ') || 'unknown' };
}

function busyMessage(dataDir: string, mode: LockMode, what: string, holder: Holder | undefined): string {
  const by = holder ? `${holder.what === 'server' ? 'A Tavla server' : holder.what} (pid ${holder.pid})` : 'Another Tavla process (pid unknown)';
  if (mode === 'server') {
    return holder?.what === 'server'
      ? `${by} is already running on ${dataDir}: a second server on the same DATA_DIR does not start.`
      : `${by} is running on ${dataDir}: the server does not start until it has finished.`;
  }
  if (mode === 'shared') return `${by} is running on ${dataDir}: ${what} changed nothing; try again once it has finished.`;
  return `${by} is running on ${dataDir}: stop it before ${what} (a server keeps open boards in memory and writes them back). Nothing was changed.`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
