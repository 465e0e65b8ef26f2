import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import { inspectDatabaseFile } from './openDataDir.ts';

/**
 * Copies the SQLite database `from` to `to` through SQLite's online backup API (OPS7): a
 * consistent copy, with what `from`'s write-ahead log holds, even while a server writes to it
 * (taken in one step, so no write can make it start over). The copy is made under
 * another name, checked to be a Tavla database, then renamed into place, so `to` is never a
 * half-written file. Answers how many boards the copy holds.
 */
export async function copyDatabase(from: string, to: string): Promise<number> {
  const partial = `${to}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const source = new Database(from, { fileMustExist: true, readonly: true });
  try {
    // Every page in one step: SQLite restarts a backup that a write lands between two steps of, so on
    // a busy board a copy in small steps might never finish; one step reads one consistent snapshot.
    await source.backup(partial, { progress: ({ totalPages }) => totalPages });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  const state = inspectDatabaseFile(partial);
  if (state.kind !== 'tavla') {
    rmSync(partial, { force: true });
    throw new Error(`the copy of ${from} ${state.kind === 'invalid' ? state.problem : 'is missing'}`);
  }
  const copy = new Database(partial, { fileMustExist: true });
  let boards: number;
  try {
    // A file on its own: no write-ahead log beside it that copying or moving the file would leave behind.
    copy.pragma('journal_mode = DELETE');
    boards = copy.prepare<[], { n: number }>('SELECT count(*) AS n FROM boards').get()!.n;
  } finally {
    copy.close();
  }
  renameSync(partial, to);
  return boards;
}

/** Why `file` cannot be restored or recovered from (OPS2, OPS7), or undefined when it is a Tavla database. */
export function notABackup(file: string): string | undefined {
  const state = inspectDatabaseFile(file);
  if (state.kind === 'tavla') return undefined;
  return `${file} ${state.kind === 'absent' ? 'does not exist' : state.problem}: not a Tavla backup. Nothing was changed.`;
}
