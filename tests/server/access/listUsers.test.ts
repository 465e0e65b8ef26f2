import { describe, expect, it } from 'vitest';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from './sqliteServer.ts';

const fx = useSqliteServer();

const list = (token: string) => fetch(`${fx.url}/api/users`, { headers: authHeaders(token) });
const usernames = async (response: Response): Promise<string[]> => ((await response.json()) as { username: string }[]).map((user) => user.username);

describe('GET /api/users (AUTH5)', () => {
  it('[AUTH5] an account that facilitates no board, whatever its other roles, is 403 and learns no usernames; without a login 401', async () => {
    const id = await fx.createBoard();
    const roles = ['editor', 'unitChief', 'viewer'] as const;
    for (const role of roles) {
      const token = await fx.user(`inte-${role.toLowerCase()}`);
      await setMember(fx.url, fx.admin, id, `inte-${role.toLowerCase()}`, role);
      const response = await list(token);
      expect(response.status, role).toBe(403);
      expect(await response.json()).toEqual({ error: 'forbidden', message: expect.not.stringContaining('inte-') });
    }
    expect((await list(await fx.user('utan-tavla'))).status).toBe(403);
    expect((await fetch(`${fx.url}/api/users`)).status).toBe(401);
  });

  it('[AUTH5] an admin, and the facilitator of any board (to add members, by id and display name: SEC2), get the list; a demoted facilitator no longer does', async () => {
    expect(await usernames(await list(fx.admin))).toContain('admin');
    const id = await fx.createBoard();
    const eva = await fx.user('eva', 'Eva Facilitator');
    await setMember(fx.url, fx.admin, id, 'eva', 'facilitator');
    const listed = await list(eva);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { displayName: string }[]).map((user) => user.displayName)).toEqual(expect.arrayContaining(['Administratör', 'Eva Facilitator']));
    await setMember(fx.url, fx.admin, id, 'eva', 'editor');
    expect((await list(eva)).status).toBe(403);
  });
});
