import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { boardPage, editOffline } from './helpers/boardPage.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, openBoard, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

// Live together offline: edits made while disconnected stay, survive a reload, and merge on
// reconnect. The reload itself needs the service worker (client/public/sw.js) for the app's files
// and the account remembered in localStorage (client/auth/rememberedUser.ts) for /api/auth/me.
const PREP = 'Beredning och riskbedömning';
const POLITICAL = 'Kräver politiskt beslut';

const e2e = e2eFixture();

/** Waits until the service worker has fetched the app's files and serves this page's origin. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
}

describe('a reload while offline (service worker and remembered account)', () => {
  it('opens the board with the edit made offline, as the account last signed in, and sends the edit on reconnect', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Utan nät');
    const context = await e2e.userContext('Anna Berg');
    const anna = boardPage(await openBoard(context, e2e.server.url, boardId));
    await anna.addCard(PREP, POLITICAL, 'Vårdplatser');
    await serviceWorkerReady(anna.page);

    await editOffline(anna.page, boardId, async () => {
      const editor = await anna.openEditor('Vårdplatser');
      await anna.setField(editor, 'Verksamhet', 'Akutmottagningen');
      await anna.closeEditor(editor);
    });

    const reload = await anna.page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await waitForStatus(anna.page, 'Offline');
    await anna.card('Vårdplatser').filter({ hasText: 'Akutmottagningen' }).waitFor();
    await anna.page.getByRole('navigation', { name: 'Inloggad som Administratör' }).waitFor();
    // What is remembered is what the server shows of the account, never its session token.
    const remembered = await anna.page.evaluate(() => localStorage.getItem('tavla.account'));
    expect(JSON.parse(remembered ?? 'null')).toMatchObject({ displayName: 'Administratör' });
    expect(remembered).not.toContain(e2e.server.token);

    await context.setOffline(false);
    await waitForStatus(anna.page, 'Synkad');
    const bo = boardPage(await e2e.openAs('Bo Ek', boardId));
    await bo.card('Vårdplatser').filter({ hasText: 'Akutmottagningen' }).waitFor();
  }, 90_000);

  it('shows the login page, not the board, on an offline reload after logging out', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Utloggad');
    const evaToken = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'eva', displayName: 'Eva Lund' });
    await setMember(e2e.server.url, e2e.server.token, boardId, 'eva', 'editor');
    const context = await e2e.loggedOutContext();
    await context.addCookies([sessionCookie(evaToken)]);
    const page = await openBoard(context, e2e.server.url, boardId);
    await serviceWorkerReady(page);

    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('form', { name: 'Logga in' }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('form', { name: 'Logga in' }).waitFor();
    expect(await page.getByRole('status', { name: 'Anslutning' }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('tavla.account'))).toBeNull();
  }, 90_000);
});
