import { Hono } from 'hono';
import { MEETING_KIND } from '../../shared/meeting/meetingSchema.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { readDecisionLog } from '../meetings/readDecisionLog.ts';
import type { Storage } from '../storage/Storage.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';
import { ApiError } from './ApiError.ts';
import { requireBoardRole } from './requestAuth.ts';

/**
 * /api/boards/:id/decisions: the board's decision log (DLS1-DLS4), for the board's readers, share
 * links included, as its history and changes (HIST4, CHS2). A decision whose meeting the reader may
 * not open is listed without a link, and only when a card names it (DLS2, DLS4).
 */
export function decisionLogRoutes(deps: AuthContext & { storage: Storage; registry: RoomRegistry }) {
  return new Hono().get('/:id/decisions', async (c) => {
    const { board, principal } = await requireBoardRole(c, deps, 'viewer');
    if (board.kind === MEETING_KIND) throw new ApiError(404, 'unknown_board', `"${board.id}" is a meeting, not a board`);
    const mayRead = async (meetingId: string): Promise<boolean> => (await deps.auth.boardAccess(principal, meetingId)) !== undefined;
    return c.json(await readDecisionLog(deps.storage, deps.registry, board.id, mayRead));
  });
}
