/**
 * The item timer as everyone reads it (MTG18, MTG19): pure arithmetic on the progress of one item
 * and the server's time `now` (epoch ms, corrected by the client's measured offset), so every
 * browser shows the same countdown whatever its own clock says.
 */

/** One item's progress as readMeeting gives it (MTG13). */
export interface ItemProgress {
  /** Time counted before `runningSince`. */
  elapsedMs: number;
  /** Server epoch ms the timer runs since; absent when paused. */
  runningSince?: number;
  /** Extensions. */
  extraMs: number;
  done: boolean;
}

export type TimerPhase = 'normal' | 'warning' | 'over';

export interface TimerReading {
  /** The planned minutes in ms, extensions not included. */
  plannedMs: number;
  extraMs: number;
  elapsedMs: number;
  /** plannedMs + extraMs − elapsedMs: negative when over time. */
  remainingMs: number;
  running: boolean;
  phase: TimerPhase;
}

/** The last minute of a time box is a warning (MTG18). */
export const WARNING_MS = 60_000;

/** Time an item has had at `now`: its elapsedMs and, while running, the running part (never negative: a clock behind the start counts 0). */
export function elapsedMs(progress: ItemProgress | undefined, now: number): number {
  if (!progress) return 0;
  const running = progress.runningSince === undefined ? 0 : Math.max(0, now - progress.runningSince);
  return progress.elapsedMs + running;
}

/**
 * The countdown of an item planned for `minutes` (MTG18): 'warning' while 0 < remaining ≤ 60 s,
 * 'over' from remaining ≤ 0 on. At exactly 0 the time is up, so it is 'over' (and formatClock
 * shows 00:00), never a warning with nothing left.
 */
export function timerReading(minutes: number, progress: ItemProgress | undefined, now: number): TimerReading {
  const plannedMs = minutes * 60_000;
  const extraMs = progress?.extraMs ?? 0;
  const elapsed = elapsedMs(progress, now);
  const remainingMs = plannedMs + extraMs - elapsed;
  const phase: TimerPhase = remainingMs <= 0 ? 'over' : remainingMs <= WARNING_MS ? 'warning' : 'normal';
  return { plannedMs, extraMs, elapsedMs: elapsed, remainingMs, running: progress?.runningSince !== undefined, phase };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `mm:ss` of a remaining time's absolute value (MTG19); minutes may pass 59 ('75:00'). Time left
 * rounds up and time over rounds down, so a countdown never shows a second too few: it reads
 * 00:01 until the very end, and "+00:01 över tiden" only after a whole second over.
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '00:00';
  const seconds = ms > 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** An item's actual time in whole minutes, rounded to the nearest (MTG19): what "planned against actual" shows. */
export function actualMinutes(progress: ItemProgress | undefined, now: number): number {
  return Math.round(elapsedMs(progress, now) / 60_000);
}
