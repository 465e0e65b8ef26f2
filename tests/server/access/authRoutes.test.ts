import { describe, expect, it } from 'vitest';
import { AuthService } from '../../../server/access/AuthService.ts';
import { MemoryAuthStore } from '../../../server/storage/MemoryAuthStore.ts';
import { TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from '../../helpers/serverAuth.ts';
import { useRestFixture } from './restFixture.ts';

// Share links are built on PUBLIC_URL (SEC6): app.request() has no socket to name the server's own address.
const fx = useRestFixture({ publicUrl: 'http://tavla.test' });
const HOUR = 3_600_000;

describe('login, sessions and logout', () => {
  it('[AUTH3] a login answers { token, user } and sets the HttpOnly, SameSite=Lax session cookie on /', async () => {
    const response = await fx.login('Admin ', TEST_ADMIN_PASSWORD);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; user: Record<string, unknown> };
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({ username: 'admin', siteRole: 'admin' });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toContain(`tavla_session=${body.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const me = await fx.request('/api/auth/me', { headers: { cookie: `tavla_session=${body.token}` } });
    expect(await me.json()).toMatchObject({ user: { username: 'admin' } });
  });

  it('[AUTH3] the session is stored only as a hash of its token', async () => {
    const { token } = (await (await fx.login('admin', TEST_ADMIN_PASSWORD)).json()) as { token: string };
    const principal = await fx.ctx.auth.authenticate(token);
    expect(principal?.kind).toBe('user');
    expect(principal?.kind === 'user' && principal.sessionHash).not.toContain(token);
    expect(await fx.ctx.auth.store.getSession(token)).toBeUndefined();
  });

  it('[AUTH6] a wrong password or an unknown user is 401 invalid_credentials, the same for both', async () => {
    const wrong = await fx.login('admin', 'fel-lösenord');
    const unknown = await fx.login('ingen', 'fel-lösenord');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('[AUTH9] without a login every route but health and login is 401', async () => {
    for (const [method, path] of [['GET', '/api/boards'], ['POST', '/api/boards'], ['GET', '/api/auth/me'], ['POST', '/api/auth/logout'], ['GET', '/api/users'], ['GET', '/api/boards/x/history']]) {
      const response = await fx.request(path!, { method: method! });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'unauthorized' });
    }
    expect((await fx.request('/api/boards', { token: 'not-a-token' })).status).toBe(401);
    expect((await fx.request('/api/health')).status).toBe(200);
  });

  it('[AUTH4] after logout the token and the cookie no longer work', async () => {
    const token = await fx.user('anna');
    expect((await fx.request('/api/auth/me', { token })).status).toBe(200);
    const out = await fx.request('/api/auth/logout', { method: 'POST', token });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/tavla_session=;/);
    expect((await fx.request('/api/auth/me', { token })).status).toBe(401);
    expect((await fx.request('/api/auth/me', { headers: { cookie: `tavla_session=${token}` } })).status).toBe(401);
  });

  it('[AUTH4] a session expires 12 hours after it was last used, and use moves that on', async () => {
    const token = await fx.user('anna');
    fx.tick(11 * HOUR);
    expect((await fx.request('/api/auth/me', { token })).status).toBe(200);
    fx.tick(11 * HOUR);
    expect((await fx.request('/api/auth/me', { token })).status).toBe(200);
    fx.tick(12 * HOUR + 1);
    expect((await fx.request('/api/auth/me', { token })).status).toBe(401);
  });

  it('[AUTH6] five failed logins for a username from one address lock it there for the window, right password or not; others are not affected', async () => {
    await fx.user('anna');
    for (let i = 0; i < 5; i++) expect((await fx.login('anna', 'gissning')).status).toBe(401);
    const locked = await fx.login('anna', 'anna-lösen');
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ error: 'too_many_requests' });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fx.login('admin', TEST_ADMIN_PASSWORD)).status).toBe(200);
    fx.tick(15 * 60_000 + 1);
    expect((await fx.login('anna', 'anna-lösen')).status).toBe(200);
  });
});

describe('accounts', () => {
  it('[AUTH5] only an admin adds accounts; a taken or malformed username and a short password are refused', async () => {
    const anna = await fx.user('anna', 'Anna Sundén');
    expect((await fx.request('/api/users', { method: 'POST', token: anna, json: { username: 'bo', password: 'hemligt123', displayName: 'Bo' } })).status).toBe(403);
    expect((await fx.request('/api/users', { method: 'POST', token: fx.admin, json: { username: 'ANNA', password: 'hemligt123', displayName: 'Anna 2' } })).status).toBe(409);
    const bad = await fx.request('/api/users', { method: 'POST', token: fx.admin, json: { username: 'a b', password: 'kort', displayName: '' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as { message: string }).toMatchObject({ message: expect.stringMatching(/username.*password.*displayName/s) });
    expect((await fx.login('ANNA', 'anna-lösen')).status).toBe(200);
  });

  it('[AUTH2] a password hash is never returned: not by login, me, the user list, a new user or the members list', async () => {
    const anna = await fx.user('anna');
    const board = await fx.board(fx.admin);
    await fx.member(fx.admin, board, 'anna', 'editor');
    const bodies = await Promise.all([
      fx.login('anna', 'anna-lösen').then((r) => r.text()),
      fx.request('/api/auth/me', { token: anna }).then((r) => r.text()),
      fx.request('/api/users', { token: fx.admin }).then((r) => r.text()),
      fx.request('/api/users', { method: 'POST', token: fx.admin, json: { username: 'bo', password: 'hemligt123', displayName: 'Bo' } }).then((r) => r.text()),
      fx.request(`/api/boards/${board}/members`, { token: fx.admin }).then((r) => r.text()),
    ]);
    for (const body of bodies) {
      expect(body).not.toMatch(/scrypt|passwordHash|password_hash/);
    }
  });
});

describe('roles on REST (ROLE6)', () => {
  it('[ROLE8] a creator who creates a board becomes its facilitator; the list shows only boards one may read', async () => {
    const anna = await fx.user('anna', 'anna', 'creator');
    const bo = await fx.user('bo', 'bo', 'creator');
    const annas = await fx.board(anna, 'Annas');
    const bos = await fx.board(bo, 'Bos');
    const ids = async (token: string) => ((await (await fx.request('/api/boards', { token })).json()) as { id: string }[]).map((b) => b.id).sort();
    expect(await ids(anna)).toEqual([annas]);
    expect(await ids(fx.admin)).toEqual([annas, bos].sort());
    expect(await (await fx.request(`/api/boards/${annas}/access`, { token: anna })).json()).toEqual({ role: 'facilitator', scope: [] });
    await fx.member(anna, annas, await fx.userId('bo'), 'viewer');
    expect(await ids(bo)).toEqual([annas, bos].sort());
  });

  it('[ROLE6] a board one has no role on is 403 on every route; reading needs any role, archiving the facilitator’s', async () => {
    const anna = await fx.user('anna', 'anna', 'creator');
    const bo = await fx.user('bo');
    const board = await fx.board(anna);
    for (const [method, path] of [['GET', ''], ['GET', '/access'], ['GET', '/history'], ['POST', '/archive'], ['GET', '/members'], ['POST', '/share']]) {
      expect((await fx.request(`/api/boards/${board}${path}`, { method: method!, token: bo })).status, `${method} ${path}`).toBe(403);
    }
    await fx.member(anna, board, await fx.userId('bo'), 'editor');
    expect((await fx.request(`/api/boards/${board}`, { token: bo })).status).toBe(200);
    expect((await fx.request(`/api/boards/${board}/archive`, { method: 'POST', token: bo })).status).toBe(403);
    expect((await fx.request(`/api/boards/${board}/members`, { token: bo })).status).toBe(403);
    expect((await fx.request(`/api/boards/${board}/archive`, { method: 'POST', token: anna })).status).toBe(200);
  });

  it('[ROLE7] the facilitator sets, lists and removes members; a unit chief keeps the scope', async () => {
    const anna = await fx.user('anna', 'Anna Sundén');
    await fx.user('bo', 'Bo Ek');
    const board = await fx.board(fx.admin);
    expect((await fx.member(fx.admin, board, 'anna', 'unitChief', ['Kirurgi'])).status).toBe(200);
    expect((await fx.member(fx.admin, board, 'bo', 'viewer', ['ignored'])).status).toBe(200);
    expect((await fx.member(fx.admin, board, 'nobody', 'viewer')).status).toBe(404);
    expect((await fx.member(fx.admin, board, 'bo', 'owner' as never)).status).toBe(400);
    expect(await (await fx.request(`/api/boards/${board}/members`, { token: fx.admin })).json()).toEqual([
      { userId: await fx.userId('admin'), username: 'admin', displayName: 'Administratör', role: 'facilitator', scope: [] },
      { userId: await fx.userId('anna'), username: 'anna', displayName: 'Anna Sundén', role: 'unitChief', scope: ['Kirurgi'] },
      { userId: await fx.userId('bo'), username: 'bo', displayName: 'Bo Ek', role: 'viewer', scope: [] },
    ]);
    expect(await (await fx.request(`/api/boards/${board}/access`, { token: anna })).json()).toEqual({ role: 'unitChief', scope: ['Kirurgi'] });
    expect((await fx.member(anna, board, 'bo', 'editor')).status).toBe(403);
    expect((await fx.request(`/api/boards/${board}/members/bo`, { method: 'DELETE', token: fx.admin })).status).toBe(204);
    expect((await fx.request(`/api/boards/${board}/members/bo`, { method: 'DELETE', token: fx.admin })).status).toBe(404);
  });

  it('[AUTH10] a cookie-authenticated change from a foreign Origin is 403; from the server’s own origin, or with a bearer token, it goes through', async () => {
    const cookie = `tavla_session=${fx.admin}`;
    const create = (headers: Record<string, string>) => fx.request('/api/boards', { method: 'POST', headers, json: { title: 'X', kind: 'general' } });
    expect((await create({ cookie, origin: 'https://evil.example' })).status).toBe(403);
    expect((await create({ cookie, origin: 'http://tavla.test' })).status).toBe(201);
    expect((await create({ cookie })).status).toBe(201);
    expect((await create({ authorization: `Bearer ${fx.admin}`, origin: 'https://evil.example' })).status).toBe(201);
    const crossSiteLogin = await fx.request('/api/auth/login', { method: 'POST', headers: { origin: 'https://evil.example' }, json: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(crossSiteLogin.status).toBe(403);
  });
});

describe('share links (AUTH8)', () => {
  it('[AUTH8] a facilitator’s share link reads its board only, changes nothing, and stops working when revoked', async () => {
    const board = await fx.board(fx.admin, 'Projektor');
    const other = await fx.board(fx.admin, 'Annan');
    const created = await fx.request(`/api/boards/${board}/share`, { method: 'POST', token: fx.admin });
    expect(created.status).toBe(201);
    const share = (await created.json()) as { id: string; token: string; url: string };
    expect(share.url).toBe(`http://tavla.test/b/${board}?share=${share.token}`);
    const listed = await (await fx.request(`/api/boards/${board}/share`, { token: fx.admin })).text();
    expect(listed).toContain(share.id);
    expect(listed).not.toContain(share.token);

    expect((await fx.request(`/api/boards/${board}`, { token: share.token })).status).toBe(200);
    expect(await (await fx.request(`/api/boards/${board}/access`, { token: share.token })).json()).toEqual({ role: 'viewer', scope: [] });
    expect(((await (await fx.request('/api/boards', { token: share.token })).json()) as { id: string }[]).map((b) => b.id)).toEqual([board]);
    expect((await fx.request(`/api/boards/${other}`, { token: share.token })).status).toBe(403);
    expect((await fx.request('/api/boards', { method: 'POST', token: share.token, json: { title: 'X', kind: 'general' } })).status).toBe(403);
    expect((await fx.request(`/api/boards/${board}/archive`, { method: 'POST', token: share.token })).status).toBe(403);

    expect((await fx.request(`/api/boards/${board}/share/${share.id}`, { method: 'DELETE', token: fx.admin })).status).toBe(204);
    expect((await fx.request(`/api/boards/${board}`, { token: share.token })).status).toBe(401);
    expect((await fx.request(`/api/boards/${board}/share/${share.id}`, { method: 'DELETE', token: fx.admin })).status).toBe(404);
  });
});

describe('first start', () => {
  it('[AUTH7] the admin gets ADMIN_PASSWORD, or a random password returned once; an existing admin is never changed', async () => {
    expect(await fx.ctx.auth.ensureAdmin('ett-annat-lösen')).toEqual({ created: false });
    expect((await fx.login('admin', TEST_ADMIN_PASSWORD)).status).toBe(200);
    const fresh = new AuthService(new MemoryAuthStore(), { sessionTtlMs: HOUR, passwordCost: TEST_PASSWORD_COST });
    const first = await fresh.ensureAdmin();
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await fresh.login('admin', first.generatedPassword!)).toMatchObject({ user: { username: 'admin', siteRole: 'admin' } });
    expect(await fresh.ensureAdmin()).toEqual({ created: false });
  });
});
