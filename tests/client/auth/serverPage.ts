import { afterAll, afterEach, beforeAll } from 'vitest';
import { createBoardSession, type BoardSession } from '../../../client/sync/boardSession.ts';
import { authedWebSocket } from '../../helpers/serverAuth.ts';

/** The fetch of Node itself, for calls the test makes to the server in its own name. */
export const nodeFetch = globalThis.fetch;

/**
 * Points the page's relative API calls at the test server, with `token()`'s bearer token as the
 * browser would send its cookie (Node's fetch has no page origin and no cookie jar). A call that
 * names its own authorization keeps it.
 */
export function routePageCalls(server: { url: string }, token: () => string): void {
  beforeAll(() => {
    globalThis.fetch = (input, init) =>
      nodeFetch(new URL(String(input), server.url), { ...init, headers: { authorization: `Bearer ${token()}`, ...(init?.headers as Record<string, string>) } });
  });
  afterAll(() => {
    globalThis.fetch = nodeFetch;
  });
}

/**
 * Opens boards as the client does, over real websockets to the test server as `token()`'s owner
 * (no IndexedDB in jsdom); every session opened is closed after each test.
 */
export function boardSessions(server: { url: string }, token: () => string): (boardId: string) => BoardSession {
  const open: BoardSession[] = [];
  afterEach(() => open.splice(0).forEach((session) => session.destroy()));
  return (boardId) => {
    const session = createBoardSession(boardId, { url: `${server.url.replace(/^http/, 'ws')}/sync`, persist: false, WebSocketPolyfill: authedWebSocket(token()) });
    open.push(session);
    return session;
  };
}
