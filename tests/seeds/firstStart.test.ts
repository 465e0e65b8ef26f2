import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { computeTotals } from '../../shared/sums.ts';
import { setMeetingField } from '../../shared/meeting/meetingOps.ts';
import { readMeeting } from '../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../shared/meeting/validateMeeting.ts';
import { SEED_BOARDS } from '../../seeds/buildSeedBoards.ts';
import { SEED_MEETINGS, buildSeedMeeting } from '../../seeds/buildSeedMeetings.ts';
import { authHeaders } from '../helpers/serverAuth.ts';
import type { ChildServer } from '../helpers/serverChild.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { getJson, listedIds, readServed, useChildServers } from './childServers.ts';

// First start against the real server process (`npm start` runs server/main.ts) and the
// `npm run seed` command, on a real SQLite file in a fresh DATA_DIR.
const { start, stop, seed } = useChildServers('tavla-first-start-');
const boardIds = (server: ChildServer) => listedIds(server, '/api/boards');
const seedIds = SEED_BOARDS.map((b) => b.id).sort();
const meetingsOf = (server: ChildServer) => getJson<{ id: string; title: string; date: string; status: string }[]>(server, '/api/meetings');
const meetingIds = async (server: ChildServer): Promise<string[]> => (await meetingsOf(server)).map((m) => m.id);
const SEED_MEETING_IDS = SEED_MEETINGS.map((m) => m.id);
const historyOf = async (server: ChildServer, id: string): Promise<unknown[]> => (await getJson<{ entries: unknown[] }>(server, `/api/boards/${id}/history`)).entries;

describe('first start: the real boards', () => {
  it('an empty DATA_DIR gets every seed board, with the totals 157 000 + 80 000 = 237 000 by decision level', async () => {
    const server = await start();
    expect(await boardIds(server)).toEqual(seedIds);
    const totals = await readServed(server, 'hsf-atgarder', (doc) => computeTotals(readBoard(doc)));
    expect(totals.lanes.get('political')?.effect).toBe(157_000);
    expect(totals.lanes.get('official')?.effect).toBe(80_000);
    expect(totals.board.effect).toBe(237_000);
    expect(totals.target).toBe(213_000);
    await stop(server);
  });

  it('an empty DATA_DIR gets both seed meetings beside the boards: listed by /api/meetings (newest first), served as built', async () => {
    const server = await start();
    expect((await meetingsOf(server)).map(({ id, title, date, status }) => ({ id, title, date, status }))).toEqual([
      { id: 'hsf-lg-2025-04', title: 'HSF ledningsgrupp, april 2025', date: '2025-04-29', status: 'planned' },
      { id: 'hsf-lg-2024-11', title: 'HSF ledningsgrupp, november 2024', date: '2024-11-29', status: 'planned' },
    ]);
    for (const seed of SEED_MEETINGS) {
      const served = await readServed(server, seed.id, (doc) => ({ meeting: readMeeting(doc), issues: validateMeeting(doc) }));
      expect(served.issues).toEqual([]);
      expect(served.meeting).toEqual(readMeeting(buildSeedMeeting(seed)));
    }
    expect((await readServed(server, 'hsf-lg-2025-04', readMeeting)).agenda).toHaveLength(6);
    expect((await readServed(server, 'hsf-lg-2024-11', readMeeting)).agenda).toHaveLength(8);
    await stop(server);
  });

  it('a second start adds nothing and keeps what was changed', async () => {
    let server = await start();
    const client = connectProvider(server.url, 'hsf-atgarder', server.token);
    await synced(client);
    updateBoardMeta(client.doc, 'title', 'Ändrad titel');
    await waitFor(async () => (await getJson<{ title: string }>(server, '/api/boards/hsf-atgarder')).title === 'Ändrad titel', 'the title to be stored');
    client.destroy();
    await stop(server);

    server = await start();
    expect(await boardIds(server)).toEqual(seedIds);
    expect(await meetingIds(server)).toEqual(SEED_MEETING_IDS);
    expect(server.stderr()).not.toContain('"seeded"');
    expect(await readServed(server, 'hsf-atgarder', (doc) => readMeta(doc).title)).toBe('Ändrad titel');
    await stop(server);
  });

  it('`npm run seed` adds nothing to a seeded store; `-- --reset` rebuilds the seed boards and meetings, forgets their history and leaves other boards alone', async () => {
    expect(seed()).toContain('already there');
    let server = await start();
    expect(await historyOf(server, 'hsf-atgarder')).not.toEqual([]);
    const client = connectProvider(server.url, 'hsf-lg-2025-04', server.token);
    await synced(client);
    setMeetingField(client.doc, 'title', 'Ändrat möte');
    await waitFor(async () => (await meetingsOf(server)).some((m) => m.title === 'Ändrat möte'), 'the meeting title to be stored');
    client.destroy();
    const created = await fetch(`${server.url}/api/boards`, { method: 'POST', body: JSON.stringify({ title: 'Egen tavla', kind: 'general' }), headers: authHeaders(server.token) });
    const own = ((await created.json()) as { id: string }).id;
    await stop(server);

    expect(seed('--reset')).toContain(`Seeded ${SEED_BOARDS.length} boards and ${SEED_MEETINGS.length} meetings`);
    server = await start();
    expect(await boardIds(server)).toEqual([...seedIds, own].sort());
    expect(await meetingIds(server)).toEqual(SEED_MEETING_IDS);
    expect(await readServed(server, 'hsf-lg-2025-04', (doc) => readMeeting(doc).meta.title)).toBe('HSF ledningsgrupp, april 2025');
    expect(await readServed(server, 'hsf-atgarder', (doc) => readMeta(doc).title)).toBe('Åtgärder för minskade personalkostnader (HSF)');
    expect(await historyOf(server, 'hsf-atgarder')).toEqual([]);
    await stop(server);
  });

  it('`npm run seed` refuses an unknown argument', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'server/seedCommand.ts', '--wipe'], { stdio: 'pipe' })).toThrow(/unknown argument: --wipe/);
  });
});
