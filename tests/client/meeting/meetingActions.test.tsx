// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getAgenda, getAttendees, getMeetingMeta, getProgress, getRun } from '../../../shared/meeting/meetingDoc.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingActions, type MeetingActions } from '../../../client/meeting/useMeetingActions.ts';
import { SERVER_NOW, threeItemMeeting } from './renderMeeting.tsx';

afterEach(cleanup);

const USER = { kind: 'local-user' };

/** The meeting's actions over `doc` as this user, on a server clock the test moves; errors thrown, not swallowed. */
function actionsOn(doc: Y.Doc): { actions: MeetingActions; advance: (ms: number) => void } {
  let now = SERVER_NOW;
  const { result } = renderHook(() =>
    useMeetingActions(doc, USER, () => now, (error) => {
      throw error;
    }),
  );
  return { actions: result.current, advance: (ms) => void (now += ms) };
}

describe('useMeetingActions', () => {
  it('[MTG17] stamps every run operation with the server’s clock it is given, never this computer’s', () => {
    const doc = threeItemMeeting();
    const { actions, advance } = actionsOn(doc);
    actions.start();
    advance(60_000);
    actions.pauseTimer();
    advance(30_000);
    actions.startTimer();
    advance(120_000);
    actions.next();
    advance(90_000);
    actions.goTo('item-c');
    advance(10_000);
    actions.end();
    const { run, progress } = readMeeting(doc);
    expect(run).toMatchObject({ status: 'ended', startedAt: SERVER_NOW, endedAt: SERVER_NOW + 310_000 });
    // Every elapsed time is a difference of server stamps: 60 s, then 120 s after the resume, for item a; 90 s for b; 10 s for c.
    expect([progress['item-a']?.elapsedMs, progress['item-b']?.elapsedMs, progress['item-c']?.elapsedMs]).toEqual([180_000, 90_000, 10_000]);
  });

  it('[MTP5] leaves the running state out of this user’s undo: undoing every step undoes the edits alone, the meeting runs on', () => {
    const doc = threeItemMeeting();
    // An undo manager over the whole meeting, tracking this user's origin, as an undo on the page would be.
    const undo = new Y.UndoManager([getMeetingMeta(doc), getAttendees(doc), getAgenda(doc), getRun(doc), getProgress(doc)], { trackedOrigins: new Set([USER]) });
    const { actions, advance } = actionsOn(doc);
    actions.start();
    undo.stopCapturing();
    actions.updateItem('item-b', { presenter: 'Bo Ek' });
    undo.stopCapturing();
    advance(60_000);
    actions.next();
    actions.extend(5);
    while (undo.canUndo()) undo.undo();
    const meeting = readMeeting(doc);
    expect(meeting.agenda.find((item) => item.id === 'item-b')?.presenter).toBeUndefined();
    expect(meeting.run).toMatchObject({ status: 'running', startedAt: SERVER_NOW, currentItem: 'item-b' });
    expect(meeting.progress['item-a']).toMatchObject({ elapsedMs: 60_000, done: true });
    expect(meeting.progress['item-b']).toMatchObject({ runningSince: SERVER_NOW + 60_000, extraMs: 5 * 60_000 });
    undo.destroy();
  });
});
