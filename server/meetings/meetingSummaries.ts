import { MEETING_KIND, type MeetingStatus } from '../../shared/meeting/meetingSchema.ts';
import { meetingSummary } from '../../shared/meeting/readMeeting.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';

/** A meeting as the start page lists it (MTS7). */
export interface MeetingSummary {
  id: string;
  title: string;
  date: string;
  status: MeetingStatus;
  updatedAt: string;
}

/** One meeting's summary: title, date and status read from its document (registry.read: the open room's, else the stored one; no room is opened). */
export async function summarizeMeeting(registry: Pick<RoomRegistry, 'read'>, record: BoardRecord): Promise<MeetingSummary> {
  const { title, date, status } = await registry.read(record.id, meetingSummary);
  return { id: record.id, title, date, status, updatedAt: record.updatedAt };
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
