import type { Awareness } from 'y-protocols/awareness';
import { useAwarenessValue } from '../sync/useAwarenessValue.ts';
import { readMeetingPresence, type MeetingRoom } from './meetingPresence.ts';

const same = (a: MeetingRoom, b: MeetingRoom): boolean =>
  a.projectors === b.projectors &&
  a.people.length === b.people.length &&
  a.people.every((p, i) => {
    const q = b.people[i];
    return q !== undefined && p.clientId === q.clientId && p.name === q.name && p.color === q.color && p.isSelf === q.isSelf && p.attendance === q.attendance && p.facilitator === q.facilitator;
  });

/** Everyone in the meeting room now, with where they take part from, and the share links apart; a new value only when that changed. */
export function useMeetingPresence(awareness: Awareness): MeetingRoom {
  return useAwarenessValue(awareness, readMeetingPresence, same);
}
