import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { readBoard } from '../../shared/read/readBoard.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard, waitForStatus } from './helpers/openBoard.ts';

const e2e = e2eFixture({ seed: true });
const BOARD = 'hsf-atgarder';

/** A region's own list, as Excel in Sweden saves it (EXP8): BOM, semicolons, CRLF; one row with a unit in its number. */
const CSV = '\ufeffÅtgärd;Ekonomisk effekt tkr/år;Verksamhet\r\nImporterad åtgärd;1 500;Primärvård\r\nFelaktig åtgärd;15 000 kr;Primärvård\r\n';

/** The board's cards as the server stores them. */
const storedCards = (boardId: string) => e2e.server.running.registry.read(boardId, (doc: Y.Doc) => readBoard(doc).cards);

/** The dry run's table as text, a row per line and its cells split. */
const tableRows = async (page: Page) => {
  const rows = await page.getByRole('dialog').getByRole('table').locator('tbody tr').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).map((cell) => cell.trim())));
};

/** Anna on the seeded board, its import dialog opened by keyboard; `chooser` the file chooser its file field opens. */
async function openImport() {
  const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, BOARD);
  // Listened for now: Playwright turns the chooser's interception on asynchronously, and a key press that wins that race opens none.
  const chooser = page.waitForEvent('filechooser');
  chooser.catch(() => {}); // the tests that set the file directly never see one
  await waitForStatus(page, 'Synkad');
  await page.getByRole('button', { name: 'Importera', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
  await dialog.waitFor();
  return { page, dialog, chooser };
}

describe('the board’s import dialog in Chromium (IMP9)', () => {
  it('[IMP9] [IMP3] [IMP12] "Importera" by keyboard: the dry run lists every row and words the refusal, nothing is written until the refused row is skipped and Importera pressed; axe finds nothing serious', async () => {
    const before = await storedCards(BOARD);
    const { page, dialog, chooser } = await openImport();
    await dialog.getByLabel('Fil (.xlsx eller .csv)').focus();
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await dialog.getByText('1 nytt kort, 0 ändrade kort, 0 oförändrade, 1 refuserad. Inget är skrivet än.').waitFor();
    // IMP3: the row, the column as the file names it, the value and the reason, in Swedish.
    expect(await tableRows(page)).toEqual([
      ['2', 'Nytt kort', 'Importerad åtgärd', ''],
      ['3', 'Refuserad', 'Felaktig åtgärd', 'Rad 3, Ekonomisk effekt tkr/år: ”15 000 kr” är inte ett tal'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    const confirm = dialog.getByRole('button', { name: 'Importera', exact: true });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('1 rad är refuserad: rätta filen eller välj att hoppa över den.').waitFor();
    expect(await storedCards(BOARD)).toEqual(before);
    await dialog.getByLabel('Hoppa över den refuserade raden').focus();
    await page.keyboard.press('Space');
    await confirm.focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('Importerat: 1 nytt kort och 0 ändrade kort.').waitFor();
    // The written import's button is gone: focus is on what it answered, not dropped to the page.
    expect(await page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.textContent))).toBe('Importerat: 1 nytt kort och 0 ändrade kort.');

    // Exactly the one new card, in the board's first column, with the row's fields; nothing else changed.
    const after = await storedCards(BOARD);
    const added = after.filter((card) => !before.some((old) => old.id === card.id));
    expect(added.map(({ title, effect, unit, column }) => ({ title, effect, unit, column }))).toEqual([{ title: 'Importerad åtgärd', effect: 1500, unit: 'Primärvård', column: before[0]!.column }]);
    expect(after.filter((card) => before.some((old) => old.id === card.id))).toEqual(before);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Importerad åtgärd/ }).first().waitFor();
    expect(await page.getByText('Felaktig åtgärd').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);

  it('[IMP2] [IMP12] a file with headers Tavla does not know is mapped in the dialog by keyboard: the dry run follows the mapping and focus stays on the column chosen', async () => {
    const { page, dialog } = await openImport();
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'egen.csv', mimeType: 'text/csv', buffer: Buffer.from('Namn;Belopp\r\nEgen åtgärd;2 500\r\n') });
    await dialog.getByText('0 nya kort, 0 ändrade kort, 0 oförändrade, 1 refuserad. Inget är skrivet än.').waitFor();
    const name = dialog.getByRole('combobox', { name: 'Namn' });
    await name.focus();
    await name.selectOption({ label: 'Åtgärd' });
    await dialog.getByText('1 nytt kort, 0 ändrade kort, 0 oförändrade, 0 refuserade. Inget är skrivet än.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.closest('label')?.firstChild?.textContent)).toBe('Namn');
    const amount = dialog.getByRole('combobox', { name: 'Belopp' });
    await amount.selectOption({ label: 'Ekonomisk effekt tkr/år' });
    await expect.poll(() => tableRows(page)).toEqual([['2', 'Nytt kort', 'Egen åtgärd', '']]);
    expect(await amount.inputValue()).toBe('effect');

    // Two changes in quick succession, the first's dry run still on its way: the second builds on the first, the last answer wins.
    await page.route('**/import?dryRun=true', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await amount.selectOption({ label: 'Hoppa över' });
    await name.selectOption({ label: 'Hoppa över' });
    await dialog.getByText('0 nya kort, 0 ändrade kort, 0 oförändrade, 1 refuserad. Inget är skrivet än.').waitFor();
    await page.unroute('**/import?dryRun=true');
    expect([await name.inputValue(), await amount.inputValue()]).toEqual(['', '']);
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);

  it('[IMP8] [IMP12] a file the server will not read is refused in words of what is wrong, and focus stays in the dialog', async () => {
    const { page, dialog } = await openImport();
    const input = dialog.getByLabel('Fil (.xlsx eller .csv)');
    await input.setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await dialog.getByRole('table').waitFor();
    await input.setInputFiles({ name: 'trasig.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\u0003\u0004 inte en zip') });
    await dialog.getByText('Filen går inte att läsa som Excel eller CSV.').waitFor();
    expect(await dialog.getByRole('table').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement?.closest('dialog') !== null)).toBe(true);
    // Past the file cap (IMP8), just over it and far past SEC1's body cap too, the browser refuses the file naming the cap, and sends none of it.
    const big = (rows: number) => Buffer.from(`Åtgärd;Kommentar\r\n${'En åtgärd;en kommentar\r\n'.repeat(rows)}`);
    const imports: string[] = [];
    page.on('request', (request) => request.url().includes('/import') && imports.push(request.url()));
    await input.setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: big(29_000) });
    await dialog.getByText('Filen är för stor: högst 700 kB.').waitFor();
    await input.setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await dialog.getByRole('table').waitFor();
    await input.setInputFiles({ name: 'storre.csv', mimeType: 'text/csv', buffer: big(80_000) });
    await dialog.getByText('Filen är för stor: högst 700 kB.').waitFor();
    expect(await dialog.getByRole('table').count()).toBe(0);
    expect(imports).toHaveLength(1);
  }, 90_000);

  it('[IMP13] [IMP12] Importera pressed while a dry run is still on its way says to wait, writes nothing, and the dry run’s answer then shows', async () => {
    const before = await storedCards(BOARD);
    const { page, dialog } = await openImport();
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'vanta.csv', mimeType: 'text/csv', buffer: Buffer.from('Åtgärd;Ekonomisk effekt tkr/år;Verksamhet\r\nVäntad åtgärd;1 500;Primärvård\r\n') });
    await dialog.getByText('1 nytt kort, 0 ändrade kort, 0 oförändrade, 0 refuserade. Inget är skrivet än.').waitFor();
    let held = 0;
    await page.route('**/import?dryRun=true', async (route) => {
      held++;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await dialog.getByRole('combobox', { name: 'Verksamhet' }).selectOption({ label: 'Hoppa över' });
    await expect.poll(() => held).toBe(1);
    const confirm = dialog.getByRole('button', { name: 'Importera', exact: true });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('status').getByText('Vänta tills kontrollen är klar och välj sedan Importera.').waitFor();
    await dialog.getByText('1 nytt kort, 0 ändrade kort, 0 oförändrade, 0 refuserade. Inget är skrivet än.').waitFor();
    await page.unroute('**/import?dryRun=true');
    expect(await storedCards(BOARD)).toEqual(before);
  }, 60_000);

  it('[IMP12] [IMP3] in English the dialog, its counts and its reasons are English; the file’s own header names the column', async () => {
    const context = await e2e.userContext('Anna Berg');
    await context.addInitScript(() => localStorage.setItem('tavla.language', 'en'));
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/b/${BOARD}`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from Excel or CSV' });
    await dialog.getByLabel('File (.xlsx or .csv)').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await dialog.getByText('1 new card, 0 changed cards, 0 unchanged, 1 refused. Nothing is written yet.').waitFor();
    expect(await tableRows(page)).toEqual([
      ['2', 'New card', 'Importerad åtgärd', ''],
      ['3', 'Refused', 'Felaktig åtgärd', 'Row 3, Ekonomisk effekt tkr/år: “15 000 kr” is not a number'],
    ]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('1 row is refused: correct the file or choose to skip it.').waitFor();
    await dialog.getByLabel('Skip the refused row').waitFor();
  }, 90_000);

  it('[IMP12] at 320 px the dialog reflows: the rows table scrolls inside itself, never the page (WCAG 1.4.10)', async () => {
    const { page, dialog } = await openImport();
    await page.setViewportSize({ width: 320, height: 640 });
    const long = `${'Åtgärd;Ekonomisk effekt tkr/år;Verksamhet;Kommentar\r\n'}${Array.from({ length: 30 }, (_, i) => `Rad ${i};${i % 2 ? '1 000' : 'mycket pengar'};Primärvård;${'en lång kommentar '.repeat(4)}\r\n`).join('')}`;
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'lang.csv', mimeType: 'text/csv', buffer: Buffer.from(long) });
    await dialog.getByText('15 nya kort, 0 ändrade kort, 0 oförändrade, 15 refuserade. Inget är skrivet än.').waitFor();
    const sizes = await page.evaluate(() => {
      const rows = document.querySelector<HTMLElement>('.import-rows')!;
      const modal = document.querySelector<HTMLElement>('dialog')!;
      // Nothing in the dialog reaches past its right edge but what the rows region scrolls.
      const past = [...modal.querySelectorAll<HTMLElement>('.modal-body > *, .modal-body label, .modal-body input, .modal-body select')].filter((element) => element.getBoundingClientRect().right > modal.getBoundingClientRect().right);
      return { page: document.documentElement.scrollWidth, dialog: modal.getBoundingClientRect().right, past: past.map((element) => element.className || element.tagName), rowsScroll: rows.scrollHeight > rows.clientHeight, rowsWidth: rows.getBoundingClientRect().width };
    });
    expect(sizes.past).toEqual([]);
    expect(sizes.page).toBeLessThanOrEqual(320);
    expect(sizes.dialog).toBeLessThanOrEqual(320);
    expect(sizes.rowsWidth).toBeLessThanOrEqual(320);
    expect(sizes.rowsScroll).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);
});
