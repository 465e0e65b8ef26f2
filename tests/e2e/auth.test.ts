import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createCard, moveCard } from '../../shared/ops/cards.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { settle } from '../helpers/serverWait.ts';
import { seriousViolations } from './helpers/axe.ts';
import { boardPage } from './helpers/boardPage.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, openBoard, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

// Accounts and roles in Chromium against the real server: the login page, and a viewer who cannot edit.
const PREP = 'Beredning och riskbedömning';
const POLITICAL = 'Kräver politiskt beslut';

const e2e = e2eFixture();

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Användarnamn' }).fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('logging in and roles in the browser', () => {
  it('[AUTH3] shows the login page to a visitor without a session, refuses a wrong password, lets the right one in', async () => {
    await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'anna', displayName: 'Anna Sundén', password: 'annas-lösenord' });
    const page = await (await e2e.loggedOutContext()).newPage();
    await page.goto(e2e.server.url);
    await page.getByRole('form', { name: 'Logga in' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.getByRole('heading', { name: 'Tavlor' }).count()).toBe(0);

    await logIn(page, 'anna', 'fel-lösenord');
    await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' }).waitFor();
    await logIn(page, 'anna', 'annas-lösenord');
    await page.getByRole('heading', { level: 1, name: 'Tavlor' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'tavla_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('form', { name: 'Logga in' }).waitFor();
  });

  it('[UPD3] a viewer sees the board read-only: no add card or column, no drag handles, no "Flytta till…", a read-only card editor, no undo', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Känslig tavla');
    await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'vera', displayName: 'Vera Visare', password: 'veras-lösenord' });
    await setMember(e2e.server.url, e2e.server.token, boardId, 'vera', 'viewer');
    const editor = boardPage(await e2e.openAs('Bo Ek', boardId));

    const page = await (await e2e.loggedOutContext()).newPage();
    await page.goto(`${e2e.server.url}/b/${boardId}`);
    await logIn(page, 'vera', 'veras-lösenord');
    await waitForStatus(page, 'Synkad');
    await page.getByRole('status').filter({ hasText: 'Du kan bara läsa den här tavlan.' }).waitFor();
    await editor.addCard(PREP, POLITICAL, 'Redaktörens kort');
    const viewer = boardPage(page);
    await viewer.card('Redaktörens kort').waitFor();

    // The UI offers no edit (the server's refusal of a viewer's update is tested in tests/server/access/).
    expect(await page.getByRole('button', { name: /^Lägg till kort/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lägg till kolumn' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Dra kortet|^Flytta kolumnen|^Flytta till|^Inställningar för/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ångra' }).count()).toBe(0);
    const header = page.getByRole('banner');
    await header.getByRole('navigation', { name: /Vera Visare/ }).waitFor();
    expect(await header.getByRole('link', { name: /^Medlemmar$|^Användare$/ }).count()).toBe(0);
    const dialog = await viewer.openEditor('Redaktörens kort');
    await dialog.getByText('Du kan bara läsa det här kortet.').waitFor();
    expect(await dialog.getByRole('textbox', { disabled: false }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Arkivera kortet' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('[UPD4][LIM6] a unit chief cannot edit a neighbour’s card; moving their own out of their unit is refused in the field, with why, and nothing is sent', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Verksamheternas åtgärder');
    const setup = connectProvider(e2e.server.url, boardId, e2e.server.token);
    await synced(setup);
    const column = readColumns(setup.doc)[0]!.id;
    const own = createCard(setup.doc, { column, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', decisionLevel: 'political', effect: 2_000 } });
    createCard(setup.doc, { column, title: 'Ortopedins kort', fields: { unit: 'Ortopedi', decisionLevel: 'political', effect: 5_000 } });
    const token = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'annas', displayName: 'Anna Sundén', password: 'annas-lösenord' });
    await setMember(e2e.server.url, e2e.server.token, boardId, 'annas', 'unitChief', ['Kirurgi']);
    const context = await e2e.loggedOutContext();
    await context.addCookies([sessionCookie(token)]);
    const anna = boardPage(await openBoard(context, e2e.server.url, boardId));
    await anna.page.getByRole('status').filter({ hasText: 'Du kan ändra korten för Kirurgi' }).waitFor();

    // A neighbour's card is read-only in the UI; moving her own card out of her unit is refused by the
    // field as the server would refuse it (LIM6), before anything is sent (the server's own refusal: KEEP2).
    const neighbour = await anna.openEditor('Ortopedins kort');
    expect(await neighbour.getByRole('textbox', { disabled: false }).count()).toBe(0);
    await anna.closeEditor(neighbour);
    const editor = await anna.openEditor('Kirurgins kort');
    await anna.setField(editor, 'Verksamhet', 'Ortopedi');
    await editor.getByText('Du kan bara ange dina egna verksamheter här; kortet får inte lämna dem.').waitFor();
    await waitForStatus(anna.page, 'Synkad');
    await settle(500);
    expect(readCard(setup.doc, own)?.unit).toBe('Kirurgi'); // nothing was sent, so nothing relayed
    setup.destroy();
  });

  it('[AUTH8] the facilitator adds a member and makes a share link on the members page; the link opens the board read-only without a login', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Projicerad tavla');
    await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'bosse', displayName: 'Bo Ek', password: 'bos-lösenord' });
    const board = await e2e.openAs('Admin', boardId);
    // The account menu in the header: the facilitator (here the admin) has the members page and the users page.
    expect(await board.getByRole('banner').getByRole('link', { name: 'Användare' }).count()).toBe(1);
    await board.getByRole('banner').getByRole('link', { name: 'Medlemmar' }).click();
    await board.getByRole('heading', { level: 2, name: 'Medlemmar' }).waitFor();
    const form = board.getByRole('form', { name: 'Spara medlem' });
    await form.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Bo Ek (bosse)' });
    await form.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Redigerare' });
    await form.getByRole('button', { name: 'Spara medlem' }).click();
    await board.getByRole('cell', { name: 'Bo Ek', exact: true }).waitFor();
    expect(await seriousViolations(board)).toEqual([]);

    await board.getByRole('button', { name: 'Skapa visningslänk' }).click();
    const url = await board.getByRole('textbox', { name: 'Visningslänk' }).inputValue();
    expect(url).toMatch(new RegExp(`/b/${boardId}\\?share=`));
    const projector = await (await e2e.loggedOutContext()).newPage();
    await projector.goto(url);
    await waitForStatus(projector, 'Synkad');
    await projector.getByRole('status').filter({ hasText: 'Visningslänk: tavlan kan bara läsas.' }).waitFor();
    await projector.getByRole('heading', { level: 1, name: 'Projicerad tavla' }).waitFor();
    // A share link has no account: the others see it as "Projektor".
    await board.goto(`${e2e.server.url}/b/${boardId}`);
    await board.getByRole('list', { name: 'På tavlan just nu' }).getByText('Projektor', { exact: true }).waitFor({ state: 'attached' });
  });

  it('[HIST2] the card editor shows the card’s history under "Historik", with column titles instead of ids', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Tavla med historik');
    const setup = connectProvider(e2e.server.url, boardId, e2e.server.token);
    await synced(setup);
    const [from, to] = readColumns(setup.doc);
    const card = createCard(setup.doc, { column: from!.id, title: 'Flyttat kort', fields: { decisionLevel: 'political' } });
    moveCard(setup.doc, card, to!.id);
    const board = boardPage(await e2e.openAs('Admin', boardId));
    const dialog = await board.openEditor('Flyttat kort');
    await dialog.getByText('Historik', { exact: true }).click();
    await dialog.getByRole('listitem').filter({ hasText: `ändrade kolumn från ${from!.title} till ${to!.title}` }).waitFor();
    expect(await seriousViolations(board.page)).toEqual([]);
    setup.destroy();
  });
});
