import * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { compareOrdered, type Ordered, type Placement } from '../order.ts';
import { getAgenda, getAttendees, getDecisions, getMeetingMeta, getProgress, getRun } from './meetingDoc.ts';
import { MEETING_KIND, MEETING_STATUSES, type MeetingStatus } from './meetingSchema.ts';

/** Refuses a document that is not (yet) a meeting (MTG3). */
export function requireMeeting(doc: Y.Doc): void {
  if (getMeetingMeta(doc).get('kind') !== MEETING_KIND) throw new SchemaError('invalid_meeting', 'meta', 'document is not a meeting');
}

/** The agenda item's map; `field` names the argument in the error. */
export function requireItem(doc: Y.Doc, itemId: string, field = 'itemId'): Y.Map<unknown> {
  requireMeeting(doc);
  const item = getAgenda(doc).get(itemId);
  if (!item) throw new SchemaError('unknown_item', field, `unknown agenda item "${itemId}"`);
  return item;
}

/** The decision's map (MTG22); an unknown one is `unknown_item`, field `decisionId`. */
export function requireDecision(doc: Y.Doc, decisionId: string): Y.Map<unknown> {
  requireMeeting(doc);
  const decision = getDecisions(doc).get(decisionId);
  if (!(decision instanceof Y.Map)) throw new SchemaError('unknown_item', 'decisionId', `unknown decision "${decisionId}"`);
  return decision;
}

/** The attendee's map. */
export function requireAttendee(doc: Y.Doc, attendeeId: string): Y.Map<unknown> {
  requireMeeting(doc);
  const attendee = getAttendees(doc).get(attendeeId);
  if (!attendee) throw new SchemaError('unknown_attendee', 'attendeeId', `unknown attendee "${attendeeId}"`);
  return attendee;
}

/**
 * The entries of an ordered map (agenda, attendees), sorted by (order, id) (ORD1); a missing key
 * reads as '' (ORD5). An entry that is no map (a document validateMeeting refuses) is left out.
 */
export function sortedEntries(map: Y.Map<Y.Map<unknown>>): Ordered[] {
  const entries: Ordered[] = [];
  map.forEach((entry: unknown, id) => {
    if (!(entry instanceof Y.Map)) return;
    const order: unknown = entry.get('order');
    entries.push({ id, order: typeof order === 'string' ? order : '' });
  });
  return entries.sort(compareOrdered);
}

/** The meeting's status; an absent or unreadable one is `planned` (MTG13). */
export function meetingStatus(doc: Y.Doc): MeetingStatus {
  const status = getRun(doc).get('status');
  return (MEETING_STATUSES as readonly unknown[]).includes(status) ? (status as MeetingStatus) : 'planned';
}

/** The current item's id when it names a live item (MTG10); a removed current item reads as none. */
export function currentItemId(doc: Y.Doc): string | undefined {
  const current = getRun(doc).get('currentItem');
  return typeof current === 'string' && getAgenda(doc).has(current) ? current : undefined;
}

/** True when the item is marked done (MTG15, MTG20). */
export const isDone = (doc: Y.Doc, itemId: string): boolean => getProgress(doc).get(itemId)?.get('done') === true;

/**
 * Refuses, before anything is written, `adding` more entries than a map of `size` has room for
 * under its cap (MTG8): the server would refuse the update and the client reload, so the user is
 * told here instead.
 */
export function requireMeetingRoom(size: number, max: number, field: string, adding = 1): void {
  if (size + adding > max) throw new SchemaError('over_limit', field, `a meeting holds at most ${max} ${field}`);
}

/** Refuses keys an operation's input does not know (VAL2's rule for meetings). */
export function checkKnownKeys(input: object, known: readonly string[]): void {
  for (const key of Object.keys(input)) if (!known.includes(key)) throw new SchemaError('unknown_field', key, `unknown field "${key}"`);
}

/** Writes the new keys of the neighbours a placement re-keyed (ORD3). Call inside a transaction. */
export function writeRekeyed(map: Y.Map<Y.Map<unknown>>, placement: Placement): void {
  placement.rekeyed.forEach((key, neighbour) => map.get(neighbour)?.set('order', key));
}

/** Writes the order keys of a placement: the item's and its re-keyed neighbours' (ORD3). Call inside a transaction. */
export function writeOrder(map: Y.Map<Y.Map<unknown>>, id: string, placement: Placement): void {
  map.get(id)?.set('order', placement.key);
  writeRekeyed(map, placement);
}
