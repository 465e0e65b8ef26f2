import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SEED_MEETINGS } from '../../seeds/buildSeedMeetings.ts';
import { AKTUELLT_BOARD_ID, AKTUELLT_NOTE_ID, retireAktuelltBoard } from '../../seeds/retireAktuelltBoard.ts';
import { seedMissingBoards } from '../../seeds/seedStorage.ts';
import { initBoard } from '../../shared/ops/board.ts';
import { setCardText } from '../../shared/ops/cards.ts';
import { cardsInColumn } from '../../shared/read/cardsInColumn.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import type { Storage } from '../../server/storage/Storage.ts';
import { hsfAktuelltBefore, writeEarlierSeeds } from './earlierSeeds.ts';
import { loaded, seedStores } from './seedStores.ts';

const NOW = new Date('2025-04-28T08:00:00Z');

/** A store as the earlier seeds left it, upgraded by `npm run seed`'s first step: the meetings added beside the old board. */
async function upgraded(storage: Storage): Promise<void> {
  await writeEarlierSeeds(storage, NOW);
  expect(await seedMissingBoards(storage, NOW)).toEqual(SEED_MEETINGS.map((m) => m.id));
}

/** A user's change to the old board as the room stores it: one update, which marks the board updated. */
async function editComment(storage: Storage, cardId: string, comment: string): Promise<void> {
  const doc = await loaded(storage, AKTUELLT_BOARD_ID);
  const before = Y.encodeStateVector(doc);
  setCardText(doc, cardId, 'comment', comment);
  await storage.appendUpdate(AKTUELLT_BOARD_ID, Y.encodeStateAsUpdate(doc, before));
}

const firstColumnCards = async (storage: Storage): Promise<{ id: string; title: string; comment: string }[]> => {
  const doc = await loaded(storage, AKTUELLT_BOARD_ID);
  const board = readBoard(doc);
  return cardsInColumn(board, readColumns(doc)[0]!.id).map(({ id, title, comment }) => ({ id, title, comment: comment ?? '' }));
};

const oldCards = hsfAktuelltBefore.cards.map(({ id, title, comment }) => ({ id, title, comment: comment ?? '' }));

const stores = seedStores('tavla-retire-');

describe.each(stores)('the old Aktuellt board in a %s storage', (_name, open) => {
  it('[SEED2] unchanged since it was seeded: archived, its cards kept under a note naming the meetings; a second run does nothing', async () => {
    const storage = open();
    try {
      await upgraded(storage);
      expect(await retireAktuelltBoard(storage)).toMatchObject({ outcome: 'archived', board: { id: AKTUELLT_BOARD_ID, title: 'Aktuellt (HSF)' } });
      expect(await storage.getBoard(AKTUELLT_BOARD_ID)).toMatchObject({ archived: true });
      expect((await storage.listBoards()).map((b) => b.id)).not.toContain(AKTUELLT_BOARD_ID);

      const [note, ...rest] = await firstColumnCards(storage);
      expect(rest).toEqual(oldCards);
      expect(note).toMatchObject({ id: AKTUELLT_NOTE_ID, title: 'Dagordningarna finns nu som möten' });
      for (const meeting of SEED_MEETINGS) expect(note!.comment).toContain(`• ${meeting.title}: /m/${meeting.id}`);

      const stored = await storage.loadDoc(AKTUELLT_BOARD_ID);
      expect(await retireAktuelltBoard(storage)).toEqual({ outcome: 'none' });
      expect(await storage.loadDoc(AKTUELLT_BOARD_ID)).toEqual(stored);
    } finally {
      await storage.close();
    }
  });

  it('[SEED2] edited after it was seeded: stays listed with the edit and the note on top; a second run adds no second note', async () => {
    const storage = open();
    try {
      await upgraded(storage);
      await editComment(storage, '2025-04-cosmic', 'Vår egen anteckning');
      expect(await retireAktuelltBoard(storage)).toMatchObject({ outcome: 'noted', board: { id: AKTUELLT_BOARD_ID } });
      expect(await storage.getBoard(AKTUELLT_BOARD_ID)).toMatchObject({ archived: false });
      expect((await storage.listBoards()).map((b) => b.id)).toContain(AKTUELLT_BOARD_ID);

      const cards = await firstColumnCards(storage);
      expect(cards[0]!.id).toBe(AKTUELLT_NOTE_ID);
      expect(cards.find((c) => c.id === '2025-04-cosmic')!.comment).toBe('Vår egen anteckning');
      expect(cards).toHaveLength(oldCards.length + 1);

      expect(await retireAktuelltBoard(storage)).toEqual({ outcome: 'none' });
      expect(await firstColumnCards(storage)).toEqual(cards);
    } finally {
      await storage.close();
    }
  });

  it('[SEED2] leaves alone a store without the board, and a board someone archived', async () => {
    const storage = open();
    try {
      expect(await retireAktuelltBoard(storage)).toEqual({ outcome: 'none' });
      await upgraded(storage);
      await storage.archiveBoard(AKTUELLT_BOARD_ID);
      const stored = await storage.loadDoc(AKTUELLT_BOARD_ID);
      expect(await retireAktuelltBoard(storage)).toEqual({ outcome: 'none' });
      expect(await storage.loadDoc(AKTUELLT_BOARD_ID)).toEqual(stored);
    } finally {
      await storage.close();
    }
  });

  it('[SEED2] an edited board left with no column gets one for the note', async () => {
    const storage = open();
    try {
      const at = NOW.toISOString();
      const doc = new Y.Doc();
      initBoard(doc, { title: 'Aktuellt (HSF)', kind: 'general', columns: [] });
      await storage.createBoard({ id: AKTUELLT_BOARD_ID, title: 'Aktuellt (HSF)', kind: 'general', createdAt: at, updatedAt: at, archived: false }, Y.encodeStateAsUpdate(doc));
      await storage.touchBoard(AKTUELLT_BOARD_ID);
      expect(await retireAktuelltBoard(storage)).toMatchObject({ outcome: 'noted' });
      const stored = await loaded(storage, AKTUELLT_BOARD_ID);
      expect(readColumns(stored).map((c) => c.title)).toEqual(['Aktuellt']);
      expect(readBoard(stored).cards.map((c) => c.id)).toEqual([AKTUELLT_NOTE_ID]);
    } finally {
      await storage.close();
    }
  });
});
