import type * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { getMeetingMeta } from './meetingDoc.ts';
import { meetingMetaFields } from './meetingFields.ts';
import { requireMeeting } from './meetingLookup.ts';
import { requireUnlocked } from './minutesLock.ts';
import { MEETING_FIELDS, type MeetingField } from './meetingSchema.ts';

export { addAgendaItem, moveAgendaItem, removeAgendaItem, setItemNotes, updateAgendaItem } from './agendaOps.ts';
export { addAttendee, removeAttendee, setAttendance } from './attendeeOps.ts';
export { addCorrection, addDecision, moveDecision, removeDecision, updateDecision } from './decisionOps.ts';
export { approve, setAdjusters, setMinutesField } from './minutesOps.ts';
export { numberParagraphs } from './paragraphs.ts';

/**
 * Sets a meta field, or clears an optional one with `undefined` (MTG4). `title` and `date` cannot
 * be cleared; `kind` and `schemaVersion` are not fields (MTG2). Last writer wins.
 */
export function setMeetingField(doc: Y.Doc, field: MeetingField, value: unknown, origin: unknown = null): void {
  requireMeeting(doc);
  requireUnlocked(doc);
  if (!(MEETING_FIELDS as readonly string[]).includes(field)) throw new SchemaError('unknown_field', field, `"${field}" is not a field setMeetingField may change`);
  const meta = getMeetingMeta(doc);
  if (value === undefined) {
    if (field === 'title' || field === 'date') throw new SchemaError('invalid_value', field, `${field} is required`);
    doc.transact(() => meta.delete(field), origin);
    return;
  }
  const parsed = parseField(meetingMetaFields, field, value);
  doc.transact(() => meta.set(field, parsed), origin);
}
