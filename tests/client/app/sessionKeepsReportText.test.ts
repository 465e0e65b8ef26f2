import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { createBoardSession, type BoardSession } from '../../../client/sync/boardSession.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { editReportText } from '../../../shared/ops/reports.ts';
import { openMonth } from '../../../shared/ops/reportCycle.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { readReports } from '../../../shared/read/readReports.ts';

// No server: the guard is about the session's document, which is filled and synced by hand here.
// Port 9 refuses connections, so the provider only retries in the background until destroyed.
const sessions: BoardSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.destroy()));

const exchange = (a: Y.Doc, b: Y.Doc): void => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('an open board session keeps report text (RC4) whatever the page shows', () => {
  it('replays typing into a report that lost a concurrent opening of its month, with no panel mounted', () => {
    const session = createBoardSession('uppdrag', { url: 'ws://127.0.0.1:9/sync', persist: false, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
    sessions.push(session);
    // The other peer gets the higher client id, so Yjs keeps its report maps and drops the session's.
    const other = new Y.Doc();
    other.clientID = session.doc.clientID + 1;
    initBoard(other, { title: 'Uppdrag', kind: 'assignments' });
    const cardId = createCard(other, { column: readColumns(other)[0]!.id, title: 'Uppdrag A' });
    exchange(other, session.doc);

    openMonth(session.doc, '2025-04', session.origin);
    editReportText(session.doc, cardId, '2025-04', 'lastMonth', 0, 0, 'Remiss skickad', session.origin);
    openMonth(other, '2025-04');
    exchange(other, session.doc);
    exchange(other, session.doc); // the session replays after it has seen the winner

    for (const doc of [session.doc, other]) expect(readReports(doc, cardId)[0]?.lastMonth).toBe('Remiss skickad');
  });
});
