import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { meetingMembersPath, meetingPath, parseRoute } from '../../../client/components/app/router.ts';
import { agendaPlan, plannedActual } from '../../../client/meeting/agendaTimes.ts';
import { meetingStoreFor } from '../../../client/meeting/meetingStore.ts';
import { readMeetingPresence, setPresenceAttendance } from '../../../client/meeting/meetingPresence.ts';
import { setItemNotes } from '../../../shared/meeting/meetingOps.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { pauseTimer, startMeeting } from '../../../shared/meeting/runOps.ts';
import { relay, threeItemMeeting } from './renderMeeting.tsx';

describe('routes of a meeting', () => {
  it('maps /m/:id to the meeting and /m/:id/members to its members, and builds the paths it parses', () => {
    expect(parseRoute('/m/hsf-lg-2025-04')).toEqual({ page: 'meeting', meetingId: 'hsf-lg-2025-04' });
    expect(parseRoute('/m/hsf-lg-2025-04/')).toEqual({ page: 'meeting', meetingId: 'hsf-lg-2025-04' });
    expect(parseRoute('/m/hsf-lg-2025-04/members')).toEqual({ page: 'meetingMembers', meetingId: 'hsf-lg-2025-04' });
    expect(parseRoute(meetingPath('q1w2'))).toEqual({ page: 'meeting', meetingId: 'q1w2' });
    expect(parseRoute(meetingMembersPath('q1w2'))).toEqual({ page: 'meetingMembers', meetingId: 'q1w2' });
  });

  it('finds nothing for an id no meeting can have, nor for other paths under /m/', () => {
    expect(parseRoute('/m/a%20b')).toEqual({ page: 'notFound' });
    expect(parseRoute('/m/')).toEqual({ page: 'notFound' });
    expect(parseRoute('/m/x/other')).toEqual({ page: 'notFound' });
  });
});

describe('agendaPlan', () => {
  it('lays the time boxes back to back from the start time, with their sum and the planned end', () => {
    const { agenda } = readMeeting(threeItemMeeting());
    const plan = agendaPlan(agenda, '09:00');
    expect([...plan.startsAt]).toEqual([['item-a', '09:00'], ['item-b', '09:10'], ['item-c', '09:30']]);
    expect(plan).toMatchObject({ totalMinutes: 35, endsAt: '09:35' });
    expect(agendaPlan(agenda, '23:40').endsAt).toBe('24:15');
  });

  it('gives the sum alone when the meeting has no start time (or one that does not read)', () => {
    const { agenda } = readMeeting(threeItemMeeting());
    for (const start of [undefined, '9:00', '25:00']) {
      const plan = agendaPlan(agenda, start);
      expect(plan.startsAt.size).toBe(0);
      expect(plan.totalMinutes).toBe(35);
      expect(plan.endsAt).toBeUndefined();
    }
  });
});

describe('plannedActual [MTG19]', () => {
  it('is nothing for an item whose timer never ran, and planned against the minutes it ran, a running part included', () => {
    const doc = threeItemMeeting();
    const t0 = 1_700_000_000_000;
    startMeeting(doc, t0);
    const meeting = readMeeting(doc);
    const [first, second] = meeting.agenda;
    expect(plannedActual(meeting, second!, t0 + 60_000)).toBeUndefined();
    expect(plannedActual(meeting, first!, t0 + 11.6 * 60_000)).toEqual({ planned: 10, actual: 12 });
    pauseTimer(doc, t0 + 3 * 60_000);
    expect(plannedActual(readMeeting(doc), first!, t0 + 60 * 60_000)).toEqual({ planned: 10, actual: 3 });
  });
});

describe('meetingStoreFor', () => {
  it('keeps one snapshot object between changes, and gives a new one when the meeting reads differently', () => {
    const doc = threeItemMeeting();
    const store = meetingStoreFor(doc);
    expect(meetingStoreFor(doc)).toBe(store);
    let told = 0;
    store.subscribe(() => told++);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    // A transaction that changes nothing the meeting reads (an empty one, a value set to itself).
    doc.transact(() => {});
    doc.transact(() => doc.getMap('meta').set('title', 'Ledningsgrupp'));
    expect(store.getSnapshot()).toBe(first);
    expect(told).toBe(0);
    setItemNotes(doc, 'item-b', 'Ny anteckning');
    expect(told).toBe(1);
    expect(store.getSnapshot()).not.toBe(first);
    expect(store.getSnapshot().agenda[1]?.notes).toBe('Ny anteckning');
  });
});

describe('readMeetingPresence [PRS4] [MTP10]', () => {
  it('reads each state’s stamped name, where it takes part from, and whether it is a facilitator; anything else is unsaid', () => {
    const mine = new Awareness(new Y.Doc());
    relay(mine, 11, { user: { name: 'Anna Berg', role: 'facilitator', color: '#b91c1c' }, attendance: 'room' });
    relay(mine, 12, { user: { name: 'Bo Ek', role: 'editor' }, attendance: 'absent' });
    relay(mine, 13, { user: { name: 'Cilla', role: 'viewer' }, attendance: 'remote' });
    // Share links, stamped with an empty name (PRS3): counted apart, never people who attend.
    relay(mine, 14, { user: { name: '', role: 'viewer' }, editing: null });
    relay(mine, 15, { user: { name: '', role: 'viewer' }, attendance: 'room' });
    mine.setLocalState({ user: { name: 'Jag', role: 'editor' } });
    setPresenceAttendance(mine, 'remote');
    const { people, projectors } = readMeetingPresence(mine);
    expect(projectors).toBe(2);
    expect(people.map(({ name, attendance, facilitator, isSelf }) => ({ name, attendance, facilitator, isSelf }))).toEqual([
      { name: 'Jag', attendance: 'remote', facilitator: false, isSelf: true },
      { name: 'Anna Berg', attendance: 'room', facilitator: true, isSelf: false },
      { name: 'Bo Ek', attendance: undefined, facilitator: false, isSelf: false },
      { name: 'Cilla', attendance: 'remote', facilitator: false, isSelf: false },
    ]);
    mine.destroy();
  });
});
