import Database from 'better-sqlite3';
import type { RecordKind } from '../../shared/schema/boardRecord.ts';
import { BoardExistsError, SeriesMovedError, type AppendExtra, type BoardRecord, type ClientOwners, type Compaction, type ParagraphSeries, type Storage, type StoredDoc } from './Storage.ts';

interface BoardRow {
  id: string;
  title: string;
  kind: string;
  created_at: string;
  updated_at: string;
  archived: number;
}

/** Bumped with a migration step below whenever the tables change. */
const SCHEMA_VERSION = 3;

const toRecord = (row: BoardRow): BoardRecord => ({
  id: row.id,
  title: row.title,
  kind: row.kind as RecordKind, // boards and meetings alike (MTS1): the column has no CHECK
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archived: row.archived !== 0,
});

/** better-sqlite3 hands out Buffers; callers get plain Uint8Arrays, as from every other Storage. */
const toBytes = (blob: Buffer): Uint8Array => new Uint8Array(blob);

/**
 * Storage in one SQLite file through better-sqlite3 (synchronous calls behind the async interface).
 *
 * Durability: journal_mode=WAL with synchronous=NORMAL. Each commit is written to the WAL file
 * before the call returns, i.e. it has reached the operating system; killing the process
 * (even `kill -9`) therefore loses nothing that was committed. Only an OS crash or power loss
 * may lose the last commits, which synchronous=FULL would prevent at the cost of an fsync per update.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(
    file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    const db = this.db;
    this.statements = {
      listLive: db.prepare<[], BoardRow>('SELECT * FROM boards WHERE archived = 0 ORDER BY updated_at DESC, id'),
      listAll: db.prepare<[], BoardRow>('SELECT * FROM boards ORDER BY updated_at DESC, id'),
      getBoard: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      insertBoard: db.prepare(
        'INSERT INTO boards (id, title, kind, created_at, updated_at, archived) VALUES (@id, @title, @kind, @createdAt, @updatedAt, @archived)',
      ),
      touch: db.prepare('UPDATE boards SET updated_at = ? WHERE id = ?'),
      touchTitle: db.prepare('UPDATE boards SET updated_at = ?, title = ? WHERE id = ?'),
      archive: db.prepare('UPDATE boards SET archived = 1 WHERE id = ?'),
      deleteBoard: db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
      deleteSnapshot: db.prepare<[string]>('DELETE FROM doc_snapshots WHERE doc_id = ?'),
      deleteUpdates: db.prepare<[string]>('DELETE FROM doc_updates WHERE doc_id = ?'),
      deleteClients: db.prepare<[string]>('DELETE FROM doc_clients WHERE doc_id = ?'),
      snapshot: db.prepare<[string], { data: Buffer; generation: number }>('SELECT data, generation FROM doc_snapshots WHERE doc_id = ?'),
      generation: db.prepare<[string], { generation: number }>('SELECT generation FROM doc_snapshots WHERE doc_id = ?'),
      updates: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM doc_updates WHERE doc_id = ? ORDER BY seq'),
      append: db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc_id, data) VALUES (?, ?)'),
      putSnapshot: db.prepare<[string, Uint8Array]>(
        'INSERT INTO doc_snapshots (doc_id, data, generation) VALUES (?, ?, 1) ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, generation = generation + 1',
      ),
      deleteUpdate: db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc_id = ? AND seq = ?'),
      bindClient: db.prepare<[string, number, string]>('INSERT INTO doc_clients (doc_id, client_id, owner) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
      clients: db.prepare<[string], { client_id: number; owner: string }>('SELECT client_id, owner FROM doc_clients WHERE doc_id = ?'),
      lastParagraph: db.prepare<[string, number], { last: number }>('SELECT last FROM paragraph_series WHERE series = ? AND year = ?'),
      raiseParagraph: db.prepare<[string, number, number]>(
        'INSERT INTO paragraph_series (series, year, last) VALUES (?, ?, ?) ON CONFLICT (series, year) DO UPDATE SET last = excluded.last',
      ),
    };
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version >= SCHEMA_VERSION) return;
    this.db.transaction(() => {
      if (version < 1) this.createTables();
      if (version < 2) this.addClientOwners();
      if (version < 3) this.addParagraphSeries();
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }

  private createTables(): void {
    this.db.exec(`
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE doc_snapshots (doc_id TEXT PRIMARY KEY, data BLOB NOT NULL);
      -- AUTOINCREMENT: a seq is never reused, even after the highest rows are compacted away.
      CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX doc_updates_by_doc ON doc_updates (doc_id, seq);
    `);
  }

  /** CID1's bindings and STO10's generation. */
  private addClientOwners(): void {
    this.db.exec(`
      CREATE TABLE doc_clients (doc_id TEXT NOT NULL, client_id INTEGER NOT NULL, owner TEXT NOT NULL, PRIMARY KEY (doc_id, client_id));
      ALTER TABLE doc_snapshots ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
    `);
  }

  /** MTS16's counters, one row per series and year, raised in appendUpdate's transaction. */
  private addParagraphSeries(): void {
    this.db.exec('CREATE TABLE paragraph_series (series TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (series, year))');
  }

  async listBoards(options: { includeArchived?: boolean } = {}): Promise<BoardRecord[]> {
    return (options.includeArchived ? this.statements.listAll : this.statements.listLive).all().map(toRecord);
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const row = this.statements.getBoard.get(id);
    return row && toRecord(row);
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      if (this.statements.getBoard.get(record.id)) throw new BoardExistsError(record.id);
      this.statements.insertBoard.run({ ...record, archived: record.archived ? 1 : 0 });
      this.statements.putSnapshot.run(record.id, initialState);
    })();
  }

  async touchBoard(id: string, changes: { title?: string } = {}): Promise<void> {
    const now = this.now().toISOString();
    if (changes.title === undefined) this.statements.touch.run(now, id);
    else this.statements.touchTitle.run(now, changes.title, id);
  }

  async archiveBoard(id: string): Promise<boolean> {
    return this.statements.archive.run(id).changes > 0;
  }

  async deleteBoard(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.statements.deleteSnapshot.run(id);
      this.statements.deleteUpdates.run(id);
      this.statements.deleteClients.run(id);
      return this.statements.deleteBoard.run(id).changes > 0;
    })();
  }

  async loadDoc(id: string): Promise<StoredDoc> {
    // One read transaction, so a compaction cannot fall between reading the snapshot and the updates.
    return this.db.transaction(() => {
      const snapshot = this.statements.snapshot.get(id);
      const updates = this.statements.updates.all(id).map(({ seq, data }) => ({ seq, data: toBytes(data) }));
      return snapshot ? { snapshot: toBytes(snapshot.data), updates, generation: snapshot.generation } : { updates, generation: 0 };
    })();
  }

  async appendUpdate(id: string, data: Uint8Array, owners?: ClientOwners, extra: AppendExtra = {}): Promise<number> {
    return this.db.transaction(() => {
      const { raise } = extra;
      if (raise) {
        const last = this.readLastParagraph(raise.series);
        if (last !== raise.from) throw new SeriesMovedError(raise.series, last); // rolls the whole transaction back (MTS16)
        this.statements.raiseParagraph.run(raise.series.series, raise.series.year, raise.to);
      }
      const seq = Number(this.statements.append.run(id, data).lastInsertRowid);
      for (const [clientId, owner] of owners ?? []) this.statements.bindClient.run(id, clientId, owner);
      this.statements.touch.run(this.now().toISOString(), id);
      return seq;
    })();
  }

  async lastParagraph(series: ParagraphSeries): Promise<number> {
    return this.readLastParagraph(series);
  }

  private readLastParagraph({ series, year }: ParagraphSeries): number {
    return this.statements.lastParagraph.get(series, year)?.last ?? 0;
  }

  async loadClientOwners(id: string): Promise<Map<number, string>> {
    return new Map(this.statements.clients.all(id).map((row) => [row.client_id, row.owner]));
  }

  async compact(id: string, snapshot: Uint8Array, compaction: Compaction): Promise<boolean> {
    return this.db.transaction(() => {
      if ((this.statements.generation.get(id)?.generation ?? 0) !== compaction.generation) return false;
      this.statements.putSnapshot.run(id, snapshot);
      for (const seq of compaction.seqs) this.statements.deleteUpdate.run(id, seq);
      return true;
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
