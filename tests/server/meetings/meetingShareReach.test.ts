import { describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { updateAgendaItem } from '../../../shared/meeting/agendaOps.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { appendEdit, handMadeUpdate, storedState, useAttackers } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
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
