import { beforeAll, describe, expect, it } from 'vitest';
import type { CardChanges } from '../../../shared/changes/collapseChanges.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { archiveCard, createCard, editCardText, moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { appendAgenda, createMeetingAs, memberOf, shareOf } from '../meetings/meetingFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

interface HistoryFeed {
  entries: { actor: string; cardId: string | null; field: string; change: string; from?: unknown; to?: unknown }[];
}

const get = (path: string, token: string) => fetch(`${fx.url}${path}`, { headers: authHeaders(token) });
const feedOf = async (board: string): Promise<HistoryFeed> => (await (await get(`/api/boards/${board}/history?limit=500`, fx.token)).json()) as HistoryFeed;
const changesOf = async (board: string, query: string, token: string): Promise<{ since: string; meeting?: string; cards: CardChanges[] }> => {
  const response = await get(`/api/boards/${board}/changes?${query}`, token);
  if (response.status !== 200) throw new Error(`changes: ${response.status} ${await response.text()}`);
  return (await response.json()) as { since: string; meeting?: string; cards: CardChanges[] };
};

/**
 * A measures board seeded through real websockets: the admin makes cards `kir`, `ort` and `gam`;
 * then, after `since`, the editors Anna and Bo edit it as two accounts: Anna and then Bo change
 * kir's effect (20 000 → 18 000 → 15 000), Anna edits kir's comment, changes ort's unit and back
 * (one history entry "Ortopedi → Ortopedi", HIST3), and makes the card `ny`; Bo moves ort to the
 * second column and archives gam.
 */
const seeded = {
  board: '',
  since: '',
  columns: [] as string[],
  anna: '',
  bo: '',
  viewer: '',
};

beforeAll(async () => {
  seeded.board = await fx.createBoard('Åtgärder', 'measures');
  const admin = fx.provider(seeded.board);
  await synced(admin);
  seeded.columns = readColumns(admin.doc).map((column) => column.id);
  const [first, second] = seeded.columns;
  createCard(admin.doc, { id: 'kir', column: first!, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', effect: 20_000 } });
  createCard(admin.doc, { id: 'ort', column: first!, title: 'Ortopedins kort', fields: { unit: 'Ortopedi', effect: 7_000 } });
  createCard(admin.doc, { id: 'gam', column: first!, title: 'Gammalt kort', fields: { unit: 'Kirurgi' } });
  await waitFor(async () => (await feedOf(seeded.board)).entries.filter((e) => e.change === 'created').length === 3, 'the admin’s cards in the history');
  seeded.since = new Date().toISOString();

  seeded.anna = await memberOf(fx, seeded.board, 'editor', 'Anna Sundén');
  seeded.bo = await memberOf(fx, seeded.board, 'editor', 'Bo Ek');
  seeded.viewer = await memberOf(fx, seeded.board, 'viewer', 'Vera Visare');
  const anna = fx.provider(seeded.board, seeded.anna);
  const bo = fx.provider(seeded.board, seeded.bo);
  await Promise.all([synced(anna), synced(bo)]);
  const reaches = (check: () => boolean, what: string) => waitFor(check, what);

  updateCardField(anna.doc, 'kir', 'effect', 18_000);
  await reaches(() => readCard(bo.doc, 'kir')?.effect === 18_000, 'Anna’s effect to reach Bo');
  updateCardField(bo.doc, 'kir', 'effect', 15_000);
  editCardText(anna.doc, 'kir', 'comment', 0, 0, 'Annas kommentar');
  updateCardField(anna.doc, 'ort', 'unit', 'Ortoped');
  await reaches(() => readCard(bo.doc, 'ort')?.unit === 'Ortoped', 'Anna’s unit to reach Bo');
  updateCardField(anna.doc, 'ort', 'unit', 'Ortopedi');
  createCard(anna.doc, { id: 'ny', column: first!, title: 'Nytt kort', fields: { unit: 'Kirurgi' } });
  await reaches(() => readCard(bo.doc, 'ny') !== undefined && readCard(bo.doc, 'ort')?.unit === 'Ortopedi', 'Anna’s card to reach Bo');
  moveCard(bo.doc, 'ort', second!);
  archiveCard(bo.doc, 'gam');
  // The room records history in the order it takes updates: Bo's archiving is the last of them.
  await waitFor(async () => (await feedOf(seeded.board)).entries.some((e) => e.field === 'archived'), 'Bo’s archiving in the history');
  await waitFor(async () => (await feedOf(seeded.board)).entries.some((e) => e.field === 'comment'), 'Anna’s comment in the history');
});

/** A card's changes without the times, which the server stamps. */
const withoutTimes = (cards: readonly CardChanges[]) => JSON.parse(JSON.stringify(cards, (key, value: unknown) => (key === 'at' || key === 'userId' ? undefined : value))) as unknown;

describe('GET /api/boards/:id/changes (CHS1, CHG1-CHG6)', () => {
  it('[CHS1] [CHG3] [CHG4] the editors’ changes since a time, collapsed per card, the unit changed and back left out', async () => {
    const feed = await feedOf(seeded.board);
    // Neither the history (HIST8) nor the changes hold the no-op the feed used to show ("Ortopedi → Ortopedi").
    expect(feed.entries).not.toContainEqual(expect.objectContaining({ cardId: 'ort', field: 'unit' }));
    const { since, cards } = await changesOf(seeded.board, `since=${encodeURIComponent(seeded.since)}`, seeded.viewer);
    expect(since).toBe(seeded.since);
    const [first, second] = seeded.columns;
    expect(withoutTimes(cards.toSorted((a, b) => (a.cardId < b.cardId ? -1 : 1)))).toEqual([
      { cardId: 'gam', archived: { to: true, actor: 'Bo Ek' }, fields: [] },
      {
        cardId: 'kir',
        fields: [
          { kind: 'set', field: 'effect', from: 20_000, to: 15_000, actor: 'Bo Ek' },
          { kind: 'text', field: 'comment', actors: ['Anna Sundén'], actor: 'Anna Sundén' },
        ],
      },
      { cardId: 'ny', created: { title: 'Nytt kort', actor: 'Anna Sundén' }, fields: [] },
      { cardId: 'ort', moved: { from: first, to: second, actor: 'Bo Ek' }, fields: [] },
    ]);
    // Newest change first: Bo's archiving was the last.
    expect(cards[0]!.cardId).toBe('gam');
  });

  it('[CHG6] excludeMine=true leaves out the caller’s own changes: Anna sees Bo’s, from the value Bo found', async () => {
    const { cards } = await changesOf(seeded.board, `since=${encodeURIComponent(seeded.since)}&excludeMine=true`, seeded.anna);
    expect(withoutTimes(cards.toSorted((a, b) => (a.cardId < b.cardId ? -1 : 1)))).toEqual([
      { cardId: 'gam', archived: { to: true, actor: 'Bo Ek' }, fields: [] },
      { cardId: 'kir', fields: [{ kind: 'set', field: 'effect', from: 18_000, to: 15_000, actor: 'Bo Ek' }] },
      { cardId: 'ort', moved: { from: seeded.columns[0], to: seeded.columns[1], actor: 'Bo Ek' }, fields: [] },
    ]);
    const bosView = await changesOf(seeded.board, `since=${encodeURIComponent(seeded.since)}&excludeMine=true`, seeded.bo);
    expect(bosView.cards.map((card) => card.cardId).sort()).toEqual(['kir', 'ny']);
  });

  it('[CHS1] a time before the seeding shows the admin’s cards as new; a time after everything shows nothing; any offset is read as the same time', async () => {
    const all = await changesOf(seeded.board, 'since=2000-01-01T00:00:00Z', seeded.viewer);
    expect(all.since).toBe('2000-01-01T00:00:00.000Z');
    expect(all.cards.filter((card) => card.created).map((card) => card.cardId).sort()).toEqual(['gam', 'kir', 'ny', 'ort']);
    expect((await changesOf(seeded.board, 'since=2999-01-01T00:00:00Z', seeded.viewer)).cards).toEqual([]);
    const offset = await changesOf(seeded.board, `since=${encodeURIComponent('2000-01-01T02:00:00+02:00')}`, seeded.viewer);
    expect(offset).toEqual(all);
  });

  it('[CHS1] meeting=<id> reads the changes since that meeting ended; a meeting not ended, or not one, is refused', async () => {
    const meeting = await createMeetingAs(fx.url, fx.token);
    const response = await get(`/api/boards/${seeded.board}/changes?meeting=${meeting}`, fx.token);
    expect([response.status, ((await response.json()) as { error: string }).error]).toEqual([400, 'invalid_body']);
    const endedAt = Date.parse(seeded.since);
    await appendEdit(fx.storage, meeting, (doc) => {
      startMeeting(doc, endedAt - 60_000);
      endMeeting(doc, endedAt);
    });
    const sinceMeeting = await changesOf(seeded.board, `meeting=${meeting}`, fx.token);
    const sinceTime = await changesOf(seeded.board, `since=${encodeURIComponent(seeded.since)}`, fx.token);
    expect(sinceMeeting).toEqual({ ...sinceTime, meeting });
    expect((await get(`/api/boards/${seeded.board}/changes?meeting=${seeded.board}`, fx.token)).status).toBe(404);
    expect((await get(`/api/boards/${seeded.board}/changes?meeting=bad%20id`, fx.token)).status).toBe(400);
    // A viewer of the board who may not read the meeting is not told when it ended.
    expect((await get(`/api/boards/${seeded.board}/changes?meeting=${meeting}`, seeded.viewer)).status).toBe(403);
  });

  it('[CHS2] the same readers as the board: a share link reads it, a linking meeting’s link too, a stranger is 403, no login 401, an unknown board 404', async () => {
    const query = `since=${encodeURIComponent(seeded.since)}`;
    const link = await shareOf(fx, seeded.board);
    const asLink = await changesOf(seeded.board, `${query}&excludeMine=true`, link.token);
    expect(asLink).toEqual(await changesOf(seeded.board, query, seeded.viewer));
    // A meeting's link reads the boards its agenda links (MTS9), their changes too; an unlinked meeting's link does not.
    const linking = await createMeetingAs(fx.url, fx.token);
    await appendAgenda(fx.storage, linking, [seeded.board]);
    expect((await changesOf(seeded.board, query, (await shareOf(fx, linking)).token)).cards).toEqual(asLink.cards);
    const unlinked = await shareOf(fx, await createMeetingAs(fx.url, fx.token));
    expect((await get(`/api/boards/${seeded.board}/changes?${query}`, unlinked.token)).status).toBe(403);
    const stranger = await fx.user('framling', 'Främling');
    expect((await get(`/api/boards/${seeded.board}/changes?${query}`, stranger)).status).toBe(403);
    expect((await fetch(`${fx.url}/api/boards/${seeded.board}/changes?${query}`)).status).toBe(401);
    expect((await get(`/api/boards/nosuchboard/changes?${query}`, fx.token)).status).toBe(404);
  });

  it('[CHS2] a bad query is 400 invalid_body: no since, a since that is no time, both since and meeting, an unknown parameter', async () => {
    for (const query of ['', 'since=igår', 'since=2025-05-02', `since=${encodeURIComponent(seeded.since)}&meeting=m1`, `since=${encodeURIComponent(seeded.since)}&cardId=kir`, `since=${encodeURIComponent(seeded.since)}&excludeMine=yes`]) {
      const response = await get(`/api/boards/${seeded.board}/changes?${query}`, seeded.viewer);
      expect([query, response.status, ((await response.json()) as { error: string }).error]).toEqual([query, 400, 'invalid_body']);
    }
  });
});
