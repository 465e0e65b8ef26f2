import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { loadConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';
import { createCard, updateCardField } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { addUserAndLogin, createBoardAs, setMember, TEST_ADMIN_PASSWORD, TEST_PASSWORD_COST } from '../helpers/serverAuth.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { settle } from '../helpers/serverWait.ts';
import { boardPage, editOffline } from './helpers/boardPage.ts';
import { ensureClientBuilt } from './helpers/ensureClientBuilt.ts';
import { launchChromium } from './helpers/launchChromium.ts';
import { waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

// The client keeps what was typed (KEEP1-KEEP3) against the real server, in Chromium. The server is
// started here rather than by e2eFixture so that a test can reach its storage (a garbled board).
const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let admin: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await ensureClientBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'tavla-e2e-keep-'));
  server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PASSWORD_COST: String(TEST_PASSWORD_COST) }), { clientDir: CLIENT_DIR });
  admin = (await server.auth.login('admin', TEST_ADMIN_PASSWORD))!.token;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A page on the board as the owner of `token`, once synced. */
async function openAs(token: string, boardId: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  contexts.push(context);
  await context.addCookies([sessionCookie(token)]);
  const page = await context.newPage();
  await page.goto(`${server.url}/b/${boardId}`);
  return page;
}

/** A measures board with one card of the unit Kirurgi, made over the admin's own connection (left open). */
async function boardWithCard(title: string) {
  const boardId = await createBoardAs(server.url, admin, title, 'measures');
  const writer = connectProvider(server.url, boardId, admin);
  await synced(writer);
  const cardId = createCard(writer.doc, { column: readColumns(writer.doc)[0]!.id, title: 'Vårdplatser', fields: { unit: 'Kirurgi', decisionLevel: 'political' } });
  return { boardId, cardId, writer };
}

/** The board as the server has it. */
const stored = (boardId: string) => server.registry.read(boardId, (doc: Y.Doc) => readBoard(doc));

describe('the client keeps what was typed, in Chromium (KEEP1-KEEP3)', () => {
  it('[KEEP1] an effect typed and left with Escape is on the server and on another client', async () => {
    const { boardId, cardId, writer } = await boardWithCard('Escape');
    const anna = boardPage(await openAs(admin, boardId));
    await waitForStatus(anna.page, 'Synkad');
    const editor = await anna.openEditor('Vårdplatser');
    await editor.getByRole('textbox', { name: 'Ekonomisk effekt (tkr/år)' }).fill('2 500');
    await anna.page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });

    await expect.poll(async () => (await stored(boardId)).cards.find((card) => card.id === cardId)?.effect).toBe(2500);
    const bo = boardPage(await openAs(admin, boardId));
    await bo.card('Vårdplatser').filter({ hasText: '2 500' }).waitFor();
    writer.destroy();
  }, 90_000);

  it('[KEEP2] a unit chief’s offline edit the server refuses: after the reload the dialog shows the text to copy', async () => {
    const { boardId, cardId, writer } = await boardWithCard('Utanför');
    const ulla = await addUserAndLogin(server.url, admin, { username: 'ulla', displayName: 'Ulla Enhetschef' });
    await setMember(server.url, admin, boardId, 'ulla', 'unitChief', ['Kirurgi']);
    const page = boardPage(await openAs(ulla, boardId));
    await waitForStatus(page.page, 'Synkad');

    await editOffline(page.page, boardId, async () => {
      const editor = await page.openEditor('Vårdplatser');
      await editor.getByRole('textbox', { name: 'Kommentar' }).fill('Tre vårdplatser flyttas till dagkirurgin');
      await page.closeEditor(editor);
    });
    // Meanwhile the card goes to another unit: Ulla's edit is now outside her scope (UPD4).
    updateCardField(writer.doc, cardId, 'unit', 'Ortopedi');
    await expect.poll(async () => (await stored(boardId)).cards.find((card) => card.id === cardId)?.unit).toBe('Ortopedi');

    await page.page.context().setOffline(false);
    const dialog = page.page.getByRole('dialog', { name: 'Det här sparades inte' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('textbox', { name: 'Vårdplatser – Kommentar' }).inputValue()).toBe('Tre vårdplatser flyttas till dagkirurgin');
    await dialog.getByRole('button', { name: 'Kopiera Vårdplatser – Kommentar' }).waitFor();
    expect((await stored(boardId)).cards.find((card) => card.id === cardId)?.comment).toBe('');

    await dialog.getByRole('button', { name: 'Stäng' }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    await page.page.reload();
    await waitForStatus(page.page, 'Synkad');
    expect(await page.page.getByRole('dialog', { name: 'Det här sparades inte' }).count()).toBe(0);
    writer.destroy();
  }, 120_000);

  it('[KEEP3] a board whose stored bytes do not decode: the page says so and stops connecting', async () => {
    const { boardId, writer } = await boardWithCard('Trasig');
    writer.destroy();
    // No room may be open while the bytes are garbled: the earlier tests' pages go too.
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await server.registry.idle();
    await server.storage.appendUpdate(boardId, new Uint8Array([0xff, 0xfe, 0xfd, 0x01, 0x02, 0x03]));

    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    contexts.push(context);
    await context.addCookies([sessionCookie(admin)]);
    const page = await context.newPage();
    let upgrades = 0;
    page.on('websocket', (socket) => {
      if (socket.url().includes(`/sync/${boardId}`)) upgrades++;
    });
    await page.goto(`${server.url}/b/${boardId}`);
    // The banner (the live region says it too).
    await page.locator('.server-notice', { hasText: 'Tavlan går inte att läsa just nu. Kontakta administratören.' }).waitFor();
    await settle(4000);
    expect(upgrades).toBe(1);
  }, 90_000);
});
