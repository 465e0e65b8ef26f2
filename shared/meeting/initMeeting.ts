import type * as Y from 'yjs';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { getMeetingMeta } from './meetingDoc.ts';
import { meetingMetaFields } from './meetingFields.ts';
import { MEETING_FIELDS, MEETING_KIND, MEETING_SCHEMA_VERSION, type NewMeeting } from './meetingSchema.ts';

/** The given meta fields, each checked (MTG4); undefined optional fields are skipped. */
export function parseMeetingFields(fields: NewMeeting): [string, unknown][] {
  const parsed: [string, unknown][] = [];
  for (const field of MEETING_FIELDS) {
    const value = fields[field];
    if (value === undefined && (field === 'title' || field === 'date')) throw new SchemaError('invalid_value', field, `${field} is required`);
    if (value !== undefined) parsed.push([field, parseField(meetingMetaFields, field, value)]);
  }
  return parsed;
}

/**
 * Writes a new meeting's meta in one transaction (MTG2, MTG4). The run and progress maps stay
 * empty: a meeting with no status is planned (MTG13). Refuses a document that already is a
 * board or a meeting, so neither is ever initialised twice nor turned into the other.
 */
export function initMeeting(doc: Y.Doc, fields: NewMeeting, origin: unknown = null): void {
  const meta = getMeetingMeta(doc);
  if (meta.has('kind')) throw new SchemaError('invalid_meeting', 'meta', 'document is already a board or a meeting');
  const parsed = parseMeetingFields(fields);
  doc.transact(() => {
    meta.set('schemaVersion', MEETING_SCHEMA_VERSION);
    meta.set('kind', MEETING_KIND);
    for (const [field, value] of parsed) meta.set(field, value);
  }, origin);
}
