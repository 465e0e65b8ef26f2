import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in DATA_DIR that names the process of the server running on it (HIST6). */
export const LOCK_FILE = 'tavla.pid';

/**
 * Marks `dataDir` as held by this process's server and returns the function that unmarks it. A
 * running server keeps its open boards in memory and writes them back, so commands that rewrite
 * boards behind its back (`npm run seed -- --reset`) must see that it runs. Unmarking leaves a file
 * that another process wrote since alone.
 */
export function holdDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (readPid(file) === process.pid) rmSync(file, { force: true });
  };
}

/**
 * The pid of the live server holding `dataDir`, or undefined. A file whose process is gone (a
 * server killed with -9, a machine restarted) holds nothing.
 */
export function dataDirHolder(dataDir: string): number | undefined {
  const pid = readPid(join(dataDir, LOCK_FILE));
  return pid !== undefined && isAlive(pid) ? pid : undefined;
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
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
