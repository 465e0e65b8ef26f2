import * as Y from 'yjs';
import { carryOver } from '../../shared/meeting/carryOver.ts';
import { initMeeting } from '../../shared/meeting/initMeeting.ts';
import { MEETING_KIND, type NewMeeting } from '../../shared/meeting/meetingSchema.ts';
import { newId } from '../../shared/ids.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';

/**
 * Creates a meeting (MTS1, MTS7): its document made by initMeeting, then, when `previous` (the
 * encoded state of an earlier meeting) is given, every item of it not done carried over with its
 * date (carryOver), stored as the first snapshot together with a registry record of kind 'meeting'.
 * `id` is for seeds and tests; a new random id otherwise. Throws initMeeting's SchemaError for a
 * bad title, date, start time, place, video link or group, storing nothing.
 */
export async function createMeeting(storage: Storage, meeting: NewMeeting & { id?: string }, options: { previous?: Uint8Array; now?: Date } = {}): Promise<BoardRecord> {
  const { id = newId(), ...fields } = meeting;
  const doc = new Y.Doc();
  const previous = new Y.Doc();
  try {
    initMeeting(doc, fields);
    if (options.previous) {
      Y.applyUpdate(previous, options.previous);
      carryOver(previous, doc);
    }
    const at = (options.now ?? new Date()).toISOString();
    const record: BoardRecord = { id, title: fields.title, kind: MEETING_KIND, createdAt: at, updatedAt: at, archived: false };
    await storage.createBoard(record, Y.encodeStateAsUpdate(doc));
    return record;
  } finally {
    doc.destroy();
    previous.destroy();
  }
}
