import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHANGE_ENTRIES } from '../../../server/http/collapsedChangesSince.ts';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { MemoryHistoryStore } from '../../../server/storage/MemoryHistoryStore.ts';
import type { NewHistoryEntry } from '../../../server/storage/HistoryStore.ts';
import { MemoryStorage } from '../../../server/storage/MemoryStorage.ts';
import { authHeaders, createBoardAs, testAuthConfig, TEST_ADMIN_PASSWORD } from '../../helpers/serverAuth.ts';
import { captureLogs } from '../../helpers/serverLogs.ts';

const dir = mkdtempSync(join(tmpdir(), 'tavla-change-limit-'));
const history = new MemoryHistoryStore();
let server: RunningServer;
let token = '';

beforeAll(async () => {
  server = await startServer(
    { port: 0, host: '127.0.0.1', dataDir: dir, maxMessageBytes: 64 * 1024, compactEvery: 500, auth: testAuthConfig() },
    { storage: new MemoryStorage(), logger: captureLogs().logger, historyStore: history },
  );
  token = (await server.auth.login('admin', TEST_ADMIN_PASSWORD)).token;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `count` edits of one field of card `c1`, a minute apart from 08:00 on 2 May 2025. */
const edits = (boardId: string, count: number): NewHistoryEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    boardId,
    at: new Date(Date.UTC(2025, 4, 2, 8) + i * 60_000).toISOString(),
    userId: 'anna',
    actor: 'Anna Sundén',
    cardId: 'c1',
    field: 'effect',
    change: 'set' as const,
    from: i,
    to: i + 1,
  }));

describe('the bound on what changed since (CHS2)', () => {
  it('[CHS2] more entries since the time than the bound is 413 too_large, not a cut answer; a later time within the bound is answered', async () => {
    const board = await createBoardAs(server.url, token, 'Stor tavla', 'measures');
    await history.append(edits(board, MAX_CHANGE_ENTRIES + 1));
    const ask = (since: string) => fetch(`${server.url}/api/boards/${board}/changes?since=${since}`, { headers: authHeaders(token) });
    const tooMany = await ask('2025-05-02T08:00:00Z');
    expect([tooMany.status, ((await tooMany.json()) as { error: string }).error]).toEqual([413, 'too_large']);
    const later = await ask('2025-05-02T08:01:00Z');
    expect(later.status).toBe(200);
    const { cards } = (await later.json()) as { cards: { fields: { from: number; to: number }[] }[] };
    expect(cards[0]!.fields[0]).toMatchObject({ from: 1, to: MAX_CHANGE_ENTRIES + 1 });
  });
});
