import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, addAttendee, moveAgendaItem, removeAgendaItem, setAttendance, updateAgendaItem } from '../../../shared/meeting/meetingOps.ts';
import { extendTimer, goToItem, nextItem, pauseTimer, startMeeting } from '../../../shared/meeting/runOps.ts';
import { getItemNotes, getProgress } from '../../../shared/meeting/meetingDoc.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { expectMeetingsConverged, makeMeetingBase, threeItems } from './helpers/meetings.ts';
import { mergeConcurrent } from '../helpers/sync.ts';

const T0 = 1_744_700_000_000;
const MIN = 60_000;
const ids = (doc: Y.Doc): string[] => readMeeting(doc).agenda.map((i) => i.id);
const base = makeMeetingBase(threeItems);
const started = makeMeetingBase((d) => {
  threeItems(d);
  startMeeting(d, T0);
});

describe('concurrent edits of a meeting converge (MTG21)', () => {
  it('[MTG21] [MTG6] two people typing in the same notes both keep their words', () => {
    const docs = mergeConcurrent(base, [
      (d) => getItemNotes(d, 'i2')!.insert(0, 'Anna: beslut i maj. '),
      (d) => getItemNotes(d, 'i2')!.insert(0, 'Bo: FSG först.'),
      (d) => updateAgendaItem(d, 'i2', { title: 'Arbetet med åtgärderna' }),
    ]);
    expectMeetingsConverged(docs);
    const notes = readMeeting(docs[0]!).agenda[1]!.notes;
    expect(notes).toContain('Anna: beslut i maj. ');
    expect(notes).toContain('Bo: FSG först.');
    expect(notes).toHaveLength('Anna: beslut i maj. '.length + 'Bo: FSG först.'.length);
    expect(readMeeting(docs[0]!).agenda[1]!.title).toBe('Arbetet med åtgärderna');
  });

  it('[MTG21] [MTG9] two reorders give one order, every item once', () => {
    const docs = mergeConcurrent(base, [(d) => moveAgendaItem(d, 'i3', 0), (d) => moveAgendaItem(d, 'i1', 2)]);
    expectMeetingsConverged(docs);
    expect([...ids(docs[0]!)].sort()).toEqual(['i1', 'i2', 'i3']);
  });

  it('[MTG9] two moves of one item: one wins', () => {
    const docs = mergeConcurrent(base, [(d) => moveAgendaItem(d, 'i3', 0), (d) => moveAgendaItem(d, 'i3', 1)]);
    expectMeetingsConverged(docs);
    expect([['i3', 'i1', 'i2'], ['i1', 'i3', 'i2']]).toContainEqual(ids(docs[0]!));
  });

  it('[MTG9] concurrent adds at one place keep both, ordered by id', () => {
    const docs = mergeConcurrent(base, [
      (d) => addAgendaItem(d, { id: 'q', title: 'Q', minutes: 5, kind: 'information' }, { after: 'i1' }),
      (d) => addAgendaItem(d, { id: 'p', title: 'P', minutes: 5, kind: 'information' }, { after: 'i1' }),
    ]);
    expectMeetingsConverged(docs);
    expect(ids(docs[0]!)).toEqual(['i1', 'p', 'q', 'i2', 'i3']);
  });

  it('[MTG21] [MTG10] an item added after one removed concurrently stays, in its place', () => {
    const docs = mergeConcurrent(base, [
      (d) => addAgendaItem(d, { id: 'n', title: 'Ny', minutes: 5, kind: 'information' }, { after: 'i2' }),
      (d) => removeAgendaItem(d, 'i2'),
    ]);
    expectMeetingsConverged(docs);
    expect(ids(docs[0]!)).toEqual(['i1', 'n', 'i3']);
  });

  it('[MTG10] notes typed in an item removed concurrently go with it', () => {
    const docs = mergeConcurrent(base, [(d) => getItemNotes(d, 'i2')!.insert(0, 'sent'), (d) => removeAgendaItem(d, 'i2')]);
    expectMeetingsConverged(docs);
    expect(ids(docs[0]!)).toEqual(['i1', 'i3']);
  });

  it('[MTG5] two attendance changes: one wins; two adds: both', () => {
    const withAnna = makeMeetingBase((d) => addAttendee(d, { id: 'anna', name: 'Anna', attendance: 'room' }));
    const docs = mergeConcurrent(withAnna, [
      (d) => setAttendance(d, 'anna', 'remote'),
      (d) => setAttendance(d, 'anna', 'absent'),
      (d) => addAttendee(d, { name: 'Bo', attendance: 'room' }),
      (d) => addAttendee(d, { name: 'Cia', attendance: 'remote' }),
    ]);
    expectMeetingsConverged(docs);
    const attendees = readMeeting(docs[0]!).attendees;
    expect(attendees.map((a) => a.name).sort()).toEqual(['Anna', 'Bo', 'Cia']);
    expect(['remote', 'absent']).toContain(attendees.find((a) => a.id === 'anna')!.attendance);
  });

  it('[MTG21] [MTG14] two goToItem give one current item and one running timer; the next op counts only it', () => {
    const docs = mergeConcurrent(started, [(d) => goToItem(d, 'i2', T0 + 2 * MIN), (d) => goToItem(d, 'i3', T0 + 3 * MIN)]);
    expectMeetingsConverged(docs);
    const doc = docs[0]!;
    const { run, progress } = readMeeting(doc);
    expect(['i2', 'i3']).toContain(run.currentItem);
    expect(Object.entries(progress).filter(([, p]) => p.runningSince !== undefined).map(([id]) => id)).toEqual([run.currentItem]);
    const other = run.currentItem === 'i2' ? 'i3' : 'i2';
    expect(getProgress(doc).get(other)!.get('runningSince')).toBeDefined();
    pauseTimer(doc, T0 + 10 * MIN);
    const after = readMeeting(doc).progress;
    expect(after[other]).toEqual({ elapsedMs: 0, extraMs: 0, done: false });
    expect(getProgress(doc).get(other)!.has('runningSince')).toBe(false);
    expect(after[run.currentItem!]!.elapsedMs).toBe(T0 + 10 * MIN - (run.currentItem === 'i2' ? T0 + 2 * MIN : T0 + 3 * MIN));
    expect([2 * MIN, 3 * MIN]).toContain(after.i1!.elapsedMs);
  });

  it('[MTG14] a pause and a goToItem at once never count the running part twice', () => {
    const docs = mergeConcurrent(started, [(d) => pauseTimer(d, T0 + 4 * MIN), (d) => goToItem(d, 'i2', T0 + 5 * MIN)]);
    expectMeetingsConverged(docs);
    expect([4 * MIN, 5 * MIN]).toContain(readMeeting(docs[0]!).progress.i1!.elapsedMs);
  });

  it('[MTG15] two nextItem at once mark the item done once and go on to one next item', () => {
    const docs = mergeConcurrent(started, [(d) => nextItem(d, T0 + 4 * MIN), (d) => nextItem(d, T0 + 5 * MIN)]);
    expectMeetingsConverged(docs);
    const { run, progress } = readMeeting(docs[0]!);
    expect(run.currentItem).toBe('i2');
    expect(progress.i1!.done).toBe(true);
    expect([4 * MIN, 5 * MIN]).toContain(progress.i1!.elapsedMs);
  });

  it('[MTG15] two extensions of one item at once: one is kept (last writer wins)', () => {
    const docs = mergeConcurrent(started, [(d) => extendTimer(d, 5), (d) => extendTimer(d, 2)]);
    expectMeetingsConverged(docs);
    expect([5 * MIN, 2 * MIN]).toContain(readMeeting(docs[0]!).progress.i1!.extraMs);
  });

  it('[MTG10] [MTG13] a goToItem to an item removed at once leaves no current item, and stays valid', () => {
    const docs = mergeConcurrent(started, [(d) => goToItem(d, 'i3', T0 + MIN), (d) => removeAgendaItem(d, 'i3')]);
    expectMeetingsConverged(docs);
    expect(readMeeting(docs[0]!).run.currentItem).toBeUndefined();
  });
});
