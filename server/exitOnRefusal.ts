import { DataDirBusyError } from './dataDirLock.ts';
import { InvalidDatabaseError } from './openDataDir.ts';

/**
 * Runs `open` (taking DATA_DIR, OPS1/OPS2) for a command; when DATA_DIR is held by another process
 * or its database is not Tavla's, prints the reason and exits with code 1, having changed nothing.
 */
export function exitOnRefusal<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (!(error instanceof DataDirBusyError || error instanceof InvalidDatabaseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
