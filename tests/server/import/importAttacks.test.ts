import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { importHelpers } from './importFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const io = importHelpers(fx);

const HEADERS = ['Kort-id', 'Kolumn', 'Verksamhet', 'Personal kat', 'Åtgärd', 'Ekonomisk effekt tkr/år', 'Kommentar', 'Beredningsansvarig', 'Beslutsnivå', 'Beslutsinstans', 'Beslutsdatum', 'Status'];

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kort');
  rows.forEach((row, i) => {
    sheet.getRow(i + 1).values = row;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A board with the seeded measures, and its stored state to compare with after each attack. */
async function target(title: string) {
  await io.seeds();
  const board = await fx.createBoard(title, 'measures');
  await io.post(board, { format: 'csv', file: await io.exported('hsf-atgarder', 'csv') });
  return { board, before: await io.stored(board) };
}

describe('import attacks: refused clearly, nothing written (IMP8, IMP4, IMP3)', () => {
  it('[IMP8] a zip bomb (a small XLSX that unpacks to 64 MB) is refused while inflating (413 unpacks_too_large)', async () => {
    const { board, before } = await target('Zipbomb');
    const bomb = zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(700 * 1024);
    const { status, answer } = await io.post(board, { format: 'xlsx', file: bomb, dryRun: true });
    expect([status, answer.error]).toEqual([413, 'unpacks_too_large']);
    expect((await io.post(board, { format: 'xlsx', file: bomb })).status).toBe(413);
    expect(await io.stored(board)).toEqual(before);
  });

  it('[IMP8] a few bytes of sheet XML that reach a million rows or 16 384 columns (a merge, a validation, one far cell) are refused before the XLSX library walks them', async () => {
    const { board, before } = await target('Långt blad');
    const small = await xlsx([['Åtgärd', 'Ekonomisk effekt tkr/år'], ['Egen åtgärd', 1]]);
    const parts = unzipSync(small);
    const sheetXml = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    const reaching = [
      ['</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>', 'too_many_rows'],
      ['</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A3:XFD3"><formula1>1</formula1></dataValidation></dataValidations>', 'too_wide'],
      ['</row></sheetData>', '<c r="XFD2"><v>1</v></c></row></sheetData>', 'too_wide'],
    ] as const;
    for (const [at, put, error] of reaching) {
      expect(sheetXml).toContain(at);
      const file = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': new TextEncoder().encode(sheetXml.replace(at, put)) });
      const refused = await io.post(board, { format: 'xlsx', file });
      expect([refused.status, refused.answer.error], put).toEqual([413, error]);
    }
    expect(await io.stored(board)).toEqual(before);
  });

  it('[IMP8] 100 000 rows of CSV, and an XLSX past the row cap, are refused (413 too_many_rows); a file that is no spreadsheet is 400', async () => {
    const { board, before } = await target('Många rader');
    const csv = new TextEncoder().encode(`Åtgärd;Ekonomisk effekt tkr/år\r\n${'x;1\r\n'.repeat(100_000)}`);
    const many = await io.post(board, { format: 'csv', file: csv });
    expect([many.status, many.answer.error]).toEqual([413, 'too_many_rows']);
    const sheet = await xlsx([['Åtgärd', 'Ekonomisk effekt tkr/år'], ...Array.from({ length: 2_200 }, (_, i) => [`Åtgärd ${i}`, 1])]);
    const manyXlsx = await io.post(board, { format: 'xlsx', file: sheet });
    expect([manyXlsx.status, manyXlsx.answer.error]).toEqual([413, 'too_many_rows']);
    const junk = await io.post(board, { format: 'xlsx', file: new TextEncoder().encode('PK not a zip at all') });
    expect([junk.status, junk.answer.error]).toEqual([400, 'not_a_spreadsheet']);
    expect(await io.stored(board)).toEqual(before);
  });

  it('[IMP4] a formula is read as the value Excel stored with it, never evaluated; one never computed is refused as unreadable', async () => {
    const { board, before } = await target('Formler');
    const file = await xlsx([
      HEADERS,
      [null, null, 'Närsjukvård', 'Alla', 'Räknad i Excel', { formula: '1+1', result: 7 }],
      [null, null, 'Närsjukvård', 'Alla', 'Aldrig räknad', { formula: 'WEBSERVICE("http://example.invalid/")' } as ExcelJS.CellFormulaValue],
    ]);
    const dry = await io.post(board, { format: 'xlsx', file, dryRun: true });
    expect(dry.answer.rows.map((row) => [row.row, row.verdict, row.problems.map((p) => [p.column, p.reason])])).toEqual([
      [2, 'create', []],
      [3, 'refused', [['Ekonomisk effekt tkr/år', 'unreadable']]],
    ]);
    expect((await io.post(board, { format: 'xlsx', file })).status).toBe(422);
    expect(await io.stored(board)).toEqual(before);
    expect((await io.post(board, { format: 'xlsx', file, skipRefused: true })).status).toBe(200);
    expect((await io.stored(board)).cards.find((card) => card.title === 'Räknad i Excel')?.effect).toBe(7);
  });

  it('[IMP3] a wrong type in every column is refused row by row, with the header and the value, and a confirm writes nothing', async () => {
    const { board, before } = await target('Fel typer');
    const id = before.cards[0]!.id;
    const row = (at: number, value: ExcelJS.CellValue) => HEADERS.map((_, i) => (i === 0 ? id : i === at ? value : null));
    const long = 'x'.repeat(501);
    const wrong: [number, ExcelJS.CellValue, string][] = [
      [1, long, 'too_long'],
      [2, long, 'too_long'],
      [3, long, 'too_long'],
      [4, long, 'too_long'],
      [5, '15 000 kr', 'not_a_number'],
      [6, 'x'.repeat(10_001), 'too_long'],
      [7, 'y'.repeat(121), 'invalid_value'],
      [8, 'Kanske', 'unknown_value'],
      [9, long, 'too_long'],
      [10, 'igår', 'not_a_date'],
      [11, 'Blå', 'unknown_value'],
    ];
    // One card per row would be refused as a duplicated id: each row names a card of its own.
    const ids = before.cards.map((card) => card.id);
    const file = await xlsx([HEADERS, ...wrong.map(([at, value], i) => row(at, value).map((cell, c) => (c === 0 ? ids[i]! : cell)))]);
    const dry = await io.post(board, { format: 'xlsx', file, dryRun: true });
    expect(dry.answer.rows.map((r) => r.problems.map((p) => [p.row, p.column, p.reason]))).toEqual(wrong.map(([at, , reason], i) => [[i + 2, HEADERS[at], reason]]));
    const confirm = await io.post(board, { format: 'xlsx', file });
    expect([confirm.status, confirm.answer.error]).toEqual([422, 'rows_refused']);
    expect(await io.stored(board)).toEqual(before);
  });

  // Last: the server answers 413 before reading the 50 MB, and the client's socket does not survive it.
  it('[IMP8] a 50 MB file is refused by its size (413 too_large) before it is read', async () => {
    const { board, before } = await target('Stor fil');
    const file = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const { status, answer } = await io.post(board, { format: 'csv', file });
    expect(status).toBe(413);
    expect(answer.error).toBe('too_large');
    expect(await io.stored(board)).toEqual(before);
  });
});
