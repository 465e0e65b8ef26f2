import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { openBoard, waitForStatus } from './helpers/openBoard.ts';

const e2e = e2eFixture({ seed: true });
const BOARD = 'hsf-atgarder';

/** A region's own list, as Excel in Sweden saves it (EXP8): BOM, semicolons, CRLF; one row with a unit in its number. */
const CSV = '\ufeffÅtgärd;Ekonomisk effekt tkr/år;Verksamhet\r\nImporterad åtgärd;1 500;Primärvård\r\nFelaktig åtgärd;15 000 kr;Primärvård\r\n';

describe('the board’s import dialog in Chromium (IMP9)', () => {
  it('[IMP9] [IMP3] "Importera" by keyboard: the dry run lists every row and words the refusal, nothing is written until the refused row is skipped and Importera pressed; axe finds nothing serious', async () => {
    const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, BOARD);
    await waitForStatus(page, 'Synkad');
    await page.getByRole('button', { name: 'Importera', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
    await dialog.waitFor();
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await dialog.getByText('1 nya, 0 ändras, 0 oförändrade, 1 refuserade. Inget är skrivet än.').waitFor();
    expect(await dialog.getByRole('table').innerText()).toContain('Rad 3, Ekonomisk effekt tkr/år: ”15 000 kr” är inte ett tal');
    expect(await seriousViolations(page)).toEqual([]);

    const confirm = dialog.getByRole('button', { name: 'Importera', exact: true });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('1 rader är refuserade: rätta filen eller välj att hoppa över dem.').waitFor();
    await dialog.getByLabel('Hoppa över de 1 refuserade raderna').focus();
    await page.keyboard.press('Space');
    await confirm.focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('Importerat: 1 nya och 0 ändrade kort.').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Importerad åtgärd/ }).first().waitFor();
    expect(await page.getByText('Felaktig åtgärd').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);

  it('[IMP2] a file with headers Tavla does not know is mapped in the dialog: each header gets a board column, and the dry run follows the mapping', async () => {
    const page = await openBoard(await e2e.userContext('Anna Berg'), e2e.server.url, BOARD);
    await waitForStatus(page, 'Synkad');
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'egen.csv', mimeType: 'text/csv', buffer: Buffer.from('Namn;Belopp\r\nEgen åtgärd;2 500\r\n') });
    await dialog.getByText('0 nya, 0 ändras, 0 oförändrade, 1 refuserade. Inget är skrivet än.').waitFor();
    await dialog.getByRole('combobox', { name: 'Namn' }).selectOption({ label: 'Åtgärd' });
    await dialog.getByText('1 nya, 0 ändras, 0 oförändrade, 0 refuserade. Inget är skrivet än.').waitFor();
    await dialog.getByRole('combobox', { name: 'Belopp' }).selectOption({ label: 'Ekonomisk effekt tkr/år' });
    await dialog.getByText('1 nya, 0 ändras, 0 oförändrade, 0 refuserade. Inget är skrivet än.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);
});
