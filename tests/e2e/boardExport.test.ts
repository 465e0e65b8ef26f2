import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard, waitForStatus } from './helpers/openBoard.ts';
import { openShareLink } from './helpers/openShareLink.ts';
import { tabTo } from './helpers/tabTo.ts';

const e2e = e2eFixture({ seed: true });
const BOARD = 'hsf-atgarder';

async function sheetOf(download: Download): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  const bytes = await readFile((await download.path())!);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return book.worksheets[0]!;
}

describe('the board’s export menu in Chromium (EXP6, EXP9)', () => {
  it('[EXP9] [EXP6] "Exportera" unfolds by keyboard, downloads the whole board as XLSX and PPTX, then only what the filter shows; Escape folds it; axe finds nothing serious', async () => {
    const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, BOARD);
    await waitForStatus(page, 'Synkad');
    const open = page.getByRole('button', { name: 'Exportera' });
    await open.focus();
    await page.keyboard.press('Enter');
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: 'Det filtrerade som Excel (.xlsx)' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await tabTo(page, 'Hela tavlan som Excel (.xlsx)');
    const [whole] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(whole.suggestedFilename()).toMatch(/^Åtgärder för minskade personalkostnader \(HSF\) \d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await sheetOf(whole);
    expect((sheet.getCell('F26').value as ExcelJS.CellFormulaValue).result).toBe(237_000);

    const [slides] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hela tavlan som PowerPoint (.pptx)' }).click()]);
    expect(slides.suggestedFilename()).toMatch(/\.pptx$/);
    await page.getByRole('button', { name: 'Hela tavlan som PowerPoint (.pptx)' }).focus();

    await page.keyboard.press('Escape');
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Exportera');

    await page.getByRole('combobox', { name: 'Beslutsnivå' }).selectOption('official');
    await open.click();
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Det filtrerade som CSV för Excel (.csv)' }).click()]);
    const csv = await readFile((await filtered.path())!, 'utf8');
    expect(csv).toContain('Exportera det filtrerade: bara de kort filtret visar');
    expect(csv).not.toContain('Akutvårdsplatser sjukstugor');
    expect(csv.split('\r\n').filter((line) => line.includes(';Beslutas på tjänstemannanivå;'))).toHaveLength(10);
    expect(await seriousViolations(page)).toEqual([]);
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
