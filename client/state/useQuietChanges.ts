import { useEffect, useState } from 'react';
import { useBoardContext } from './BoardContext.tsx';

/**
 * The server records an update's history once it has stored it, which is a moment after this
 * browser sees the change; what reads the history waits until the board has been quiet this long.
 */
const QUIET_MS = 1000;

/** Counts the board's changes, once per spell of changes followed by QUIET_MS without one: a key to fetch its history again. */
export function useQuietChanges(): number {
  const { store } = useBoardContext();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setCount((n) => n + 1), QUIET_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  return count;
}
