import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openModuleDatabase } from '../../../server/storage/openModuleDatabase.ts';
import { HISTORY_MIGRATIONS, SqliteHistoryStore } from '../../../server/storage/SqliteHistoryStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'tavla-history-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the history tables’ migration', () => {
  it('[HIST7] a database of history version 1 gets the index by time and keeps its entries, which a query by time finds', async () => {
    const file = join(dir, 'tavla.db');
    const old = openModuleDatabase(file, 'history', HISTORY_MIGRATIONS.slice(0, 1));
    old
      .prepare("INSERT INTO history_entries (board_id, at, user_id, actor, card_id, field, change, from_value, to_value) VALUES ('b1', ?, 'u1', 'Anna Sundén', 'c1', 'effect', 'set', '20000', '15000')")
      .run('2025-04-15T08:14:00.000Z');
    old.close();

    const store = new SqliteHistoryStore(file);
    expect((await store.list('b1', { since: '2025-04-15T00:00:00.000Z', limit: 10 })).map((e) => [e.from, e.to])).toEqual([[20_000, 15_000]]);
    await store.close();

    const db = new Database(file, { readonly: true });
    const version = db.prepare("SELECT version FROM tavla_modules WHERE module = 'history'").get();
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM history_entries WHERE board_id = 'b1' AND at >= '2025-04-15' ORDER BY id DESC LIMIT 10001").all() as { detail: string }[];
    db.close();
    expect(version).toEqual({ version: 2 });
    expect(plan.map((step) => step.detail).join('; ')).toContain('history_by_time');
  });
});
