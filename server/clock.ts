import { performance } from 'node:perf_hooks';

/** The server's clock: what sessions expire by and history entries are stamped with. */
export type Clock = () => Date;

/** Where a clock reads the time; tests give a wall that steps back. */
export interface ClockSources {
  /** Wall time in ms since the epoch. */
  wall?: () => number;
  /** A monotonic reading in ms (never steps back): every duration comes from it. */
  monotonic?: () => number;
}

/**
 * A clock that never steps back within the process (OPS5): the monotonic time elapsed, on top of
 * the wall time when the clock was made. A wall clock set forward (NTP catching up) is taken up;
 * one set back (by NTP or by hand) is not, since it would keep sessions alive past their TTL and
 * stamp history entries before the ones already there. So between two readings at least the
 * monotonic time elapsed has passed: a session never outlives its TTL, it may end early.
 */
export function createClock(sources: ClockSources = {}): Clock {
  const wall = sources.wall ?? Date.now;
  const monotonic = sources.monotonic ?? (() => performance.now());
  let offset = wall() - monotonic();
  return () => {
    const elapsed = monotonic();
    offset = Math.max(offset, wall() - elapsed);
    return new Date(offset + elapsed);
  };
}
