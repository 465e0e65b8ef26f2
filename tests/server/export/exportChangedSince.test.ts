import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterQuery, NO_FILTER } from '../../../shared/export/cardFilter.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { MemoryHistoryStore } from '../../../server/storage/MemoryHistoryStore.ts';
import type { NewHistoryEntry } from '../../../server/storage/HistoryStore.ts';
import { MemoryStorage } from '../../../server/storage/MemoryStorage.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { authHeaders, createBoardAs, testAuthConfig, TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { captureLogs } from '../../helpers/serverLogs.ts';

const dir = mkdtempSync(join(tmpdir(), 'tavla-export-changed-'));
const storage = new MemoryStorage();
const history = new MemoryHistoryStore();
let server: RunningServer;
let token = '';
let adminId = '';

beforeAll(async () => {
  server = await startServer(
    { port: 0, host: '127.0.0.1', dataDir: dir, maxMessageBytes: 64 * 1024, compactEvery: 500, auth: testAuthConfig() },
    { storage, logger: captureLogs().logger, historyStore: history },
  );
  const session = await server.auth.login('admin', TEST_ADMIN_PASSWORD);
  [token, adminId] = [session.token, session.user.id];
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const CARDS = 1_500;
const CHANGED = 1_200;
const SINCE = '2025-05-02T08:00:00.000Z';

/** An effect set on `cardId` by `userId`, `minutes` after SINCE. */
const edit = (boardId: string, cardId: string, userId: string, minutes: number): NewHistoryEntry => ({
  boardId,
  at: new Date(Date.parse(SINCE) + minutes * 60_000).toISOString(),
  userId,
  actor: userId,
  cardId,
  field: 'effect',
  change: 'set',
  from: 0,
  to: 1,
});

/** The card ids of a CSV export, the rows under its header. */
const csvIds = (text: string): string[] => {
  const lines = text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
  return lines.slice(lines.findIndex((line) => line.startsWith('Kort-id;')) + 1).map((line) => line.split(';')[0]!);
};

describe('a filtered export of "Ändrat sedan…" (EXP6)', () => {
  it(`[EXP6][CHS1] ${CHANGED} changed cards of ${CARDS}: the URL names what they changed since, not their ids, and the export answers 200 with exactly those cards`, async () => {
    const board = await createBoardAs(server.url, token, 'Efter importen', 'measures');
    await appendEdit(storage, board, (doc) => {
      const column = readBoard(doc).columns[0]!.id;
      for (let i = 0; i < CARDS; i++) createCard(doc, { id: `kort-${i}`, column, title: `Åtgärd ${i}`, fields: { effect: i } });
    });
    const changed = Array.from({ length: CHANGED }, (_, i) => `kort-${i + 100}`);
    // One more card changed before the time, and one only by the reader, which "Dölj mina egna ändringar" leaves out.
    await history.append([edit(board, 'kort-0', 'anna', -5), ...changed.map((id, i) => edit(board, id, 'anna', i)), edit(board, 'kort-1', adminId, 1)]);

    const query = filterQuery({ ...NO_FILTER, changed: new Set(changed) }, { since: SINCE, excludeMine: true });
    const url = `${server.url}/api/boards/${board}/export?format=csv&${query}`;
    expect(url.length).toBeLessThan(300);
    const response = await fetch(url, { headers: authHeaders(token) });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(new Set(csvIds(text))).toEqual(new Set(changed));
    expect(csvIds(text)).toHaveLength(CHANGED);
    expect(text).toContain(`${CHANGED} av ${CARDS} kort`);

    // Without "Dölj mina egna ändringar" the reader's own change is in it too.
    const mine = await fetch(`${server.url}/api/boards/${board}/export?format=csv&changedSince=${SINCE}`, { headers: authHeaders(token) });
    expect(new Set(csvIds(await mine.text()))).toEqual(new Set([...changed, 'kort-1']));
  });

  it('[EXP6][CHS3] since the previous meeting with none ended: no card; the filter on with no time chosen: no card; a time that is none: 400', async () => {
    const board = await createBoardAs(server.url, token, 'Utan möte', 'measures');
    await appendEdit(storage, board, (doc) => createCard(doc, { id: 'ensam', column: readBoard(doc).columns[0]!.id, title: 'Ensam' }));
    await history.append([edit(board, 'ensam', 'anna', 0)]);
    const ask = (changedSince: string) => fetch(`${server.url}/api/boards/${board}/export?format=csv&changedSince=${changedSince}`, { headers: authHeaders(token) });
    for (const since of ['previous', 'none']) {
      const response = await ask(since);
      expect(response.status).toBe(200);
      expect(csvIds(await response.text())).toEqual([]);
    }
    expect(csvIds(await (await ask(SINCE)).text())).toEqual(['ensam']);
    expect((await ask('igår')).status).toBe(400);
  });
});
