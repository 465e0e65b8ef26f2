import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardSession, type BoardSession } from '../../../client/sync/boardSession.ts';
import type { ConnectionStatus } from '../../../client/sync/connectionState.ts';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { loadConfig } from '../../../server/config.ts';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { authedWebSocket, authHeaders, TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from '../../helpers/serverAuth.ts';

// The session against the real server over real websockets (Node has no IndexedDB or WebSocket of its own).
let server: RunningServer;
let dataDir: string;
let token: string;
const sessions: BoardSession[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tavla-session-'));
  server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST) }));
  token = (await server.auth.login('admin', TEST_ADMIN_PASSWORD))!.token;
});

afterAll(async () => {
  sessions.forEach((session) => session.destroy());
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function newBoard(): Promise<string> {
  const response = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ title: 'Session', kind: 'measures' }) });
  return ((await response.json()) as { id: string }).id;
}

function open(boardId: string): BoardSession {
  const session = createBoardSession(boardId, { url: `${server.url.replace('http', 'ws')}/sync`, persist: false, WebSocketPolyfill: authedWebSocket(token) });
  sessions.push(session);
  return session;
}

/** Resolves when the session's connection state reaches `status`, recording every state on the way. */
function reach(session: BoardSession, status: ConnectionStatus, seen: ConnectionStatus[] = []): Promise<ConnectionStatus[]> {
  return new Promise((resolve) => {
    const check = (): void => {
      const current = session.getConnection().status;
      if (seen.at(-1) !== current) seen.push(current);
      if (current === status) {
        unsubscribe();
        resolve(seen);
      }
    };
    const unsubscribe = session.subscribeConnection(check);
    check();
  });
}

describe('a board session against the real server', () => {
  it('connects, syncs the board, and relays each user’s edits to the other', async () => {
    const boardId = await newBoard();
    const anna = open(boardId);
    const bo = open(boardId);
    expect(await reach(anna, 'synced')).toEqual(['connecting', 'synced']);
    await reach(bo, 'synced');

    const column = readColumns(anna.doc)[0]!.id;
    const cardId = createCard(anna.doc, { column, title: 'Hyrpersonal' }, anna.origin);
    await expect.poll(() => readCard(bo.doc, cardId)?.title).toBe('Hyrpersonal');
    updateCardField(bo.doc, cardId, 'effect', 300, bo.origin);
    await expect.poll(() => readCard(anna.doc, cardId)?.effect).toBe(300);

    // Each undo manager holds only its own user's change: Bo's undo takes back his edit, Anna's card stays.
    expect(anna.undoManager.undoStack).toHaveLength(1);
    expect(bo.undoManager.undoStack).toHaveLength(1);
    bo.undoManager.undo();
    await expect.poll(() => readCard(anna.doc, cardId)?.effect).toBeUndefined();
    expect(readCard(anna.doc, cardId)?.title).toBe('Hyrpersonal');
  });

  it('says reconnecting when the server goes away after a sync', async () => {
    const boardId = await newBoard();
    const session = open(boardId);
    await reach(session, 'synced');
    await server.registry.shutdown(); // closes every client, as a restart would
    expect((await reach(session, 'reconnecting')).at(-1)).toBe('reconnecting');
  });
});
