/**
 * Which meetings a board's "what changed since" counts from and reports to (shared/SPEC.md CHG7,
 * CHG8): pure choices over a list of meetings: the server's stored ones for the previous meeting
 * (CHS3), the ones a user may read, as GET /api/meetings lists them (MTS7), for the next.
 */

/** One meeting as GET /api/meetings lists it (and the server summarizes it, CHS3): the facts the choice reads. */
export interface MeetingListing {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, when the meeting has one. */
  startTime?: string;
  status: 'planned' | 'running' | 'ended';
  /** The meeting series, e.g. "HSF ledningsgrupp". */
  group?: string;
  /** When it ended, an ISO time (the server's clock); only an ended meeting has one. */
  endedAt?: string;
  /** Every board its agenda links, itself or through a card (MTG11). */
  boards: readonly string[];
}

const links = (meeting: MeetingListing, boardId: string): boolean => meeting.boards.includes(boardId);

/** A meeting's place in time for the choices: its date and start time, then its id so the order is total. */
const whenKey = (meeting: MeetingListing): string => `${meeting.date} ${meeting.startTime ?? '00:00'} ${meeting.id}`;

/**
 * The board's group (CHG7): the series of the latest-dated meeting that links the board and has a
 * group, or undefined when none does.
 */
export function boardGroup(meetings: readonly MeetingListing[], boardId: string): string | undefined {
  const grouped = meetings.filter((m) => links(m, boardId) && m.group !== undefined && m.group.trim() !== '');
  return grouped.toSorted((a, b) => (whenKey(a) < whenKey(b) ? 1 : -1))[0]?.group;
}

/** The meetings of `list` that link the board, else those of its group (CHG7, CHG8). */
function ofBoard(list: readonly MeetingListing[], group: string | undefined, boardId: string): readonly MeetingListing[] {
  const linking = list.filter((m) => links(m, boardId));
  if (linking.length > 0 || group === undefined) return linking;
  return list.filter((m) => m.group === group);
}

/**
 * The previous meeting of a board (CHG7): of the ended meetings, the one that ended last among
 * those that link the board, else among those of the board's group; undefined when there is none.
 */
export function previousMeeting(meetings: readonly MeetingListing[], boardId: string): MeetingListing | undefined {
  const ended = meetings.filter((m) => m.status === 'ended' && m.endedAt !== undefined);
  const candidates = ofBoard(ended, boardGroup(meetings, boardId), boardId);
  return candidates.toSorted((a, b) => (a.endedAt! !== b.endedAt! ? (a.endedAt! < b.endedAt! ? 1 : -1) : a.id < b.id ? -1 : 1))[0];
}

/**
 * The next meeting of a board (CHG8): of the meetings not started and dated `today` or later, the
 * earliest (date, start time) among those that link the board, else among those of its group.
 */
export function nextMeeting(meetings: readonly MeetingListing[], boardId: string, today: string): MeetingListing | undefined {
  const upcoming = meetings.filter((m) => m.status === 'planned' && m.date >= today);
  const candidates = ofBoard(upcoming, boardGroup(meetings, boardId), boardId);
  return candidates.toSorted((a, b) => (whenKey(a) < whenKey(b) ? -1 : 1))[0];
}
