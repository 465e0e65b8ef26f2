import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useBoardContext } from '../../state/BoardContext.tsx';
import type { BoardStore } from '../../state/boardStore.ts';
import type * as Y from 'yjs';

/**
 * A plain value read from the document after every transaction, for parts the board store's
 * snapshots leave out (reports). The value keeps its identity while it reads the same
 * (compared as JSON: report values are small), so a component re-renders only on a real change.
 */
export function useDocValue<T>(read: (doc: Y.Doc, store: BoardStore) => T, deps: readonly unknown[]): T {
  const { doc, store } = useBoardContext();
  const cache = useRef<{ json: string; value: T; deps: readonly unknown[] } | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      // The store flushes on afterTransaction too and was registered first, so its snapshot is current here.
      doc.on('afterTransaction', notify);
      return () => doc.off('afterTransaction', notify);
    },
    [doc],
  );
  const getSnapshot = (): T => {
    const value = read(doc, store);
    const json = JSON.stringify(value);
    const cached = cache.current;
    if (cached && cached.json === json && cached.deps.length === deps.length && cached.deps.every((d, i) => d === deps[i])) return cached.value;
    cache.current = { json, value, deps };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
