import { describe, expect, it } from 'vitest';
import { authHeaders, loginToken } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from './sqliteServer.ts';

const fx = useSqliteServer();

const boardIds = async () => ((await (await fetch(`${fx.url}/api/boards`, { headers: authHeaders(fx.admin) })).json()) as { id: string }[]).map((board) => board.id).sort();
const createBoard = (token: string) => fetch(`${fx.url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ title: 'Egen tavla', kind: 'general' }) });
const listUsers = async (token: string) => {
  const response = await fetch(`${fx.url}/api/users`, { headers: authHeaders(token) });
  return { status: response.status, text: await response.text() };
};
const addUser = (username: string, displayName: string, siteRole: string) =>
  fetch(`${fx.url}/api/users`, { method: 'POST', headers: authHeaders(fx.admin), body: JSON.stringify({ username, displayName, siteRole, password: `${username}-password` }) });

describe('who creates boards and who sees the accounts (SEC2)', () => {
  it('[SEC2] a plain account cannot create a board (403, nothing created), so it can never become a facilitator and list the accounts', async () => {
    const plain = await fx.user('vanlig', 'Vanlig Användare');
    const before = await boardIds();
    const refused = await createBoard(plain);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'forbidden' });
    expect(await boardIds()).toEqual(before);
    expect((await listUsers(plain)).status).toBe(403);
  });

  it('[SEC2] a creator and an admin may create boards', async () => {
    expect((await addUser('skapare', 'Sara Skapare', 'creator')).status).toBe(201);
    expect((await createBoard(await loginToken(fx.url, 'skapare', 'skapare-password'))).status).toBe(201);
    expect((await createBoard(fx.admin)).status).toBe(201);
  });

  it('[SEC2] an admin makes an existing account a creator and back; an admin stays an admin; nobody else may', async () => {
    const token = await fx.user('blir.skapare', 'Blir Skapare');
    const setRole = (username: string, siteRole: string, as = fx.admin) =>
      fetch(`${fx.url}/api/users/${username}`, { method: 'PATCH', headers: authHeaders(as), body: JSON.stringify({ siteRole }) });
    expect((await setRole('admin', 'creator', token)).status).toBe(403);
    expect((await createBoard(token)).status).toBe(403);
    expect((await setRole('blir.skapare', 'creator')).status).toBe(200);
    expect((await createBoard(token)).status).toBe(201);
    expect((await setRole('blir.skapare', 'user')).status).toBe(200);
    expect((await createBoard(token)).status).toBe(403);
    expect(await (await setRole('admin', 'user')).json()).toMatchObject({ error: 'admin_role' });
    expect((await setRole('blir.skapare', 'admin')).status).toBe(400);
    expect((await setRole('ingen', 'creator')).status).toBe(404);
    const users = JSON.parse((await listUsers(fx.admin)).text) as { username: string; siteRole: string }[];
    expect(users.find((user) => user.username === 'admin')?.siteRole).toBe('admin');
  });

  it('[SEC2] a facilitator who is not an admin gets only ids and display names: no usernames, no site roles; members are named by id', async () => {
    await addUser('hemlig.admin', 'Hemlig Admin', 'admin');
    expect((await addUser('fia', 'Fia Facilitator', 'creator')).status).toBe(201);
    const fia = await loginToken(fx.url, 'fia', 'fia-password');
    const board = ((await (await createBoard(fia)).json()) as { id: string }).id;

    const listed = await listUsers(fia);
    expect(listed.status).toBe(200);
    const users = JSON.parse(listed.text) as Record<string, unknown>[];
    for (const user of users) expect(Object.keys(user).sort()).toEqual(['displayName', 'id']);
    expect(listed.text).not.toMatch(/hemlig\.admin|"username"|siteRole|"admin"/);
    const target = users.find((user) => user.displayName === 'Hemlig Admin')!;

    // The picker adds by id; a username is not accepted from a non-admin, so none can be guessed.
    const byName = await fetch(`${fx.url}/api/boards/${board}/members/hemlig.admin`, { method: 'PUT', headers: authHeaders(fia), body: JSON.stringify({ role: 'viewer' }) });
    expect(byName.status).toBe(404);
    const byId = await fetch(`${fx.url}/api/boards/${board}/members/${String(target.id)}`, { method: 'PUT', headers: authHeaders(fia), body: JSON.stringify({ role: 'viewer' }) });
    expect(byId.status).toBe(200);
    const members = await (await fetch(`${fx.url}/api/boards/${board}/members`, { headers: authHeaders(fia) })).text();
    expect(members).toContain('Hemlig Admin');
    expect(members).not.toMatch(/"username"/);
    expect((await fetch(`${fx.url}/api/boards/${board}/members/${String(target.id)}`, { method: 'DELETE', headers: authHeaders(fia) })).status).toBe(204);

    // The admin still sees everything.
    const all = await listUsers(fx.admin);
    expect(all.text).toContain('"username":"hemlig.admin"');
    expect(all.text).toContain('"siteRole":"admin"');
  });
});
