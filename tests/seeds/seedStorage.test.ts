import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SEED_BOARDS, buildSeedBoards } from '../../seeds/buildSeedBoards.ts';
import { SEED_MEETINGS, buildSeedMeetings } from '../../seeds/buildSeedMeetings.ts';
import { SEED_IDS, seedIfEmpty, seedMissingBoards } from '../../seeds/seedStorage.ts';
import { initBoard } from '../../shared/ops/board.ts';
import { getCardsMap, getColumnsMap, getMeta, getMilestonesMap } from '../../shared/doc.ts';
import { meetingContent } from '../shared/meeting/helpers/meetings.ts';
import { loaded, seedStores } from './seedStores.ts';

const contentOf = (doc: Y.Doc): unknown => {
  getMeta(doc);
  getColumnsMap(doc);
  getCardsMap(doc);
  getMilestonesMap(doc);
  return doc.toJSON();
};

const MEETING_IDS = SEED_MEETINGS.map((m) => m.id);
const IDS = [...SEED_BOARDS.map((b) => b.id), ...MEETING_IDS];
const NOW = new Date('2025-04-28T08:00:00Z');

const stores = seedStores('tavla-seed-');

describe.each(stores)('seeding a %s storage', (_name, open) => {
  it('[SEED1] fills an empty store with every board, then every meeting, listed in seed order, stored as built', async () => {
    const storage = open();
    try {
      expect(SEED_IDS).toEqual(IDS);
      expect(await seedIfEmpty(storage, NOW)).toEqual(IDS);
      const list = await storage.listBoards();
      expect(list.map((b) => b.id)).toEqual(IDS);
      expect(list[0]).toMatchObject({ title: 'Åtgärder för minskade personalkostnader (HSF)', kind: 'measures', archived: false });
      expect(list.filter((b) => b.kind === 'meeting').map(({ id, title }) => ({ id, title }))).toEqual([
        { id: 'hsf-lg-2025-04', title: 'HSF ledningsgrupp, april 2025' },
        { id: 'hsf-lg-2024-11', title: 'HSF ledningsgrupp, november 2024' },
      ]);
      for (const { id, doc } of buildSeedBoards()) expect(contentOf(await loaded(storage, id))).toEqual(contentOf(doc));
      for (const { id, doc } of buildSeedMeetings()) expect(meetingContent(await loaded(storage, id))).toEqual(meetingContent(doc));
      expect(await seedMissingBoards(storage, NOW)).toEqual([]);
    } finally {
      await storage.close();
    }
  });

  it('[SEED1] carries no "Aktuellt (HSF)" board: a store that still has it gets the meetings beside it, the board untouched (SEED2 retires it after)', async () => {
    expect(IDS).not.toContain('hsf-aktuellt');
    const storage = open();
    try {
      // A store seeded before the meetings: the seed boards and the Aktuellt board, no meeting.
      await seedMissingBoards(storage, NOW);
      for (const id of MEETING_IDS) await storage.deleteBoard(id);
      const old = new Y.Doc();
      initBoard(old, { title: 'Aktuellt (HSF)', kind: 'general' });
      await storage.createBoard({ id: 'hsf-aktuellt', title: 'Aktuellt (HSF)', kind: 'general', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), archived: false }, Y.encodeStateAsUpdate(old));

      expect(await seedMissingBoards(storage, NOW)).toEqual(MEETING_IDS);
      expect(await storage.getBoard('hsf-aktuellt')).toMatchObject({ title: 'Aktuellt (HSF)', kind: 'general', archived: false });
      expect(contentOf(await loaded(storage, 'hsf-aktuellt'))).toEqual(contentOf(old));
    } finally {
      await storage.close();
    }
  });

  it('[SEED1] leaves a store that has boards alone; adds only the seeds missing, an archived one counting as there', async () => {
    const storage = open();
    try {
      await storage.createBoard({ id: 'egen', title: 'Egen tavla', kind: 'general', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), archived: false }, new Uint8Array([0, 0]));
      expect(await seedIfEmpty(storage, NOW)).toEqual([]);
      expect(await storage.listBoards()).toHaveLength(1);
      expect(await seedMissingBoards(storage, NOW)).toEqual(IDS);
      await storage.archiveBoard('rs-delmal-2024');
      await storage.archiveBoard('hsf-lg-2024-11');
      expect(await seedMissingBoards(storage, NOW)).toEqual([]);
      expect(await storage.listBoards({ includeArchived: true })).toHaveLength(IDS.length + 1);
    } finally {
      await storage.close();
    }
  });
});
