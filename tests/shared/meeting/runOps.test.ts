import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endMeeting, extendTimer, goToItem, nextItem, pauseTimer, setItemDone, startMeeting, startTimer } from '../../../shared/meeting/runOps.ts';
import { addAgendaItem, removeAgendaItem, setItemNotes, setMeetingField } from '../../../shared/meeting/meetingOps.ts';
import { getProgress } from '../../../shared/meeting/meetingDoc.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { elapsedMs } from '../../../shared/meeting/timer.ts';
import { expectMeetingRefused, makeMeeting, threeItems } from './helpers/meetings.ts';

const T0 = 1_744_700_000_000;
const MIN = 60_000;

const progressOf = (doc: Y.Doc, id: string) => readMeeting(doc).progress[id];
const running = (doc: Y.Doc): string[] => Object.entries(readMeeting(doc).progress).flatMap(([id, p]) => (p.runningSince === undefined ? [] : [id]));

describe('startMeeting', () => {
  it('[MTG15] starts: running, startedAt, the first item current with its timer running', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0, 'f');
    const { run, progress } = readMeeting(doc);
    expect(run).toEqual({ status: 'running', startedAt: T0, currentItem: 'i1' });
    expect(progress).toEqual({ i1: { elapsedMs: 0, extraMs: 0, done: false, runningSince: T0 } });
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG15] begins at the item chosen before the start', () => {
    const doc = makeMeeting(threeItems);
    goToItem(doc, 'i2', T0 - MIN);
    expect(readMeeting(doc).run).toEqual({ status: 'planned', currentItem: 'i2' });
    expect(running(doc)).toEqual([]);
    startMeeting(doc, T0);
    expect(readMeeting(doc).run.currentItem).toBe('i2');
    expect(running(doc)).toEqual(['i2']);
  });

  it('[MTG15] an empty agenda starts too, with no current item', () => {
    const doc = makeMeeting();
    startMeeting(doc, T0);
    expect(readMeeting(doc).run).toEqual({ status: 'running', startedAt: T0 });
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG16] refuses a meeting already running or ended, and a bad time', () => {
    const doc = makeMeeting(threeItems);
    expectMeetingRefused(doc, () => startMeeting(doc, Number.NaN), 'invalid_value', 'now');
    expectMeetingRefused(doc, () => startMeeting(doc, -1), 'invalid_value', 'now');
    startMeeting(doc, T0);
    expectMeetingRefused(doc, () => startMeeting(doc, T0 + 1), 'meeting_state', 'status');
    endMeeting(doc, T0 + MIN);
    expectMeetingRefused(doc, () => startMeeting(doc, T0 + 2 * MIN), 'meeting_state', 'status');
  });
});

describe('goToItem', () => {
  it('[MTG14] adds the running part to the item left, once, and runs the new item', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    goToItem(doc, 'i3', T0 + 3 * MIN);
    expect(progressOf(doc, 'i1')).toEqual({ elapsedMs: 3 * MIN, extraMs: 0, done: false });
    expect(progressOf(doc, 'i3')).toEqual({ elapsedMs: 0, extraMs: 0, done: false, runningSince: T0 + 3 * MIN });
    goToItem(doc, 'i1', T0 + 5 * MIN);
    expect(progressOf(doc, 'i1')).toEqual({ elapsedMs: 3 * MIN, extraMs: 0, done: false, runningSince: T0 + 5 * MIN });
    expect(progressOf(doc, 'i3')!.elapsedMs).toBe(2 * MIN);
    goToItem(doc, 'i2', T0 + 6 * MIN);
    expect(progressOf(doc, 'i1')!.elapsedMs).toBe(4 * MIN);
  });

  it('[MTG15] going to the current item changes nothing', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    const before = Y.encodeStateAsUpdate(doc);
    goToItem(doc, 'i1', T0 + MIN);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('[MTG14] a clock behind the start counts no negative time', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    goToItem(doc, 'i2', T0 - 5_000);
    expect(progressOf(doc, 'i1')!.elapsedMs).toBe(0);
  });

  it('[MTG16] refuses an unknown item and an ended meeting', () => {
    const doc = makeMeeting(threeItems);
    expectMeetingRefused(doc, () => goToItem(doc, 'nope', T0), 'unknown_item', 'itemId');
    startMeeting(doc, T0);
    endMeeting(doc, T0 + MIN);
    expectMeetingRefused(doc, () => goToItem(doc, 'i2', T0 + 2 * MIN), 'meeting_state', 'status');
  });
});

describe('nextItem', () => {
  it('[MTG15] marks the current item done and goes to the next not done; at the last it stays, stopped', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    setItemDone(doc, 'i2', true);
    nextItem(doc, T0 + 10 * MIN);
    expect(readMeeting(doc).run.currentItem).toBe('i3');
    expect(progressOf(doc, 'i1')).toEqual({ elapsedMs: 10 * MIN, extraMs: 0, done: true });
    expect(running(doc)).toEqual(['i3']);
    nextItem(doc, T0 + 15 * MIN);
    expect(readMeeting(doc).run.currentItem).toBe('i3');
    expect(progressOf(doc, 'i3')).toEqual({ elapsedMs: 5 * MIN, extraMs: 0, done: true });
    expect(running(doc)).toEqual([]);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG10] [MTG15] with the current item removed it goes to the first item not done', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    goToItem(doc, 'i2', T0 + MIN);
    removeAgendaItem(doc, 'i2');
    expect(readMeeting(doc).run.currentItem).toBeUndefined();
    nextItem(doc, T0 + 2 * MIN);
    expect(readMeeting(doc).run.currentItem).toBe('i1');
    expect(getProgress(doc).has('i2')).toBe(false);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG16] refuses a meeting that is not running', () => {
    const doc = makeMeeting(threeItems);
    expectMeetingRefused(doc, () => nextItem(doc, T0), 'meeting_state', 'status');
  });
});

describe('the timer', () => {
  it('[MTG14] pause adds the running part once; a second pause and a second start change nothing', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    pauseTimer(doc, T0 + 2 * MIN);
    const paused = Y.encodeStateVector(doc);
    pauseTimer(doc, T0 + 3 * MIN);
    expect(progressOf(doc, 'i1')).toEqual({ elapsedMs: 2 * MIN, extraMs: 0, done: false });
    startTimer(doc, T0 + 4 * MIN);
    expect(Y.encodeStateVector(doc)).not.toEqual(paused);
    const started = Y.encodeStateAsUpdate(doc);
    startTimer(doc, T0 + 5 * MIN);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(started);
    expect(elapsedMs(progressOf(doc, 'i1'), T0 + 6 * MIN)).toBe(4 * MIN);
    endMeeting(doc, T0 + 7 * MIN);
    expect(progressOf(doc, 'i1')).toEqual({ elapsedMs: 5 * MIN, extraMs: 0, done: true });
  });

  it('[MTG15] extendTimer adds to the current item\'s extraMs', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    extendTimer(doc, 5);
    extendTimer(doc, 2);
    expect(progressOf(doc, 'i1')!.extraMs).toBe(7 * MIN);
    expectMeetingRefused(doc, () => extendTimer(doc, 0), 'invalid_value', 'minutes');
    expectMeetingRefused(doc, () => extendTimer(doc, 1.5), 'invalid_value', 'minutes');
    expectMeetingRefused(doc, () => extendTimer(doc, 601), 'invalid_value', 'minutes');
  });

  it('[MTG16] the timer ops need a running meeting with a current item', () => {
    const empty = makeMeeting();
    startMeeting(empty, T0);
    expectMeetingRefused(empty, () => startTimer(empty, T0), 'meeting_state', 'currentItem');
    expectMeetingRefused(empty, () => extendTimer(empty, 5), 'meeting_state', 'currentItem');
    const planned = makeMeeting(threeItems);
    expectMeetingRefused(planned, () => startTimer(planned, T0), 'meeting_state', 'status');
    expectMeetingRefused(planned, () => pauseTimer(planned, T0), 'meeting_state', 'status');
    expectMeetingRefused(planned, () => extendTimer(planned, 5), 'meeting_state', 'currentItem');
    goToItem(planned, 'i1', T0);
    extendTimer(planned, 5);
    expect(progressOf(planned, 'i1')!.extraMs).toBe(5 * MIN);
  });
});

describe('setItemDone and endMeeting', () => {
  it('[MTG15] setItemDone marks any item done or not, in every status', () => {
    const doc = makeMeeting(threeItems);
    setItemDone(doc, 'i3', true);
    expect(progressOf(doc, 'i3')!.done).toBe(true);
    startMeeting(doc, T0);
    endMeeting(doc, T0 + MIN);
    setItemDone(doc, 'i1', false);
    expect(progressOf(doc, 'i1')!.done).toBe(false);
    expectMeetingRefused(doc, () => setItemDone(doc, 'nope', true), 'unknown_item', 'itemId');
    expectMeetingRefused(doc, () => setItemDone(doc, 'i1', 'yes' as never), 'invalid_value', 'done');
  });

  it('[MTG15] endMeeting stops the timer, marks the current item done, sets ended and endedAt', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    nextItem(doc, T0 + 9 * MIN);
    endMeeting(doc, T0 + 30 * MIN, 'f');
    const { run, progress } = readMeeting(doc);
    expect(run).toEqual({ status: 'ended', startedAt: T0, endedAt: T0 + 30 * MIN, currentItem: 'i2' });
    expect(progress).toEqual({ i1: { elapsedMs: 9 * MIN, extraMs: 0, done: true }, i2: { elapsedMs: 21 * MIN, extraMs: 0, done: true } });
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG16] an ended meeting refuses its run operations but keeps its facts and notes editable', () => {
    const doc = makeMeeting(threeItems);
    startMeeting(doc, T0);
    endMeeting(doc, T0 + MIN);
    expectMeetingRefused(doc, () => endMeeting(doc, T0 + 2 * MIN), 'meeting_state', 'status');
    expectMeetingRefused(doc, () => nextItem(doc, T0 + 2 * MIN), 'meeting_state', 'status');
    expectMeetingRefused(doc, () => startTimer(doc, T0 + 2 * MIN), 'meeting_state', 'status');
    expectMeetingRefused(doc, () => pauseTimer(doc, T0 + 2 * MIN), 'meeting_state', 'status');
    expectMeetingRefused(doc, () => extendTimer(doc, 5), 'meeting_state', 'status');
    setItemNotes(doc, 'i1', 'Protokollet skrivs');
    setMeetingField(doc, 'place', 'Rum 2');
    addAgendaItem(doc, { title: 'Tillägg', minutes: 5, kind: 'information' });
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG15] [DOC6] every run op writes in one transaction with the given origin', () => {
    const doc = makeMeeting(threeItems);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    startMeeting(doc, T0, 'f');
    goToItem(doc, 'i2', T0 + 1, 'f');
    pauseTimer(doc, T0 + 2, 'f');
    startTimer(doc, T0 + 3, 'f');
    extendTimer(doc, 1, 'f');
    setItemDone(doc, 'i3', true, 'f');
    nextItem(doc, T0 + 4, 'f');
    endMeeting(doc, T0 + 5, 'f');
    expect(origins).toEqual(Array(8).fill('f'));
  });
});
