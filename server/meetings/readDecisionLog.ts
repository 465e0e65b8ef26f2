import { compareNewestFirst, decisionsOnBoard, type DecisionLogEntry, type FoundDecision } from '../../shared/decisions/boardDecisions.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';

/**
 * DLS3: the most meetings one answer reads, the most recently changed first: every meeting is a
 * document to load, and a board's decisions come from the meetings of the last years, not of every
 * meeting the server ever held. The seeds have two; a leadership group meets some twenty times a year.
 */
export const MAX_MEETINGS_SCANNED = 500;
/** DLS3: the most decisions one answer lists, newest first; the seeds' busiest meeting has a dozen. */
export const MAX_LOG_ENTRIES = 1_000;

/** A board's decision log as GET /api/boards/:id/decisions answers it (DLS1). */
export interface DecisionLog {
  decisions: DecisionLogEntry[];
  /** True when meetings went unread or decisions unlisted for the caps (DLS3). */
  truncated: boolean;
}

/**
 * DLS1, DLS2: the decisions of every (unarchived) meeting that link the board's cards, newest first,
 * each marked with whether the reader may open its meeting (`mayRead`, asked once per meeting that
 * has any). Meetings are read as stored or as their open room holds them (registry.read opens no room).
 */
export async function readDecisionLog(
  storage: Storage,
  registry: Pick<RoomRegistry, 'read'>,
  boardId: string,
  mayRead: (meetingId: string) => Promise<boolean>,
  caps: { meetings: number; entries: number } = { meetings: MAX_MEETINGS_SCANNED, entries: MAX_LOG_ENTRIES },
): Promise<DecisionLog> {
  // listBoards gives the most recently changed first: those are the meetings read when there are more.
  const meetings = (await storage.listBoards()).filter((record) => record.kind === MEETING_KIND);
  const found: FoundDecision[] = [];
  for (const meeting of meetings.slice(0, caps.meetings)) {
    found.push(...(await registry.read(meeting.id, (doc) => decisionsOnBoard(doc, meeting.id, boardId))));
  }
  const listed = found.sort(compareNewestFirst).slice(0, caps.entries);
  const readable = new Map<string, boolean>();
  for (const meetingId of new Set(listed.map((entry) => entry.meetingId))) readable.set(meetingId, await mayRead(meetingId));
  const decisions = listed.map(({ position: _position, startTime: _startTime, ...entry }) => ({ ...entry, meetingReadable: readable.get(entry.meetingId) === true }));
  return { decisions, truncated: meetings.length > caps.meetings || found.length > caps.entries };
}
