import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readColumns } from '../../shared/read/readColumns.ts';
import { BOARD_KINDS, DEFAULT_COLUMNS } from '../../shared/schema/board.ts';
import { SCHEMA_VERSION } from '../../shared/schema/version.ts';
import { createApp } from '../../server/http/app.ts';
import { MemoryStorage } from '../../server/storage/MemoryStorage.ts';
import { RoomRegistry } from '../../server/sync/RoomRegistry.ts';
import { createAuthContext } from '../../server/access/createAuthContext.ts';
import { MemoryAuthStore } from '../../server/storage/MemoryAuthStore.ts';
import { MemoryHistoryStore } from '../../server/storage/MemoryHistoryStore.ts';
import { testAuthConfig, TEST_ADMIN_PASSWORD } from '../helpers/serverAuth.ts';
import { captureLogs } from '../helpers/serverLogs.ts';

let storage: MemoryStorage;
let registry: RoomRegistry;
let logs: ReturnType<typeof captureLogs>;
let app: ReturnType<typeof createApp>;
let authContext: ReturnType<typeof createAuthContext>;
let token: string;

beforeEach(async () => {
  storage = new MemoryStorage();
  logs = captureLogs();
  registry = new RoomRegistry({ storage, logger: logs.logger, maxMessageBytes: 1024, compactEvery: 500 });
  authContext = createAuthContext({ store: new MemoryAuthStore(), history: new MemoryHistoryStore(), config: testAuthConfig() });
  await authContext.auth.ensureAdmin(TEST_ADMIN_PASSWORD);
  token = (await authContext.auth.login('admin', TEST_ADMIN_PASSWORD)).token;
  app = createApp({ storage, registry, logger: logs.logger, ...authContext });
});

/** A request as the admin (every route but health and login needs a login). */
const request = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });
const post = (path: string, body: unknown) =>
  request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const create = async (title: string, kind = 'measures') => (await (await post('/api/boards', { title, kind })).json()) as { id: string };

describe('REST routes', () => {
  it('[API1] GET /api/health answers ok', async () => {
    const response = await request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, schemaVersion: SCHEMA_VERSION, openRooms: 0 });
  });

  it.each(BOARD_KINDS)('[API3] POST /api/boards creates a %s board with the default columns of its kind', async (kind) => {
    const response = await post('/api/boards', { title: 'Ny tavla', kind });
    expect(response.status).toBe(201);
    const created = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(created).sort()).toEqual(['id', 'kind', 'title', 'updatedAt']);
    expect(created).toMatchObject({ title: 'Ny tavla', kind });
    const columns = await registry.read(created.id as string, readColumns);
    expect(columns.map((column) => column.title)).toEqual(DEFAULT_COLUMNS[kind]);
  });

  it('[API3] a target is stored in the document meta', async () => {
    const { id } = (await (await post('/api/boards', { title: 'Mål', kind: 'measures', target: 12_000 })).json()) as { id: string };
    const board = (await (await request(`/api/boards/${id}`)).json()) as { meta: { target: number } };
    expect(board.meta.target).toBe(12_000);
  });

  it('[API2] GET /api/boards lists the boards that are not archived, newest first', async () => {
    const first = await create('Första');
    const second = await create('Andra', 'assignments');
    const response = await request('/api/boards');
    expect(response.status).toBe(200);
    const list = (await response.json()) as { id: string }[];
    expect(list.map((board) => board.id).sort()).toEqual([first.id, second.id].sort());
    expect(Object.keys(list[0]!).sort()).toEqual(['id', 'kind', 'title', 'updatedAt']);
  });

  it('[API4] GET /api/boards/:id gives the record and the document meta', async () => {
    const { id } = await create('Åtgärder 2025');
    const response = await request(`/api/boards/${id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id,
      title: 'Åtgärder 2025',
      kind: 'measures',
      archived: false,
      meta: { schemaVersion: SCHEMA_VERSION, title: 'Åtgärder 2025', kind: 'measures', laneField: 'decisionLevel' },
    });
  });

  it('[API5] POST /api/boards/:id/archive archives: gone from the list, still readable', async () => {
    const { id } = await create('Arkiveras');
    const response = await post(`/api/boards/${id}/archive`, {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, archived: true });
    expect(await (await request('/api/boards')).json()).toEqual([]);
    expect(await (await request(`/api/boards/${id}`)).json()).toMatchObject({ archived: true });
  });
});

describe('REST routes: bad input', () => {
  it.each([
    ['not JSON', '{"title":', 'invalid_json', 'JSON'],
    ['no title', { kind: 'measures' }, 'invalid_body', 'title'],
    ['an empty title', { title: '', kind: 'measures' }, 'invalid_body', 'title'],
    ['an unknown kind', { title: 'x', kind: 'kanban' }, 'invalid_body', 'kind'],
    ['a target that is not a number', { title: 'x', kind: 'measures', target: '100' }, 'invalid_body', 'target'],
    ['an unknown field', { title: 'x', kind: 'measures', owner: 'me' }, 'invalid_body', 'owner'],
    ['an array', [], 'invalid_body', 'body'],
  ])('[API6] POST /api/boards with %s is 400 naming what is wrong, and stores nothing', async (_name, body, code, mentions) => {
    const response = await post('/api/boards', body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: string; message: string };
    expect(error.error).toBe(code);
    expect(error.message).toContain(mentions);
    expect(await storage.listBoards({ includeArchived: true })).toEqual([]);
  });

  it.each([
    ['GET', '/api/boards/bad%20id', 400, 'invalid_id'],
    ['POST', '/api/boards/bad%20id/archive', 400, 'invalid_id'],
    ['GET', '/api/boards/nosuchboard', 404, 'unknown_board'],
    ['POST', '/api/boards/nosuchboard/archive', 404, 'unknown_board'],
    ['GET', '/api/nothing-here', 404, 'not_found'],
    ['GET', '/sync/bad%20id', 400, 'invalid_id'],
    ['GET', '/sync/nosuchboard', 404, 'unknown_board'],
  ])('[API6] %s %s is %i %s', async (method, path, status, code) => {
    const response = await request(path, { method });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: code });
  });

  it('[SRV10] a plain GET of a board’s sync endpoint is 426: it speaks websocket only', async () => {
    const { id } = await create('Sync');
    const response = await request(`/sync/${id}`);
    expect(response.status).toBe(426);
    expect(await response.json()).toMatchObject({ error: 'upgrade_required' });
  });

  it('[API6] an unexpected failure is a 500 without details and one log line', async () => {
    storage.listBoards = () => Promise.reject(new Error('disk on fire'));
    const response = await request('/api/boards');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'server_error', message: 'internal server error' });
    expect(logs.lines.filter((line) => line.event === 'request_failed')).toHaveLength(1);
  });
});

describe('the built client', () => {
  it('[API7] files of the built client are served, any other non-API path gets index.html, /api stays JSON', async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'tavla-client-'));
    try {
      writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Tavla</title>');
      writeFileSync(join(clientDir, 'app.js'), 'console.log(1)');
      const withClient = createApp({ storage, registry, logger: logs.logger, ...authContext, clientDir });
      expect(await (await withClient.request('/app.js')).text()).toBe('console.log(1)');
      expect(await (await withClient.request('/')).text()).toContain('<title>Tavla</title>');
      const deep = await withClient.request('/tavla/abc123');
      expect(deep.headers.get('content-type')).toContain('text/html');
      expect(await deep.text()).toContain('<title>Tavla</title>');
      const api = await withClient.request('/api/nothing');
      expect(api.status).toBe(404);
      expect(await api.json()).toMatchObject({ error: 'not_found' });
    } finally {
      rmSync(clientDir, { recursive: true, force: true });
    }
  });
});
