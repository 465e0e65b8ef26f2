import { Hono } from 'hono';
import { z } from 'zod';
import { displayNameField, passwordField, usernameField } from '../access/accountFields.ts';
import type { AuthContext } from '../access/AuthContext.ts';
import { UserExistsError } from '../storage/AuthStore.ts';
import { WeakPasswordError } from '../access/passwordStrength.ts';
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
      try {
        return c.json(await ctx.auth.addUser(body), 201);
      } catch (error) {
        if (error instanceof UserExistsError) throw new ApiError(409, 'user_exists', `the username "${body.username}" is taken`);
        if (error instanceof WeakPasswordError) throw new ApiError(400, 'weak_password', error.message, error.reason);
        throw error;
      }
    })
    .patch('/:username', async (c) => {
      await requireAdmin(c, ctx);
      const { siteRole } = await parseJsonBody(c, siteRoleBody);
      const username = c.req.param('username').toLowerCase();
      switch (await ctx.auth.setCreatorRole(username, siteRole)) {
        case 'unknown':
          throw new ApiError(404, 'unknown_user', `no user "${username.slice(0, 80)}"`);
        case 'admin':
          throw new ApiError(409, 'admin_role', 'an admin stays an admin');
        case 'changed':
          return c.json({ username, siteRole });
      }
    })
    .delete('/:username', async (c) => {
      const admin = await requireAdmin(c, ctx);
      const username = c.req.param('username').toLowerCase();
      switch (await ctx.auth.removeUser(username, admin.id)) {
        case 'unknown':
          throw new ApiError(404, 'unknown_user', `no user "${username.slice(0, 80)}"`);
        case 'self':
          throw new ApiError(409, 'own_account', 'an admin cannot remove their own account');
        case 'last_admin':
          throw new ApiError(409, 'last_admin', 'the last admin cannot be removed');
        case 'removed':
          return c.body(null, 204);
      }
    });
}
