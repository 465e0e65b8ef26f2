/**
 * What one history entry says changed (HIST2):
 * `created` / `deleted` a card (or a report month), `set` a plain value from → to,
 * `text` edited a prose field (no diff kept), `board` changed the board's columns or timeline.
 */
export type HistoryChange = 'created' | 'deleted' | 'set' | 'text' | 'board';

/** One field-level change, ready to store. Values are plain JSON; absent means the field had no value. */
export interface NewHistoryEntry {
  boardId: string;
  /** ISO time the server accepted the change. */
  at: string;
  /** The account that made it; null for a change with no account (before auth, or the server itself). */
  userId: string | null;
  /** The name shown for who made it, as it was then. */
  actor: string;
  /** The card it concerns; null for board-level changes (meta, columns, timeline). */
  cardId: string | null;
  /** Card field (`effect`, `comment`, `reports.2025-04.risks`, `card`), or a board part (`meta.title`, `columns`). */
  field: string;
  change: HistoryChange;
  from?: unknown;
  to?: unknown;
}

/** A stored entry; ids grow with time, so newer entries have larger ids. */
export interface HistoryEntry extends NewHistoryEntry {
  id: number;
}

export interface HistoryQuery {
  cardId?: string;
  /** Only entries with a smaller id (paging backwards). */
  before?: number;
  /** Only entries stamped at or after this ISO time (HIST7): what changed since a meeting or a date. */
  since?: string;
  limit: number;
}

/**
 * Where the change history of the boards lives (HIST1-HIST5). Every implementation passes
 * tests/server/historyStoreContract.ts.
 */
export interface HistoryStore {
  append(entries: readonly NewHistoryEntry[]): Promise<void>;
  /** The newest entry of one board's card (or board-level, cardId null) field. */
  latest(boardId: string, cardId: string | null, field: string): Promise<HistoryEntry | undefined>;
  /** Moves an entry forward: a later `at` and, for `set`, a new `to` (coalescing, HIST3). */
  amend(id: number, changes: { at: string; to?: unknown }): Promise<void>;
  /** Forgets one entry: a coalesced `set` that ended where it began (HIST8). */
  remove(id: number): Promise<void>;
  /** A board's entries, newest first. */
  list(boardId: string, query: HistoryQuery): Promise<HistoryEntry[]>;
  /** Forgets one board's history (a seed board rebuilt by `npm run seed -- --reset`). */
  deleteBoard(boardId: string): Promise<void>;
  close(): Promise<void>;
}
