import { Hono } from 'hono';
import { z } from 'zod';
import { readMeeting } from '../../shared/meeting/readMeeting.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import type { Principal } from '../access/Principal.ts';
import { boardPreviousMeeting } from '../meetings/boardPreviousMeeting.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { ApiError } from './ApiError.ts';
import { collapsedChangesSince } from './collapsedChangesSince.ts';
import { requireMeeting } from './requireMeeting.ts';
import { requireBoardRole } from './requestAuth.ts';

const changesQuery = z
  .strictObject({
    // `previous`: since the board's previous meeting ended, the server choosing it (CHS3).
    since: z.union([z.literal('previous'), z.iso.datetime({ offset: true })]).optional(),
    meeting: z.string().optional(),
    excludeMine: z.enum(['true', 'false']).optional(),
  })
  .refine((query) => (query.since === undefined) !== (query.meeting === undefined), { message: 'give either since (an ISO time or previous) or meeting (a meeting id)' });

/** The previous meeting as `since=previous` names it (CHS3): its id and title only to a reader who may open it. */
interface PreviousMeetingAnswer {
  endedAt: string;
  date: string;
  id?: string;
  title?: string;
}

/**
 * /api/boards/:id/changes: what changed on the board's cards since a time or since a meeting
 * ended, collapsed per card (CHS1, CHG1-CHG6), or since the board's previous meeting ended, the
 * server choosing it (CHS3). Anyone who may read the board may read it, a share link too, as its
 * history (HIST4).
 */
export function changeRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry }) {
  const { registry } = deps;

  /** When the meeting `id` ended, as an ISO time: the caller must be able to read the meeting (400, 404, 403 as /api/meetings/:id), and it must have ended (400). */
  const meetingEnd = async (principal: Principal, id: string): Promise<string> => {
    await requireMeeting(deps, principal, id);
    const endedAt = await registry.read(id, (doc) => readMeeting(doc).run.endedAt);
    if (endedAt === undefined) throw new ApiError(400, 'invalid_body', `meeting "${id}" has not ended`);
    return new Date(endedAt).toISOString();
  };

  /** The board's previous meeting (CHS3, CHG7) as this reader may be told of it; null when none has ended. */
  const previousOf = async (principal: Principal, boardId: string): Promise<PreviousMeetingAnswer | null> => {
    const found = await boardPreviousMeeting(deps.storage, registry, boardId);
    if (found === undefined) return null;
    const { endedAt, date, id, title } = found;
    const mayOpen = (await deps.auth.boardAccess(principal, id)) !== undefined;
    return { endedAt: endedAt!, date, ...(mayOpen && { id, title }) };
  };

  return new Hono().get('/:id/changes', async (c) => {
    const { board, principal } = await requireBoardRole(c, deps, 'viewer');
    const parsed = changesQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_body', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; '));
    const { since: time, meeting, excludeMine } = parsed.data;
    const previous = time === 'previous' ? await previousOf(principal, board.id) : undefined;
    if (previous === null) return c.json({ since: null, previous, cards: [] });
    // Stored times are toISOString's (UTC, milliseconds), which compare as strings (HIST7).
    const since = previous !== undefined ? previous.endedAt : meeting === undefined ? new Date(time!).toISOString() : await meetingEnd(principal, meeting);
    // A share link has no edits of its own to leave out.
    const cards = await collapsedChangesSince(deps.history, board.id, since, excludeMine === 'true' && principal.kind === 'user' ? principal.user.id : null);
    return c.json({ since, ...(meeting !== undefined && { meeting }), ...(previous !== undefined && { previous }), cards });
  });
}
