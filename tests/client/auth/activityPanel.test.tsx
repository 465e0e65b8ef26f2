// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { ActivityPanel } from '../../../client/components/members/ActivityPanel.tsx';
import { BoardProvider } from '../../../client/state/BoardContext.tsx';
import { archiveCard, createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor as waitUntil } from '../../helpers/serverWait.ts';
import { useSqliteServer } from '../../server/access/sqliteServer.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';
import { seriousViolations } from '../panels/axeCheck.ts';
import { boardSessions, nodeFetch, routePageCalls } from './serverPage.ts';

// The panel against the real server, as a viewer: the page's calls and its board session carry the viewer's token.
const fx = useSqliteServer();
let viewer = '';
routePageCalls(fx, () => viewer);
const openBoard = boardSessions(fx, () => viewer);
afterEach(cleanup);

const historyCount = async (boardId: string): Promise<number> =>
  ((await (await nodeFetch(`${fx.url}/api/boards/${boardId}/history?limit=500`, { headers: authHeaders(fx.admin) })).json()) as { entries: unknown[] }).entries.length;

/** A board with `count` cards made by the admin in one go (one history entry each), and a viewer on it. */
async function boardWithCards(username: string, count: number) {
  const id = await fx.createBoard('Aktivitet');
  const writer = fx.provider(id, fx.admin);
  await synced(writer);
  const column = readColumns(writer.doc)[0]!.id;
  const ids = writer.doc.transact(() => Array.from({ length: count }, (_, i) => createCard(writer.doc, { column, title: `Kort ${i + 1}` })));
  await waitUntil(async () => (await historyCount(id)) >= count, 'the cards’ history');
  viewer = await fx.user(username, 'Vera Visare');
  await setMember(fx.url, fx.admin, id, username, 'viewer');
  return { id, writer, ids, total: await historyCount(id) };
}

function renderPanel(boardId: string) {
  const session = openBoard(boardId);
  return renderWithI18n(
    <LiveRegionProvider>
      <BoardProvider doc={session.doc} origin={session.origin} awareness={session.awareness}>
        <ActivityPanel boardId={boardId} />
      </BoardProvider>
    </LiveRegionProvider>,
  );
}

describe('the board’s activity panel (HIST4, ROLE6)', () => {
  it('[ROLE6] [HIST4] a viewer opens it from its button, reads the newest 50 and pages back with "Visa fler"; focus moves to the first older entry', async () => {
    const user = userEvent.setup();
    const { id, total } = await boardWithCards('vera', 55);
    renderPanel(id);
    const button = screen.getByRole('button', { name: 'Aktivitet' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    await user.click(button);

    const dialog = screen.getByRole('dialog', { name: 'Aktivitet på tavlan' });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(50));
    expect(within(dialog).getAllByRole('listitem')[0]!.textContent).toMatch(/^Administratör skapade kortet Kort \d+, \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await seriousViolations(document.body)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Visa fler' }));
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(total));
    expect(document.activeElement).toBe(within(dialog).getAllByRole('listitem')[50]);
    expect(within(dialog).queryByRole('button', { name: 'Visa fler' })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('live-polite').textContent?.trim()).toBe(`${total} ändringar visas.`));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('[HIST4] while open it follows the board: a change by someone else appears, named by its card, in words', async () => {
    const user = userEvent.setup();
    const { id, writer, ids } = await boardWithCards('vilma', 2);
    renderPanel(id);
    await user.click(screen.getByRole('button', { name: 'Aktivitet' }));
    const dialog = screen.getByRole('dialog', { name: 'Aktivitet på tavlan' });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(2));

    updateCardField(writer.doc, ids[0]!, 'decisionLevel', 'political');
    archiveCard(writer.doc, ids[1]!);
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(4), { timeout: 10_000 });
    const sentences = within(dialog).getAllByRole('listitem').map((item) => item.textContent?.replace(/, \d{4}-.*$/, ''));
    expect(sentences).toContain('Kort 1: Administratör satte beslutsnivå till kräver politiskt beslut');
    expect(sentences).toContain('Kort 2: Administratör arkiverade kortet');
  });
});
