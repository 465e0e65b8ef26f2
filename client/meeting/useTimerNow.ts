import { useEffect, useState } from 'react';

/** Four readings a second: a countdown in whole seconds never skips one, nor lags one by more than a quarter. */
const TICK_MS = 250;

/**
 * The time (`now()`, the server's clock) a timer is read at: re-rendering about four times a
 * second while `running`, and not at all while it stands (a paused timer reads the same at any time).
 */
export function useTimerNow(running: boolean, now: () => number): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const interval = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(interval);
  }, [running]);
  return now();
}
