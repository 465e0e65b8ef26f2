import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readLeaderView, sameLeaderView, type LeaderView } from './leaderView.ts';

/**
 * The facilitator's view as this client sees it (readLeaderView), re-rendering only when it
 * changes: awareness changes with every renewal and every pointer, most of them not the view's.
 * Undefined while there is no session yet, or no facilitator shows anything.
 */
export function useLeaderView(awareness: Awareness | undefined): LeaderView | undefined {
  const cache = useRef<LeaderView | undefined>(undefined);
  const getSnapshot = useCallback((): LeaderView | undefined => {
    const next = awareness ? readLeaderView(awareness) : undefined;
    if (!sameLeaderView(cache.current, next)) cache.current = next;
    return cache.current;
  }, [awareness]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!awareness) return () => {};
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
