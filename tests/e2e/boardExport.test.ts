import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addUserAndLogin, setMember } from '../helpers/serverAuth.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard, waitForStatus } from './helpers/openBoard.ts';
import { openShareLink } from './helpers/openShareLink.ts';
import { sessionCookie } from './helpers/startTestServer.ts';
import { tabTo } from './helpers/tabTo.ts';

const e2e = e2eFixture({ seed: true });
const BOARD = 'hsf-atgarder';

async function sheetOf(download: Download): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  const bytes = await readFile((await download.path())!);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return book.worksheets[0]!;
}

/** What the app's live regions last said (LiveRegion.tsx), no-break spaces as plain ones. */
const spoken = async (page: Page, politeness: 'polite' | 'assertive'): Promise<string> =>
  (await page.getByTestId(`live-${politeness}`).innerText()).replace(/\u00a0/g, ' ').trim();

/** The line under the menu's button where the last export's outcome is seen (EXP10). */
const statusLine = (page: Page) => page.locator('.export-menu-status');

/** The accessible name's text of the focused element. */
const focused = (page: Page): Promise<string | undefined> => page.evaluate(() => document.activeElement?.textContent?.trim());

describe('the board’s export menu in Chromium (EXP6, EXP9, EXP10)', () => {
  it('[EXP9] [EXP6] [EXP10] by keyboard: "Exportera" unfolds, the chosen XLSX is busy while the server makes it, then the menu folds onto its button and says "Filen är hämtad" where it is seen and heard; then only what the filter shows; axe finds nothing serious', async () => {
    const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, BOARD);
    await waitForStatus(page, 'Synkad');
    const open = page.getByRole('button', { name: 'Exportera' });
    await open.focus();
    await page.keyboard.press('Enter');
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: 'Det filtrerade som Excel (.xlsx)' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The real server's answer is held back until the busy state has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/boards/*/export?*', async (route) => {
      await held;
      await route.continue();
    });
    await tabTo(page, 'Hela tavlan som Excel (.xlsx)');
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('button', { name: 'Hela tavlan som Excel (.xlsx)' });
    await statusLine(page).getByText('Skapar Excel (.xlsx) …').waitFor();
    expect(await chosen.getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('button', { name: 'Hela tavlan som CSV för Excel (.csv)' }).getAttribute('aria-disabled')).toBe('true');
    expect(await spoken(page, 'polite')).toBe('Skapar Excel (.xlsx) …');
    expect(await seriousViolations(page)).toEqual([]);
    release();
    const whole = await downloading;
    await page.unroute('**/api/boards/*/export?*');
    expect(whole.suggestedFilename()).toMatch(/^Åtgärder för minskade personalkostnader \(HSF\) \d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await sheetOf(whole);
    expect((sheet.getCell('F26').value as ExcelJS.CellFormulaValue).result).toBe(237_000);
    const done = `Filen är hämtad: ${whole.suggestedFilename()}`;
    await statusLine(page).getByText(done).waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe('Exportera');
    expect(await spoken(page, 'polite')).toBe(done);
    expect(await seriousViolations(page)).toEqual([]);

    // Unfolded again, the menu starts afresh; Escape folds it onto its button.
    await page.keyboard.press('Enter');
    expect(await statusLine(page).getByText(done).count()).toBe(0);
    await tabTo(page, 'Hela tavlan som PowerPoint (.pptx)');
    await page.keyboard.press('Escape');
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe('Exportera');

    await page.getByRole('combobox', { name: 'Beslutsnivå' }).selectOption('official');
    await open.click();
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Det filtrerade som CSV för Excel (.csv)' }).click()]);
    const csv = await readFile((await filtered.path())!, 'utf8');
    expect(csv).toContain('Exportera det filtrerade: bara de kort filtret visar, 10 av 17 kort (Beslutsnivå: Beslutas på tjänstemannanivå)');
    expect(csv).not.toContain('Akutvårdsplatser sjukstugor');
    expect(csv.split('\r\n').filter((line) => line.includes(';Beslutas på tjänstemannanivå;'))).toHaveLength(10);
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);

  it('[EXP10] a click outside the menu, or Tab past its last choice, folds it; focus stays where the user took it', async () => {
    const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, BOARD);
    const open = page.getByRole('button', { name: 'Exportera' });
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('heading', { level: 1 }).click();
    expect(await open.getAttribute('aria-expanded')).toBe('false');

    await open.click();
    await page.getByRole('button', { name: 'Hela tavlan som PowerPoint (.pptx)' }).focus();
    await page.keyboard.press('Tab');
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).not.toContain('PowerPoint');
  }, 90_000);

  it('[EXP10] with the network gone, the choice says why the file did not come, in words, seen and heard at once; the menu stays open on the choice', async () => {
    const context = await e2e.userContext('Anna Berg');
    const page = await openBoard(context, e2e.server.url, BOARD);
    await waitForStatus(page, 'Synkad');
    const open = page.getByRole('button', { name: 'Exportera' });
    await open.click();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Hela tavlan som CSV för Excel (.csv)' }).click();
    const why = 'Servern gick inte att nå, så filen gick inte att hämta. Kontrollera anslutningen och försök igen.';
    await statusLine(page).getByText(why).waitFor();
    expect(await spoken(page, 'assertive')).toBe(why);
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toBe('Hela tavlan som CSV för Excel (.csv)');
    expect(await seriousViolations(page)).toEqual([]);
    await context.setOffline(false);
  }, 90_000);

  it('[EXP9] a viewer of the board, who may change nothing, downloads it as XLSX from the same menu', async () => {
    const vera = await addUserAndLogin(e2e.server.url, e2e.server.token, { username: 'vera', displayName: 'Vera Läsare' });
    await setMember(e2e.server.url, e2e.server.token, BOARD, 'vera', 'viewer');
    const context = await e2e.loggedOutContext();
    await context.addCookies([sessionCookie(vera)]);
    const page = await openBoard(context, e2e.server.url, BOARD);
    await waitForStatus(page, 'Synkad');
    // A viewer: the board offers no import (IMP10).
    expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Exportera' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hela tavlan som Excel (.xlsx)' }).click()]);
    expect(((await sheetOf(file)).getCell('F26').value as ExcelJS.CellFormulaValue).result).toBe(237_000);
    await statusLine(page).getByText(`Filen är hämtad: ${file.suggestedFilename()}`).waitFor();
  }, 90_000);

  it('[EXP9] a share link, with no account, downloads the board it reads as CSV from the menu', async () => {
    const page = await openShareLink(await e2e.loggedOutContext(), e2e.server.url, BOARD);
    await page.getByRole('button', { name: 'Exportera' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hela tavlan som CSV för Excel (.csv)' }).click()]);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv).toContain('Akutvårdsplatser sjukstugor');
    expect(csv.split('\r\n').filter((line) => /^[\w-]+;/.test(line) && !line.startsWith('Kort-id'))).toHaveLength(17);
  }, 90_000);
});
