import { describe, expect, it } from 'vitest';
import { setItemDone, startMeeting } from '../../../shared/meeting/runOps.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { MEETING_SCHEMA_VERSION } from '../../../shared/meeting/meetingSchema.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { appendAgenda, createMeetingAs, memberOf, shareOf } from './meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

const get = (path: string, token = fx.token) => fetch(`${fx.url}${path}`, { headers: authHeaders(token) });
const post = (path: string, body: unknown, token = fx.token) => fetch(`${fx.url}${path}`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify(body) });
const answer = async (response: Response) => [response.status, await response.json()] as const;

interface Summary {
  id: string;
  title: string;
  date: string;
  status: string;
  updatedAt: string;
}
const meetingIds = async (token = fx.token) => ((await (await get('/api/meetings', token)).json()) as Summary[]).map((meeting) => meeting.id);
const boardIds = async (token = fx.token) => ((await (await get('/api/boards', token)).json()) as { id: string }[]).map((board) => board.id);

let creators = 0;
/** A new account with the site role creator (SEC2): its token. */
async function creator(): Promise<string> {
  const username = `skapare${++creators}`;
  await fx.server.auth.addUser({ username, password: `${username}-lösen`, displayName: 'Sara Skapare', siteRole: 'creator' });
  return (await fx.server.auth.login(username, `${username}-lösen`)).token;
}

describe('POST /api/meetings (MTS7)', () => {
  it('[MTS7][MTS1] the admin creates a meeting: 201 with its summary; it is a meeting, listed by /api/meetings and never by /api/boards', async () => {
    const response = await post('/api/meetings', { title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15', startTime: '09:00', place: 'Sal 3', videoLink: 'https://möte.example/hsf', group: 'HSF ledningsgrupp' });
    expect(response.status).toBe(201);
    const created = (await response.json()) as Summary;
    expect(created).toEqual({ id: expect.any(String), title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15', status: 'planned', group: 'HSF ledningsgrupp', startTime: '09:00', boards: [], updatedAt: expect.any(String) });
    expect((await fx.storage.getBoard(created.id))?.kind).toBe('meeting');
    const doc = await loadStoredDoc(fx.storage, created.id);
    expect(readMeeting(doc).meta).toEqual({ schemaVersion: MEETING_SCHEMA_VERSION, kind: 'meeting', title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15', startTime: '09:00', place: 'Sal 3', videoLink: 'https://möte.example/hsf', group: 'HSF ledningsgrupp' });
    doc.destroy();
    expect(await meetingIds()).toContain(created.id);
    expect(await boardIds()).not.toContain(created.id);
    expect(await answer(await get(`/api/meetings/${created.id}`))).toEqual([200, { ...created, role: 'facilitator' }]);
  });

  it('[MTS7][ROLE8] a creator’s meeting makes the creator its facilitator; a plain account and a share link may not create one (403, nothing created)', async () => {
    const token = await creator();
    const id = await createMeetingAs(fx.url, token, { title: 'Samverkan', date: '2025-05-20' });
    expect(((await (await get(`/api/meetings/${id}`, token)).json()) as { role: string }).role).toBe('facilitator');
    expect(await meetingIds(token)).toEqual([id]);

    const before = await meetingIds();
    const plain = await fx.user('vanlig', 'Vanlig Användare');
    expect(await answer(await post('/api/meetings', { title: 'Mitt möte', date: '2025-05-20' }, plain))).toEqual([403, { error: 'forbidden', message: expect.any(String) }]);
    const share = await shareOf(fx, id);
    expect((await post('/api/meetings', { title: 'Projektorns möte', date: '2025-05-20' }, share.token)).status).toBe(403);
    expect((await fetch(`${fx.url}/api/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect(await meetingIds()).toEqual(before);
  });

  it.each([
    ['an unknown field', { title: 'Möte', date: '2025-04-15', room: 'Sal 3' }, 'invalid_body'],
    ['a title that is not a string', { title: 7, date: '2025-04-15' }, 'invalid_body'],
    ['no date', { title: 'Möte' }, 'invalid_body'],
    ['a blank title', { title: '  ', date: '2025-04-15' }, 'invalid_value'],
    ['a date that is no date', { title: 'Möte', date: '15 april' }, 'invalid_value'],
    ['a start time that is no time', { title: 'Möte', date: '2025-04-15', startTime: '25:00' }, 'invalid_value'],
    ['a javascript: video link', { title: 'Möte', date: '2025-04-15', videoLink: 'javascript:alert(1)' }, 'invalid_value'],
  ])('[MTS7][API6] a body with %s is 400 %s and creates nothing', async (_what, body, code) => {
    const before = await meetingIds();
    const response = await post('/api/meetings', body);
    expect(await answer(response)).toEqual([400, { error: code, message: expect.any(String) }]);
    expect(await meetingIds()).toEqual(before);
  });

  it('[MTS7][API6] a body that is no JSON is 400 invalid_json', async () => {
    const response = await fetch(`${fx.url}/api/meetings`, { method: 'POST', headers: authHeaders(fx.token), body: '{"title":' });
    expect(await answer(response)).toEqual([400, { error: 'invalid_json', message: expect.any(String) }]);
  });

  it('[MTS7] `from` carries over the items the earlier meeting did not finish, marked with its date, and its attendees', async () => {
    const previous = await createMeetingAs(fx.url, fx.token, { title: 'HSF ledningsgrupp, november 2024', date: '2024-11-19' });
    await appendAgenda(fx.storage, previous);
    await appendEdit(fx.storage, previous, (doc) => setItemDone(doc, 'i1', true));
    const response = await post('/api/meetings', { title: 'HSF ledningsgrupp, april 2025', date: '2025-04-15', from: previous });
    expect(response.status).toBe(201);
    const next = await loadStoredDoc(fx.storage, ((await response.json()) as Summary).id);
    expect(readMeeting(next).agenda.map(({ title, carriedFrom, minutes }) => ({ title, carriedFrom, minutes }))).toEqual([
      { title: 'Arbetet med åtgärder', carriedFrom: '2024-11-19', minutes: 20 },
      { title: 'Civil beredskap', carriedFrom: '2024-11-19', minutes: 15 },
    ]);
    next.destroy();
  });

  it('[MTS7] `from` needs read access to that meeting (403), names a meeting (404 for a board or an unknown id) and a valid id (400); nothing is created', async () => {
    const secret = await createMeetingAs(fx.url, fx.token, { title: 'Slutet möte', date: '2025-01-10' });
    const board = await fx.createBoard('Åtgärder', 'measures');
    const token = await creator();
    const before = await meetingIds();
    const body = (from: string) => ({ title: 'Nästa', date: '2025-06-01', from });
    expect(await answer(await post('/api/meetings', body(secret), token))).toEqual([403, { error: 'forbidden', message: expect.any(String) }]);
    expect(await answer(await post('/api/meetings', body(board), token))).toEqual([404, { error: 'unknown_meeting', message: expect.any(String) }]);
    expect(await answer(await post('/api/meetings', body('finns-inte'), token))).toEqual([404, { error: 'unknown_meeting', message: expect.any(String) }]);
    expect(await answer(await post('/api/meetings', body('inte ett id'), token))).toEqual([400, { error: 'invalid_id', message: expect.any(String) }]);
    expect(await meetingIds()).toEqual(before);
  });
});

describe('GET /api/meetings and /api/meetings/:id (MTS7)', () => {
  it('[MTS7] one meeting: its summary with the caller’s role; 400 for a bad id, 404 for an unknown id or a board, 403 without a role, 401 without a login', async () => {
    const id = await createMeetingAs(fx.url, fx.token, { title: 'Rollmöte', date: '2025-04-15' });
    const editor = await memberOf(fx, id, 'editor');
    const viewer = await memberOf(fx, id, 'viewer');
    const stranger = await fx.user('främling', 'Främling');
    expect(((await (await get(`/api/meetings/${id}`, editor)).json()) as { role: string }).role).toBe('editor');
    expect(((await (await get(`/api/meetings/${id}`, viewer)).json()) as { role: string }).role).toBe('viewer');
    const share = await shareOf(fx, id);
    expect(await answer(await get(`/api/meetings/${id}`, share.token))).toEqual([200, expect.objectContaining({ id, title: 'Rollmöte', role: 'viewer' })]);
    expect(await answer(await get(`/api/meetings/${id}`, stranger))).toEqual([403, { error: 'forbidden', message: expect.any(String) }]);
    expect(await answer(await get('/api/meetings/inte%20ett%20id'))).toEqual([400, { error: 'invalid_id', message: expect.any(String) }]);
    expect(await answer(await get('/api/meetings/finns-inte'))).toEqual([404, { error: 'unknown_meeting', message: expect.any(String) }]);
    expect(await answer(await get(`/api/meetings/${await fx.createBoard()}`))).toEqual([404, { error: 'unknown_meeting', message: expect.any(String) }]);
    expect((await fetch(`${fx.url}/api/meetings/${id}`)).status).toBe(401);
    expect((await fetch(`${fx.url}/api/meetings`)).status).toBe(401);
  });

  it('[MTS7][ROLE6] the list: newest date first, only meetings the caller has a role on (a share link: its own meeting), each status read from the document without opening a room', async () => {
    const older = await createMeetingAs(fx.url, fx.token, { title: 'November', date: '2024-11-19' });
    const newer = await createMeetingAs(fx.url, fx.token, { title: 'April', date: '2025-04-15' });
    const token = await fx.user('lisa', 'Lisa Läsare');
    for (const id of [older, newer]) await setMember(fx.url, fx.token, id, 'lisa', 'viewer');
    await appendAgenda(fx.storage, newer);
    await appendEdit(fx.storage, newer, (doc) => startMeeting(doc, Date.now()));

    const all = (await (await get('/api/meetings')).json()) as Summary[];
    const dates = all.map((meeting) => meeting.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.find((meeting) => meeting.id === newer)).toEqual({ id: newer, title: 'April', date: '2025-04-15', status: 'running', boards: expect.any(Array), updatedAt: expect.any(String) });
    expect(await meetingIds(token)).toEqual([newer, older]);
    expect(await meetingIds((await shareOf(fx, older)).token)).toEqual([older]);
    expect(fx.server.registry.openRooms).toBe(0);
  });

  it('[MTS1][API4] GET /api/boards/:id of a meeting reads its meta as a meeting’s, for the members and share pages that take any record', async () => {
    const id = await createMeetingAs(fx.url, fx.token, { title: 'Mötet', date: '2025-04-15', place: 'Sal 3' });
    const [status, body] = await answer(await get(`/api/boards/${id}`));
    expect([status, body.kind, body.meta]).toEqual([200, 'meeting', { schemaVersion: MEETING_SCHEMA_VERSION, kind: 'meeting', title: 'Mötet', date: '2025-04-15', place: 'Sal 3' }]);
  });

  it('[MTS9] a share link of a meeting opens its projector: url <origin>/m/<id>/present?share=<token>; a board’s still /b/<id>', async () => {
    const id = await createMeetingAs(fx.url, fx.token);
    const share = await shareOf(fx, id);
    expect(share.url).toBe(`${fx.url}/m/${id}/present?share=${share.token}`);
    const board = await fx.createBoard();
    expect((await shareOf(fx, board)).url).toMatch(new RegExp(`/b/${board}\\?share=`));
  });
});
