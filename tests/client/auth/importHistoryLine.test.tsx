// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { ActivityPanel } from '../../../client/components/members/ActivityPanel.tsx';
import { BoardProvider } from '../../../client/state/BoardContext.tsx';
import { createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor as waitUntil } from '../../helpers/serverWait.ts';
import { useSqliteServer } from '../../server/access/sqliteServer.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';
import { seriousViolations } from '../panels/axeCheck.ts';
import { boardSessions, nodeFetch, routePageCalls } from './serverPage.ts';

const fx = useSqliteServer();
routePageCalls(fx, () => fx.admin);
const openBoard = boardSessions(fx, () => fx.admin);
afterEach(cleanup);

const historyCount = async (boardId: string): Promise<number> =>
  ((await (await nodeFetch(`${fx.url}/api/boards/${boardId}/history?limit=500`, { headers: authHeaders(fx.admin) })).json()) as { entries: unknown[] }).entries.length;

/** POST /api/boards/:id/import of a CSV (IMP9), confirmed. */
async function importCsv(boardId: string, csv: string): Promise<number> {
  const body = JSON.stringify({ format: 'csv', file: Buffer.from(csv).toString('base64') });
  return (await nodeFetch(`${fx.url}/api/boards/${boardId}/import`, { method: 'POST', headers: authHeaders(fx.admin), body })).status;
}

describe('an import in the board’s activity panel (HIST9, IMP5)', () => {
  it('[HIST9][IMP5] a row that changed a card’s effect and comment reads as one line of the feed, named by its card; a card edited field by field keeps a line per edit', async () => {
    const user = userEvent.setup();
    const id = await fx.createBoard('Importhistorik');
    const writer = fx.provider(id, fx.admin);
    await synced(writer);
    const column = readColumns(writer.doc)[0]!.id;
    const [imported, edited] = ['Akutvårdsplatser', 'Jour'].map((title) => createCard(writer.doc, { column, title, fields: { effect: 20_000 }, texts: { comment: 'Första' } }));
    await waitUntil(async () => (await historyCount(id)) === 2, 'the cards’ history');
    updateCardField(writer.doc, edited!, 'effect', 5_000);
    await waitUntil(async () => (await historyCount(id)) === 3, 'the edit’s history');
    expect(await importCsv(id, `Kort-id;Åtgärd;Ekonomisk effekt tkr/år;Kommentar\r\n${imported};Akutvårdsplatser;21000;Ändrad i Excel\r\n`)).toBe(200);
    await waitUntil(async () => (await historyCount(id)) === 5, 'the import’s history, one entry per field');

    const session = openBoard(id);
    renderWithI18n(
      <LiveRegionProvider>
        <BoardProvider doc={session.doc} origin={session.origin} awareness={session.awareness}>
          <ActivityPanel boardId={id} />
        </BoardProvider>
      </LiveRegionProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Aktivitet' }));
    const dialog = screen.getByRole('dialog', { name: 'Aktivitet på tavlan' });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(4), { timeout: 10_000 });
    const sentences = () =>
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/, \d{4}-.*$/, '').replace(/\u00a0|\u202f/g, ' '));
    // The cards are named once the board's session has synced them.
    await waitFor(() => expect(sentences()[0]).toBe('Akutvårdsplatser: Administratör ändrade ekonomisk effekt från 20 000 tkr till 21 000 tkr och kommentar'), { timeout: 10_000 });
    expect(sentences()[1]).toBe('Jour: Administratör ändrade ekonomisk effekt från 20 000 tkr till 5 000 tkr');
    expect(await seriousViolations(document.body)).toEqual([]);
  });
});
