import { beforeAll, describe, expect, it } from 'vitest';
import type { CardChanges } from '../../../shared/changes/collapseChanges.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { boardPreviousMeeting } from '../../../server/meetings/boardPreviousMeeting.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { appendAgenda, createMeetingAs, memberOf, shareOf } from '../meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

interface PreviousAnswer {
  since: string | null;
  previous: { endedAt: string; date: string; id?: string; title?: string } | null;
  cards: CardChanges[];
}

const get = (path: string, token: string) => fetch(`${fx.url}${path}`, { headers: authHeaders(token) });
const previousOf = async (board: string, token: string): Promise<PreviousAnswer> => {
  const response = await get(`/api/boards/${board}/changes?since=previous`, token);
  if (response.status !== 200) throw new Error(`changes: ${response.status} ${await response.text()}`);
  return (await response.json()) as PreviousAnswer;
};
/** Whether the board's history holds an entry whose field or kind of change is `what`. */
const historyHas = async (board: string, what: string): Promise<boolean> => {
  const feed = (await (await get(`/api/boards/${board}/history?limit=500`, fx.token)).json()) as { entries: { field: string; change: string }[] };
  return feed.entries.some((entry) => entry.field === what || entry.change === what);
};
const endAt = (meeting: string, endedAt: number) =>
  appendEdit(fx.storage, meeting, (doc) => {
    startMeeting(doc, endedAt - 60_000);
    endMeeting(doc, endedAt);
  });

/**
 * A measures board whose card `kir` the admin makes; the April meeting (group HSF ledningsgrupp)
 * links the board and ends; then kir's effect changes (20 000 → 15 000); then a later meeting of the
 * same group that links only another board ends. Read by a board viewer with no meeting role, a
 * board share link, and a link of the April meeting (which may open it).
 */
const seeded = { board: '', april: '', other: '', aprilEnd: '' };

beforeAll(async () => {
  seeded.board = await fx.createBoard('Åtgärder', 'measures');
  const admin = fx.provider(seeded.board);
  await synced(admin);
  createCard(admin.doc, { id: 'kir', column: readColumns(admin.doc)[0]!.id, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', effect: 20_000 } });
  await waitFor(() => historyHas(seeded.board, 'created'), 'the card in the history');

  seeded.april = await createMeetingAs(fx.url, fx.token, { title: 'April', date: '2025-04-29', group: 'HSF ledningsgrupp' });
  await appendAgenda(fx.storage, seeded.april, [seeded.board]);
  const aprilEnd = Date.now();
  seeded.aprilEnd = new Date(aprilEnd).toISOString();
  await endAt(seeded.april, aprilEnd);
  await waitFor(() => Date.now() > aprilEnd, 'a later millisecond');

  updateCardField(admin.doc, 'kir', 'effect', 15_000);
  await waitFor(() => historyHas(seeded.board, 'effect'), 'the effect in the history');
  const effectRecorded = Date.now();
  await waitFor(() => Date.now() > effectRecorded, 'a later millisecond');

  const otherBoard = await fx.createBoard('Annan tavla', 'measures');
  seeded.other = await createMeetingAs(fx.url, fx.token, { title: 'Maj, annan tavla', date: '2025-05-20', group: 'HSF ledningsgrupp' });
  await appendAgenda(fx.storage, seeded.other, [otherBoard]);
  await endAt(seeded.other, Date.now());
});

describe('GET /api/boards/:id/changes?since=previous (CHS3, CHG7)', () => {
  it('[CHS3][CHG7] a board viewer with no meeting role gets the changes since the previous meeting, its end and date, not its id or title', async () => {
    const viewer = await memberOf(fx, seeded.board, 'viewer', 'Vera Visare');
    // Vera is on no meeting: GET /api/meetings lists none, so the client could not choose one (MTS7).
    expect(await (await get('/api/meetings', viewer)).json()).toEqual([]);
    const answer = await previousOf(seeded.board, viewer);
    expect(answer.previous).toEqual({ endedAt: seeded.aprilEnd, date: '2025-04-29' });
    expect(answer.since).toBe(seeded.aprilEnd);
    expect(answer.cards).toEqual([expect.objectContaining({ cardId: 'kir', fields: [expect.objectContaining({ field: 'effect', from: 20_000, to: 15_000 })] })]);
  });

  it('[CHS3] a board share link gets the same changes and meeting, without its title', async () => {
    const link = await shareOf(fx, seeded.board);
    const answer = await previousOf(seeded.board, link.token);
    expect(answer).toEqual(await previousOf(seeded.board, await memberOf(fx, seeded.board, 'unitChief', 'Ulf Enhetschef')));
    expect(answer.previous).toEqual({ endedAt: seeded.aprilEnd, date: '2025-04-29' });
    expect(answer.cards.map((card) => card.cardId)).toEqual(['kir']);
  });

  it('[CHS3][CHG7] a later-ended meeting of the group that does not link the board is not chosen', async () => {
    const answer = await previousOf(seeded.board, fx.token);
    expect(answer.previous).toEqual({ endedAt: seeded.aprilEnd, date: '2025-04-29', id: seeded.april, title: 'April' });
    expect(answer.cards.map((card) => card.cardId)).toEqual(['kir']);
  });

  it('[CHS3] a reader who may open the meeting gets its id and title: the April meeting’s share link reaches the board (MTS9)', async () => {
    const link = await shareOf(fx, seeded.april);
    expect((await previousOf(seeded.board, link.token)).previous).toEqual({ endedAt: seeded.aprilEnd, date: '2025-04-29', id: seeded.april, title: 'April' });
  });

  it('[CHS3] a board no ended meeting links, nor one of its group, has no previous meeting: nothing is asked', async () => {
    const lone = await fx.createBoard('Ensam tavla', 'measures');
    expect(await previousOf(lone, fx.token)).toEqual({ since: null, previous: null, cards: [] });
  });

  it('[CHS3] bounded: only the most recently changed meetings are read; with the cap below the April meeting none is found', async () => {
    const { storage, registry } = fx.server;
    expect((await boardPreviousMeeting(storage, registry, seeded.board))?.id).toBe(seeded.april);
    expect(await boardPreviousMeeting(storage, registry, seeded.board, 1)).toBeUndefined();
  });

  it('[CHS2] since=previous with meeting is 400 invalid_body', async () => {
    const response = await get(`/api/boards/${seeded.board}/changes?since=previous&meeting=${seeded.april}`, fx.token);
    expect([response.status, ((await response.json()) as { error: string }).error]).toEqual([400, 'invalid_body']);
  });
});
