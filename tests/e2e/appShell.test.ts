import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, openBoard, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';

const e2e = e2eFixture();

describe('the app shell in Chromium against the real server', () => {
  it('creates a board from the start page, opens it, and lists it afterwards', async () => {
    const context = await e2e.userContext('Anna Berg');
    const page = await context.newPage();
    await page.goto(e2e.server.url);
    await page.getByRole('heading', { level: 1, name: 'Tavlor' }).waitFor();
    await page.getByText('Det finns inga tavlor ännu.').or(page.getByRole('table')).waitFor();

    // The start page has a form for a meeting too: the board's is the one named "Skapa tavla".
    const boardForm = page.getByRole('form', { name: 'Skapa tavla' });
    await boardForm.getByRole('textbox', { name: 'Titel' }).fill('Åtgärder hösten');
    await boardForm.getByRole('combobox', { name: 'Typ' }).selectOption('measures');
    await boardForm.getByRole('button', { name: 'Skapa' }).click();
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
    await waitForStatus(page, 'Synkad');
    await page.getByRole('heading', { level: 1, name: 'Åtgärder hösten' }).waitFor();

    await page.getByRole('link', { name: 'Tavla' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Åtgärder hösten' }) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Åtgärder\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows everyone on the board to everyone, by their account’s name, without asking for one', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Närvaro');
    const accountContext = async (username: string, displayName: string) => {
      const token = await addUserAndLogin(e2e.server.url, e2e.server.token, { username, displayName, password: `${username}-lösenord` });
      await setMember(e2e.server.url, e2e.server.token, boardId, username, 'editor');
      const context = await e2e.loggedOutContext();
      await context.addCookies([sessionCookie(token)]);
      return context;
    };
    const anna = await accountContext('annab', 'Anna Berg');
    const bo = await accountContext('boek', 'Bo Ek');
    const annaPage = await openBoard(anna, e2e.server.url, boardId);
    const boPage = await openBoard(bo, e2e.server.url, boardId);
    expect(await boPage.getByRole('dialog').count()).toBe(0);

    const annaSees = annaPage.getByRole('list', { name: 'På tavlan just nu' });
    await annaSees.getByText('Bo Ek').waitFor({ state: 'attached' });
    expect(await annaSees.textContent()).toContain('Anna Berg (du)');
    await boPage.getByRole('list', { name: 'På tavlan just nu' }).getByText('Anna Berg').waitFor({ state: 'attached' });
  });

  it('says offline while the network is gone and synced again after', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Nätet');
    const context = await e2e.userContext('Anna Berg');
    const page = await openBoard(context, e2e.server.url, boardId);
    await context.setOffline(true);
    await waitForStatus(page, 'Offline');
    await context.setOffline(false);
    await waitForStatus(page, 'Synkad');
  });

  it('says so when a board does not exist', async () => {
    const context = await e2e.userContext('Anna Berg');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/b/finns-inte`);
    await page.getByRole('heading', { level: 1, name: 'Tavlan finns inte.' }).waitFor();
    await page.getByRole('link', { name: 'Alla tavlor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tavlor' }).waitFor();
  });

  it('switches to English, keeps <html lang> in step and remembers the choice', async () => {
    const context = await e2e.userContext('Anna Berg');
    const page = await context.newPage();
    await page.goto(e2e.server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('form', { name: 'Create a board' }).getByRole('button', { name: 'Create' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
