import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { MemoryAuthStore } from '../../../server/storage/MemoryAuthStore.ts';
import { SqliteAuthStore } from '../../../server/storage/SqliteAuthStore.ts';
import { MemoryHistoryStore } from '../../../server/storage/MemoryHistoryStore.ts';
import { SqliteHistoryStore } from '../../../server/storage/SqliteHistoryStore.ts';
import { SqliteStorage } from '../../../server/storage/SqliteStorage.ts';
import { runAuthStoreContract } from './authStoreContract.ts';
import type { Closable, StoreFactory } from './contractStores.ts';
import { runHistoryStoreContract } from './historyStoreContract.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const newFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-auth-store-'));
  dirs.push(dir);
  return join(dir, 'tavla.db');
};

/** A store on a fresh database file; reopening closes it and opens the same file again. */
const onNewFile = <S extends Closable>(open: (file: string) => S): StoreFactory<S> => async () => {
  const file = newFile();
  const store = open(file);
  return { store, reopen: async () => (await store.close(), open(file)) };
};

runAuthStoreContract('MemoryAuthStore', async () => ({ store: new MemoryAuthStore() }));
runAuthStoreContract('SqliteAuthStore', onNewFile((file) => new SqliteAuthStore(file)), { durable: true });

runHistoryStoreContract('MemoryHistoryStore', async () => ({ store: new MemoryHistoryStore() }));
runHistoryStoreContract('SqliteHistoryStore', onNewFile((file) => new SqliteHistoryStore(file)), { durable: true });

describe('one database file', () => {
  it('[AUTH3] boards, accounts and history share tavla.db, each module with its own tables and version', async () => {
    const file = newFile();
    const boards = new SqliteStorage(file);
    const auth = new SqliteAuthStore(file);
    const history = new SqliteHistoryStore(file);
    await Promise.all([boards.close(), auth.close(), history.close()]);
    // Opening again migrates nothing twice.
    const again = [new SqliteStorage(file), new SqliteAuthStore(file), new SqliteHistoryStore(file)];
    await Promise.all(again.map((store) => store.close()));
    const db = new Database(file, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const versions = db.prepare('SELECT module, version FROM tavla_modules ORDER BY module').all();
    db.close();
    expect(tables).toEqual(['auth_memberships', 'auth_sessions', 'auth_shares', 'auth_users', 'boards', 'doc_clients', 'doc_snapshots', 'doc_updates', 'history_entries', 'paragraph_series', 'tavla_modules']);
    expect(versions).toEqual([
      { module: 'auth', version: 1 },
      { module: 'history', version: 2 },
    ]);
  });

  it('[MTS16] a boards database of schema version 2 gets the paragraph series at its next opening, its boards kept', async () => {
    const file = newFile();
    const old = new SqliteStorage(file);
    await old.createBoard({ id: 'm', title: 'Möte', kind: 'meeting', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', archived: false }, new Uint8Array([0]));
    await old.close();
    const db = new Database(file);
    db.exec('DROP TABLE paragraph_series');
    db.pragma('user_version = 2');
    db.close();
    const migrated = new SqliteStorage(file);
    const series = { series: 'group:HSF ledningsgrupp', year: 2025 };
    await migrated.appendUpdate('m', new Uint8Array([1]), undefined, { raise: { series, from: 0, to: 2 } });
    expect(await migrated.lastParagraph(series)).toBe(2);
    expect((await migrated.getBoard('m'))?.title).toBe('Möte');
    await migrated.close();
  });
});
