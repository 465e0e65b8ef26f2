import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MemoryStorage } from '../../../server/storage/MemoryStorage.ts';
import { SqliteStorage } from '../../../server/storage/SqliteStorage.ts';
import { runStorageContract } from './storageContract.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

runStorageContract('MemoryStorage', async (now) => ({ storage: new MemoryStorage(now) }));

runStorageContract('SqliteStorage', async (now) => {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-storage-'));
  dirs.push(dir);
  const file = join(dir, 'tavla.db');
  const storage = new SqliteStorage(file, now);
  return {
    storage,
    reopen: async () => {
      await storage.close();
      return new SqliteStorage(file, now);
    },
  };
}, { durable: true });
