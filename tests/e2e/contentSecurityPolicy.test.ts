import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCard } from '../../shared/read/readCard.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { TEST_ADMIN_PASSWORD } from '../helpers/serverAuth.ts';
import { boardPage } from './helpers/boardPage.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, waitForStatus } from './helpers/openBoard.ts';

const PREP = 'Beredning och riskbedömning';
const POLITICAL = 'Kräver politiskt beslut';

const e2e = e2eFixture();

/** Every CSP violation the page reports, as the browser's own event and its console line. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return seen;
}

describe('the built client under the Content-Security-Policy (SEC5)', () => {
  it('[SEC5] logs in, opens a board, edits a card and syncs it with no policy violation', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Under policyn');
    const page = await (await e2e.loggedOutContext()).newPage();
    const violations = await watchViolations(page);

    const response = await page.goto(`${e2e.server.url}/b/${boardId}`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response?.headers()['x-frame-options']).toBe('DENY');

    await page.getByRole('textbox', { name: 'Användarnamn' }).fill('admin');
    await page.getByLabel('Lösenord').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await waitForStatus(page, 'Synkad');

    const board = boardPage(page);
    await board.addCard(PREP, POLITICAL, 'Kort under policyn');
    const editor = await board.openEditor('Kort under policyn');
    await board.setField(editor, 'Verksamhet', 'Ortopedi');
    await board.closeEditor(editor);

    // The edit went over the websocket (connect-src) and reached the server.
    const reader = connectProvider(e2e.server.url, boardId, e2e.server.token);
    try {
      await synced(reader);
      await expect.poll(() => {
        const cards = reader.doc.getMap('cards');
        return [...cards.keys()].map((id) => readCard(reader.doc, id)?.unit);
      }, { timeout: 10_000 }).toContain('Ortopedi');
    } finally {
      reader.destroy();
    }
    // The lazily loaded board chunk, its styles and the service worker all ran under the policy.
    await page.reload();
    await waitForStatus(page, 'Synkad');
    expect(violations).toEqual([]);
  });
});
