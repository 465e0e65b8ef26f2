import type { Awareness } from 'y-protocols/awareness';
import { readPresence } from '../sync/presence.ts';
import { readStored, writeStored } from '../state/storedJson.ts';

/** Where someone in a meeting takes part from, as they say in presence (PRS4): never 'absent', they are here. */
export type PresenceAttendance = 'room' | 'remote';
export const PRESENCE_ATTENDANCE: readonly PresenceAttendance[] = ['room', 'remote'];

/** One person in the meeting room right now. */
export interface MeetingParticipant {
  clientId: number;
  /** The account's name as the server stamped it (PRS3). */
  name: string;
  color: string;
  isSelf: boolean;
  /** Unsaid until they choose. */
  attendance?: PresenceAttendance;
  facilitator: boolean;
}

const isAttendance = (value: unknown): value is PresenceAttendance => (PRESENCE_ATTENDANCE as readonly unknown[]).includes(value);

/** Who is in the meeting room: the people, and how many share links (a projector, most often) read along. */
export interface MeetingRoom {
  people: MeetingParticipant[];
  projectors: number;
}

/**
 * Everyone in the meeting room (this user first, then by name), each with where they take part
 * from and whether the server stamped them facilitator; a share link, stamped with an empty name
 * (PRS3), is no person who attends and is counted apart. Names, colours and the order come from
 * readPresence, which checks every state again before it is shown (PRS7).
 */
export function readMeetingPresence(awareness: Awareness): MeetingRoom {
  const states = awareness.getStates();
  const present = readPresence(awareness);
  const people = present
    .filter((user) => user.name !== '')
    .map((user) => {
      const state = states.get(user.clientId) as { attendance?: unknown; user?: { role?: unknown } } | undefined;
      const attendance = state?.attendance;
      return { ...user, ...(isAttendance(attendance) && { attendance }), facilitator: state?.user?.role === 'facilitator' };
    });
  return { people, projectors: present.length - people.length };
}

/** Says in presence where this user takes part from (the server keeps only 'room' or 'remote', PRS4). */
export function setPresenceAttendance(awareness: Awareness, attendance: PresenceAttendance): void {
  awareness.setLocalStateField('attendance', attendance);
}

// One meeting's: a reload keeps the choice, the next meeting (in the room this time) asks again.
const storageKey = (meetingId: string): string => `tavla.attendance.${meetingId}`;

/** Where this browser said it takes part in this meeting from, if it said. */
export const rememberedAttendance = (meetingId: string): PresenceAttendance | undefined => readStored(storageKey(meetingId), isAttendance) ?? undefined;

/** Remembers where this browser takes part in this meeting from. */
export const rememberAttendance = (meetingId: string, attendance: PresenceAttendance): void => writeStored(storageKey(meetingId), attendance);
