import { useRef, useSyncExternalStore } from 'react';
import type { BoardStore } from './boardStore.ts';
import { useBoardContext } from './BoardContext.tsx';
import { sameItems } from './sameSnapshot.ts';

interface Cached<T> {
  version: number;
  deps: readonly unknown[];
  value: T;
}

/**
 * A value derived from the board store, recomputed at most once per store version (and change
 * of `deps`), and kept identical while `isEqual` says the new one is the same: a component
 * using it re-renders only when what it shows changed, not on every board change.
 */
export function useDerived<T>(compute: (store: BoardStore) => T, isEqual: (a: T, b: T) => boolean, deps: readonly unknown[]): T {
  const { store } = useBoardContext();
  const cache = useRef<Cached<T> | null>(null);
  const getSnapshot = (): T => {
    const version = store.getVersion();
    const cached = cache.current;
    if (cached && cached.version === version && sameItems(cached.deps, deps)) return cached.value;
    const next = compute(store);
    const value = cached && isEqual(cached.value, next) ? cached.value : next;
    cache.current = { version, deps, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot);
}
