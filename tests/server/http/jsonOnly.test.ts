import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from '../access/sqliteServer.ts';

const fx = useSqliteServer();

/** A request as a page of another site can make a browser send it: the cookie, no Origin, no JSON type. */
const forged = (path: string, method: string, headers: Record<string, string>, body?: string) =>
  fetch(`${fx.url}${path}`, { method, headers: { cookie: `tavla_session=${fx.admin}`, ...headers }, ...(body !== undefined && { body }) });

const boards = async () => (await (await fetch(`${fx.url}/api/boards`, { headers: { authorization: `Bearer ${fx.admin}` } })).json()) as { id: string; title: string }[];
const users = async () => ((await (await fetch(`${fx.url}/api/users`, { headers: { authorization: `Bearer ${fx.admin}` } })).json()) as { username: string }[]).map((user) => user.username);

describe('a change with a body or the cookie must be JSON (SEC4)', () => {
  it('[SEC4] the cookie, no Origin and a text/plain, form or bodiless request: 415, and nothing changed', async () => {
    await fx.user('erik', 'Erik Ström');
    const id = await fx.createBoard('Kvar');
    const before = { boards: await boards(), users: await users() };
    const json = JSON.stringify({ title: 'Smugglad', kind: 'general' });
    const attacks = [
      await forged('/api/boards', 'POST', { 'content-type': 'text/plain' }, json),
      await forged('/api/boards', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, 'title=Smugglad&kind=general'),
      await forged('/api/boards', 'POST', { 'content-type': 'multipart/form-data; boundary=x' }, `--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nSmugglad\r\n--x--`),
      await forged(`/api/boards/${id}/archive`, 'POST', {}),
      await forged('/api/users/erik', 'DELETE', { 'content-type': 'text/plain' }),
      await forged(`/api/boards/${id}/members/erik`, 'PUT', { 'content-type': 'text/plain' }, JSON.stringify({ role: 'facilitator' })),
      await forged('/api/auth/logout', 'POST', { 'content-type': 'text/plain' }),
    ];
    for (const response of attacks) {
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ error: 'unsupported_media_type' });
    }
    expect({ boards: await boards(), users: await users() }).toEqual(before);
    expect((await fetch(`${fx.url}/api/auth/me`, { headers: { cookie: `tavla_session=${fx.admin}` } })).status).toBe(200);
  });

  it('[SEC4] a login with a text/plain body is 415 too (login CSRF needs no cookie)', async () => {
    const response = await fetch(`${fx.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }) });
    expect(response.status).toBe(415);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('[SEC4] honest requests go through: JSON with the cookie (charset too), and a bearer token with no body and no type', async () => {
    const created = await forged('/api/boards', 'POST', { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ title: 'Ärlig', kind: 'general' }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await forged(`/api/boards/${id}/archive`, 'POST', { 'content-type': 'application/json' })).status).toBe(200);
    const other = await fx.createBoard('Arkiveras med token');
    expect((await fetch(`${fx.url}/api/boards/${other}/archive`, { method: 'POST', headers: { authorization: `Bearer ${fx.admin}` } })).status).toBe(200);
  });
});
