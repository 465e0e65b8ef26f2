// JSON values in this browser's localStorage. Storage may be missing (tests, some embeds) or throw
// (blocked, full): every read then finds nothing and every write keeps nothing, and the callers
// carry on with what they would do for a first visit.

/** The value stored under `key` when `isValue` accepts it, else null (nothing, unreadable, or blocked). */
export function readStored<T>(key: string, isValue: (value: unknown) => value is T): T | null {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? 'null');
    return isValue(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; kept only as long as storage allows. */
export function writeStored(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // not kept when storage is blocked or full
  }
}

/** Removes every key that starts with `prefix`. */
export function removeStoredUnder(prefix: string): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key?.startsWith(prefix) ?? false);
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    // storage blocked: nothing was kept
  }
}

/** Removes the value under `key`. */
export function removeStored(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // storage blocked: nothing was kept
  }
}
