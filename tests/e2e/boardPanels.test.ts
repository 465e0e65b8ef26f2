import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { createCard } from '../../shared/ops/cards.ts';
import { addReport, setReportReady } from '../../shared/ops/reports.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { authedWebSocket } from '../helpers/serverAuth.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { adminHeaders } from './helpers/startTestServer.ts';

const e2e = e2eFixture();
const providers: WebsocketProvider[] = [];
// Registered after the fixture's, so it runs first: the peers leave before the server stops.
afterAll(() => providers.forEach((provider) => provider.destroy()));

/** A board made through the REST API (as the admin), with a target when given. */
async function createBoard(body: { title: string; kind: 'measures' | 'assignments'; target?: number }): Promise<string> {
  const response = await fetch(`${e2e.server.url}/api/boards`, { method: 'POST', headers: adminHeaders(), body: JSON.stringify(body) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/**
 * Fills a board from Node, as another peer would, through the sync endpoint: `fill` gets the
 * synced document and the board's column ids. The peer stays connected until the file ends,
 * so the browsers get its changes whenever they join.
 */
async function fillBoard(boardId: string, fill: (doc: Y.Doc, columns: string[]) => void): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${e2e.server.url.replace(/^http/, 'ws')}/sync`, boardId, doc, { WebSocketPolyfill: authedWebSocket(e2e.server.token), disableBc: true });
  providers.push(provider);
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  doc.transact(() => fill(doc, readColumns(doc).map((c) => c.id)));
}

describe('the panels of a board in Chromium, against the real server', () => {
  it('the savings ledger of a measures board shows proposed, decided and target, and names the card whose effect is unknown', async () => {
    const boardId = await createBoard({ title: 'Sparpaket', kind: 'measures', target: 1000 });
    await fillBoard(boardId, (doc, columns) => {
      createCard(doc, { column: columns[0]!, title: 'Färre hyrläkare', fields: { effect: 250, decisionLevel: 'political' } });
      createCard(doc, { column: columns.at(-1)!, title: 'Samordnad bemanning', fields: { effect: 400, decisionLevel: 'official' } });
      createCard(doc, { column: columns[1]!, title: 'Lokalöversyn', fields: { decisionLevel: 'political' } });
    });
    const page = await e2e.openAs('Anna Berg', boardId);
    const summary = page.getByText('Besparingar:', { exact: true }).locator('..');
    await summary.filter({ hasText: /Föreslaget 650\s*tkr · beslutat 400\s*tkr · mål 1\s*000\s*tkr/ }).waitFor();

    await summary.click();
    const lanes = page.getByRole('table', { name: 'Föreslaget och beslutat per spår' });
    const total = lanes.getByRole('row', { name: /^Summa/ });
    expect(await total.getByRole('cell').allTextContents()).toEqual(['650\u00a0tkr', '400\u00a0tkr', '250\u00a0tkr']);
    await page.getByText('1 åtgärd har okänd effekt. Den räknas men summeras inte:').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Lokalöversyn (Samverkan i FSG, Kräver politiskt beslut)' }).waitFor();
    await page.getByText(/Stapeldiagram: föreslaget 650\s*tkr och beslutat 400\s*tkr mot målet 1\s*000\s*tkr\./).waitFor();
  }, 90_000);

  it('"Öppna nästa månad" creates the month\'s reports prefilled, and marking one ready takes it off the missing list for everyone', async () => {
    const boardId = await createBoard({ title: 'Uppdrag', kind: 'assignments' });
    await fillBoard(boardId, (doc, columns) => {
      const a = createCard(doc, { column: columns[0]!, title: 'Minska hyrberoendet', fields: { status: 'ongoing' } });
      const b = createCard(doc, { column: columns[0]!, title: 'Nära vård', fields: { status: 'ongoing' } });
      addReport(doc, a, '2025-05', { lastMonth: 'Styrgrupp tillsatt', nextMonth: 'Kartlägga hyrläkare', comments: 'Inga', risks: 'Bemanning' });
      setReportReady(doc, a, '2025-05', true);
      addReport(doc, b, '2025-05', { lastMonth: 'Workshop planerad' });
      setReportReady(doc, b, '2025-05', true);
    });
    const anna = await e2e.openAs('Anna Berg', boardId);
    const bo = await e2e.openAs('Bo Ek', boardId);
    const cycle = (page: Page) => page.getByRole('region', { name: 'Månadsrapportering' });
    await cycle(anna).getByText('Alla uppdrag har rapporterat maj 2025.').waitFor();

    await cycle(anna).getByRole('button', { name: 'Öppna nästa månad (juni 2025)' }).click();
    await cycle(anna).getByRole('status').filter({ hasText: 'juni 2025 är öppnad: 2 rapporter skapades.' }).waitFor();
    const missing = (page: Page) => cycle(page).getByRole('region', { name: /Har inte rapporterat juni 2025/ });
    await missing(anna).getByRole('heading', { name: 'Har inte rapporterat juni 2025: 2' }).waitFor();

    // Prefilled from May (RC3): the history shows June's report with May's four boxes, not ready.
    await cycle(anna).getByRole('button', { name: 'Historik: Minska hyrberoendet' }).click();
    const history = cycle(anna).getByRole('region', { name: 'Rapporthistorik' });
    await history.getByText('Rapport för juni 2025').waitFor();
    for (const text of ['Styrgrupp tillsatt', 'Kartlägga hyrläkare', 'Inga', 'Bemanning', 'Inte markerad som klar']) {
      await history.getByText(text, { exact: true }).waitFor();
    }

    await cycle(anna).getByRole('button', { name: 'Markera klar: Minska hyrberoendet' }).click();
    for (const page of [anna, bo]) {
      await missing(page).getByRole('heading', { name: 'Har inte rapporterat juni 2025: 1' }).waitFor();
      expect(await missing(page).getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Nära vård')]);
    }
    await cycle(bo).getByText('Aktuell månad: juni 2025').waitFor();
  }, 90_000);
});
