import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/importTable.ts';
import { craftedXlsx } from './craftedXlsx.ts';
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

/** A dry run posted as is, for its status, code and Retry-After. */
async function fetchImport(board: string, file: Uint8Array) {
  const response = await fetch(`${fx.url}/api/boards/${board}/import?dryRun=true`, { method: 'POST', headers: fx.headers, body: JSON.stringify({ format: 'xlsx', file: Buffer.from(file).toString('base64') }) });
  const { error, limit } = (await response.json()) as { error?: string; limit?: number };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), error, limit };
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
    expect([status, answer.error, answer.limit]).toEqual([413, 'unpacks_too_large', 16 * 1024 * 1024]);
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
      expect(refused.answer, put).toMatchObject(error === 'too_wide' ? { limit: 200, actual: 16_384 } : { limit: 2_100, actual: 1_048_576 });
    }
    expect(await io.stored(board)).toEqual(before);
  });

  it('[IMP8] 100 000 rows of CSV, and an XLSX past the row cap, are refused (413 too_many_rows); a file that is no spreadsheet is 400', async () => {
    const { board, before } = await target('Många rader');
    const csv = new TextEncoder().encode(`Åtgärd;Ekonomisk effekt tkr/år\r\n${'x;1\r\n'.repeat(100_000)}`);
    const many = await io.post(board, { format: 'csv', file: csv });
    expect([many.status, many.answer.error, many.answer.limit]).toEqual([413, 'too_many_rows', 2_100]);
    const sheet = await xlsx([['Åtgärd', 'Ekonomisk effekt tkr/år'], ...Array.from({ length: 2_200 }, (_, i) => [`Åtgärd ${i}`, 1])]);
    const manyXlsx = await io.post(board, { format: 'xlsx', file: sheet });
    expect([manyXlsx.status, manyXlsx.answer.error, manyXlsx.answer.limit, manyXlsx.answer.actual]).toEqual([413, 'too_many_rows', 2_100, 2_201]);
    const junk = await io.post(board, { format: 'xlsx', file: new TextEncoder().encode('PK not a zip at all') });
    expect([junk.status, junk.answer.error]).toEqual([400, 'not_a_spreadsheet']);
    expect(await io.stored(board)).toEqual(before);
  });

  it('[IMP8] a CSV wider than the 200 columns a mapping names is refused 413 too_wide naming the cap and its width; empty cells it trails past them are dropped and it imports', async () => {
    const { board, before } = await target('Breda rader');
    for (const columns of [201, 300_000]) {
      const wide = new TextEncoder().encode(`Åtgärd;Ekonomisk effekt tkr/år${';x'.repeat(columns - 2)}\r\nBred;1\r\n`);
      const refused = await io.post(board, { format: 'csv', file: wide, dryRun: true });
      expect([refused.status, refused.answer.error, refused.answer.limit, refused.answer.actual]).toEqual([413, 'too_wide', 200, columns]);
    }
    expect(await io.stored(board)).toEqual(before);
    const trailing = new TextEncoder().encode(`Åtgärd;Ekonomisk effekt tkr/år${';'.repeat(400)}\r\nBred;1${';'.repeat(400)}\r\n`);
    const dry = await io.post(board, { format: 'csv', file: trailing, dryRun: true });
    expect([dry.status, dry.answer.headers.length, dry.answer.counts.create]).toEqual([200, 200, 1]);
    expect((await io.post(board, { format: 'csv', file: trailing })).status).toBe(200);
  });

  it('[IMP8] a crafted XLSX under every byte cap whose parse needs more than the worker may have is refused 422 naming the cap, logged, nothing written; the server answers all along', async () => {
    const { board, before } = await target('Tung fil');
    const heavy = await craftedXlsx({ rows: 2_100, columns: 120, strings: 450_000 });
    expect(heavy.byteLength).toBeLessThan(700 * 1024);
    const refusal = io.post(board, { format: 'xlsx', file: heavy, dryRun: true });
    let answeredMeanwhile = 0;
    for (let settled = false; !settled; answeredMeanwhile++) {
      expect((await fetch(`${fx.url}/api/health`)).status).toBe(200);
      settled = await Promise.race([refusal.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 50))]);
    }
    const { status, answer } = await refusal;
    // Out of its 64 MB heap, or on a machine slow enough, past its 15 s first: either is the worker's refusal.
    expect([status, { too_complex: 64, too_slow: 15_000 }[answer.error as 'too_complex' | 'too_slow']]).toEqual([422, answer.limit]);
    expect(answeredMeanwhile).toBeGreaterThan(3);
    expect(fx.logs.lines).toContainEqual(expect.objectContaining({ level: 'warn', event: 'import_file_refused', docId: board, reason: answer.error, limit: answer.limit }));
    expect(await io.stored(board)).toEqual(before);
    expect((await io.post(board, { format: 'xlsx', file: await io.exported('hsf-atgarder', 'xlsx'), dryRun: true })).status).toBe(200);
  }, 120_000);

  it('[IMP8] files are read one at a time with two waiting: a fourth XLSX at once is refused 503 busy with Retry-After, the three others are read', async () => {
    const { board } = await target('Kö');
    const slow = await craftedXlsx({ strings: 500_000 });
    const answers = await Promise.all(Array.from({ length: 4 }, () => fetchImport(board, slow)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 503]);
    const busy = answers.find((a) => a.status === 503)!;
    expect([busy.error, busy.retryAfter, busy.limit]).toEqual(['busy', '15', 15]);
  }, 120_000);

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
      [7, 'y'.repeat(121), 'name_too_long'],
      [8, 'Kanske', 'unknown_value'],
      [9, long, 'too_long'],
      [10, 'igår', 'not_a_date'],
      [11, 'Blå', 'unknown_value'],
    ];
    // One card per row would be refused as a duplicated id: each row names a card of its own, and keeps its title (IMP5) but where the title is the wrong value.
    const TITLE = HEADERS.indexOf('Åtgärd');
    const file = await xlsx([HEADERS, ...wrong.map(([at, value], i) => row(at, value).map((cell, c) => (c === 0 ? before.cards[i]!.id : c === TITLE && at !== TITLE ? before.cards[i]!.title : cell)))]);
    const dry = await io.post(board, { format: 'xlsx', file, dryRun: true });
    expect(dry.answer.rows.map((r) => r.problems.map((p) => [p.row, p.column, p.reason]))).toEqual(wrong.map(([at, , reason], i) => [[i + 2, HEADERS[at], reason]]));
    const confirm = await io.post(board, { format: 'xlsx', file });
    expect([confirm.status, confirm.answer.error]).toEqual([422, 'rows_refused']);
    expect(await io.stored(board)).toEqual(before);
  });

  it('[IMP5] a row that empties a card’s title, or leaves only spaces, is refused title_cleared and nothing written', async () => {
    const { board, before } = await target('Tomma titlar');
    const [first, second] = before.cards;
    const file = await xlsx([['Kort-id', 'Åtgärd'], [first!.id, null], [second!.id, '   ']]);
    const dry = await io.post(board, { format: 'xlsx', file, dryRun: true });
    expect(dry.answer.rows.map((r) => [r.row, r.verdict, r.problems.map((p) => p.reason)])).toEqual([
      [2, 'refused', ['title_cleared']],
      [3, 'refused', ['title_cleared']],
    ]);
    expect((await io.post(board, { format: 'xlsx', file, skipRefused: true })).status).toBe(200);
    expect(await io.stored(board)).toEqual(before);
  });

  it('[IMP8] a file one byte past MAX_IMPORT_FILE_BYTES is refused 413 too_large naming the cap and its size; one at the cap is read', async () => {
    const { board, before } = await target('Gränsen');
    const csv = (bytes: number) => new TextEncoder().encode('Measure;Financial effect kSEK/year\r\n'.padEnd(bytes, 'x'));
    const past = await io.post(board, { format: 'csv', file: csv(MAX_IMPORT_FILE_BYTES + 1) });
    expect([past.status, past.answer.error, past.answer.limit, past.answer.actual]).toEqual([413, 'too_large', 700 * 1024, 700 * 1024 + 1]);
    const at = await io.post(board, { format: 'csv', file: csv(MAX_IMPORT_FILE_BYTES), dryRun: true });
    expect(at.status).toBe(200);
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
