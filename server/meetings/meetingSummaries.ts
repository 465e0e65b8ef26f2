import type * as Y from 'yjs';
import { MEETING_KIND, type MeetingStatus } from '../../shared/meeting/meetingSchema.ts';
import { linkedBoardIds, meetingSummary, readMeeting } from '../../shared/meeting/readMeeting.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';

/** A meeting as the start page lists it (MTS7). */
export interface MeetingSummary {
  id: string;
  title: string;
  date: string;
  status: MeetingStatus;
  updatedAt: string;
  /** The series, the start time and when it ended (ISO), when it has them; the boards its agenda links (MTG11): what a board's "since the previous meeting" chooses by (CHG7, CHG8). */
  group?: string;
  startTime?: string;
  endedAt?: string;
  boards: string[];
}

/** The facts of a meeting a board's change view chooses by (CHG7, CHG8), beside its summary. */
function meetingFacts(doc: Y.Doc): Pick<MeetingSummary, 'title' | 'date' | 'status' | 'group' | 'startTime' | 'endedAt' | 'boards'> {
  const { meta, run } = readMeeting(doc);
  return {
    ...meetingSummary(doc),
    ...(meta.group !== undefined && { group: meta.group }),
    ...(meta.startTime !== undefined && { startTime: meta.startTime }),
    ...(run.endedAt !== undefined && { endedAt: new Date(run.endedAt).toISOString() }),
    boards: linkedBoardIds(doc),
  };
}

/** One meeting's summary read from its document (registry.read: the open room's, else the stored one; no room is opened). */
export async function summarizeMeeting(registry: Pick<RoomRegistry, 'read'>, record: BoardRecord): Promise<MeetingSummary> {
  const facts = await registry.read(record.id, meetingFacts);
  return { id: record.id, ...facts, updatedAt: record.updatedAt };
}

/** Newest date first; one date by the latest change, then by id, so the order is total. */
const byDateDesc = (a: MeetingSummary, b: MeetingSummary): number =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a.id < b.id ? -1 : 1;

/** The meetings (never a board, MTS1) that `visible` lets through, not archived, summarized and newest date first (MTS7). */
export async function listMeetings(storage: Storage, registry: Pick<RoomRegistry, 'read'>, visible: (record: BoardRecord) => boolean): Promise<MeetingSummary[]> {
  const records = (await storage.listBoards()).filter((record) => record.kind === MEETING_KIND && visible(record));
  const summaries = await Promise.all(records.map((record) => summarizeMeeting(registry, record)));
  return summaries.sort(byDateDesc);
}
