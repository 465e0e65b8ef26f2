import { useSyncExternalStore } from 'react';
import { createServerClock, fetchServerTime, type ServerClock } from './serverClock.ts';

/** How often a page that shows a meeting measures again: clocks drift, laptops sleep. */
const REMEASURE_MS = 3 * 60_000;
/** How soon a measurement that got no answer is tried again. */
const RETRY_MS = 5_000;

/** The page's one server clock: the meeting page, its stage and the projector read the same offset. */
const clock: ServerClock = createServerClock({ fetchTime: fetchServerTime });

let users = 0;
let stopWatching: (() => void) | undefined;
let retry: ReturnType<typeof setTimeout> | undefined;

/** Measures now, and again shortly when the server could not be asked. */
function measureSoon(): void {
  void clock.measure().then(() => {
    if (!clock.isReady() && users > 0) retry = setTimeout(measureSoon, RETRY_MS);
  });
}

/** Measures while anyone reads the clock: at once, every few minutes, back online and back in view. */
function watch(): () => void {
  measureSoon();
  const interval = setInterval(measureSoon, REMEASURE_MS);
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') measureSoon();
  };
  window.addEventListener('online', measureSoon);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(interval);
    clearTimeout(retry);
    window.removeEventListener('online', measureSoon);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

function subscribe(listener: () => void): () => void {
  if (users++ === 0) stopWatching = watch();
  const unsubscribe = clock.subscribe(listener);
  return () => {
    unsubscribe();
    if (--users === 0) stopWatching?.();
  };
}

/** Measures the offset again: a sync connection that came back may have been away across a clock change. */
export function remeasureServerClock(): void {
  measureSoon();
}

/** What useServerClock returns: the server's time now, and whether it has been measured yet. */
export interface ServerTime {
  now(): number;
  ready: boolean;
}

const READY: ServerTime = { now: clock.now, ready: true };
const NOT_READY: ServerTime = { now: clock.now, ready: false };
const snapshot = (): ServerTime => (clock.isReady() ? READY : NOT_READY);

/**
 * The server's clock (GET /api/time, the sample with the shortest round trip), measured while a
 * component reads it. `now()` is the local clock until `ready`; the same object between changes.
 */
export function useServerClock(): ServerTime {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
