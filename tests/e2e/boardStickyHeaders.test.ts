import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi } from './helpers/openBoard.ts';

const e2e = e2eFixture();
const peers: ProviderClient[] = [];
// Registered after the fixture's, so it runs first: the peer leaves before the server stops.
afterAll(() => peers.forEach((peer) => peer.destroy()));

const PREP = 'Beredning och riskbedömning';

/** Whether what the viewer sees at the middle of `target` is `target` itself (or inside it): in view and not covered by anything. */
async function seenAtItsCentre(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const viewport = page.viewportSize()!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (x < 0 || y < 0 || x >= viewport.width || y >= viewport.height) return false;
  return target.evaluate((element, point) => element.contains(document.elementFromPoint(point.x, point.y)), { x, y });
}

describe('on a projector (1920×1080), the header and the column headers stay in view', () => {
  it('keeps the connection status, undo and every column header visible after scrolling to the end of a long board, and scrolls a focused card out from under them', async () => {
    const boardId = await createBoardViaApi(e2e.server.url, 'Lång tavla');
    const peer = connectProvider(e2e.server.url, boardId, e2e.server.token);
    peers.push(peer);
    await synced(peer);
    const [first] = readColumns(peer.doc).map((c) => c.id);
    peer.doc.transact(() => {
      for (let i = 1; i <= 40; i++) createCard(peer.doc, { column: first!, title: `Åtgärd ${i}`, fields: { decisionLevel: i % 2 ? 'political' : 'official', effect: i * 100 } });
    });

    const page = await e2e.openAs('Anna Berg', boardId);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const lastCard = page.getByRole('article', { name: 'Åtgärd 40', exact: true });
    await lastCard.waitFor();
    await lastCard.scrollIntoViewIfNeeded();

    const status = page.getByRole('status', { name: 'Anslutning' });
    const undo = page.getByRole('button', { name: 'Ångra' });
    const prepHeader = page.getByRole('heading', { level: 2, name: PREP });
    expect(await page.evaluate(() => document.querySelector('main')!.scrollTop)).toBeGreaterThan(1000);
    expect(await seenAtItsCentre(page, status)).toBe(true);
    expect(await seenAtItsCentre(page, undo)).toBe(true);
    for (const heading of await page.locator('.board-grid > .column-header h2').all()) expect(await seenAtItsCentre(page, heading)).toBe(true);
    // Flush under the app header: nothing of the board shows between them.
    const [headerBottom, columnsTop] = await Promise.all([page.locator('.app-header').evaluate((h) => h.getBoundingClientRect().bottom), prepHeader.evaluate((h) => h.closest('.column-header')!.getBoundingClientRect().top)]);
    expect(columnsTop - headerBottom).toBeLessThan(2);

    // A card above, reached by keyboard focus, lands below the sticky headers (scroll-padding), not under them.
    const opener = page.getByRole('button', { name: 'Öppna Åtgärd 25', exact: true });
    expect(await seenAtItsCentre(page, opener)).toBe(false);
    await opener.focus();
    expect(await seenAtItsCentre(page, opener)).toBe(true);
    // Scrolling the least that shows it (as moving by keyboard or Shift+Tab does) stops below the headers too.
    await lastCard.scrollIntoViewIfNeeded();
    const card = page.getByRole('article', { name: 'Åtgärd 29', exact: true });
    await card.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
    const columnHeadersBottom = await prepHeader.evaluate((h) => h.closest('.column-header')!.getBoundingClientRect().bottom);
    expect((await card.boundingBox())!.y).toBeGreaterThanOrEqual(columnHeadersBottom);
  }, 90_000);
});
