import { describe, expect, it } from 'vitest';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authHeaders, loginToken, setMember } from '../../helpers/serverAuth.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { useSqliteServer } from './sqliteServer.ts';
import { upgradeStatus } from './syncClients.ts';

const fx = useSqliteServer();

const call = (path: string, token: string, method = 'GET') => fetch(`${fx.url}${path}`, { method, headers: authHeaders(token) });
const remove = (username: string, token: string) => call(`/api/users/${username}`, token, 'DELETE');
const usernamesAs = async (token: string): Promise<string[]> => ((await (await call('/api/users', token)).json()) as { username: string }[]).map((user) => user.username);
const usernames = (): Promise<string[]> => usernamesAs(fx.admin);
const errorOf = async (response: Response) => ({ status: response.status, error: ((await response.json()) as { error: string }).error });

describe('DELETE /api/users/:username (AUTH14)', () => {
  it('[AUTH14] only an admin removes: no login 401, a member or a facilitator 403, an unknown user 404, nothing removed', async () => {
    const id = await fx.createBoard();
    const mallory = await fx.user('mallory', 'Mallory');
    await fx.user('victim', 'Offer');
    await setMember(fx.url, fx.admin, id, 'mallory', 'facilitator');
    expect((await fetch(`${fx.url}/api/users/victim`, { method: 'DELETE' })).status).toBe(401);
    expect(await errorOf(await remove('victim', mallory))).toEqual({ status: 403, error: 'forbidden' });
    expect(await errorOf(await remove('admin', mallory))).toEqual({ status: 403, error: 'forbidden' });
    expect(await errorOf(await remove('nobody', fx.admin))).toEqual({ status: 404, error: 'unknown_user' });
    expect(await usernames()).toEqual(expect.arrayContaining(['admin', 'mallory', 'victim']));
  });

  it('[AUTH14] an admin cannot remove their own account (409 own_account); another admin can, and a restart does not bring `admin` back (AUTH7)', async () => {
    const added = await fetch(`${fx.url}/api/users`, { method: 'POST', headers: authHeaders(fx.admin), body: JSON.stringify({ username: 'eva', password: 'eva-password', displayName: 'Eva Admin', siteRole: 'admin' }) });
    expect(added.status).toBe(201);
    const eva = await loginToken(fx.url, 'eva', 'eva-password');

    expect(await errorOf(await remove('admin', fx.admin))).toEqual({ status: 409, error: 'own_account' });
    expect((await remove('admin', eva)).status).toBe(204);
    expect((await call('/api/auth/me', fx.admin)).status).toBe(401);
    expect(await errorOf(await remove('eva', eva))).toEqual({ status: 409, error: 'own_account' });
    // What the next start does (AUTH7): an admin exists, so no `admin` with a known password comes back.
    expect(await fx.server.auth.ensureAdmin('ett-nytt-lösen')).toEqual({ created: false });
    expect(await usernamesAs(eva)).not.toContain('admin');
    // The last admin is refused inside the store, however it is asked (`npm run user -- remove`).
    await expect(fx.server.auth.removeUser('eva')).rejects.toMatchObject({ code: 'last_admin' });
    fx.admin = eva;
  });

  it('[AUTH14] a removed account’s token and cookie are 401 on REST and /sync, its open socket is closed with 4401, its memberships are gone and its history keeps its name', async () => {
    const { id, token: anna, client, watch } = await fx.connectedMember('anna', 'Anna Sundén', 'editor');
    const column = readColumns(client.doc)[0]!.id;
    createCard(client.doc, { id: 'kir', column, title: 'Färre hyrläkare' });
    updateCardField(client.doc, 'kir', 'effect', 20_000);
    const history = async () => ((await (await call(`/api/boards/${id}/history?cardId=kir`, fx.admin)).json()) as { entries: { actor: string }[] }).entries;
    await waitFor(async () => (await history()).length > 0, 'Anna’s edits to be recorded');

    expect((await remove('Anna', fx.admin)).status).toBe(204);
    await waitFor(() => watch.closed !== undefined, 'the removed account’s connection to close');
    expect(watch.closed).toEqual({ code: 4401, reason: 'unauthorized' });

    expect((await call('/api/auth/me', anna)).status).toBe(401);
    expect((await fetch(`${fx.url}/api/auth/me`, { headers: { cookie: `tavla_session=${anna}` } })).status).toBe(401);
    expect((await call(`/api/boards/${id}`, anna)).status).toBe(401);
    expect(await upgradeStatus(fx.syncUrl(id, anna))).toBe(401);
    expect(await upgradeStatus(fx.syncUrl(id), { cookie: `tavla_session=${anna}` })).toBe(401);
    expect(await upgradeStatus(fx.syncUrl(id), { authorization: `Bearer ${anna}` })).toBe(401);
    expect(await usernames()).not.toContain('anna');
    const members = (await (await call(`/api/boards/${id}/members`, fx.admin)).json()) as { username: string }[];
    expect(members.map((member) => member.username)).not.toContain('anna');
    expect((await history()).map((entry) => entry.actor)).toContain('Anna Sundén');

    // A new account with the same name starts with nothing: no role on the old board.
    const again = await fx.user('anna', 'Anna Ny');
    expect((await call(`/api/boards/${id}`, again)).status).toBe(403);
    expect(await upgradeStatus(fx.syncUrl(id, again))).toBe(403);
  });
});
