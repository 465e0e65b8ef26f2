import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { getAgenda, getProgress, getRun } from './meetingDoc.ts';
import { currentItemId, isDone, meetingStatus, requireItem, requireMeeting, sortedEntries } from './meetingLookup.ts';
import { MEETING_LIMITS, type MeetingStatus } from './meetingSchema.ts';

/**
 * The facilitator's operations (MTG13–MTG17): the running state in `run` and `progress`, all
 * times server epoch ms passed in as `now` (MTG17). Each validates first and writes in one
 * transaction (DOC6); a time is added to an item's `elapsedMs` only when its `runningSince` is
 * removed in the same transaction, so no running part is ever counted twice (MTG14).
 */

function requireNow(now: number): number {
  if (typeof now !== 'number' || !Number.isFinite(now) || now < 0) throw new SchemaError('invalid_value', 'now', 'now must be server epoch milliseconds');
  return now;
}

/** Refuses an operation the meeting's status does not allow (MTG16). */
function requireStatus(doc: Y.Doc, allowed: readonly MeetingStatus[]): MeetingStatus {
  requireMeeting(doc);
  const status = meetingStatus(doc);
  if (!allowed.includes(status)) throw new SchemaError('meeting_state', 'status', `not allowed while the meeting is ${status}`);
  return status;
}

function requireCurrent(doc: Y.Doc): string {
  const current = currentItemId(doc);
  if (current === undefined) throw new SchemaError('meeting_state', 'currentItem', 'the meeting has no current item');
  return current;
}

/** The item's progress map, made when it has none. Call inside a transaction. */
function progressOf(doc: Y.Doc, itemId: string): Y.Map<unknown> {
  const progress = getProgress(doc);
  const existing = progress.get(itemId);
  if (existing) return existing;
  const made = new Y.Map<unknown>();
  progress.set(itemId, made);
  made.set('elapsedMs', 0);
  made.set('extraMs', 0);
  made.set('done', false);
  return made;
}

const numberIn = (map: Y.Map<unknown>, key: string): number => {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

/**
 * Stops every timer (MTG14): the current item's, in a running meeting, has its running part
 * (never negative) added to its elapsedMs; any other `runningSince` is what two facilitators
 * going to two items at once left behind, which no reader counts, so it is dropped uncounted.
 * Also drops the progress of removed items, which an editor cannot do: progress is running state.
 * Call inside a transaction, before the current item changes.
 */
function settleTimers(doc: Y.Doc, now: number): void {
  const agenda = getAgenda(doc);
  const progress = getProgress(doc);
  const counting = meetingStatus(doc) === 'running' ? currentItemId(doc) : undefined;
  for (const [itemId, entry] of [...progress.entries()]) {
    if (!agenda.has(itemId)) {
      progress.delete(itemId);
      continue;
    }
    const since = entry.get('runningSince');
    if (since === undefined) continue;
    if (itemId === counting && typeof since === 'number' && Number.isFinite(since)) {
      entry.set('elapsedMs', numberIn(entry, 'elapsedMs') + Math.max(0, now - since));
    }
    entry.delete('runningSince');
  }
}

/** Starts an item's timer at `now`. Call inside a transaction, after settleTimers. */
function runTimer(doc: Y.Doc, itemId: string, now: number): void {
  progressOf(doc, itemId).set('runningSince', now);
}

/**
 * Starts a planned meeting (MTG15): status running, startedAt `now`, the current item (the one
 * chosen beforehand, else the first) becomes current and its timer runs. An empty agenda starts too.
 */
export function startMeeting(doc: Y.Doc, now: number, origin: unknown = null): void {
  requireStatus(doc, ['planned']);
  requireNow(now);
  const current = currentItemId(doc) ?? sortedEntries(getAgenda(doc))[0]?.id;
  doc.transact(() => {
    const run = getRun(doc);
    settleTimers(doc, now);
    run.set('status', 'running');
    run.set('startedAt', now);
    if (current !== undefined) {
      run.set('currentItem', current);
      runTimer(doc, current, now);
    }
  }, origin);
}

/**
 * Makes `itemId` current (MTG15): the current item's running part is added to its elapsedMs
 * (MTG14) and the new item's timer runs if the meeting is running. Before the start it only chooses where
 * the meeting begins. Going to the current item changes nothing.
 */
export function goToItem(doc: Y.Doc, itemId: string, now: number, origin: unknown = null): void {
  const status = requireStatus(doc, ['planned', 'running']);
  requireItem(doc, itemId);
  requireNow(now);
  if (currentItemId(doc) === itemId) return;
  doc.transact(() => {
    settleTimers(doc, now);
    getRun(doc).set('currentItem', itemId);
    if (status === 'running') runTimer(doc, itemId, now);
  }, origin);
}

/**
 * Marks the current item done and goes to the next item after it that is not done (MTG15); at
 * the last it stays, its timer stopped. With no current item it goes to the first not done.
 */
export function nextItem(doc: Y.Doc, now: number, origin: unknown = null): void {
  requireStatus(doc, ['running']);
  requireNow(now);
  const current = currentItemId(doc);
  const items = sortedEntries(getAgenda(doc));
  const from = current === undefined ? 0 : items.findIndex((i) => i.id === current) + 1;
  const next = items.slice(from).find((i) => !isDone(doc, i.id))?.id;
  doc.transact(() => {
    settleTimers(doc, now);
    if (current !== undefined) progressOf(doc, current).set('done', true);
    if (next !== undefined) {
      getRun(doc).set('currentItem', next);
      runTimer(doc, next, now);
    }
  }, origin);
}

/** Runs the current item's timer (MTG15); a running timer keeps running. */
export function startTimer(doc: Y.Doc, now: number, origin: unknown = null): void {
  requireStatus(doc, ['running']);
  requireNow(now);
  const current = requireCurrent(doc);
  if (getProgress(doc).get(current)?.get('runningSince') !== undefined) return;
  doc.transact(() => {
    settleTimers(doc, now);
    runTimer(doc, current, now);
  }, origin);
}

/** Stops the timer, its running part added to elapsedMs (MTG14); a paused timer stays paused. */
export function pauseTimer(doc: Y.Doc, now: number, origin: unknown = null): void {
  requireStatus(doc, ['running']);
  requireNow(now);
  doc.transact(() => settleTimers(doc, now), origin);
}

/** Gives the current item `minutes` more (1–600), added to its extraMs (MTG15). */
export function extendTimer(doc: Y.Doc, minutes: number, origin: unknown = null): void {
  requireStatus(doc, ['planned', 'running']);
  const current = requireCurrent(doc);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MEETING_LIMITS.minutes) {
    throw new SchemaError('invalid_value', 'minutes', `minutes must be an integer from 1 to ${MEETING_LIMITS.minutes}`);
  }
  doc.transact(() => {
    const entry = progressOf(doc, current);
    entry.set('extraMs', numberIn(entry, 'extraMs') + minutes * 60_000);
  }, origin);
}

/** Marks an item done or not (MTG15), in any status: after the meeting it decides what carries over (MTG20). */
export function setItemDone(doc: Y.Doc, itemId: string, done: boolean, origin: unknown = null): void {
  requireItem(doc, itemId);
  if (typeof done !== 'boolean') throw new SchemaError('invalid_value', 'done', 'done must be a boolean');
  doc.transact(() => progressOf(doc, itemId).set('done', done), origin);
}

/** Ends the meeting (MTG15): every timer stopped, the current item done, status ended, endedAt `now`. */
export function endMeeting(doc: Y.Doc, now: number, origin: unknown = null): void {
  requireStatus(doc, ['running']);
  requireNow(now);
  const current = currentItemId(doc);
  doc.transact(() => {
    settleTimers(doc, now);
    if (current !== undefined) progressOf(doc, current).set('done', true);
    const run = getRun(doc);
    run.set('status', 'ended');
    run.set('endedAt', now);
  }, origin);
}
