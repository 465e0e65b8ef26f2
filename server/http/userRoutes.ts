import { Hono } from 'hono';
import { z } from 'zod';
import { displayNameField, passwordField, usernameField } from '../access/accountFields.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { requireAccount, requireAdmin } from './requestAuth.ts';
import { SITE_ROLES } from '../storage/roleNames.ts';
import { ApiError } from './ApiError.ts';
import { parseJsonBody } from './parseJsonBody.ts';

const newUserBody = z.strictObject({
  username: usernameField,
  password: passwordField,
  displayName: displayNameField,
  siteRole: z.enum(SITE_ROLES).optional(),
});

const siteRoleBody = z.strictObject({ siteRole: z.enum(['creator', 'user']) });

/**
 * /api/users: the accounts. An admin sees them whole; a board's facilitator only each account's id
 * and display name, enough to pick a member (SEC2); nobody else sees them (AUTH5); no hashes
 * (AUTH2). Only an admin adds one (AUTH5), makes one a creator or a plain user (SEC2), or removes
 * one (AUTH14).
 */
export function userRoutes(ctx: AuthContext) {
  return new Hono()
    .get('/', async (c) => {
      const { user } = await requireAccount(c, ctx);
      if (!(await ctx.auth.mayListUsers(user))) throw new ApiError(403, 'forbidden', 'only an admin or a board’s facilitator may list the accounts');
      const users = await ctx.auth.listUsers();
      return c.json(user.siteRole === 'admin' ? users : users.map(({ id, displayName }) => ({ id, displayName })));
    })
    .post('/', async (c) => {
      await requireAdmin(c, ctx);
      const body = await parseJsonBody(c, newUserBody);
      return c.json(await ctx.auth.addUser(body), 201);
    })
    .patch('/:username', async (c) => {
      await requireAdmin(c, ctx);
      const { siteRole } = await parseJsonBody(c, siteRoleBody);
      const username = c.req.param('username').toLowerCase();
      await ctx.auth.setCreatorRole(username, siteRole);
      return c.json({ username, siteRole });
    })
    .delete('/:username', async (c) => {
      const admin = await requireAdmin(c, ctx);
      const username = c.req.param('username').toLowerCase();
      await ctx.auth.removeUser(username, admin.id);
      return c.body(null, 204);
    });
}
