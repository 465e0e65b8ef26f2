import * as Y from 'yjs';
import type { BoardRecord } from '../shared/schema/boardRecord.ts';
import { SEED_BOARDS, buildSeedBoard } from './buildSeedBoards.ts';

/**
 * The part of the server's Storage that seeding needs, typed here so seeds/ does not import
 * server/ (the layer rule). The server's Storage fits it as it is.
 */
export interface SeedStore {
  listBoards(options?: { includeArchived?: boolean }): Promise<readonly { id: string }[]>;
  createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void>;
}

/**
 * Stores every seed board whose id is not taken yet (archived boards count as taken, so a
 * board someone archived is not brought back). Returns the ids it created, in seed order.
 * `updatedAt` steps back one millisecond per board so that a list sorted newest first
 * shows the boards in seed order, the measures board first.
 */
export async function seedMissingBoards(store: SeedStore, now: Date = new Date()): Promise<string[]> {
  const taken = new Set((await store.listBoards({ includeArchived: true })).map((b) => b.id));
  const created: string[] = [];
  for (const [i, seed] of SEED_BOARDS.entries()) {
    if (taken.has(seed.id)) continue;
    const doc = buildSeedBoard(seed);
    try {
      const at = new Date(now.getTime() - i).toISOString();
      const record: BoardRecord = { id: seed.id, title: seed.title, kind: seed.kind, createdAt: at, updatedAt: at, archived: false };
      await store.createBoard(record, Y.encodeStateAsUpdate(doc));
      created.push(seed.id);
    } finally {
      doc.destroy();
    }
  }
  return created;
}

/** First start: seeds the boards only into a store that holds no board at all. Returns the ids created. */
export async function seedIfEmpty(store: SeedStore, now: Date = new Date()): Promise<string[]> {
  const boards = await store.listBoards({ includeArchived: true });
  return boards.length === 0 ? seedMissingBoards(store, now) : [];
}
