import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { boardPage } from './helpers/boardPage.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, openBoard } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

const PREP = 'Beredning och riskbedömning';
const POLITICAL = 'Kräver politiskt beslut';

const e2e = e2eFixture();

describe('who is editing a card, between two accounts in Chromium', () => {
  it('shows "Anna Berg redigerar" and her colour on the card she has open, to Bo only, and takes it away when she closes it', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Vem redigerar');
    /** A browser logged in as a new account of its own, an editor of the board, whose presence colour is `color`. */
    const accountContext = async (username: string, displayName: string, color: string): Promise<BrowserContext> => {
      const token = await addUserAndLogin(e2e.server.url, e2e.server.token, { username, displayName });
      await setMember(e2e.server.url, e2e.server.token, boardId, username, 'editor');
      const context = await e2e.loggedOutContext();
      await context.addCookies([sessionCookie(token)]);
      await context.addInitScript((remembered) => localStorage.setItem('tavla.user', JSON.stringify({ color: remembered })), color);
      return context;
    };
    // Neither is the card style's fallback colour, so the border shows Anna's own.
    const anna = boardPage(await openBoard(await accountContext('annab', 'Anna Berg', '#b91c1c'), e2e.server.url, boardId));
    const bo = boardPage(await openBoard(await accountContext('boek', 'Bo Ek', '#047857'), e2e.server.url, boardId));
    await anna.addCard(PREP, POLITICAL, 'Kort A');
    await bo.card('Kort A').waitFor();
    await anna.page.getByRole('list', { name: 'På tavlan just nu' }).getByText('Bo Ek').waitFor({ state: 'attached' });

    const editor = await anna.openEditor('Kort A');
    const marker = bo.card('Kort A').locator('.card-editing');
    await marker.filter({ hasText: 'Anna Berg redigerar' }).waitFor();
    // In her colour: the card's border on Bo's page is the colour of her avatar there.
    const annaAvatar = bo.page.locator('.presence-avatar').filter({ hasText: 'Anna Berg' });
    const [border, avatar] = await Promise.all([
      bo.card('Kort A').evaluate((el) => getComputedStyle(el).borderTopColor),
      annaAvatar.evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect([border, avatar]).toEqual(['rgb(185, 28, 28)', 'rgb(185, 28, 28)']);
    // Anna does not see herself as editing.
    expect(await anna.card('Kort A').locator('.card-editing').count()).toBe(0);

    await anna.closeEditor(editor);
    await marker.waitFor({ state: 'detached' });
  }, 90_000);
});
