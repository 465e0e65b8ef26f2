import * as Y from 'yjs';
import { SEED_BOARDS, buildSeedBoard } from '../../seeds/buildSeedBoards.ts';
import { SEED_MEETINGS } from '../../seeds/buildSeedMeetings.ts';
import type { SeedGeneralBoard } from '../../seeds/seedTypes.ts';
import type { Storage } from '../../server/storage/Storage.ts';

/**
 * The "Aktuellt (HSF)" board as the seeds built it before its agendas became the seed meetings:
 * one card per agenda line, the meeting as its lane, the line's notes as its comment. Derived
 * from the meetings because it is the same text: equal, card for card and key for key, to
 * seeds/data/hsfAktuellt.ts as it stood before commit 47a1157 (checked when this was written).
 */
export const hsfAktuelltBefore: SeedGeneralBoard = {
  id: 'hsf-aktuellt',
  title: 'Aktuellt (HSF)',
  kind: 'general',
  laneField: 'group',
  columns: [{ id: 'aktuellt', title: 'Aktuellt' }],
  cards: SEED_MEETINGS.flatMap((meeting) =>
    meeting.items.map(({ id, title, notes }) => ({
      id: `${meeting.date.slice(0, 7)}-${id}`,
      column: 'aktuellt',
      title,
      group: meeting.title,
      ...(notes && { comment: notes.join('\n') }),
    })),
  ),
};

/**
 * Writes `store` as first start or `npm run seed` left it before the seeds had meetings: the seed
 * boards and then the Aktuellt board, each with `createdAt` = `updatedAt`, one millisecond back per
 * board, as seedMissingBoards wrote them then.
 */
export async function writeEarlierSeeds(store: Storage, now: Date): Promise<void> {
  for (const [i, board] of [...SEED_BOARDS, hsfAktuelltBefore].entries()) {
    const at = new Date(now.getTime() - i).toISOString();
    const doc = buildSeedBoard(board);
    await store.createBoard({ id: board.id, title: board.title, kind: board.kind, createdAt: at, updatedAt: at, archived: false }, Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }
}
