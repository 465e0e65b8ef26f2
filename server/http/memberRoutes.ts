import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthContext } from '../auth/AuthContext.ts';
import { requireBoardRole } from '../auth/requestAuth.ts';
import { BOARD_ROLES } from '../auth/roles.ts';
import type { Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';
import { parseJsonBody } from './parseJsonBody.ts';

const memberBody = z.strictObject({
  role: z.enum(BOARD_ROLES),
  scope: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
});

/**
 * /api/boards/:id/access and /api/boards/:id/members: the caller's own role on a board (any
 * reader), and the members, which only a facilitator sees and changes (ROLE7).
 */
export function memberRoutes(ctx: AuthContext & { storage: Storage }) {
  return new Hono()
    .get('/:id/access', async (c) => {
      const { access } = await requireBoardRole(c, ctx, 'viewer');
      return c.json(access);
    })
    .get('/:id/members', async (c) => {
      const { board } = await requireBoardRole(c, ctx, 'facilitator');
      return c.json(await ctx.auth.listMembers(board.id));
    })
    .put('/:id/members/:username', async (c) => {
      const { board } = await requireBoardRole(c, ctx, 'facilitator');
      const body = await parseJsonBody(c, memberBody);
      const username = c.req.param('username').toLowerCase();
      const member = await ctx.auth.setMember(board.id, username, body.role, body.scope ?? []);
      if (!member) throw new ApiError(404, 'unknown_user', `no user "${username}"`);
      return c.json(member);
    })
    .delete('/:id/members/:username', async (c) => {
      const { board } = await requireBoardRole(c, ctx, 'facilitator');
      const username = c.req.param('username').toLowerCase();
      if (!(await ctx.auth.removeMember(board.id, username))) throw new ApiError(404, 'unknown_member', `"${username}" is not a member of this board`);
      return c.body(null, 204);
    });
}
