import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { readBoard } from '../../shared/read/readBoard.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { waitForStatus } from './helpers/openBoard.ts';
import { adminHeaders } from './helpers/startTestServer.ts';
import { tabTo } from './helpers/tabTo.ts';

const e2e = e2eFixture({ seed: true });

/** An assignments list as a region keeps it: the headers of 004's follow-up table, no card ids. */
const ASSIGNMENTS = '\ufeffUppdrag;Riktas till;Slutdatum\r\nUtred vårdplatserna;Kirurgi;2026-06-30\r\nSe över bemanningen;Ortopedi;2026-09-30\r\n';

/** The board as the server stores it. */
const stored = (boardId: string) => e2e.server.running.registry.read(boardId, (doc: Y.Doc) => readBoard(doc));

/** On the start page, "Från fil" chosen by keyboard: Space on the focused field opens the file chooser. */
async function chooseSourceFile(page: Page, name: string, content: string | Buffer) {
  // Listened for before the page loads: Playwright turns the chooser's interception on asynchronously, and a press that wins that race opens none.
  const chooser = page.waitForEvent('filechooser');
  await page.goto(e2e.server.url);
  const form = page.getByRole('form', { name: 'Skapa tavla' });
  await form.getByLabel('Från fil (.xlsx eller .csv, kan lämnas tom)').focus();
  await page.keyboard.press('Space');
  const mimeType = name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(content) });
  return form;
}

describe('a new board from a file (IMP11)', () => {
  it('[IMP11] by keyboard: the file names the board and its headers choose the kind; the board opens with the dry run, and Importera writes its rows; axe finds nothing serious', async () => {
    const page = await (await e2e.userContext('Anna Berg')).newPage();
    const form = await chooseSourceFile(page, 'Uppdrag 2026.csv', ASSIGNMENTS);
    await form.getByText('Typen är vald efter filens kolumner: Uppdrag.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Uppdrag 2026');
    expect(await form.getByRole('combobox', { name: 'Typ' }).inputValue()).toBe('assignments');
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, 'Skapa');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
    const boardId = new URL(page.url()).pathname.split('/').pop()!;
    const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
    await dialog.getByText('2 nya kort, 0 ändrade kort, 0 oförändrade, 0 refuserade. Inget är skrivet än.').waitFor();
    await dialog.getByText('Tavlan är skapad. Stänger du utan att importera är den kvar, tom.').waitFor();
    await dialog.getByText('Vald fil: Uppdrag 2026.csv').waitFor();
    await waitForStatus(page, 'Synkad');
    expect((await stored(boardId)).cards).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await tabTo(page, 'Importera');
    await page.keyboard.press('Enter');
    await dialog.getByText('Importerat: 2 nya kort och 0 ändrade kort.').waitFor();
    const board = await stored(boardId);
    expect({ title: board.meta.title, kind: board.meta.kind }).toEqual({ title: 'Uppdrag 2026', kind: 'assignments' });
    expect(board.cards.map(({ title, directedTo, deadline }) => ({ title, directedTo, deadline }))).toEqual([
      { title: 'Utred vårdplatserna', directedTo: 'Kirurgi', deadline: '2026-06-30' },
      { title: 'Se över bemanningen', directedTo: 'Ortopedi', deadline: '2026-09-30' },
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Utred vårdplatserna/ }).first().waitFor();
  }, 120_000);

  it('[IMP11] [IMP12] the seeded assignments board’s XLSX makes a board of its kind, read in the browser; the dry run counts its cards and its monthly reports apart, and Importera writes both', async () => {
    const seed = await stored('hsf-fm-uppdrag-2025');
    const response = await fetch(`${e2e.server.url}/api/boards/hsf-fm-uppdrag-2025/export?format=xlsx`, { headers: adminHeaders() });
    const xlsx = Buffer.from(await response.arrayBuffer());
    const page = await (await e2e.userContext('Anna Berg')).newPage();
    const form = await chooseSourceFile(page, 'FM-uppdrag.xlsx', xlsx);
    await form.getByText('Typen är vald efter filens kolumner: Uppdrag.').waitFor();
    expect(await form.getByRole('combobox', { name: 'Typ' }).inputValue()).toBe('assignments');
    await tabTo(page, 'Skapa');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
    const boardId = new URL(page.url()).pathname.split('/').pop()!;
    const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
    const cards = seed.cards.filter((card) => !card.archived).length;
    const line = dialog.getByText(new RegExp(`^${cards} nya kort, 0 ändrade kort, 0 oförändrade, 0 refuserade(, \\d+ hoppas över)?; Månadsrapporter: \\d+ nya rapporter, 0 ändrade rapporter, 0 oförändrade, 0 refuserade`));
    await line.waitFor();
    expect(await dialog.getByRole('columnheader', { name: 'Blad' }).count()).toBe(1);
    expect(await dialog.getByRole('cell', { name: 'Ny rapport', exact: true }).count()).toBeGreaterThan(3);
    await tabTo(page, 'Importera');
    await page.keyboard.press('Enter');
    await dialog.getByText(/^Importerat: \d+ nya kort och 0 ändrade kort\. Dessutom \d+ nya eller ändrade rapporter\.$/).waitFor();
    expect((await stored(boardId)).cards.map((card) => card.title)).toEqual(seed.cards.filter((card) => !card.archived).map((card) => card.title));
  }, 120_000);

  it('[IMP11] closed without importing, the board stays empty, and opening it again shows no dialog', async () => {
    const page = await (await e2e.userContext('Anna Berg')).newPage();
    const form = await chooseSourceFile(page, 'lista.csv', 'Namn;Belopp\r\nEtt;1\r\n');
    await form.getByText('Filens kolumner visar inte vilken typ tavlan ska ha: välj den.').waitFor();
    await form.getByRole('combobox', { name: 'Typ' }).selectOption('general');
    await form.getByRole('button', { name: 'Skapa' }).click();
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
    const boardId = new URL(page.url()).pathname.split('/').pop()!;
    const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
    await dialog.getByText('0 nya kort, 0 ändrade kort, 0 oförändrade, 1 refuserad. Inget är skrivet än.').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const board = await stored(boardId);
    expect({ title: board.meta.title, kind: board.meta.kind, cards: board.cards }).toEqual({ title: 'lista', kind: 'general', cards: [] });
    await page.reload();
    await waitForStatus(page, 'Synkad');
    await page.getByRole('button', { name: 'Importera', exact: true }).waitFor();
    expect(await dialog.count()).toBe(0);
  }, 120_000);
});
