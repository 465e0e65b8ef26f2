import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { goToItem, pauseTimer, startMeeting } from '../../../shared/meeting/runOps.ts';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { Attacker, handMadeUpdate } from '../../helpers/serverAttacker.ts';
import { testAuthConfig, TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { captureLogs } from '../../helpers/serverLogs.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { appendAgenda, createMeetingAs } from './meetingFixture.ts';

/** The server's clock, an hour behind this machine's: what a browser's clock being off looks like from the other side. */
const HOUR = 60 * 60_000;
let offset = -HOUR;
const serverNow = () => new Date(Date.now() + offset);

const dir = mkdtempSync(join(tmpdir(), 'tavla-time-'));
let server: RunningServer;
let token = '';

beforeAll(async () => {
  server = await startServer(
    { port: 0, host: '127.0.0.1', dataDir: dir, maxMessageBytes: 64 * 1024, compactEvery: 500, auth: testAuthConfig() },
    { logger: captureLogs().logger, now: serverNow },
  );
  token = (await server.auth.login('admin', TEST_ADMIN_PASSWORD)).token;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const serverTime = async (): Promise<number> => ((await (await fetch(`${server.url}/api/time`)).json()) as { now: number }).now;

describe('GET /api/time (MTS8)', () => {
  it('[MTS8] answers the server’s clock as epoch ms, without a login, never cached', async () => {
    const response = await fetch(`${server.url}/api/time`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { now } = (await response.json()) as { now: number };
    expect(Math.abs(now - serverNow().getTime())).toBeLessThan(5_000);
    offset = -2 * HOUR;
    expect(Math.abs((await serverTime()) - (Date.now() - 2 * HOUR))).toBeLessThan(5_000);
    offset = -HOUR;
  });

  it('[MTS8][MTS5] is the clock the gate checks times with: a start at this machine’s time is bad_time, one at /api/time’s is stored', async () => {
    const id = await createMeetingAs(server.url, token);
    await appendAgenda(server.storage, id);
    const wsUrl = server.url.replace(/^http/, 'ws');
    const byLocalClock = await Attacker.open(wsUrl, id, token);
    await byLocalClock.send(await handMadeUpdate(server.storage, id, (doc) => startMeeting(doc, Date.now())));
    expect(byLocalClock.denied).toEqual(['bad_time']);
    byLocalClock.close();

    const byServerClock = await Attacker.open(wsUrl, id, token);
    const now = await serverTime();
    await byServerClock.send(await handMadeUpdate(server.storage, id, (doc) => startMeeting(doc, now)));
    expect(byServerClock.denied).toEqual([]);
    await waitFor(async () => {
      const doc = await loadStoredDoc(server.storage, id);
      const { run } = readMeeting(doc);
      doc.destroy();
      return run.startedAt === now;
    }, 'the start to be stored at the server’s time');
    byServerClock.close();
  });

  it('[MTS5] a time set long ago and left as it is is no time set: after 10 minutes of the server’s clock, pausing and moving on are stored', async () => {
    const id = await createMeetingAs(server.url, token);
    await appendAgenda(server.storage, id);
    const wsUrl = server.url.replace(/^http/, 'ws');
    const facilitator = await Attacker.open(wsUrl, id, token);
    const started = await serverTime();
    await facilitator.send(await handMadeUpdate(server.storage, id, (doc) => startMeeting(doc, started)));
    offset += 10 * 60_000;
    try {
      const later = await serverTime();
      await facilitator.send(await handMadeUpdate(server.storage, id, (doc) => pauseTimer(doc, later)));
      await facilitator.send(await handMadeUpdate(server.storage, id, (doc) => goToItem(doc, 'i2', later)));
      expect(facilitator.denied).toEqual([]);
      await waitFor(async () => {
        const doc = await loadStoredDoc(server.storage, id);
        const { run, progress } = readMeeting(doc);
        doc.destroy();
        return run.currentItem === 'i2' && progress.i1?.elapsedMs === later - started && progress.i2?.runningSince === later;
      }, 'the pause and the move to be stored');
    } finally {
      offset -= 10 * 60_000;
      facilitator.close();
    }
  });
});
