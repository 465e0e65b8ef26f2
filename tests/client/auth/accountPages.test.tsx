// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshSession } from '../../../client/auth/useSession.ts';
import { UsersPage } from '../../../client/components/auth/UsersPage.tsx';
import { MembersPage } from '../../../client/components/members/MembersPage.tsx';
import { authHeaders, setMember } from '../../helpers/serverAuth.ts';
import { useSqliteServer } from '../../server/access/sqliteServer.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';
import { seriousViolations } from '../panels/axeCheck.ts';
import { boardSessions, nodeFetch, routePageCalls } from './serverPage.ts';

// The pages against the real server, their calls made with the admin's token.
const fx = useSqliteServer();
routePageCalls(fx, () => fx.admin);
const openBoard = boardSessions(fx, () => fx.admin);
afterEach(cleanup);

const usernames = async (): Promise<string[]> => ((await (await nodeFetch(`${fx.url}/api/users`, { headers: authHeaders(fx.admin) })).json()) as { username: string }[]).map((user) => user.username);

describe('the users page (AUTH5, AUTH14)', () => {
  it('[SEC7] a weak password is refused and the page says why; a creator is added with its account type (SEC2)', async () => {
    const user = userEvent.setup();
    await refreshSession();
    renderWithI18n(<UsersPage />);
    const form = await screen.findByRole('form', { name: 'Lägg till användare' });
    await user.type(within(form).getByLabelText('Användarnamn'), 'vera');
    await user.type(within(form).getByLabelText('Namn'), 'Vera Ekholm');
    await user.selectOptions(within(form).getByLabelText('Kontotyp'), 'Skapar tavlor');
    const password = within(form).getByLabelText('Lösenord (minst 8 tecken)');
    await user.type(password, 'password');
    await user.click(within(form).getByRole('button', { name: 'Lägg till' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Lösenordet är ett av de vanligaste lösenorden och lätt att gissa. Välj ett annat.');
    expect(await usernames()).not.toContain('vera');
    await user.clear(password);
    await user.type(password, 'vera ekholm');
    await user.click(within(form).getByRole('button', { name: 'Lägg till' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Lösenordet får inte vara samma som namnet.'));
    await user.clear(password);
    await user.type(password, 'veras-lösenord');
    await user.click(within(form).getByRole('button', { name: 'Lägg till' }));
    expect((await screen.findByRole('status')).textContent).toBe('Vera Ekholm har lagts till.');
    const role = await screen.findByRole('combobox', { name: 'Kontotyp för Vera Ekholm' });
    expect((role as HTMLSelectElement).value).toBe('creator');
    await user.selectOptions(role, 'Användare');
    expect((await screen.findByRole('status')).textContent).toBe('Vera Ekholm: Användare.');
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Kontotyp för Vera Ekholm' }) as HTMLSelectElement).value).toBe('user'));
    expect(screen.queryByRole('combobox', { name: 'Kontotyp för Administratör' })).toBeNull();
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('[AUTH14] removes an account only after confirming; cancelling keeps it; one’s own account has no remove button', async () => {
    const user = userEvent.setup();
    const anna = await fx.user('anna', 'Anna Sundén');
    await refreshSession();
    renderWithI18n(<UsersPage />);
    await screen.findByRole('cell', { name: 'Anna Sundén' });
    expect(screen.queryByRole('button', { name: 'Ta bort Administratör' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Ta bort Anna Sundén' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Anna Sundén?' });
    expect(dialog.textContent).toContain('Kontot anna tas bort');
    expect(await seriousViolations(document.body)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await usernames()).toContain('anna');

    await user.click(screen.getByRole('button', { name: 'Ta bort Anna Sundén' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ta bort kontot' }));
    expect((await screen.findByRole('status')).textContent).toBe('Anna Sundén har tagits bort.');
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Anna Sundén' })).toBeNull());
    expect(await usernames()).not.toContain('anna');
    expect((await nodeFetch(`${fx.url}/api/auth/me`, { headers: authHeaders(anna) })).status).toBe(401);
  });

  it('[AUTH5] adds an account through the form, and says so when the username is taken', async () => {
    const user = userEvent.setup();
    await refreshSession();
    renderWithI18n(<UsersPage />);
    const form = await screen.findByRole('form', { name: 'Lägg till användare' });
    await screen.findByRole('cell', { name: 'admin' });
    const fill = async (username: string) => {
      await user.type(within(form).getByLabelText('Användarnamn'), username);
      await user.type(within(form).getByLabelText('Namn'), 'Bo Ek');
      await user.type(within(form).getByLabelText('Lösenord (minst 8 tecken)'), 'bos-lösenord');
      await user.click(within(form).getByRole('button', { name: 'Lägg till' }));
    };
    await fill('bo');
    expect((await screen.findByRole('status')).textContent).toBe('Bo Ek har lagts till.');
    await screen.findByRole('cell', { name: 'Bo Ek' });
    expect(await usernames()).toContain('bo');
    await fill('bo');
    expect((await screen.findByRole('alert')).textContent).toBe('Användarnamnet är upptaget.');
  });
});

describe('the members page (ROLE7)', () => {
  it('[ROLE7] sets a member’s role through the same form, picked by name (SEC2), and says so for an account that is gone', async () => {
    const user = userEvent.setup();
    const id = await fx.createBoard('Medlemstavla');
    await fx.user('cissi', 'Cissi Ek');
    await setMember(fx.url, fx.admin, id, 'cissi', 'viewer');
    await refreshSession();
    renderWithI18n(<MembersPage boardId={id} openBoard={openBoard} />);
    const form = await screen.findByRole('form', { name: 'Spara medlem' });
    await screen.findByRole('cell', { name: 'Cissi Ek' });
    await within(form).findByRole('option', { name: 'Cissi Ek (cissi)' });
    await user.selectOptions(within(form).getByLabelText('Person'), 'Cissi Ek (cissi)');
    await user.selectOptions(within(form).getByLabelText('Roll'), 'Redigerare');
    await user.click(within(form).getByRole('button', { name: 'Spara medlem' }));
    expect((await screen.findByRole('status')).textContent).toBe('Cissi Ek är nu Redigerare.');
    await screen.findByRole('cell', { name: 'Redigerare' });
    const members = (await (await nodeFetch(`${fx.url}/api/boards/${id}/members`, { headers: authHeaders(fx.admin) })).json()) as { username: string; role: string }[];
    expect(members).toContainEqual(expect.objectContaining({ username: 'cissi', role: 'editor' }));
    // The account is removed after the page listed it: the server answers 404.
    await fx.user('borta', 'Borta Ek');
    cleanup();
    renderWithI18n(<MembersPage boardId={id} openBoard={openBoard} />);
    const second = await screen.findByRole('form', { name: 'Spara medlem' });
    await within(second).findByRole('option', { name: 'Borta Ek (borta)' });
    await user.selectOptions(within(second).getByLabelText('Person'), 'Borta Ek (borta)');
    await nodeFetch(`${fx.url}/api/users/borta`, { method: 'DELETE', headers: authHeaders(fx.admin) });
    await user.click(within(second).getByRole('button', { name: 'Spara medlem' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kontot finns inte längre.');
  });
});
