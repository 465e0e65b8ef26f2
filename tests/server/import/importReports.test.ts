import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cardInScope } from '../../../shared/cardInScope.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { setMember } from '../../helpers/serverAuth.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { importHelpers } from './importFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const io = importHelpers(fx);

/** The exported workbook with its reports sheet changed as someone would in Excel. */
async function editReports(file: Uint8Array, change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  change(book.getWorksheet('Månadsrapporter')!);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** An assignments board holding the seeded one's cards and reports, through the import itself. */
async function assignmentsBoard(title: string): Promise<string> {
  await io.seeds();
  const board = await fx.createBoard(title, 'assignments');
  const done = await io.post(board, { format: 'xlsx', file: await io.exported('hsf-fm-uppdrag-2025', 'xlsx') });
  expect(done.status).toBe(200);
  return board;
}

const storedReports = async (board: string, cardId: string) => readReports(await loadStoredDoc(fx.storage, board), cardId);

describe('the monthly reports sheet of an import (IMP5, IMP9)', () => {
  it('[IMP5][IMP9] an edited reports sheet: a changed text updates its report, a new month adds one, and each wrong row is refused with its reason; a confirm with skip writes exactly those two', async () => {
    const board = await assignmentsBoard('Rapporter');
    let cardId = '';
    let month = '';
    const file = await editReports(await io.exported(board, 'xlsx'), (sheet) => {
      cardId = String(sheet.getCell('A6').value);
      month = String(sheet.getCell('C6').value);
      sheet.getCell('F6').value = 'Ny kommentar från Excel';
      const next = sheet.rowCount + 1;
      sheet.getRow(next).values = [cardId, 'x', '2031-01', 'Nästa', 'Förra', '', '', 'Ja'];
      sheet.getRow(next + 1).values = ['inget-sådant-kort', 'x', '2031-01', 'a'];
      sheet.getRow(next + 2).values = [cardId, 'x', 'april', 'a'];
      sheet.getRow(next + 3).values = [cardId, 'x', '2031-02', 'a', '', '', '', 'Kanske'];
    });
    const dry = await io.post(board, { format: 'xlsx', file, dryRun: true });
    const rows = dry.answer.rows.filter((row) => row.sheet === 'reports');
    const last = rows.at(-1)!.row;
    expect(rows.filter((row) => row.verdict !== 'unchanged').map((row) => [row.row, row.verdict, row.problems.map((p) => [p.column, p.value, p.reason])])).toEqual([
      [6, 'update', []],
      [last - 3, 'create', []],
      [last - 2, 'refused', [['Kort-id', 'inget-sådant-kort', 'unknown_card']]],
      [last - 1, 'refused', [['Månad', 'april', 'not_a_month']]],
      [last, 'refused', [['Klar för rapportering', 'Kanske', 'unknown_value']]],
    ]);
    expect(dry.answer.reportCounts).toMatchObject({ create: 1, update: 1, refused: 3 });
    expect(dry.answer.counts).toMatchObject({ refused: 3 });
    const before = await storedReports(board, cardId);
    expect((await io.post(board, { format: 'xlsx', file })).status).toBe(422);
    expect(await storedReports(board, cardId)).toEqual(before);

    expect((await io.post(board, { format: 'xlsx', file, skipRefused: true })).status).toBe(200);
    const after = await storedReports(board, cardId);
    expect(after.find((report) => report.month === month)).toEqual({ ...before.find((report) => report.month === month), comments: 'Ny kommentar från Excel' });
    expect(after.find((report) => report.month === '2031-01')).toEqual({ month: '2031-01', nextMonth: 'Nästa', lastMonth: 'Förra', comments: '', risks: '', ready: true });
    expect(after.map((report) => report.month)).toEqual([...before.map((report) => report.month), '2031-01']);
  });

  it('[IMP5][IMP10] a unit chief changes only the reports of cards in scope, the others refused out_of_scope', async () => {
    const board = await assignmentsBoard('Rapporter i omfång');
    const cards = (await io.stored(board)).cards;
    const file = await io.exported(board, 'xlsx');
    const chief = await fx.user('chief-reports', 'Chef Rapport');
    const scope = [cards.find((card) => card.directedTo)!.directedTo!];
    await setMember(fx.url, fx.token, board, 'chief-reports', 'unitChief', scope);
    const edited = await editReports(file, (sheet) => {
      for (let r = 6; r <= sheet.rowCount; r++) sheet.getCell(`G${r}`).value = 'Ny risk';
    });
    const answer = (await io.post(board, { format: 'xlsx', file: edited, skipRefused: true }, chief)).answer;
    const reports = answer.rows.filter((row) => row.sheet === 'reports');
    const inScope = (id: string | undefined) => cardInScope(cards.find((card) => card.id === id)!, scope, 'Chef Rapport');
    expect(reports.length).toBeGreaterThan(1);
    for (const row of reports) expect([row.verdict, row.problems.map((p) => p.reason)]).toEqual(inScope(row.cardId) ? ['update', []] : ['refused', ['out_of_scope']]);
    expect(reports.some((row) => row.verdict === 'refused')).toBe(true);
    for (const card of cards) {
      for (const report of await storedReports(board, card.id)) expect(report.risks === 'Ny risk').toBe(inScope(card.id));
    }
  });
});
