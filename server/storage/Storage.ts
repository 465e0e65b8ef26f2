import type { BoardRecord } from '../../shared/schema/boardRecord.ts';

/** A board in the registry (shared with seeds/, so it lives with the model). */
export type { BoardRecord };

/** One appended document update. `seq` grows strictly per document and is never reused, not even after compaction. */
export interface StoredUpdate {
  seq: number;
  data: Uint8Array;
}

/** A document as stored: the last snapshot (if any) and every update appended after it, in `seq` order. */
export interface StoredDoc {
  snapshot?: Uint8Array;
  updates: StoredUpdate[];
  /** Counts the compactions of this document; a compaction names the one it read (STO10). */
  generation: number;
}

/** Which account wrote a Yjs client id first on a document (CID1): client id → owner key. */
export type ClientOwners = ReadonlyMap<number, string>;

/** What a compaction replaces (STO4, STO10). */
export interface Compaction {
  /** Exactly the updates the snapshot contains: only these rows are deleted. */
  seqs: readonly number[];
  /** The generation the snapshot was built on (from loadDoc); another compaction since then makes this one a no-op. */
  generation: number;
}

/**
 * One series of paragraph numbers (MTS16): a meeting group's in one year of `meta.date`
 * (`group:<name>`), or a meeting without a group on its own (`meeting:<id>`).
 */
export interface ParagraphSeries {
  series: string;
  year: number;
}

/**
 * What an update appended by the server itself may carry into the same store transaction (MTS16):
 * the series' counter raised from `from` (the last number it read) to `to` (the last one given).
 */
export interface AppendExtra {
  raise?: { series: ParagraphSeries; from: number; to: number };
}

/**
 * Where boards live (STO1-STO9 in server/SPEC.md). Every implementation passes
 * tests/server/storage/storageContract.ts. Asynchronous throughout so that a networked database
 * (PostgreSQL) can implement it too.
 */
export interface Storage {
  /** Boards sorted by `updatedAt`, newest first; archived ones only when asked for. */
  listBoards(options?: { includeArchived?: boolean }): Promise<BoardRecord[]>;
  getBoard(id: string): Promise<BoardRecord | undefined>;
  /**
   * Registers a board together with its first document state, atomically: a board is never
   * listed without its document. Rejects when the id is taken.
   */
  createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void>;
  /** Sets `updatedAt` to now and applies the given changes. No-op for an unknown id. */
  touchBoard(id: string, changes?: { title?: string }): Promise<void>;
  /** Marks a board archived; false when there is no such board. */
  archiveBoard(id: string): Promise<boolean>;
  /** Removes a board with its document and every update, atomically; false when there is no such board. */
  deleteBoard(id: string): Promise<boolean>;

  /** The stored document; empty (no snapshot, no updates) for an unknown id. */
  loadDoc(id: string): Promise<StoredDoc>;
  /**
   * Appends one update and marks the board updated, and binds the new client ids in `owners`
   * in the same transaction (a client id already bound keeps its owner), as `extra.raise` raises
   * its series' counter (MTS16). Resolves only once the
   * update would survive the server process being killed: callers relay an update after this resolves.
   */
  appendUpdate(id: string, data: Uint8Array, owners?: ClientOwners, extra?: AppendExtra): Promise<number>;
  /**
   * The last paragraph number given in `series`, 0 before the first (MTS16). An append whose
   * `extra.raise.from` is not this number any more (another room raised it meanwhile) is refused
   * whole with SeriesMovedError: nothing appended, nothing raised.
   */
  lastParagraph(series: ParagraphSeries): Promise<number>;
  /** Every client id bound on the document by appendUpdate's `owners` (CID1); empty for an unknown id. */
  loadClientOwners(id: string): Promise<Map<number, string>>;
  /**
   * Atomically replaces the snapshot, bumps the generation and deletes exactly the updates in
   * `compaction.seqs`, which the snapshot contains; every other update stays (STO10). Does nothing
   * and answers false when the document was compacted since `compaction.generation` was read.
   */
  compact(id: string, snapshot: Uint8Array, compaction: Compaction): Promise<boolean>;
  close(): Promise<void>;
}

/** Thrown by appendUpdate when the series' counter is no longer where the writer read it (MTS16): number again from the new one. */
export class SeriesMovedError extends Error {
  constructor(
    readonly series: ParagraphSeries,
    readonly last: number,
  ) {
    super(`paragraph series ${series.series} ${series.year} is at ${last}`);
    this.name = 'SeriesMovedError';
  }
}

/** Thrown by createBoard when the id is taken. */
export class BoardExistsError extends Error {
  constructor(readonly id: string) {
    super(`board "${id}" already exists`);
    this.name = 'BoardExistsError';
  }
}
