import type { Awareness } from 'y-protocols/awareness';
import { useAwarenessValue } from '../sync/useAwarenessValue.ts';
import { readMeetingPresence, type MeetingParticipant } from './meetingPresence.ts';

const same = (a: readonly MeetingParticipant[], b: readonly MeetingParticipant[]): boolean =>
  a.length === b.length &&
  a.every((p, i) => {
    const q = b[i];
    return q !== undefined && p.clientId === q.clientId && p.name === q.name && p.color === q.color && p.isSelf === q.isSelf && p.attendance === q.attendance && p.facilitator === q.facilitator;
  });

/** Everyone in the meeting room now, with where they take part from; a new array only when that changed. */
export function useMeetingPresence(awareness: Awareness): readonly MeetingParticipant[] {
  return useAwarenessValue(awareness, readMeetingPresence, same);
}
