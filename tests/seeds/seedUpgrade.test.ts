import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SEED_BOARDS } from '../../seeds/buildSeedBoards.ts';
import { SEED_MEETINGS } from '../../seeds/buildSeedMeetings.ts';
import { AKTUELLT_BOARD_ID, AKTUELLT_NOTE_ID } from '../../seeds/retireAktuelltBoard.ts';
import { DB_FILE } from '../../server/openDataDir.ts';
import { SqliteStorage } from '../../server/storage/SqliteStorage.ts';
import { setCardText } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { getJson, listedIds, readServed, useChildServers } from './childServers.ts';
import { hsfAktuelltBefore, writeEarlierSeeds } from './earlierSeeds.ts';

/*
 * A DATA_DIR seeded before the seeds had meetings: the seed boards and the "Aktuellt (HSF)"
 * board, whose agendas the meetings now carry, in a real SQLite file, upgraded by real server
 * processes and `npm run seed` (SEED1, SEED2).
 */
const MEETING_IDS = SEED_MEETINGS.map((m) => m.id);
const SEED_BOARD_IDS = SEED_BOARDS.map((b) => b.id);
const MEETINGS_NAMED = SEED_MEETINGS.map((m) => `${m.id} ("${m.title}")`).join(' and ');

async function writeEarlierDataDir(dataDir: string): Promise<void> {
  const storage = new SqliteStorage(join(dataDir, DB_FILE));
  try {
    await writeEarlierSeeds(storage, new Date('2025-04-28T08:00:00Z'));
  } finally {
    await storage.close();
  }
}

/** The old board's cards as served, in board order: id, title and comment. */
const servedCards = (doc: Y.Doc) => readBoard(doc).cards.map(({ id, title, comment }) => ({ id, title, comment: comment ?? '' }));
const oldCards = hsfAktuelltBefore.cards.map(({ id, title, comment }) => ({ id, title, comment: comment ?? '' }));
const aktuelltLines = (printed: string): string[] => printed.split('\n').filter((line) => line.includes(AKTUELLT_BOARD_ID));

describe('a DATA_DIR seeded with the Aktuellt board, never edited', () => {
  const { dataDir, start, stop, seed } = useChildServers('tavla-seed-upgrade-');

  it('[SEED1, SEED2] start keeps it; `npm run seed` adds the meetings and archives it with one line naming them; `--reset` never brings it back', async () => {
    await writeEarlierDataDir(dataDir);

    // A store with boards is not seeded at start: the meetings wait for `npm run seed`, and so the board stays.
    let server = await start();
    expect(await listedIds(server, '/api/boards')).toEqual([...SEED_BOARD_IDS, AKTUELLT_BOARD_ID].sort());
    expect(await listedIds(server, '/api/meetings')).toEqual([]);
    await stop(server);

    const printed = seed();
    expect(printed).toContain(`Seeded 0 boards and 2 meetings: ${MEETING_IDS.join(', ')}`);
    expect(aktuelltLines(printed)).toEqual([
      `Archived the board ${AKTUELLT_BOARD_ID} ("Aktuellt (HSF)"), unchanged since it was seeded: its agendas are the meetings ${MEETINGS_NAMED} now. It stays stored and opens at /b/${AKTUELLT_BOARD_ID}, with a card naming them.`,
    ]);
    const reset = seed('--reset');
    expect(reset).toContain(`Seeded ${SEED_BOARDS.length} boards and 2 meetings`);
    expect(aktuelltLines(reset)).toEqual([]);

    server = await start();
    expect(await listedIds(server, '/api/boards')).toEqual([...SEED_BOARD_IDS].sort());
    expect(await listedIds(server, '/api/meetings')).toEqual([...MEETING_IDS].sort());
    expect(await getJson(server, `/api/boards/${AKTUELLT_BOARD_ID}`)).toMatchObject({ title: 'Aktuellt (HSF)', archived: true });
    const [note, ...rest] = await readServed(server, AKTUELLT_BOARD_ID, servedCards);
    expect(rest).toEqual(oldCards);
    expect(note).toMatchObject({ id: AKTUELLT_NOTE_ID, title: 'Dagordningarna finns nu som möten' });
    for (const meeting of SEED_MEETINGS) expect(note!.comment).toContain(`/m/${meeting.id}`);
    await stop(server);
  });
});

describe('a DATA_DIR seeded with the Aktuellt board, edited since', () => {
  const { dataDir, start, stop, seed } = useChildServers('tavla-seed-upgrade-edited-');

  it('[SEED2] `npm run seed` keeps it on the start page with the edit, adds the note once and says so in one line', async () => {
    await writeEarlierDataDir(dataDir);
    let server = await start();
    const record = () => getJson<{ createdAt: string; updatedAt: string }>(server, `/api/boards/${AKTUELLT_BOARD_ID}`);
    const { createdAt } = await record();
    const client = connectProvider(server.url, AKTUELLT_BOARD_ID, server.token);
    await synced(client);
    setCardText(client.doc, '2025-04-cosmic', 'comment', 'Vår egen anteckning');
    await waitFor(async () => (await record()).updatedAt !== createdAt, 'the edit to be stored');
    client.destroy();
    await stop(server);

    expect(aktuelltLines(seed())).toEqual([
      `Kept the board ${AKTUELLT_BOARD_ID} ("Aktuellt (HSF)") on the start page, since it was edited after it was seeded, and added a card saying its agendas are the meetings ${MEETINGS_NAMED} now.`,
    ]);
    expect(aktuelltLines(seed())).toEqual([]);

    server = await start();
    expect(await listedIds(server, '/api/boards')).toContain(AKTUELLT_BOARD_ID);
    const cards = await readServed(server, AKTUELLT_BOARD_ID, servedCards);
    expect(cards.map((c) => c.id)).toEqual([AKTUELLT_NOTE_ID, ...oldCards.map((c) => c.id)]);
    expect(cards.find((c) => c.id === '2025-04-cosmic')!.comment).toBe('Vår egen anteckning');
    await stop(server);
  });
});

describe('a DATA_DIR seeded with the Aktuellt board, open on a running server', () => {
  const { dataDir, start, stop, seed } = useChildServers('tavla-seed-upgrade-running-');

  it('[SEED2] `npm run seed` beside the server archives it at once, and the note and a later edit in the open room both outlive its compaction on shutdown', async () => {
    await writeEarlierDataDir(dataDir);
    let server = await start();
    const client = connectProvider(server.url, AKTUELLT_BOARD_ID, server.token);
    await synced(client);

    expect(aktuelltLines(seed())).toHaveLength(1);
    expect(await listedIds(server, '/api/boards')).toEqual([...SEED_BOARD_IDS].sort());
    // An edit in the room, which does not hold the note: shutting down compacts the room's own
    // updates into a snapshot without the note, and the note's update stays stored beside it (STO4).
    const record = () => getJson<{ updatedAt: string }>(server, `/api/boards/${AKTUELLT_BOARD_ID}`);
    const before = (await record()).updatedAt;
    setCardText(client.doc, '2025-04-medialt', 'comment', 'Efter uppgraderingen');
    await waitFor(async () => (await record()).updatedAt !== before, 'the edit to be stored');
    client.destroy();
    await stop(server);

    server = await start();
    const cards = await readServed(server, AKTUELLT_BOARD_ID, servedCards);
    expect(cards.map((c) => c.id)).toEqual([AKTUELLT_NOTE_ID, ...oldCards.map((c) => c.id)]);
    expect(cards.find((c) => c.id === '2025-04-medialt')!.comment).toBe('Efter uppgraderingen');
    await stop(server);
  });
});
