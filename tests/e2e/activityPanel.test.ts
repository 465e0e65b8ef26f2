import { describe, expect, it } from 'vitest';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

// The board's activity feed in Chromium, opened by a viewer (any role may read the history).
const e2e = e2eFixture();

describe('the activity panel in the browser (HIST4, ROLE6)', () => {
  it('[ROLE6] a viewer opens "Aktivitet" from the board header, reads the changes in words, and Escape gives focus back', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Aktivitet i webbläsaren');
    const writer = connectProvider(e2e.server.url, boardId, e2e.server.token);
    try {
      await synced(writer);
      createCard(writer.doc, { column: readColumns(writer.doc)[0]!.id, title: 'Färre hyrläkare', fields: { decisionLevel: 'political' } });
      const vera = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'vera', displayName: 'Vera Visare' });
      await setMember(e2e.server.url, e2e.server.token, boardId, 'vera', 'viewer');
      const context = await e2e.loggedOutContext();
      await context.addCookies([sessionCookie(vera)]);
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/b/${boardId}`);
      await waitForStatus(page, 'Synkad');

      const button = page.getByRole('banner').getByRole('button', { name: 'Aktivitet' });
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Aktivitet på tavlan' });
      await dialog.getByText('Administratör skapade kortet Färre hyrläkare').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    } finally {
      writer.destroy();
    }
  });
});
