import { describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { addAgendaItem, updateAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { linkedBoardIds } from '../../../shared/meeting/readMeeting.ts';
import { authHeaders, createBoardAs, setMember } from '../../helpers/serverAuth.ts';
import { appendEdit, handMadeUpdate, storedState, useAttackers } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { settle, waitFor } from '../../helpers/serverWait.ts';
import { upgradeStatus, watchAuth } from '../access/syncClients.ts';
import { appendAgenda, createMeetingAs, shareOf } from './meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const attack = useAttackers(fx);

const status = async (path: string, token: string) => (await fetch(`${fx.url}${path}`, { headers: authHeaders(token) })).status;
const syncStatus = (id: string, token: string) => upgradeStatus(`${fx.wsUrl}/sync/${id}?token=${token}`);

/** A meeting whose item i1 links the measures board, a board it does not link, another meeting, and the meeting's share link. */
async function projectorSetup() {
  const linked = await fx.createBoard('Åtgärder', 'measures');
  await appendEdit(fx.storage, linked, (doc) => createCard(doc, { id: 'k1', column: readColumns(doc)[0]!.id, title: 'Bemanning' }));
  const other = await fx.createBoard('Uppdrag', 'assignments');
  const meeting = await createMeetingAs(fx.url, fx.token);
  await appendAgenda(fx.storage, meeting, [linked]);
  const otherMeeting = await createMeetingAs(fx.url, fx.token, { title: 'Annat möte', date: '2025-05-20' });
  return { linked, other, meeting, otherMeeting, share: await shareOf(fx, meeting) };
}

describe('a meeting’s share link reads the boards its agenda links, and nothing else (MTS9)', () => {
  it('[MTS9][AUTH8] REST: the meeting and its linked board are readable (viewer); another board, another meeting and every change are not', async () => {
    const { linked, other, meeting, otherMeeting, share } = await projectorSetup();
    expect(await status(`/api/meetings/${meeting}`, share.token)).toBe(200);
    expect(await status(`/api/boards/${linked}`, share.token)).toBe(200);
    expect(await (await fetch(`${fx.url}/api/boards/${linked}/access`, { headers: authHeaders(share.token) })).json()).toEqual({ role: 'viewer', scope: [] });
    expect(await status(`/api/boards/${linked}/history`, share.token)).toBe(200);
    expect(await status(`/api/boards/${other}`, share.token)).toBe(403);
    expect(await status(`/api/meetings/${otherMeeting}`, share.token)).toBe(403);
    expect(await status(`/api/boards/${linked}/members`, share.token)).toBe(403);
    const archive = await fetch(`${fx.url}/api/boards/${linked}/archive`, { method: 'POST', headers: authHeaders(share.token) });
    expect(archive.status).toBe(403);
    // Its board list holds what it may read: the linked board, never the meeting itself (MTS1).
    const listed = ((await (await fetch(`${fx.url}/api/boards`, { headers: authHeaders(share.token) })).json()) as { id: string }[]).map((board) => board.id);
    expect(listed).toEqual([linked]);
  });

  it('[MTS9][AUTH9] /sync: the linked board opens read-only (a write is refused read_only, nothing stored); another board is 403', async () => {
    const { linked, other, share } = await projectorSetup();
    expect(await syncStatus(other, share.token)).toBe(403);
    const projector = fx.provider(linked, share.token);
    await synced(projector);
    expect(projector.doc.getMap('cards').has('k1')).toBe(true);

    const before = await storedState(fx.storage, linked);
    const writer = await attack(linked, share.token);
    await writer.send(await handMadeUpdate(fx.storage, linked, (doc) => createCard(doc, { column: readColumns(doc)[0]!.id, title: 'Projektorns kort' })));
    expect(writer.denied).toEqual(['read_only']);
    expect(await storedState(fx.storage, linked)).toEqual(before);
  });

  it('[MTS9] the reach follows the agenda at access time: a board the agenda stops linking is 403 to the link from then on, one it starts linking opens', async () => {
    const { linked, other, meeting, share } = await projectorSetup();
    const facilitator = fx.provider(meeting);
    await synced(facilitator);
    updateAgendaItem(facilitator.doc, 'i1', { boards: [other] });
    await waitFor(async () => (await status(`/api/boards/${other}`, share.token)) === 200, 'the newly linked board to open to the link');
    expect(await status(`/api/boards/${linked}`, share.token)).toBe(403);
    expect(await syncStatus(linked, share.token)).toBe(403);
    expect(await syncStatus(other, share.token)).toBe(101);
  });

  it('[MTS9] a link to a board still reads only that board, even one a meeting links', async () => {
    const { linked, meeting } = await projectorSetup();
    const boardShare = await shareOf(fx, linked);
    expect(await status(`/api/boards/${linked}`, boardShare.token)).toBe(200);
    expect(await status(`/api/meetings/${meeting}`, boardShare.token)).toBe(403);
    expect(await syncStatus(meeting, boardShare.token)).toBe(403);
  });

  it('[MTS10][AUTH11] revoking the meeting’s link closes its connections to the meeting and to the linked board (4403), and both are 401 from then on', async () => {
    const { linked, meeting, share } = await projectorSetup();
    const onMeeting = fx.provider(meeting, share.token);
    const onBoard = fx.provider(linked, share.token);
    const [meetingWatch, boardWatch] = [watchAuth(onMeeting), watchAuth(onBoard)];
    await Promise.all([synced(onMeeting), synced(onBoard)]);
    const revoked = await fetch(`${fx.url}/api/boards/${meeting}/share/${share.id}`, { method: 'DELETE', headers: authHeaders(fx.token) });
    expect(revoked.status).toBe(204);
    await waitFor(() => meetingWatch.closed !== undefined && boardWatch.closed !== undefined, 'both connections to close');
    expect([meetingWatch.closed?.code, boardWatch.closed?.code]).toEqual([4403, 4403]);
    expect(await status(`/api/boards/${linked}`, share.token)).toBe(401);
    expect(await syncStatus(linked, share.token)).toBe(401);
  });
});

let creators = 0;
/** A new account with the site role creator (SEC2), a viewer of `readable`: its username and token. */
async function creatorReading(readable: string): Promise<{ username: string; token: string }> {
  const username = `skapare${++creators}`;
  await fx.server.auth.addUser({ username, password: `${username}-lösen`, displayName: 'Mallory', siteRole: 'creator' });
  await setMember(fx.url, fx.token, readable, username, 'viewer');
  return { username, token: (await fx.server.auth.login(username, `${username}-lösen`)).token };
}

/**
 * The audit's attack (/tmp/audit11/exploit.ts): a creator who may read `open` but not `secret` makes
 * a meeting, links both in its agenda over /sync, and makes the meeting's share link.
 */
async function linkedByCreator() {
  const secret = await fx.createBoard('Åtgärder', 'measures');
  await appendEdit(fx.storage, secret, (doc) => createCard(doc, { id: 'k1', column: readColumns(doc)[0]!.id, title: 'Hemligt' }));
  const open = await fx.createBoard('Uppdrag', 'assignments');
  const creator = await creatorReading(open);
  const meeting = await createMeetingAs(fx.url, creator.token);
  const editing = fx.provider(meeting, creator.token);
  await synced(editing);
  addAgendaItem(editing.doc, { title: 'Stöld', minutes: 5, kind: 'information', boards: [secret, open] });
  await waitFor(async () => (await fx.server.registry.read(meeting, linkedBoardIds)).length === 2, 'the agenda to link both boards');
  const made = await fetch(`${fx.url}/api/boards/${meeting}/share`, { method: 'POST', headers: authHeaders(creator.token) });
  expect(made.status).toBe(201);
  const share = (await made.json()) as { id: string; token: string };
  return { secret, open, meeting, creator, share };
}

describe('a meeting’s share link reaches no further than the account that made it may read (MTS12)', () => {
  it('[MTS12][MTS9] a creator’s link to a meeting that links a board the creator may not read: that board is 403 on REST, history and /sync, and nothing else changes', async () => {
    const { secret, open, meeting, creator, share } = await linkedByCreator();
    const before = await storedState(fx.storage, secret);
    expect(await status(`/api/boards/${secret}`, creator.token)).toBe(403);
    expect(await status(`/api/boards/${secret}`, share.token)).toBe(403);
    expect(await status(`/api/boards/${secret}/history`, share.token)).toBe(403);
    expect(await status(`/api/boards/${secret}/access`, share.token)).toBe(403);
    expect(await syncStatus(secret, share.token)).toBe(403);
    // What the link may read it still reads: the meeting, and the linked board its maker reads.
    expect(await status(`/api/meetings/${meeting}`, share.token)).toBe(200);
    expect(await status(`/api/boards/${open}`, share.token)).toBe(200);
    expect(await syncStatus(open, share.token)).toBe(101);
    const listed = ((await (await fetch(`${fx.url}/api/boards`, { headers: authHeaders(share.token) })).json()) as { id: string }[]).map((board) => board.id);
    expect(listed).toEqual([open]);
    expect(await storedState(fx.storage, secret)).toEqual(before);
  });

  it('[MTS12][AUTH11] the maker removed from a linked board, then as an account: the link loses that board (403, its open connection closed 4403), and keeps the meeting', async () => {
    const { open, meeting, creator, share } = await linkedByCreator();
    const onMeeting = watchAuth(fx.provider(meeting, share.token));
    let onBoard = fx.provider(open, share.token);
    let boardWatch = watchAuth(onBoard);
    await synced(onBoard);
    const removed = await fetch(`${fx.url}/api/boards/${open}/members/${creator.username}`, { method: 'DELETE', headers: authHeaders(fx.token) });
    expect(removed.status).toBe(204);
    await waitFor(() => boardWatch.closed !== undefined, 'the link’s connection to the board to close');
    expect(boardWatch.closed?.code).toBe(4403);
    expect(await status(`/api/boards/${open}`, share.token)).toBe(403);
    expect(await syncStatus(open, share.token)).toBe(403);

    await setMember(fx.url, fx.token, open, creator.username, 'viewer');
    expect(await status(`/api/boards/${open}`, share.token)).toBe(200);
    onBoard = fx.provider(open, share.token);
    boardWatch = watchAuth(onBoard);
    await synced(onBoard);
    await fx.server.auth.removeUser(creator.username);
    await waitFor(() => boardWatch.closed !== undefined, 'the link’s connection to the board to close');
    expect(boardWatch.closed?.code).toBe(4403);
    expect(await status(`/api/boards/${open}`, share.token)).toBe(403);
    expect(await syncStatus(open, share.token)).toBe(403);
    // The link's own meeting is the link's, not its maker's reach: it stays until revoked (MTS10).
    expect(onMeeting.closed).toBeUndefined();
    expect(await status(`/api/meetings/${meeting}`, share.token)).toBe(200);
  });

  it('[MTS12] an admin’s link keeps its open connection to a linked board when the admin’s own membership of it goes', async () => {
    const { linked, share } = await projectorSetup();
    const onBoard = fx.provider(linked, share.token);
    const boardWatch = watchAuth(onBoard);
    await synced(onBoard);
    const removed = await fetch(`${fx.url}/api/boards/${linked}/members/admin`, { method: 'DELETE', headers: authHeaders(fx.token) });
    expect(removed.status).toBe(204);
    await settle(100);
    expect(boardWatch.closed).toBeUndefined();
    expect(await status(`/api/boards/${linked}`, share.token)).toBe(200);
  });

  it('[MTS12][MTS9] honest links: an admin’s reaches a linked board nobody made the admin a member of, a facilitator’s one the facilitator reads', async () => {
    const maker = await creatorReading(await fx.createBoard('Annan', 'general'));
    const othersBoard = await createBoardAs(fx.url, maker.token, 'Skaparens tavla', 'general');
    const meeting = await createMeetingAs(fx.url, fx.token);
    await appendAgenda(fx.storage, meeting, [othersBoard]);
    const adminShare = await shareOf(fx, meeting);
    expect(await status(`/api/boards/${othersBoard}`, adminShare.token)).toBe(200);
    expect(await syncStatus(othersBoard, adminShare.token)).toBe(101);

    // The board's creator, made the meeting's facilitator, makes a link of it too.
    await setMember(fx.url, fx.token, meeting, maker.username, 'facilitator');
    const made = await fetch(`${fx.url}/api/boards/${meeting}/share`, { method: 'POST', headers: authHeaders(maker.token) });
    const makersShare = (await made.json()) as { token: string };
    expect(await status(`/api/boards/${othersBoard}`, makersShare.token)).toBe(200);
    expect(await syncStatus(othersBoard, makersShare.token)).toBe(101);
  });
});
