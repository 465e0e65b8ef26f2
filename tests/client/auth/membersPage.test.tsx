// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshSession } from '../../../client/auth/useSession.ts';
import { MembersPage } from '../../../client/components/members/MembersPage.tsx';
import { createCard } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { useSqliteServer } from '../../server/access/sqliteServer.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';
import { seriousViolations } from '../panels/axeCheck.ts';
import { boardSessions, nodeFetch, routePageCalls } from './serverPage.ts';

// The members page against the real server, as the admin (the board's facilitator).
const fx = useSqliteServer();
routePageCalls(fx, () => fx.admin);
const openBoard = boardSessions(fx, () => fx.admin);
afterEach(cleanup);

const members = async (boardId: string) =>
  (await (await nodeFetch(`${fx.url}/api/boards/${boardId}/members`, { headers: authHeaders(fx.admin) })).json()) as { username: string; scope: string[] }[];

describe('removing a member (ROLE7)', () => {
  it('[ROLE7] asks first; cancelling keeps the member, confirming removes them, and a refused removal is said', async () => {
    const user = userEvent.setup();
    const id = await fx.createBoard('Borttagning');
    await fx.user('cissi', 'Cissi Ek');
    await fx.user('dan', 'Dan Ek');
    await setMember(fx.url, fx.admin, id, 'cissi', 'viewer');
    await setMember(fx.url, fx.admin, id, 'dan', 'editor');
    await refreshSession();
    renderWithI18n(<MembersPage boardId={id} openBoard={openBoard} />);

    await user.click(await screen.findByRole('button', { name: 'Ta bort Cissi Ek' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Cissi Ek från tavlan?' });
    expect(dialog.textContent).toContain('Cissi Ek kan inte längre öppna tavlan');
    expect(await seriousViolations(document.body)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await members(id)).map((m) => m.username)).toContain('cissi');

    await user.click(screen.getByRole('button', { name: 'Ta bort Cissi Ek' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ta bort medlemmen' }));
    expect((await screen.findByRole('status')).textContent).toBe('Cissi Ek är inte längre medlem.');
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Cissi Ek' })).toBeNull());

    // Someone else removes Dan while the dialog is open: the server answers 404.
    await user.click(screen.getByRole('button', { name: 'Ta bort Dan Ek' }));
    await nodeFetch(`${fx.url}/api/boards/${id}/members/dan`, { method: 'DELETE', headers: authHeaders(fx.admin) });
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ta bort medlemmen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Det gick inte att ta bort Dan Ek.');
    expect(screen.queryByRole('status')).toBeNull();
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Dan Ek' })).toBeNull());
  });
});

describe('a unit chief’s scope (ROLE4, ROLE7)', () => {
  it('[ROLE4] offers the board’s units to tick, warns of a typed unit no card has, and saves both', async () => {
    const user = userEvent.setup();
    const id = await fx.createBoard('Verksamheter');
    const writer = fx.provider(id, fx.admin);
    await synced(writer);
    const column = readColumns(writer.doc)[0]!.id;
    for (const unit of ['Medicin', 'Kirurgi', 'kirurgi']) createCard(writer.doc, { column, title: `${unit}s kort`, fields: { unit } });
    await fx.user('ulla', 'Ulla Chef');
    await refreshSession();
    renderWithI18n(<MembersPage boardId={id} openBoard={openBoard} />);

    const form = await screen.findByRole('form', { name: 'Spara medlem' });
    await within(form).findByRole('option', { name: 'Ulla Chef (ulla)' });
    await user.selectOptions(within(form).getByLabelText('Person'), 'Ulla Chef (ulla)');
    await user.selectOptions(within(form).getByLabelText('Roll'), 'Verksamhetschef');
    // The page opens the board over its own websocket; the units come once it has synced.
    const units = await within(form).findByRole('group', { name: 'Tavlans verksamheter' }, { timeout: 10_000 });
    await waitFor(() => expect(within(units).getAllByRole('checkbox').map((box) => box.parentElement?.textContent?.trim())).toEqual(['Kirurgi', 'Medicin']), { timeout: 10_000 });
    await user.click(within(units).getByRole('checkbox', { name: 'Kirurgi' }));

    const other = within(form).getByLabelText('Andra verksamheter');
    await user.type(other, 'MEDICIN, Kirugi');
    expect(other.getAttribute('aria-describedby')).toBeTruthy();
    const warning = document.getElementById(other.getAttribute('aria-describedby')!.split(' ')[1]!)!;
    expect(warning.textContent).toBe('Inget kort på tavlan har verksamheten Kirugi – verksamhetschefen kan då bara ändra kort där hen är ansvarig.');
    expect(await seriousViolations(document.body)).toEqual([]);

    await user.click(within(form).getByRole('button', { name: 'Spara medlem' }));
    expect((await screen.findByRole('status')).textContent).toBe('Ulla Chef är nu Verksamhetschef.');
    expect((await members(id)).find((m) => m.username === 'ulla')?.scope).toEqual(['Kirurgi', 'MEDICIN', 'Kirugi']);
  });
});
