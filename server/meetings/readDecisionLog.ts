import type * as Y from 'yjs';
import { compareNewestFirst, decisionsOnBoard, logEntryFor, type DecisionLogEntry, type FoundDecision } from '../../shared/decisions/boardDecisions.ts';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
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

/** Per meeting, per decision, the board's cards whose decisionRef names it (DLS4): what the board's own gate let its editors write (DEC2). */
function referencedDecisions(doc: Y.Doc): Map<string, Map<string, string[]>> {
  const byMeeting = new Map<string, Map<string, string[]>>();
  for (const card of readBoard(doc).cards) {
    if (!card.decisionRef) continue;
    const { meeting, decision } = card.decisionRef;
    const byDecision = byMeeting.get(meeting) ?? new Map<string, string[]>();
    byMeeting.set(meeting, byDecision.set(decision, [...(byDecision.get(decision) ?? []), card.id]));
  }
  return byMeeting;
}

/**
 * DLS1, DLS2, DLS4: the decisions of every (unarchived) meeting that concern the board's cards, as
 * this reader may have them (logEntryFor), newest first. Whether the reader may open a meeting
 * (`mayRead`) is asked once per meeting that has any. Meetings and the board are read as stored or
 * as their open room holds them (registry.read opens no room).
 */
export async function readDecisionLog(
  storage: Storage,
  registry: Pick<RoomRegistry, 'read'>,
  boardId: string,
  mayRead: (meetingId: string) => Promise<boolean>,
  caps: { meetings: number; entries: number } = { meetings: MAX_MEETINGS_SCANNED, entries: MAX_LOG_ENTRIES },
): Promise<DecisionLog> {
  const referenced = await registry.read(boardId, referencedDecisions);
  // listBoards gives the most recently changed first: those are the meetings read when there are more.
  const meetings = (await storage.listBoards()).filter((record) => record.kind === MEETING_KIND);
  const found: FoundDecision[] = [];
  for (const meeting of meetings.slice(0, caps.meetings)) {
    found.push(...(await registry.read(meeting.id, (doc) => decisionsOnBoard(doc, meeting.id, boardId, referenced.get(meeting.id)))));
  }
  const readable = new Map<string, boolean>();
  for (const meetingId of new Set(found.map((decision) => decision.meetingId))) readable.set(meetingId, await mayRead(meetingId));
  const entries = found.sort(compareNewestFirst).flatMap((decision) => logEntryFor(decision, readable.get(decision.meetingId) === true) ?? []);
  return { decisions: entries.slice(0, caps.entries), truncated: meetings.length > caps.meetings || entries.length > caps.entries };
}
