import { adminHeaders, sessionCookie } from './startTestServer.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A browser context logged in as the admin, with a presence colour already chosen (`name` only labels the context in tests). */
export async function newUserContext(browser: Browser, name: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  await context.addCookies([sessionCookie()]);
  await context.addInitScript((user) => {
    if (!localStorage.getItem('tavla.user')) localStorage.setItem('tavla.user', JSON.stringify(user));
  }, { name, color: '#1d4ed8' });
  return context;
}

/** Creates a board through the REST API and returns its id. */
export async function createBoardViaApi(baseUrl: string, title: string, kind: 'measures' | 'assignments' | 'general' = 'measures'): Promise<string> {
  const response = await fetch(`${baseUrl}/api/boards`, { method: 'POST', headers: adminHeaders(), body: JSON.stringify({ title, kind }) });
  if (response.status !== 201) throw new Error(`POST /api/boards: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Opens a board page and waits until it is synced with the server. */
export async function openBoard(context: BrowserContext, baseUrl: string, boardId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/b/${boardId}`);
  await waitForStatus(page, 'Synkad');
  return page;
}

/** Waits until the header's connection status reads `text`. */
export async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.getByRole('status', { name: 'Anslutning' }).filter({ hasText: text }).waitFor();
}
