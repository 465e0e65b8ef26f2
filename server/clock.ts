import { performance } from 'node:perf_hooks';

/** The server's clock: what sessions expire by and history entries are stamped with. */
export type Clock = () => Date;

/** Where a clock reads the time; tests give a wall that steps back. */
export interface ClockSources {
  /** Wall time in ms since the epoch: read once, when the clock is made. */
  wall?: () => number;
  /** A monotonic reading in ms (never steps back): every duration comes from it. */
  monotonic?: () => number;
}

/**
 * A clock that never steps back within the process (OPS5): the wall time when it was made plus
 * the monotonic time elapsed since. A wall clock set back by NTP or by hand would otherwise keep
 * sessions alive past their TTL and stamp history entries before the ones already there.
 * The cost: a wall clock that is corrected while the server runs is taken up at the next start.
 */
export function createClock(sources: ClockSources = {}): Clock {
  const monotonic = sources.monotonic ?? (() => performance.now());
  const base = (sources.wall ?? Date.now)() - monotonic();
  return () => new Date(base + monotonic());
}
