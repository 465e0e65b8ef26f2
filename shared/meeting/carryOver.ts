import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { keysAfter } from '../order.ts';
import { parseField } from '../schema/parseField.ts';
import { parseNewItem, writeItem, type ParsedItem } from './agendaOps.ts';
import { getAgenda, getAttendees } from './meetingDoc.ts';
import { attendeeFields } from './meetingFields.ts';
import { requireMeeting, requireMeetingRoom, sortedEntries } from './meetingLookup.ts';
import { requireUnlocked } from './minutesLock.ts';
import { MEETING_LIMITS } from './meetingSchema.ts';
import { readMeeting } from './readMeeting.ts';

/**
 * Carries a meeting over into the next (MTG20), in one transaction on `next`: every agenda item
 * of `previous` not done, in its order, after `next`'s own items, with `carriedFrom` = the
 * previous meeting's date (its title, presenter, minutes, kind, links and notes kept), and every
 * attendee of `previous` whose name `next` does not have yet, in the room. Refuses, writing
 * nothing, when `next` would pass a cap (MTG8) or `previous` holds a value the ops refuse.
 */
export function carryOver(previous: Y.Doc, next: Y.Doc, origin: unknown = null): void {
  requireMeeting(previous);
  requireMeeting(next);
  requireUnlocked(next);
  const source = readMeeting(previous);
  const carriedFrom = source.meta.date;
  const items: ParsedItem[] = source.agenda
    .filter((item) => source.progress[item.id]?.done !== true)
    .map(({ title, presenter, minutes, kind, boards, cards, notes }) => parseNewItem({ title, presenter, minutes, kind, boards, cards, notes, carriedFrom }, true));
  const agenda = getAgenda(next);
  const attendees = getAttendees(next);
  requireMeetingRoom(agenda.size, MEETING_LIMITS.items, 'items', items.length);
  const names: string[] = [];
  const known = new Set(readMeeting(next).attendees.map((a) => a.name));
  for (const attendee of source.attendees) {
    const name = parseField(attendeeFields, 'name', attendee.name);
    if (!known.has(name)) names.push(name);
    known.add(name);
  }
  requireMeetingRoom(attendees.size, MEETING_LIMITS.attendees, 'attendees', names.length);
  const itemKeys = keysAfter(sortedEntries(agenda), items.length);
  const attendeeKeys = keysAfter(sortedEntries(attendees), names.length);
  next.transact(() => {
    items.forEach((item, i) => writeItem(agenda, newId(), item, itemKeys[i]!));
    names.forEach((name, i) => {
      const map = new Y.Map<unknown>();
      attendees.set(newId(), map);
      map.set('name', name);
      map.set('attendance', 'room');
      map.set('order', attendeeKeys[i]!);
    });
  }, origin);
}
