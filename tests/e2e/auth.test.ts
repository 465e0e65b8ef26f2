import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createCard } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { seriousViolations } from './helpers/axe.ts';
import { boardPage } from './helpers/boardPage.ts';
import { launchChromium } from './helpers/launchChromium.ts';
import { createBoardViaApi, newUserContext, openBoard, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie, startTestServer, type TestServer } from './helpers/startTestServer.ts';

// Issue 4 in Chromium against the real server: the login page, and a viewer who cannot edit.
const PREP = 'Beredning och riskbedömning';
const POLITICAL = 'Kräver politiskt beslut';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

/** A browser with no session whose user has told the app their name (so only the login stands in the way). */
async function loggedOutContext(name: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  await context.addInitScript((user) => localStorage.setItem('tavla.user', JSON.stringify(user)), { name, color: '#7c3aed' });
  contexts.push(context);
  return context;
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Användarnamn' }).fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('logging in and roles in the browser (issue 4)', () => {
  it('[AUTH3] shows the login page to a visitor without a session, refuses a wrong password, lets the right one in', async () => {
    await addUserAndLogin(server.url, server.token, { username: 'anna', displayName: 'Anna Sundén', password: 'annas-lösenord' });
    const page = await (await loggedOutContext('Anna Sundén')).newPage();
    await page.goto(server.url);
    await page.getByRole('form', { name: 'Logga in' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.getByRole('heading', { name: 'Tavlor' }).count()).toBe(0);

    await logIn(page, 'anna', 'fel-lösenord');
    await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' }).waitFor();
    await logIn(page, 'anna', 'annas-lösenord');
    await page.getByRole('heading', { level: 1, name: 'Tavlor' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'tavla_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('form', { name: 'Logga in' }).waitFor();
  });

  it('[UPD3] a viewer sees that the board is read-only; an edit they try is refused, shown as refused, and never reaches anyone', async () => {
    const boardId = await createBoardViaApi(server.url, 'Känslig tavla');
    await addUserAndLogin(server.url, server.token, { username: 'vera', displayName: 'Vera Visare', password: 'veras-lösenord' });
    await setMember(server.url, server.token, boardId, 'vera', 'viewer');
    const editorContext = await newUserContext(browser, 'Bo Ek');
    contexts.push(editorContext);
    const editor = boardPage(await openBoard(editorContext, server.url, boardId));

    const page = await (await loggedOutContext('Vera Visare')).newPage();
    await page.goto(`${server.url}/b/${boardId}`);
    await logIn(page, 'vera', 'veras-lösenord');
    await waitForStatus(page, 'Synkad');
    await page.getByRole('status').filter({ hasText: 'Du kan bara läsa den här tavlan.' }).waitFor();

    await boardPage(page).addCard(PREP, POLITICAL, 'Smygkort');
    await page.getByRole('alert').filter({ hasText: 'Du har bara läsbehörighet – ändringen sparades inte.' }).waitFor();

    // The server kept nothing: a fresh client and the editor see no such card.
    const check = connectProvider(server.url, boardId, server.token);
    await synced(check);
    expect(readBoard(check.doc).cards.map((card) => card.title)).not.toContain('Smygkort');
    check.destroy();
    expect(await editor.page.getByRole('article', { name: 'Smygkort' }).count()).toBe(0);
  });

  it('[UPD4] a unit chief’s edit of a neighbour’s card is refused: the page drops its copy, reloads the server’s board and says why', async () => {
    const boardId = await createBoardViaApi(server.url, 'Verksamheternas åtgärder');
    const setup = connectProvider(server.url, boardId, server.token);
    await synced(setup);
    const column = readColumns(setup.doc)[0]!.id;
    createCard(setup.doc, { column, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', decisionLevel: 'political', effect: 2_000 } });
    const neighbours = createCard(setup.doc, { column, title: 'Ortopedins kort', fields: { unit: 'Ortopedi', decisionLevel: 'political', effect: 5_000 } });
    const token = await addUserAndLogin(server.url, server.token, { username: 'annas', displayName: 'Anna Sundén', password: 'annas-lösenord' });
    await setMember(server.url, server.token, boardId, 'annas', 'unitChief', ['Kirurgi']);
    const context = await loggedOutContext('Anna Sundén');
    await context.addCookies([sessionCookie(token)]);
    const anna = boardPage(await openBoard(context, server.url, boardId));
    await anna.page.getByRole('status').filter({ hasText: 'Du kan ändra korten för Kirurgi' }).waitFor();

    const editor = await anna.openEditor('Ortopedins kort');
    await anna.setField(editor, 'Ekonomisk effekt (tkr/år)', '1');
    await anna.page.getByRole('alert').filter({ hasText: 'utanför ditt ansvarsområde' }).waitFor();
    await waitForStatus(anna.page, 'Synkad');
    await anna.card('Ortopedins kort').filter({ hasText: /5\s000\s*tkr/ }).waitFor();
    expect(readCard(setup.doc, neighbours)?.effect).toBe(5_000); // nothing was relayed to others
    setup.destroy();
  });

  it('[AUTH8] the facilitator adds a member and makes a share link on the members page; the link opens the board read-only without a login', async () => {
    const boardId = await createBoardViaApi(server.url, 'Projicerad tavla');
    await addUserAndLogin(server.url, server.token, { username: 'bosse', displayName: 'Bo Ek', password: 'bos-lösenord' });
    const admin = await newUserContext(browser, 'Admin');
    contexts.push(admin);
    const board = await openBoard(admin, server.url, boardId);
    await board.getByRole('link', { name: 'Medlemmar' }).click();
    await board.getByRole('heading', { level: 2, name: 'Medlemmar' }).waitFor();
    const form = board.getByRole('form', { name: 'Spara medlem' });
    await form.getByRole('textbox', { name: 'Användarnamn' }).fill('bosse');
    await form.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Redigerare' });
    await form.getByRole('button', { name: 'Spara medlem' }).click();
    await board.getByRole('cell', { name: 'Bo Ek', exact: true }).waitFor();
    expect(await seriousViolations(board)).toEqual([]);

    await board.getByRole('button', { name: 'Skapa visningslänk' }).click();
    const url = await board.getByRole('textbox', { name: 'Visningslänk' }).inputValue();
    expect(url).toMatch(new RegExp(`/b/${boardId}\\?share=`));
    const projector = await (await loggedOutContext('Projektor')).newPage();
    await projector.goto(url);
    await waitForStatus(projector, 'Synkad');
    await projector.getByRole('status').filter({ hasText: 'Visningslänk: tavlan kan bara läsas.' }).waitFor();
    await projector.getByRole('heading', { level: 1, name: 'Projicerad tavla' }).waitFor();
  });
});
