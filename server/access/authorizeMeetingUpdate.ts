import type * as Y from 'yjs';
import { getProgress, getRun } from '../../shared/meeting/meetingDoc.ts';
import { MAX_CLOCK_SKEW_MS, RUNNING_STATE_ROOTS } from '../../shared/meeting/meetingSchema.ts';
import type { BoardAccess } from './roles.ts';
import { APPLY, IGNORE, refuse, type UpdateOutcome } from '../sync/UpdateOutcome.ts';
import type { UpdateEffect } from '../sync/UpdateEffect.ts';

/** The meta keys initMeeting sets once and no one changes: what makes the document a meeting of its version (MTS3). */
const FIXED_META: readonly string[] = ['kind', 'schemaVersion'];

/** The running-state timestamps an update may set (MTS5), per top-level type: `run`'s own keys, or a key of each `progress` entry. */
const RUN_TIMES = ['startedAt', 'endedAt'] as const;
const PROGRESS_TIME = 'runningSince';

/** True for a path only a facilitator may change (MTS4): the running state, or meta's kind and version. */
function facilitatorsOnly(path: readonly string[]): boolean {
  const [top, key] = path;
  if ((RUNNING_STATE_ROOTS as readonly string[]).includes(top!)) return true;
  return top === 'meta' && key !== undefined && FIXED_META.includes(key);
}

/** Every running-state timestamp `after` holds that differs from `before`'s: what this update sets. */
function setTimes(before: Y.Doc, after: Y.Doc): { path: string; at: unknown }[] {
  const set: { path: string; at: unknown }[] = [];
  const [runBefore, runAfter] = [getRun(before), getRun(after)];
  for (const key of RUN_TIMES) {
    if (runAfter.get(key) !== runBefore.get(key)) set.push({ path: `run.${key}`, at: runAfter.get(key) });
  }
  const progressBefore = getProgress(before);
  getProgress(after).forEach((entry, itemId) => {
    const at = entry.get(PROGRESS_TIME);
    if (at !== progressBefore.get(itemId)?.get(PROGRESS_TIME)) set.push({ path: `progress.${itemId}.${PROGRESS_TIME}`, at });
  });
  return set;
}

/**
 * MTS5: the running state's times are the server's (epoch ms), since every browser counts a timer
 * from them; a timestamp an update sets more than MAX_CLOCK_SKEW_MS from `now` comes from a clock
 * that is off (or a client that lies), and would show every room a wrong countdown. A time removed
 * (a pause, a restart) is no time set.
 */
function timesNear(before: Y.Doc, after: Y.Doc, now: number): UpdateOutcome {
  for (const { path, at } of setTimes(before, after)) {
    if (typeof at === 'number' && Math.abs(at - now) > MAX_CLOCK_SKEW_MS) return refuse('bad_time', `${path} is ${Math.round((at - now) / 1000)} s from the server's clock`);
  }
  return APPLY;
}

/**
 * Decides an update of a meeting document from its effect on a scratch copy (MTS3-MTS5); the schema
 * and its caps were checked before (MTS2). A facilitator may change anything valid; an editor the
 * facts, attendees, agenda and notes, never the running state (`run`, `progress`) or meta's kind and
 * version: one such path refuses the whole update (facilitator_only), as one card outside a unit
 * chief's scope does (UPD4). A unit chief, a viewer and a share link only read (read_only). Times the
 * update sets must be near `now`, the server's clock in epoch ms.
 */
export function authorizeMeetingUpdate(writer: BoardAccess, effect: UpdateEffect, before: Y.Doc, after: Y.Doc, now: number): UpdateOutcome {
  if (writer.role !== 'facilitator' && writer.role !== 'editor') return effect.changed ? refuse('read_only', 'only a facilitator or an editor changes a meeting') : IGNORE;
  if (writer.role === 'editor') {
    const running = effect.paths.find(facilitatorsOnly);
    if (running) return refuse('facilitator_only', `changes ${running.join('.')}`);
  }
  return timesNear(before, after, now);
}
