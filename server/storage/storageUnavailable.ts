/** Seconds a client is told to wait (Retry-After) when storage fails for a while (OPS6). */
export const STORAGE_RETRY_AFTER_S = 5;

/** SQLite's result codes for storage that fails for now: a full disk, an I/O error, a lock held past the busy timeout, a read-only remount. */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|IOERR|BUSY|CANTOPEN|READONLY)/;
/** The same from the file system, for writes outside SQLite. */
const ERRNO_UNAVAILABLE = new Set(['ENOSPC', 'EIO', 'EROFS', 'EDQUOT']);

/**
 * Whether `error` is storage failing for now rather than a bug (OPS6): the request was right and
 * may succeed later, so it is answered 503 storage_unavailable, never 500.
 */
export function isStorageUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (SQLITE_UNAVAILABLE.test(code) || ERRNO_UNAVAILABLE.has(code));
}
