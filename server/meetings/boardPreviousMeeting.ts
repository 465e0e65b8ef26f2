import { previousMeeting, type MeetingListing } from '../../shared/changes/boardMeetings.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { summarizeMeeting } from './meetingSummaries.ts';

/**
 * CHS3: the most meetings one choice reads, the most recently changed first, as the decision log
 * (DLS3): every meeting is a document to load, and the previous meeting is among the recent ones.
 */
export const MAX_MEETINGS_CHOSEN_FROM = 500;

/**
 * The board's previous meeting by CHG7's rule, chosen by the server from the stored (unarchived)
 * meetings whoever asks (CHS3): a board reader with no role on any meeting, a share link too, gets
 * the same meeting as the facilitator. Meetings are read as stored or as their open room holds them
 * (registry.read opens no room).
 */
export async function boardPreviousMeeting(
  storage: Storage,
  registry: Pick<RoomRegistry, 'read'>,
  boardId: string,
  cap: number = MAX_MEETINGS_CHOSEN_FROM,
): Promise<MeetingListing | undefined> {
  // listBoards gives the most recently changed first: those are the meetings read when there are more.
  const records = (await storage.listBoards()).filter((record) => record.kind === MEETING_KIND).slice(0, cap);
  const listings: MeetingListing[] = [];
  for (const record of records) listings.push(await summarizeMeeting(registry, record));
  return previousMeeting(listings, boardId);
}
