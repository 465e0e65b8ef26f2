import type Database from 'better-sqlite3';
import { openModuleDatabase } from './openModuleDatabase.ts';
import type { HistoryChange, HistoryEntry, HistoryQuery, HistoryStore, NewHistoryEntry } from './HistoryStore.ts';

/** The history module's steps (openModuleDatabase): applied steps never change, a new one is appended. */
export const HISTORY_MIGRATIONS = [
  `
  CREATE TABLE history_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    board_id TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT,
    actor TEXT NOT NULL,
    card_id TEXT,
    field TEXT NOT NULL,
    change TEXT NOT NULL,
    from_value TEXT,
    to_value TEXT
  );
  CREATE INDEX history_by_board ON history_entries (board_id, id);
  CREATE INDEX history_by_card ON history_entries (board_id, card_id, id);
  CREATE INDEX history_by_field ON history_entries (board_id, card_id, field, id);
  `,
  // What changed since a time (HIST7) reads a board's entries by its time, which is not in id order:
  // an amend (HIST3) moves an older entry's time on.
  `
  CREATE INDEX history_by_time ON history_entries (board_id, at);
  `,
];

interface EntryRow {
  id: number;
  board_id: string;
  at: string;
  user_id: string | null;
  actor: string;
  card_id: string | null;
  field: string;
  change: string;
  from_value: string | null;
  to_value: string | null;
}

/** Values are stored as JSON text; NULL stands for "absent" (the schema has no null values). */
const encode = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

const toEntry = (row: EntryRow): HistoryEntry => ({
  id: row.id,
  boardId: row.board_id,
  at: row.at,
  userId: row.user_id,
  actor: row.actor,
  cardId: row.card_id,
  field: row.field,
  change: row.change as HistoryChange,
  ...(row.from_value !== null && { from: JSON.parse(row.from_value) as unknown }),
  ...(row.to_value !== null && { to: JSON.parse(row.to_value) as unknown }),
});

/** What a list statement binds: HistoryQuery's conditions that the query gives. */
type ListParams = { boardId: string; limit: number } & Partial<Record<'cardId' | 'before' | 'since', string | number>>;

const LIST_CONDITIONS = { cardId: 'card_id = @cardId', before: 'id < @before', since: 'at >= @since' } as const;

/** HistoryStore in the boards' SQLite file, in a table of its own (openModuleDatabase). */
export class SqliteHistoryStore implements HistoryStore {
  private readonly db: Database.Database;
  private readonly sql;
  /** One list statement per set of conditions a HistoryQuery gives, each with only those, so SQLite picks the index that fits (a query by time: history_by_time). */
  private readonly listStatements = new Map<string, Database.Statement<[ListParams], EntryRow>>();

  constructor(file: string) {
    this.db = openModuleDatabase(file, 'history', HISTORY_MIGRATIONS);
    const db = this.db;
    this.sql = {
      insert: db.prepare(
        'INSERT INTO history_entries (board_id, at, user_id, actor, card_id, field, change, from_value, to_value) VALUES (@boardId, @at, @userId, @actor, @cardId, @field, @change, @from, @to)',
      ),
      latest: db.prepare<[string, string | null, string], EntryRow>('SELECT * FROM history_entries WHERE board_id = ? AND card_id IS ? AND field = ? ORDER BY id DESC LIMIT 1'),
      amendAt: db.prepare<[string, number]>('UPDATE history_entries SET at = ? WHERE id = ?'),
      amendTo: db.prepare<[string, string | null, number]>('UPDATE history_entries SET at = ?, to_value = ? WHERE id = ?'),
      deleteBoard: db.prepare<[string]>('DELETE FROM history_entries WHERE board_id = ?'),
      remove: db.prepare<[number]>('DELETE FROM history_entries WHERE id = ?'),
    };
  }

  async deleteBoard(boardId: string): Promise<void> {
    this.sql.deleteBoard.run(boardId);
  }

  async append(entries: readonly NewHistoryEntry[]): Promise<void> {
    this.db.transaction(() => {
      for (const entry of entries) this.sql.insert.run({ ...entry, from: encode(entry.from), to: encode(entry.to) });
    })();
  }

  async latest(boardId: string, cardId: string | null, field: string): Promise<HistoryEntry | undefined> {
    const row = this.sql.latest.get(boardId, cardId, field);
    return row && toEntry(row);
  }

  async remove(id: number): Promise<void> {
    this.sql.remove.run(id);
  }

  async amend(id: number, changes: { at: string; to?: unknown }): Promise<void> {
    if ('to' in changes) this.sql.amendTo.run(changes.at, encode(changes.to), id);
    else this.sql.amendAt.run(changes.at, id);
  }

  async list(boardId: string, query: HistoryQuery): Promise<HistoryEntry[]> {
    const params: ListParams = { boardId, limit: query.limit };
    const conditions: string[] = ['board_id = @boardId'];
    for (const key of ['cardId', 'before', 'since'] as const) {
      const value = query[key];
      if (value === undefined) continue;
      params[key] = value;
      conditions.push(LIST_CONDITIONS[key]);
    }
    const where = conditions.join(' AND ');
    let statement = this.listStatements.get(where);
    if (!statement) {
      statement = this.db.prepare<[ListParams], EntryRow>(`SELECT * FROM history_entries WHERE ${where} ORDER BY id DESC LIMIT @limit`);
      this.listStatements.set(where, statement);
    }
    return statement.all(params).map(toEntry);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
