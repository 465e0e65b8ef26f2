import { describe, expect, it } from 'vitest';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { authHeaders } from '../helpers/serverAuth.ts';
import { connectProvider, synced, type ProviderClient } from '../helpers/serverProvider.ts';
import { waitFor } from '../helpers/serverWait.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { createBoardViaApi, waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

const e2e = e2eFixture();

const BEFORE = 30;
const CHANGED = 1_200;

/** `count` cards made by the admin's raw client, titled `<prefix> <n>`, a hundred to an update. */
function makeCards(client: ProviderClient, prefix: string, count: number): void {
  const column = readColumns(client.doc)[0]!.id;
  for (let from = 0; from < count; from += 100) {
    client.doc.transact(() => {
      for (let i = from; i < Math.min(count, from + 100); i++) createCard(client.doc, { column, title: `${prefix} ${i}`, fields: { effect: 1 } });
    });
  }
}

/** Resolves once the server's history holds `count` changed cards since `since`. */
const untilChanged = (board: string, since: string, count: number): Promise<void> =>
  waitFor(async () => {
    const response = await fetch(`${e2e.server.url}/api/boards/${board}/changes?since=${since}`, { headers: authHeaders(e2e.server.token) });
    return ((await response.json()) as { cards: unknown[] }).cards.length === count;
  }, `${count} changed cards in the history`);

describe('the print view of "Ändrat sedan…" (PRT4, EXP6)', () => {
  it(`[PRT4] [EXP6] ${CHANGED} changed cards: "Skriv ut det filtrerade" opens a short address, and the print view shows exactly the cards changed since its time`, async () => {
    const board = await createBoardViaApi(e2e.server.url, 'Efter importen');
    const client = connectProvider(e2e.server.url, board, e2e.server.token);
    await synced(client);
    const start = new Date(Date.now() - 60_000).toISOString();
    makeCards(client, 'Tidigare', BEFORE);
    await untilChanged(board, start, BEFORE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const since = new Date().toISOString();
    makeCards(client, 'Ändrad', CHANGED);
    await untilChanged(board, since, CHANGED);
    client.destroy();
    const total = BEFORE + CHANGED;

    const context = await e2e.loggedOutContext();
    await context.addCookies([sessionCookie()]);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/b/${board}`);
    await waitForStatus(page, 'Synkad');
    // Through the board: the changes since yesterday, every card, carried as a time and not as 1 230 ids.
    const day = await page.evaluate(() => new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE'));
    await page.getByRole('combobox', { name: 'Sedan' }).selectOption('date');
    await page.getByLabel('Datum', { exact: true }).fill(day);
    await page.getByRole('checkbox', { name: `Ändrat sedan ${day}` }).check();
    await page.getByRole('button', { name: 'Exportera' }).click();
    await page.getByRole('link', { name: 'Skriv ut det filtrerade' }).click();
    await page.waitForURL(/\/utskrift\?changedSince=/);
    expect(page.url().length).toBeLessThan(300);
    await page.getByText(`Utskrift av det filtrerade: ${total} av ${total} kort (ändrade sedan vald tidpunkt).`).waitFor();
    expect(await page.locator('.board-print-sheet tbody tr').count()).toBe(total);

    // Since the time between the two: exactly the later cards.
    await page.goto(`${e2e.server.url}/b/${board}/utskrift?changedSince=${encodeURIComponent(since)}`);
    await page.getByText(`Utskrift av det filtrerade: ${CHANGED} av ${total} kort (ändrade sedan vald tidpunkt).`).waitFor();
    const titles = await page.locator('.board-print-sheet tbody tr td:nth-child(3)').allInnerTexts();
    expect(titles).toHaveLength(CHANGED);
    expect(new Set(titles)).toEqual(new Set(Array.from({ length: CHANGED }, (_, i) => `Ändrad ${i}`)));
    expect(await seriousViolations(page)).toEqual([]);
  }, 240_000);
});
