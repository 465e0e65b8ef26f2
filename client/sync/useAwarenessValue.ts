import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Reads a value derived from awareness states, re-rendering only when `equal` says it changed:
 * awareness changes often (every cursor, every renewal) and most of those must not re-render a board.
 */
export function useAwarenessValue<T>(awareness: Awareness, read: (a: Awareness) => T, equal: (a: T, b: T) => boolean): T {
  const cache = useRef<{ awareness: Awareness; value: T } | null>(null);
  const getSnapshot = useCallback((): T => {
    const next = read(awareness);
    const prev = cache.current;
    if (prev && prev.awareness === awareness && equal(prev.value, next)) return prev.value;
    cache.current = { awareness, value: next };
    return next;
  }, [awareness, read, equal]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
