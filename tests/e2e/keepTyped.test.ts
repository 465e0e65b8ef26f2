import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { createCard, updateCardField } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { addUserAndLogin, createBoardAs, setMember } from '../helpers/serverAuth.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { settle } from '../helpers/serverWait.ts';
import { boardPage, editOffline } from './helpers/boardPage.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';

// The client keeps what was typed (KEEP1-KEEP3) against the real server, in Chromium.
const e2e = e2eFixture();
const server = () => e2e.server.running;
const admin = () => e2e.server.token;
/** The contexts this file opened, so a test can close the earlier ones' pages (their rooms). */
const contexts: BrowserContext[] = [];

/** A page on the board as the owner of `token`, once synced. */
async function openAs(token: string, boardId: string): Promise<Page> {
  const context = await e2e.loggedOutContext();
  contexts.push(context);
  await context.addCookies([sessionCookie(token)]);
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}/b/${boardId}`);
  return page;
}

/** A measures board with one card of the unit Kirurgi, made over the admin's own connection (left open). */
async function boardWithCard(title: string) {
  const boardId = await createBoardAs(e2e.server.url, admin(), title, 'measures');
  const writer = connectProvider(e2e.server.url, boardId, admin());
  await synced(writer);
  const cardId = createCard(writer.doc, { column: readColumns(writer.doc)[0]!.id, title: 'Vårdplatser', fields: { unit: 'Kirurgi', decisionLevel: 'political' } });
  return { boardId, cardId, writer };
}

/** The board as the server has it. */
const stored = (boardId: string) => server().registry.read(boardId, (doc: Y.Doc) => readBoard(doc));

describe('the client keeps what was typed, in Chromium (KEEP1-KEEP3)', () => {
  it('[KEEP1] an effect typed and left with Escape is on the server and on another client', async () => {
    const { boardId, cardId, writer } = await boardWithCard('Escape');
    const anna = boardPage(await openAs(admin(), boardId));
    await waitForStatus(anna.page, 'Synkad');
    const editor = await anna.openEditor('Vårdplatser');
    await editor.getByRole('textbox', { name: 'Ekonomisk effekt (tkr/år)' }).fill('2 500');
    await anna.page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });

    await expect.poll(async () => (await stored(boardId)).cards.find((card) => card.id === cardId)?.effect).toBe(2500);
    const bo = boardPage(await openAs(admin(), boardId));
    await bo.card('Vårdplatser').filter({ hasText: '2 500' }).waitFor();
    writer.destroy();
  }, 90_000);

  it('[KEEP2] a unit chief’s offline edit the server refuses: after the reload the dialog shows the text to copy', async () => {
    const { boardId, cardId, writer } = await boardWithCard('Utanför');
    const ulla = await addUserAndLogin(e2e.server.url, admin(), { username: 'ulla', displayName: 'Ulla Enhetschef' });
    await setMember(e2e.server.url, admin(), boardId, 'ulla', 'unitChief', ['Kirurgi']);
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
    await server().registry.idle();
    await server().storage.appendUpdate(boardId, new Uint8Array([0xff, 0xfe, 0xfd, 0x01, 0x02, 0x03]));

    const context = await e2e.loggedOutContext();
    await context.addCookies([sessionCookie(admin())]);
    const page = await context.newPage();
    let upgrades = 0;
    page.on('websocket', (socket) => {
      if (socket.url().includes(`/sync/${boardId}`)) upgrades++;
    });
    await page.goto(`${e2e.server.url}/b/${boardId}`);
    // The banner (the live region says it too).
    await page.locator('.server-notice', { hasText: 'Tavlan går inte att läsa just nu. Kontakta administratören.' }).waitFor();
    await settle(4000);
    expect(upgrades).toBe(1);
  }, 90_000);
});
