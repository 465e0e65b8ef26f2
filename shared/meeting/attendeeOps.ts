import * as Y from 'yjs';
import { parseField } from '../schema/parseField.ts';
import { newId } from '../ids.ts';
import { placeBefore } from '../order.ts';
import { checkNewId } from '../ops/lookup.ts';
import { getAttendees } from './meetingDoc.ts';
import { requireUnlocked } from './minutesLock.ts';
import { attendeeFields } from './meetingFields.ts';
import { checkKnownKeys, requireAttendee, requireMeeting, requireMeetingRoom, sortedEntries, writeOrder } from './meetingLookup.ts';
import { MEETING_LIMITS, type Attendance } from './meetingSchema.ts';

export interface NewAttendee {
  /** A caller-chosen id (seeds, tests); a fresh one when absent (DOC5). */
  id?: string;
  name: string;
  attendance: Attendance;
}

/** Adds an attendee last and returns its id (MTG5, MTG8). */
export function addAttendee(doc: Y.Doc, input: NewAttendee, origin: unknown = null): string {
  requireMeeting(doc);
  requireUnlocked(doc);
  checkKnownKeys(input, ['id', 'name', 'attendance']);
  const attendees = getAttendees(doc);
  requireMeetingRoom(attendees.size, MEETING_LIMITS.attendees, 'attendees');
  const id = input.id === undefined ? newId() : checkNewId(input.id, attendees);
  const name = parseField(attendeeFields, 'name', input.name);
  const attendance = parseField(attendeeFields, 'attendance', input.attendance);
  const placement = placeBefore(sortedEntries(attendees), undefined);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    attendees.set(id, map);
    map.set('name', name);
    map.set('attendance', attendance);
    writeOrder(attendees, id, placement);
  }, origin);
  return id;
}

/** Marks an attendee in the room, remote or absent (MTG5). Last writer wins. */
export function setAttendance(doc: Y.Doc, attendeeId: string, attendance: Attendance, origin: unknown = null): void {
  const attendee = requireAttendee(doc, attendeeId);
  requireUnlocked(doc);
  const value = parseField(attendeeFields, 'attendance', attendance);
  doc.transact(() => attendee.set('attendance', value), origin);
}

export function removeAttendee(doc: Y.Doc, attendeeId: string, origin: unknown = null): void {
  requireAttendee(doc, attendeeId);
  requireUnlocked(doc);
  const attendees = getAttendees(doc);
  doc.transact(() => attendees.delete(attendeeId), origin);
}
