import type { BrowserContext, Page } from 'playwright-core';
import { adminHeaders } from './startTestServer.ts';
import { waitForStatus } from './openBoard.ts';

/** Makes a read-only share link of `boardId` as the admin and opens it in `context` (no account), synced. */
export async function openShareLink(context: BrowserContext, serverUrl: string, boardId: string): Promise<Page> {
  const response = await fetch(`${serverUrl}/api/boards/${boardId}/share`, { method: 'POST', headers: adminHeaders() });
  if (response.status !== 201) throw new Error(`no share link: ${response.status}`);
  const { url } = (await response.json()) as { url: string };
  const page = await context.newPage();
  await page.goto(url);
  await waitForStatus(page, 'Synkad');
  return page;
}
