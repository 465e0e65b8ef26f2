import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SEED_BOARDS, buildSeedBoards } from '../../seeds/buildSeedBoards.ts';
import { seedIfEmpty, seedMissingBoards } from '../../seeds/seedStorage.ts';
import { getCardsMap, getColumnsMap, getMeta, getMilestonesMap } from '../../shared/doc.ts';
import { MemoryStorage } from '../../server/storage/MemoryStorage.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import type { Storage } from '../../server/storage/Storage.ts';

const contentOf = (doc: Y.Doc): unknown => {
  getMeta(doc);
  getColumnsMap(doc);
  getCardsMap(doc);
  getMilestonesMap(doc);
  return doc.toJSON();
};

/** The stored document as a client would load it. */
async function loaded(storage: Storage, id: string): Promise<Y.Doc> {
  const stored = await storage.loadDoc(id);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.data);
  return doc;
}

const IDS = SEED_BOARDS.map((b) => b.id);
const NOW = new Date('2025-04-28T08:00:00Z');

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const stores: [string, () => Storage][] = [
  ['memory', () => new MemoryStorage()],
  [
    'SQLite file',
    () => {
      dir = mkdtempSync(join(tmpdir(), 'tavla-seed-'));
      return new SqliteStorage(join(dir, 'tavla.db'));
    },
  ],
];

describe.each(stores)('seeding a %s storage', (_name, open) => {
  it('fills an empty store with every board, listed in seed order, stored as built', async () => {
    const storage = open();
    try {
      expect(await seedIfEmpty(storage, NOW)).toEqual(IDS);
      const list = await storage.listBoards();
      expect(list.map((b) => b.id)).toEqual(IDS);
      expect(list[0]).toMatchObject({ title: 'Åtgärder för minskade personalkostnader (HSF)', kind: 'measures', archived: false });
      for (const { id, doc } of buildSeedBoards()) expect(contentOf(await loaded(storage, id))).toEqual(contentOf(doc));
    } finally {
      await storage.close();
    }
  });

  it('leaves a store that has boards alone; adds only the seeds missing, an archived one counting as there', async () => {
    const storage = open();
    try {
      await storage.createBoard({ id: 'egen', title: 'Egen tavla', kind: 'general', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), archived: false }, new Uint8Array([0, 0]));
      expect(await seedIfEmpty(storage, NOW)).toEqual([]);
      expect(await storage.listBoards()).toHaveLength(1);
      expect(await seedMissingBoards(storage, NOW)).toEqual(IDS);
      await storage.archiveBoard('hsf-aktuellt');
      expect(await seedMissingBoards(storage, NOW)).toEqual([]);
      expect(await storage.listBoards({ includeArchived: true })).toHaveLength(IDS.length + 1);
    } finally {
      await storage.close();
    }
  });
});
