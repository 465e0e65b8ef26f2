import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AuthContext } from '../access/AuthContext.ts';
import type { Member } from '../access/AuthService.ts';
import type { Principal } from '../access/Principal.ts';
import { requireBoardRole } from './requestAuth.ts';
import { BOARD_ROLES } from '../storage/roleNames.ts';
import type { Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';
import { parseJsonBody } from './parseJsonBody.ts';

const memberBody = z.strictObject({
  role: z.enum(BOARD_ROLES),
  scope: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
});

const isAdmin = (principal: Principal): boolean => principal.kind === 'user' && principal.user.siteRole === 'admin';

/** A member as the caller may see it: usernames only to an admin (SEC2). */
const shown = (member: Member, admin: boolean) => {
  if (admin) return member;
  const { username: _hidden, ...rest } = member;
  return rest;
};

/**
 * /api/boards/:id/access and /api/boards/:id/members: the caller's own role on a board (any
 * reader), and the members, which only a facilitator sees and changes (ROLE7). A member is named
 * by account id, or by username for an admin (SEC2).
 */
export function memberRoutes(ctx: AuthContext & { storage: Storage }) {
  const account = async (c: Context, principal: Principal) => {
    const ref = c.req.param('user') ?? '';
    const user = await ctx.auth.memberAccount(ref, isAdmin(principal));
    if (!user) throw new ApiError(404, 'unknown_user', `no user "${ref.slice(0, 80)}"`);
    return user;
  };
  return new Hono()
    .get('/:id/access', async (c) => {
      const { access } = await requireBoardRole(c, ctx, 'viewer');
      return c.json(access);
    })
    .get('/:id/members', async (c) => {
      const { board, principal } = await requireBoardRole(c, ctx, 'facilitator');
      return c.json((await ctx.auth.listMembers(board.id)).map((member) => shown(member, isAdmin(principal))));
    })
    .put('/:id/members/:user', async (c) => {
      const { board, principal } = await requireBoardRole(c, ctx, 'facilitator');
      const body = await parseJsonBody(c, memberBody);
      const member = await ctx.auth.setMember(board.id, await account(c, principal), body.role, body.scope ?? []);
      return c.json(shown(member, isAdmin(principal)));
    })
    .delete('/:id/members/:user', async (c) => {
      const { board, principal } = await requireBoardRole(c, ctx, 'facilitator');
      const user = await account(c, principal);
      await ctx.auth.removeMember(board.id, user);
      return c.body(null, 204);
    });
}
