import { describe, expect, it } from 'vitest';
import { actualMinutes, elapsedMs, formatClock, timerReading, type ItemProgress } from '../../../shared/meeting/timer.ts';

const T0 = 1_744_700_000_000;
const paused = (elapsed: number, extra = 0): ItemProgress => ({ elapsedMs: elapsed, extraMs: extra, done: false });
const runningFrom = (since: number, elapsed = 0, extra = 0): ItemProgress => ({ elapsedMs: elapsed, runningSince: since, extraMs: extra, done: false });

describe('timerReading', () => {
  it('[MTG18] remaining = planned + extensions − elapsed, the running part included', () => {
    expect(timerReading(10, runningFrom(T0, 60_000, 120_000), T0 + 30_000)).toEqual({
      plannedMs: 600_000,
      extraMs: 120_000,
      elapsedMs: 90_000,
      remainingMs: 630_000,
      running: true,
      phase: 'normal',
    });
    expect(timerReading(5, undefined, T0)).toEqual({ plannedMs: 300_000, extraMs: 0, elapsedMs: 0, remainingMs: 300_000, running: false, phase: 'normal' });
  });

  it('[MTG18] warns in the last minute, and is over from exactly 0 on', () => {
    const phase = (elapsed: number) => timerReading(2, paused(elapsed), T0).phase;
    expect(phase(59_999)).toBe('normal');
    expect(phase(60_000)).toBe('warning');
    expect(phase(119_999)).toBe('warning');
    expect(phase(120_000)).toBe('over');
    expect(phase(255_000)).toBe('over');
    expect(timerReading(2, paused(255_000), T0).remainingMs).toBe(-135_000);
  });

  it('[MTG14] a clock behind runningSince counts no time', () => {
    expect(elapsedMs(runningFrom(T0, 1_000), T0 - 5_000)).toBe(1_000);
    expect(elapsedMs(undefined, T0)).toBe(0);
  });
});

describe('formatClock', () => {
  it('[MTG19] time left rounds up, so a countdown never shows a second too few', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(599_001)).toBe('10:00');
    expect(formatClock(599_000)).toBe('09:59');
    expect(formatClock(200)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
  });

  it('[MTG19] time over rounds down and shows its absolute value', () => {
    expect(formatClock(-999)).toBe('00:00');
    expect(formatClock(-1_000)).toBe('00:01');
    expect(formatClock(-135_000)).toBe('02:15');
    expect(formatClock(-135_999)).toBe('02:15');
  });

  it('[MTG19] minutes pass 59 as they are; a value that is no number reads 00:00', () => {
    expect(formatClock(75 * 60_000)).toBe('75:00');
    expect(formatClock(600 * 60_000)).toBe('600:00');
    expect(formatClock(Number.NaN)).toBe('00:00');
  });
});

describe('actualMinutes', () => {
  it('[MTG19] is the elapsed time in whole minutes, rounded to the nearest', () => {
    expect(actualMinutes(paused(12 * 60_000 + 29_999), T0)).toBe(12);
    expect(actualMinutes(paused(12 * 60_000 + 30_000), T0)).toBe(13);
    expect(actualMinutes(runningFrom(T0, 60_000), T0 + 60_000)).toBe(2);
    expect(actualMinutes(undefined, T0)).toBe(0);
  });
});
