import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SEED_BOARDS, buildSeedBoard } from '../../seeds/buildSeedBoards.ts';
import { SEED_MEETINGS } from '../../seeds/buildSeedMeetings.ts';
import { DB_FILE } from '../../server/openDataDir.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { initBoard } from '../../shared/ops/board.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { listedIds, readServed, useChildServers } from './childServers.ts';

/*
 * A DATA_DIR seeded before the seeds had meetings: the seed boards and the "Aktuellt (HSF)"
 * board, whose agendas the meetings now carry. That board is a user's board now: kept by every
 * start, by `npm run seed` and by `--reset`, and never re-added; the meetings come with `npm run seed`.
 */
const { dataDir, start, stop, seed } = useChildServers('tavla-seed-upgrade-');
const AKTUELLT = 'hsf-aktuellt';
const MEETING_IDS = SEED_MEETINGS.map((m) => m.id);
const BOARD_IDS = [...SEED_BOARDS.map((b) => b.id), AKTUELLT].sort();

/** Writes the store as the earlier seeds left it: every seed board, and the Aktuellt board with one agenda card. */
async function writeEarlierSeeds(): Promise<void> {
  const storage = new SqliteStorage(join(dataDir, DB_FILE));
  try {
    const at = new Date('2025-04-28T08:00:00Z').toISOString();
    for (const board of SEED_BOARDS) {
      await storage.createBoard({ id: board.id, title: board.title, kind: board.kind, createdAt: at, updatedAt: at, archived: false }, Y.encodeStateAsUpdate(buildSeedBoard(board)));
    }
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Aktuellt (HSF)', kind: 'general', laneField: 'group', columns: ['Aktuellt'] });
    createCard(doc, { column: readColumns(doc)[0]!.id, title: 'COSMIC' });
    await storage.createBoard({ id: AKTUELLT, title: 'Aktuellt (HSF)', kind: 'general', createdAt: at, updatedAt: at, archived: false }, Y.encodeStateAsUpdate(doc));
  } finally {
    await storage.close();
  }
}

const aktuelltCards = (doc: Y.Doc): string[] => readBoard(doc).cards.map((c) => c.title);

describe('a DATA_DIR seeded with the Aktuellt board', () => {
  it('keeps the board through a start, `npm run seed` (which adds only the meetings) and `--reset`', async () => {
    await writeEarlierSeeds();

    // A store with boards is not seeded at start: the meetings wait for `npm run seed`.
    let server = await start();
    expect(await listedIds(server, '/api/boards')).toEqual(BOARD_IDS);
    expect(await listedIds(server, '/api/meetings')).toEqual([]);
    await stop(server);

    expect(seed()).toContain(`Seeded 0 boards and 2 meetings: ${MEETING_IDS.join(', ')}`);
    expect(seed('--reset')).toContain(`Seeded ${SEED_BOARDS.length} boards and 2 meetings`);

    server = await start();
    expect(await listedIds(server, '/api/boards')).toEqual(BOARD_IDS);
    expect(await listedIds(server, '/api/meetings')).toEqual([...MEETING_IDS].sort());
    expect(await readServed(server, AKTUELLT, aktuelltCards)).toEqual(['COSMIC']);
    await stop(server);
  });
});
