import type * as Y from 'yjs';
import { getAgenda, getAttendees, getMeetingMeta, getProgress, getRun } from '../../shared/meeting/meetingDoc.ts';

/** The whole content of a meeting document, every top-level type asked for by type first (toJSON shows only those asked for). */
export function meetingContentOf(doc: Y.Doc): unknown {
  getMeetingMeta(doc);
  getAttendees(doc);
  getAgenda(doc);
  getRun(doc);
  getProgress(doc);
  return doc.toJSON();
}
