import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import * as Y from 'yjs';
import { MemoryStorage } from '../../server/storage/MemoryStorage.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import type { Storage } from '../../server/storage/Storage.ts';

/** The stored document as a client would load it: the snapshot, then every update after it. */
export async function loaded(storage: Storage, id: string): Promise<Y.Doc> {
  const stored = await storage.loadDoc(id);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.data);
  return doc;
}

/**
 * The storages the seeds are tested against, for describe.each: in memory, and an SQLite file in
 * a fresh folder (prefixed `prefix`) that is removed after each test.
 */
export function seedStores(prefix: string): [string, () => Storage][] {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return [
    ['memory', () => new MemoryStorage()],
    [
      'SQLite file',
      () => {
        dir = mkdtempSync(join(tmpdir(), prefix));
        return new SqliteStorage(join(dir, 'tavla.db'));
      },
    ],
  ];
}
