import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClock } from '../../server/clock.ts';
import type { ServerConfig } from '../../server/config.ts';
import { SqliteHistoryStore } from '../../server/storage/SqliteHistoryStore.ts';
import { startServer } from '../../server/startServer.ts';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { authHeaders, createBoardAs, loginToken, testAuthConfig } from '../helpers/serverAuth.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-10T09:00:00.000Z');

/** A wall clock and a monotonic one that a test moves by hand. */
function fakeTime() {
  const time = { wall: T0, monotonic: 1_000 };
  return {
    time,
    /** Both clocks move on by `ms`, as real time passing does. */
    pass(ms: number) {
      time.wall += ms;
      time.monotonic += ms;
    },
    clock: () => createClock({ wall: () => time.wall, monotonic: () => time.monotonic }),
  };
}

describe('a clock that never steps back (OPS5)', () => {
  it('[OPS5] follows the monotonic time when the wall clock is set back, and takes up a wall clock set forward', () => {
    const { time, pass, clock } = fakeTime();
    const now = clock();
    expect(now().getTime()).toBe(T0);
    pass(10_000);
    time.wall -= 2 * HOUR;
    expect(now().getTime()).toBe(T0 + 10_000);
    pass(5_000);
    expect(now().getTime()).toBe(T0 + 15_000);
    time.wall += 3 * HOUR; // an hour past where it was before it was set back
    expect(now().getTime()).toBe(T0 + 15_000 + HOUR);
  });

  it('[OPS5] never answers an earlier time than before, whatever the wall clock does', () => {
    const { time, pass, clock } = fakeTime();
    const now = clock();
    let last = now().getTime();
    for (let i = 0; i < 200; i++) {
      pass(((i * 7919) % 50) + 1);
      time.wall += ((i * 104_729) % 7_200_000) - 3_600_000;
      const reading = now().getTime();
      expect(reading).toBeGreaterThanOrEqual(last);
      last = reading;
    }
  });
});

describe('sessions and history on a wall clock that steps back (OPS5)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-ops-clock-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config: ServerConfig = { port: 0, host: '127.0.0.1', dataDir, maxMessageBytes: 1 << 20, compactEvery: 500, auth: testAuthConfig({ sessionTtlMs: HOUR }) };
  const me = (url: string, token: string) => fetch(`${url}/api/auth/me`, { headers: authHeaders(token) }).then((response) => response.status);

  it('[OPS5] a session ends once it has been idle for its TTL by the monotonic clock, though the wall clock was set back two hours', async () => {
    const { time, pass, clock } = fakeTime();
    const server = await startServer(config, { now: clock() });
    try {
      const [early, late] = [await loginToken(server.url), await loginToken(server.url)];
      pass(HOUR - 60_000);
      time.wall -= 2 * HOUR;
      expect(await me(server.url, early)).toBe(200);
      pass(2 * 60_000);
      expect(await me(server.url, late)).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('[OPS5] history entries never go back in time: not when the wall clock steps back while the server runs, nor between two starts', async () => {
    const { time, pass, clock } = fakeTime();
    const retitle = async (url: string, token: string, boardId: string, title: string) => {
      const client = connectProvider(url, boardId, token);
      await synced(client);
      updateBoardMeta(client.doc, 'title', title);
      await waitFor(async () => ((await (await fetch(`${url}/api/boards/${boardId}`, { headers: authHeaders(token) })).json()) as { title: string }).title === title, 'the title to be stored');
      client.destroy();
    };
    const first = await startServer(config, { now: clock() });
    const token = await loginToken(first.url);
    const boardId = await createBoardAs(first.url, token, 'Klocktavla', 'general');
    pass(60_000);
    await retitle(first.url, token, boardId, 'Före bakåtsteget');
    // Set back an hour, then eleven minutes on: a separate entry (HIST3 folds edits ten minutes apart).
    time.wall -= HOUR;
    pass(11 * 60_000);
    await retitle(first.url, token, boardId, 'Efter bakåtsteget');
    await first.close();

    // The machine's clock is set back a day before the next start.
    time.wall -= 24 * HOUR;
    const second = await startServer(config, { now: clock() });
    await retitle(second.url, await loginToken(second.url), boardId, 'Efter omstarten');
    await second.close();

    const history = new SqliteHistoryStore(join(dataDir, 'tavla.db'));
    const entries = (await history.list(boardId, { limit: 100 })).reverse();
    await history.close();
    const stamps = entries.map((entry) => entry.at);
    expect(entries.map((entry) => entry.to)).toEqual(['Före bakåtsteget', 'Efter omstarten']);
    expect(stamps).toEqual([...stamps].sort());
    expect(Date.parse(stamps.at(-1)!)).toBeGreaterThanOrEqual(T0 + 12 * 60_000);
  });
});
