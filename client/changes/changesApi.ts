import type { MeetingListing } from '../../shared/changes/boardMeetings.ts';
import type { CardChanges } from '../../shared/changes/collapseChanges.ts';
import { MEETING_STATUSES } from '../../shared/meeting/meetingSchema.ts';
import { callApi, type BoardRole } from '../auth/authApi.ts';

/** What the changes count from: the end of the board's previous meeting, the server choosing it (`?since=previous`, CHS3), or a time. */
export type ChangesSince = { kind: 'previous' } | { kind: 'time'; since: string };

/** The previous meeting as the server names it (CHS3): its id and title only when this reader may open it. */
export interface PreviousMeeting {
  /** When it ended, an ISO time. */
  endedAt: string;
  /** `YYYY-MM-DD`. */
  date: string;
  id?: string;
  title?: string;
}

/** GET /api/boards/:id/changes (CHS1); `since` and `previous` are null when the board has no previous meeting (CHS3). */
export interface ChangesAnswer {
  since: string | null;
  /** Given when asked `since=previous`. */
  previous?: PreviousMeeting | null;
  cards: CardChanges[];
}

/** The REST calls the board's change view makes; an object so tests can answer them from memory. */
export interface ChangesApi {
  /** The meetings this user may read, with what they link (MTS7): where the next meeting is chosen from (CHG8). */
  meetings(): Promise<MeetingListing[]>;
  changes(boardId: string, since: ChangesSince, excludeMine: boolean): Promise<ChangesAnswer>;
  /** This user's role on a meeting (GET /api/meetings/:id), null without one. */
  meetingRole(meetingId: string): Promise<BoardRole | null>;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** One listed meeting as the choices read it; undefined when it does not read as one. */
function toListing(value: unknown): MeetingListing | undefined {
  const { id, title, date, startTime, status, group, endedAt, boards } = (value ?? {}) as Record<string, unknown>;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof date !== 'string') return undefined;
  return {
    id,
    title,
    date,
    status: (MEETING_STATUSES as readonly unknown[]).includes(status) ? (status as MeetingListing['status']) : 'planned',
    ...(typeof startTime === 'string' && { startTime }),
    ...(typeof group === 'string' && { group }),
    ...(typeof endedAt === 'string' && { endedAt }),
    boards: strings(boards),
  };
}

/** The calls against this page's server, a share link's token included (callApi). */
export const changesApi: ChangesApi = {
  async meetings() {
    const body = await callApi<unknown>('/api/meetings');
    return Array.isArray(body) ? body.map(toListing).filter((m): m is MeetingListing => m !== undefined) : [];
  },
  changes(boardId, since, excludeMine) {
    const query = new URLSearchParams({ since: since.kind === 'previous' ? 'previous' : since.since });
    if (excludeMine) query.set('excludeMine', 'true');
    return callApi<ChangesAnswer>(`/api/boards/${encodeURIComponent(boardId)}/changes?${query}`);
  },
  async meetingRole(meetingId) {
    const body = await callApi<{ role?: BoardRole }>(`/api/meetings/${encodeURIComponent(meetingId)}`);
    return body.role ?? null;
  },
};
