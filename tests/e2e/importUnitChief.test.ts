import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createCard, updateCardField } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { addUserAndLogin, createBoardAs, setMember } from '../helpers/serverAuth.ts';
import { connectProvider, synced } from '../helpers/serverProvider.ts';
import { seriousViolations } from './helpers/axe.ts';
import { e2eFixture } from './helpers/e2eFixture.ts';
import { waitForStatus } from './helpers/openBoard.ts';
import { sessionCookie } from './helpers/startTestServer.ts';
import { tabTo } from './helpers/tabTo.ts';

const e2e = e2eFixture();

/** The cards as the server stores them, by title: their comments. */
const comments = (boardId: string) =>
  e2e.server.running.registry.read(boardId, (doc: Y.Doc) => Object.fromEntries(readBoard(doc).cards.map((card) => [card.title, card.comment ?? ''])));

/** A measures board with a card of Kirurgi and one of Ortopedi, made over the admin's connection (left open), and Ulla, unit chief of Kirurgi, on its page. */
async function boardWithUnitChief(username: string) {
  const boardId = await createBoardAs(e2e.server.url, e2e.server.token, 'Enheternas åtgärder', 'measures');
  const writer = connectProvider(e2e.server.url, boardId, e2e.server.token);
  await synced(writer);
  const column = readColumns(writer.doc)[0]!.id;
  const own = createCard(writer.doc, { column, title: 'Vårdplatser', fields: { unit: 'Kirurgi', decisionLevel: 'political' } });
  const other = createCard(writer.doc, { column, title: 'Röntgen', fields: { unit: 'Ortopedi', decisionLevel: 'political' } });
  const token = await addUserAndLogin(e2e.server.url, e2e.server.token, { username, displayName: 'Ulla Enhetschef' });
  await setMember(e2e.server.url, e2e.server.token, boardId, username, 'unitChief', ['Kirurgi']);
  const context = await e2e.loggedOutContext();
  await context.addCookies([sessionCookie(token)]);
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}/b/${boardId}`);
  await waitForStatus(page, 'Synkad');
  const csv = `Kort-id;Åtgärd;Kommentar\r\n${own};Vårdplatser;Ulla ändrar sitt kort\r\n${other};Röntgen;Ulla ändrar ett annat\r\n;Nytt kort;Ulla lägger till\r\n`;
  return { boardId, writer, own, page, csv };
}

describe('a unit chief’s import in Chromium (IMP10, IMP7)', () => {
  it('[IMP10] [IMP12] a unit chief has "Importera", is told only their cards change, and the dry run refuses the rest: skipped, only their card is written; by keyboard, axe clean', async () => {
    const { boardId, writer, page, csv } = await boardWithUnitChief('ulla');
    await tabTo(page, 'Importera');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
    await dialog.getByText('Du är enhetschef: bara dina egna kort ändras, och inga kort eller kolumner läggs till. Andra rader refuseras.').waitFor();
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'enheter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByText('0 nya kort, 1 ändrat kort, 0 oförändrade, 2 refuserade. Inget är skrivet än.').waitFor();
    const reasons = await dialog.getByRole('table').locator('tbody tr').allInnerTexts();
    expect(reasons.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      '2 Ändras Vårdplatser',
      expect.stringMatching(/^3 Refuserad Röntgen Rad 3, Kort-id: ”[\w-]+” är inte ditt kort att ändra$/),
      '4 Refuserad Nytt kort Rad 4, Kort-id saknas: som enhetschef lägger du inte till kort',
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByLabel('Hoppa över de 2 refuserade raderna').focus();
    await page.keyboard.press('Space');
    await tabTo(page, 'Importera');
    await page.keyboard.press('Enter');
    await dialog.getByText('Importerat: 0 nya kort och 1 ändrat kort.').waitFor();
    expect(await comments(boardId)).toEqual({ Vårdplatser: 'Ulla ändrar sitt kort', Röntgen: '' });
    writer.destroy();
  }, 120_000);

  it('[IMP9] [IMP12] a row the board refuses by the confirm (the card left her unit since the dry run) is shown in the table with its reason: 422, nothing written', async () => {
    const { boardId, writer, own, page, csv } = await boardWithUnitChief('ulla2');
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera från Excel eller CSV' });
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'enheter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.split('\r\n').slice(0, 2).join('\r\n')) });
    await dialog.getByText('0 nya kort, 1 ändrat kort, 0 oförändrade, 0 refuserade. Inget är skrivet än.').waitFor();
    // Meanwhile her card is handed to Ortopedi: planned again at the confirm, her row is out of scope (IMP9, IMP7).
    updateCardField(writer.doc, own, 'unit', 'Ortopedi');
    await expect.poll(() => e2e.server.running.registry.read(boardId, (doc: Y.Doc) => readBoard(doc).cards.find((card) => card.id === own)?.unit)).toBe('Ortopedi');
    await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
    await dialog.getByText('Inget skrevs: 1 rad refuserades när tavlan kontrollerades igen. Se tabellen.').waitFor();
    expect(await dialog.getByRole('table').innerText()).toContain('är inte ditt kort att ändra');
    await dialog.getByLabel('Hoppa över den refuserade raden').waitFor();
    expect(await comments(boardId)).toEqual({ Vårdplatser: '', Röntgen: '' });
    writer.destroy();
  }, 120_000);
});
