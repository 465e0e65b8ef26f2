import type * as Y from 'yjs';
import { getApprovals, getMinutes, getProgress, getRun } from '../../shared/meeting/meetingDoc.ts';
import { MAX_CLOCK_SKEW_MS, RUNNING_STATE_ROOTS } from '../../shared/meeting/meetingSchema.ts';
import { lockedChange } from '../../shared/meeting/minutesLock.ts';
import { numberingChange } from '../../shared/meeting/paragraphs.ts';
import { readAdjusters, readMinutes } from '../../shared/meeting/readMinutes.ts';
import type { ConnectionAccess } from './ConnectionAccess.ts';
import { principalUserId } from './Principal.ts';
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

/** Every account whose approval (`minutes.approvals.<userId>`) `after` holds otherwise than `before`: set, changed or removed, the map replaced included. */
function changedApprovals(before: Y.Doc, after: Y.Doc): { userId: string; was: unknown; is: unknown }[] {
  const [was, is] = [getApprovals(before), getApprovals(after)];
  const ids = new Set([...(was?.keys() ?? []), ...(is?.keys() ?? [])]);
  return [...ids].map((userId) => ({ userId, was: was?.get(userId), is: is?.get(userId) })).filter((c) => c.was !== c.is);
}

/**
 * MTS15: a justerare approves in their own account (MTG27), so an approval is set only by the
 * connection of that very account, while it is named, and never changed once given; an approval is
 * removed only with its account's naming (setAdjusters drops it). The status becomes 'approved' only
 * with every approval there, so no one locks the minutes without the justerare.
 */
function approvalsOwn(userId: string | null, before: Y.Doc, after: Y.Doc, now: number): UpdateOutcome {
  const named = new Set(readAdjusters(after).map((a) => a.userId));
  for (const change of changedApprovals(before, after)) {
    if (change.is === undefined) {
      if (named.has(change.userId)) return refuse('own_approval', `removes the approval of ${change.userId}, still a justerare`);
      continue;
    }
    if (change.userId !== userId) return refuse('own_approval', `writes the approval of ${change.userId}`);
    if (!named.has(change.userId)) return refuse('own_approval', `${change.userId} is no justerare`);
    if (change.was !== undefined) return refuse('own_approval', `changes the approval ${change.userId} gave`);
    const at = typeof change.is === 'string' ? Date.parse(change.is) : NaN;
    if (Math.abs(at - now) > MAX_CLOCK_SKEW_MS) return refuse('bad_time', `the approval of ${change.userId} is not the server's time`);
  }
  const status = getMinutes(after).get('status');
  if (status === 'approved' && status !== getMinutes(before).get('status')) {
    const { adjusters, approvals } = readMinutes(after);
    if (adjusters.length === 0 || adjusters.some((a) => !Object.hasOwn(approvals, a.userId))) return refuse('own_approval', 'sets the minutes approved before every justerare has approved');
  }
  return APPLY;
}

/**
 * MTS13, MTS14: what no client changes, whatever its role: approved minutes and what they are drafted
 * from (lockedChange; a new Rättelse entry is let through), and the paragraph numbers, which are the
 * server's series (numberingChange, MTG25).
 */
function serversOnly(before: Y.Doc, after: Y.Doc, paths: UpdateEffect['paths']): UpdateOutcome {
  const locked = lockedChange(before, after, paths);
  if (locked) return refuse('minutes_locked', `changes ${locked.join('.')} of approved minutes`);
  const numbered = numberingChange(before, after);
  if (numbered !== undefined) return refuse('server_numbers', `changes the paragraph of decision ${numbered}`);
  return APPLY;
}

/**
 * Decides an update of a meeting document from its effect on a scratch copy (MTS3-MTS5, MTS13-MTS15);
 * the schema and its caps were checked before (MTS2). A facilitator may change anything valid but
 * approved minutes, the paragraph numbers and others' approvals; an editor also never the running
 * state (`run`, `progress`) or meta's kind and version: one such path refuses the whole update, as
 * one card outside a unit chief's scope does (UPD4). A unit chief, a viewer and a share link only
 * read (read_only). Times the update sets must be near `now`, the server's clock in epoch ms.
 */
export function authorizeMeetingUpdate(writer: ConnectionAccess, effect: UpdateEffect, before: Y.Doc, after: Y.Doc, now: number): UpdateOutcome {
  if (writer.role !== 'facilitator' && writer.role !== 'editor') return effect.changed ? refuse('read_only', 'only a facilitator or an editor changes a meeting') : IGNORE;
  const decided = serversOnly(before, after, effect.paths);
  if (decided.verdict !== 'apply') return decided;
  if (writer.role === 'editor') {
    const running = effect.paths.find(facilitatorsOnly);
    if (running) return refuse('facilitator_only', `changes ${running.join('.')}`);
  }
  const approvals = approvalsOwn(principalUserId(writer.principal), before, after, now);
  return approvals.verdict === 'apply' ? timesNear(before, after, now) : approvals;
}
