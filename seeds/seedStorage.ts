import * as Y from 'yjs';
import { MEETING_KIND } from '../shared/meeting/meetingSchema.ts';
import type { BoardRecord, RecordKind } from '../shared/schema/boardRecord.ts';
import { SEED_BOARDS, buildSeedBoard } from './buildSeedBoards.ts';
import { SEED_MEETINGS, buildSeedMeeting } from './buildSeedMeetings.ts';

/**
 * The part of the server's Storage that seeding needs, typed here so seeds/ does not import
 * server/ (the layer rule). The server's Storage fits it as it is.
 */
export interface SeedStore {
  listBoards(options?: { includeArchived?: boolean }): Promise<readonly { id: string }[]>;
  createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void>;
}

/** A row of the registry that the seeds own: a board or a meeting (a meeting is a registry row too). */
interface SeedRecord {
  readonly id: string;
  readonly title: string;
  readonly kind: RecordKind;
  build(): Y.Doc;
}

/** Every seed record in seed order: the boards, then the meetings. */
const SEED_RECORDS: readonly SeedRecord[] = [
  ...SEED_BOARDS.map((board) => ({ id: board.id, title: board.title, kind: board.kind, build: () => buildSeedBoard(board) })),
  ...SEED_MEETINGS.map((meeting) => ({ id: meeting.id, title: meeting.title, kind: MEETING_KIND, build: () => buildSeedMeeting(meeting) })),
];

/** The ids of every seed board and seed meeting, in seed order: what `npm run seed -- --reset` rebuilds. */
export const SEED_IDS: readonly string[] = SEED_RECORDS.map((record) => record.id);

/**
 * Stores every seed board and seed meeting whose id is not taken yet (archived ones count as
 * taken, so a board someone archived is not brought back). Returns the ids it created, in seed
 * order. `updatedAt` steps back one millisecond per record so that a list sorted newest first
 * shows them in seed order, the measures board first.
 */
export async function seedMissingBoards(store: SeedStore, now: Date = new Date()): Promise<string[]> {
  const taken = new Set((await store.listBoards({ includeArchived: true })).map((b) => b.id));
  const created: string[] = [];
  for (const [i, seed] of SEED_RECORDS.entries()) {
    if (taken.has(seed.id)) continue;
    const doc = seed.build();
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

/** First start: seeds the boards and meetings only into a store that holds no record at all. Returns the ids created. */
export async function seedIfEmpty(store: SeedStore, now: Date = new Date()): Promise<string[]> {
  const boards = await store.listBoards({ includeArchived: true });
  return boards.length === 0 ? seedMissingBoards(store, now) : [];
}
