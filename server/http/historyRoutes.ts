import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthContext } from '../access/AuthContext.ts';
import { requireBoardRole } from './requestAuth.ts';
import type { Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';

const historyQuery = z.strictObject({
  cardId: z.string().min(1).max(64).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * /api/boards/:id/history: the board's activity feed, or one card's history with `?cardId=`,
 * newest first, paged with `?before=<id>` (HIST4). Anyone who may read the board may read it.
 */
export function historyRoutes(ctx: AuthContext & { storage: Storage }) {
  return new Hono().get('/:id/history', async (c) => {
    const { board } = await requireBoardRole(c, ctx, 'viewer');
    const parsed = historyQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_body', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; '));
    const { cardId, before, limit } = parsed.data;
    const entries = await ctx.history.list(board.id, { limit, ...(cardId !== undefined && { cardId }), ...(before !== undefined && { before }) });
    return c.json({ entries: entries.map(({ boardId: _board, ...entry }) => entry) });
  });
}
