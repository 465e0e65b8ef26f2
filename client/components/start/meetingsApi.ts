import { MEETING_STATUSES, type MeetingStatus, type NewMeeting } from '../../../shared/meeting/meetingSchema.ts';

/** A meeting as the start page lists it (GET /api/meetings). */
export interface MeetingSummary {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  status: MeetingStatus;
}

/** What POST /api/meetings takes: the facts and, to carry its unfinished items over, the previous meeting's id. */
export interface NewMeetingRequest extends NewMeeting {
  from?: string;
}

/** The meeting REST calls; an object so tests can aim it at a server of their own. */
export interface MeetingsApi {
  list(): Promise<MeetingSummary[]>;
  create(meeting: NewMeetingRequest): Promise<MeetingSummary>;
  /** The meeting, or null when the server says there is none (404); throws when it cannot be asked. */
  get(id: string): Promise<MeetingSummary | null>;
}

const isStatus = (value: unknown): value is MeetingStatus => (MEETING_STATUSES as readonly unknown[]).includes(value);

function toSummary(value: unknown): MeetingSummary | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { id, title, date, status } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof date !== 'string') return undefined;
  return { id, title, date, status: isStatus(status) ? status : 'planned' };
}

async function json(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The meetings API of the server at `baseUrl` (the page's own origin by default). */
export function meetingsApi(baseUrl = ''): MeetingsApi {
  const headers = { accept: 'application/json' };
  return {
    async list() {
      const body = await json(await fetch(`${baseUrl}/api/meetings`, { headers }));
      return Array.isArray(body) ? body.map(toSummary).filter((m): m is MeetingSummary => m !== undefined) : [];
    },
    async create(meeting) {
      const response = await fetch(`${baseUrl}/api/meetings`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(meeting) });
      const created = toSummary(await json(response));
      if (!created) throw new Error('unexpected response');
      return created;
    },
    async get(id) {
      const response = await fetch(`${baseUrl}/api/meetings/${encodeURIComponent(id)}`, { headers });
      if (response.status === 404) return null;
      return toSummary(await json(response)) ?? null;
    },
  };
}
