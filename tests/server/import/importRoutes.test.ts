import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { setMember } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { memberOf, shareOf } from '../meetings/meetingFixture.ts';
import { importHelpers } from './importFixture.ts';
import { contentOf, sumsOf } from '../../shared/import/roundTrip.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const io = importHelpers(fx);

/** The exported CSV with `change` made to the row of card `id`, cells by their header, saved as Excel in Sweden would. */
function editCsvRow(file: Uint8Array, id: string, change: Record<string, string>): Uint8Array {
  const rows = parse(new TextDecoder().decode(file).replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
  const header = rows.find((row) => row[0] === 'Kort-id')!;
  const row = rows.find((r) => r[0] === id)!;
  for (const [name, value] of Object.entries(change)) row[header.indexOf(name)] = value;
  return new TextEncoder().encode(`\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n' })}`);
}

/** Every live card's reports by its title, as stored: what a round trip keeps (IMP5). */
async function reportsOf(boardId: string, board: BoardSnapshot) {
  const doc = await loadStoredDoc(fx.storage, boardId);
  return board.cards
    .filter((card) => !card.archived)
    .flatMap((card) => readReports(doc, card.id).map((report) => ({ card: card.title, ...report })))
    .sort((a, b) => `${a.card} ${a.month}`.localeCompare(`${b.card} ${b.month}`));
}

/** The exported file as someone changes it in a spreadsheet and saves it. */
async function edit(file: Uint8Array, change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  change(book.worksheets[0]!);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('POST /api/boards/:id/import (IMP9, IMP10)', () => {
  it.each(['xlsx', 'csv'] as const)('[IMP5, IMP6, IMP9] the seeded measures board exported as %s and imported into an empty board: the same cards, fields and sums (157 000, 80 000, the unknown still unknown)', async (format) => {
    await io.seeds();
    const seed = await io.stored('hsf-atgarder');
    const empty = await fx.createBoard('Tom', 'measures');
    const file = await io.exported('hsf-atgarder', format);
    const dry = await io.post(empty, { format, file, dryRun: true });
    expect(dry.status).toBe(200);
    // IMP3: the XLSX's blank row under the cards and its three sum rows are answered as skipped, so no row number is missing.
    expect(dry.answer.counts).toEqual({ create: 17, update: 0, unchanged: 0, refused: 0, skipped: format === 'xlsx' ? 4 : 0 });
    const first = dry.answer.rows[0]!.row;
    expect(dry.answer.rows.map((row) => row.row)).toEqual(dry.answer.rows.map((_, i) => first + i));
    expect(dry.answer.rows.filter((row) => row.verdict === 'skipped').map((row) => row.skipped)).toEqual(format === 'xlsx' ? ['empty', 'sum_row', 'sum_row', 'sum_row'] : []);
    expect(dry.answer.written).toBe(false);
    expect((await io.stored(empty)).cards).toEqual([]);
    const done = await io.post(empty, { format, file });
    expect(done.status).toBe(200);
    expect(done.answer.written).toBe(true);
    const after = await io.stored(empty);
    expect(contentOf(after)).toEqual(contentOf(seed));
    expect(sumsOf(after)).toEqual({ political: 157_000, official: 80_000, unknown: 1 });
  });

  it('[IMP5] the seeded assignments board exported as XLSX imports into an empty assignments board with the same cards, fields and monthly reports', async () => {
    await io.seeds();
    const seed = await io.stored('hsf-fm-uppdrag-2025');
    const empty = await fx.createBoard('Tomma uppdrag', 'assignments');
    const file = await io.exported('hsf-fm-uppdrag-2025', 'xlsx');
    const dry = await io.post(empty, { format: 'xlsx', file, dryRun: true });
    const reportRows = dry.answer.rows.filter((row) => row.sheet === 'reports');
    const seedReports = await reportsOf('hsf-fm-uppdrag-2025', seed);
    expect(seedReports.length).toBeGreaterThan(3);
    expect(reportRows.map((row) => [row.verdict, row.problems])).toEqual(seedReports.map(() => ['create', []]));
    expect(reportRows[0]!.row).toBe(6);
    expect(dry.answer.reportCounts).toEqual({ create: seedReports.length, update: 0, unchanged: 0, refused: 0, skipped: 0 });
    const done = await io.post(empty, { format: 'xlsx', file });
    expect([done.status, done.answer.counts.refused]).toEqual([200, 0]);
    // decisionRef is no export column (EXP1): it stays on the board it was applied on.
    const fields = (board: BoardSnapshot) => contentOf(board).map(({ decisionRef: _ref, ...rest }) => rest);
    expect(fields(seed).length).toBeGreaterThan(5);
    const after = await io.stored(empty);
    expect(fields(after)).toEqual(fields(seed));
    expect(await reportsOf(empty, after)).toEqual(seedReports);
    expect((await io.post(empty, { format: 'xlsx', file: await io.exported(empty, 'xlsx'), dryRun: true })).answer.reportCounts).toMatchObject({ unchanged: seedReports.length, create: 0, update: 0 });
  });

  it('[IMP3, IMP5, IMP9] an exported file edited in a spreadsheet: the dry run refuses exactly the row with "abc"; a confirm writes nothing (422) until told to skip it, then exactly the changed card and the new one, one history entry each', async () => {
    await io.seeds();
    const board = await fx.createBoard('Redigerad', 'measures');
    await io.post(board, { format: 'xlsx', file: await io.exported('hsf-atgarder', 'xlsx') });
    const before = await io.stored(board);
    const exported = await io.exported(board, 'xlsx');
    let changedId = '';
    const file = await edit(exported, (sheet) => {
      changedId = String(sheet.getCell('A6').value);
      sheet.getCell('F6').value = 21_000;
      sheet.getCell('F8').value = 'abc';
      // A new row between the cards and the sums, as someone adds one in Excel.
      sheet.getCell('E23').value = 'Ny åtgärd från Excel';
      sheet.getCell('F23').value = 1_500;
    });
    const dry = await io.post(board, { format: 'xlsx', file, dryRun: true });
    expect(dry.answer.rows.filter((row) => row.verdict === 'refused')).toEqual([
      { row: 8, verdict: 'refused', cardId: expect.any(String), title: expect.any(String), problems: [{ row: 8, column: 'Ekonomisk effekt tkr/år', value: 'abc', reason: 'not_a_number' }] },
    ]);
    expect(dry.answer.counts).toEqual({ create: 1, update: 1, unchanged: 15, refused: 1, skipped: 3 });
    const refused = await io.post(board, { format: 'xlsx', file });
    expect(refused.status).toBe(422);
    expect(refused.answer.error).toBe('rows_refused');
    expect(await io.stored(board)).toEqual(before);
    const historyOf = async () => ((await (await fetch(`${fx.url}/api/boards/${board}/history?limit=500`, { headers: fx.headers })).json()) as { entries: { field: string; change: string }[] }).entries;
    const history = async () => (await historyOf()).length;
    const entriesBefore = await history();
    const done = await io.post(board, { format: 'xlsx', file, skipRefused: true });
    expect(done.status).toBe(200);
    const after = await io.stored(board);
    expect(after.cards).toHaveLength(before.cards.length + 1);
    expect(after.cards.find((c) => c.id === changedId)?.effect).toBe(21_000);
    expect(after.cards.find((c) => c.title === 'Ny åtgärd från Excel')?.effect).toBe(1_500);
    const untouched = (b: BoardSnapshot) => b.cards.filter((c) => c.id !== changedId && c.title !== 'Ny åtgärd från Excel');
    expect(untouched(after)).toEqual(untouched(before));
    const entries = await historyOf();
    expect(entries.length - entriesBefore).toBe(2);
    expect(entries.slice(0, 2).map((e) => [e.field, e.change])).toEqual(expect.arrayContaining([['effect', 'set'], ['card', 'created']]));
  });

  it('[IMP10] a viewer and a share link may not import (403); a unit chief changes only the cards in scope', async () => {
    await io.seeds();
    const board = await fx.createBoard('Roller', 'measures');
    await io.post(board, { format: 'csv', file: await io.exported('hsf-atgarder', 'csv') });
    const file = await io.exported(board, 'csv');
    const viewer = await memberOf(fx, board, 'viewer');
    const share = await shareOf(fx, board);
    expect((await io.post(board, { format: 'csv', file, dryRun: true }, viewer)).status).toBe(403);
    expect((await io.post(board, { format: 'csv', file, dryRun: true }, share.token)).status).toBe(403);
    const chief = await fx.user('chief-import', 'Chef Import');
    await setMember(fx.url, fx.token, board, 'chief-import', 'unitChief', ['Närsjukvård Umeå']);
    const text = new TextDecoder().decode(file).replace(/;5000;/g, ';6000;');
    const answer = (await io.post(board, { format: 'csv', file: new TextEncoder().encode(text), skipRefused: true }, chief)).answer;
    expect(answer.counts.update).toBe(1);
    expect(answer.rows.filter((row) => row.verdict === 'refused').map((row) => row.problems[0]!.reason)).toEqual(['out_of_scope', 'out_of_scope']);
    const after = await io.stored(board);
    expect(after.cards.filter((c) => c.effect === 6_000).map((c) => c.unit)).toEqual(['Närsjukvård Umeå']);
  });
});

describe('a unit chief’s import keeps LIM6 as live editing does', () => {
  it('[IMP10][LIM6] a chief named only as responsible cannot take the card into his unit, nor share his own card with another unit: refused, nothing written', async () => {
    await io.seeds();
    const board = await fx.createBoard('Omfång', 'measures');
    await io.post(board, { format: 'csv', file: await io.exported('hsf-atgarder', 'csv') });
    const cards = (await io.stored(board)).cards;
    const foreign = cards.find((c) => c.unit !== 'Närsjukvård Umeå')!;
    const own = cards.find((c) => c.unit === 'Närsjukvård Umeå')!;
    await io.post(board, { format: 'csv', file: editCsvRow(await io.exported(board, 'csv'), foreign.id, { Beredningsansvarig: 'Chef Lim' }) });
    const chief = await fx.user('chief-lim', 'Chef Lim');
    await setMember(fx.url, fx.token, board, 'chief-lim', 'unitChief', ['Närsjukvård Umeå']);
    const exported = await io.exported(board, 'csv');
    for (const attack of [editCsvRow(exported, foreign.id, { Verksamhet: 'Närsjukvård Umeå' }), editCsvRow(exported, own.id, { Verksamhet: 'Närsjukvård Umeå, Kirurgi' })]) {
      const before = await io.stored(board);
      const answer = (await io.post(board, { format: 'csv', file: attack, skipRefused: true }, chief)).answer;
      expect(answer.counts.update).toBe(0);
      expect(answer.rows.filter((row) => row.verdict === 'refused').map((row) => row.problems[0]!.reason)).toContain('out_of_scope');
      expect((await io.stored(board)).cards).toEqual(before.cards);
    }
  });
});

describe('the mapping of a file Tavla does not know (IMP2, IMP9)', () => {
  it('[IMP2] headers no board column has map to nothing, so every row lacks a title, until the mapping the user chose names them; a mapping that names a key twice is 400', async () => {
    const board = await fx.createBoard('Egen lista', 'measures');
    const file = new TextEncoder().encode('Namn;Belopp\r\nEgen åtgärd;2 500\r\n');
    const unknown = await io.post(board, { format: 'csv', file, dryRun: true });
    expect(unknown.status).toBe(200);
    expect(unknown.answer.mapping).toEqual([null, null]);
    expect(unknown.answer.rows.map((row) => row.problems.map((p) => p.reason))).toEqual([['missing_title']]);
    const twice = await io.post(board, { format: 'csv', file, dryRun: true, mapping: ['title', 'title'] });
    expect(twice.status).toBe(400);
    const mapped = await io.post(board, { format: 'csv', file, mapping: ['title', 'effect'] });
    expect(mapped.answer.counts.create).toBe(1);
    expect((await io.stored(board)).cards.map((card) => [card.title, card.effect])).toEqual([['Egen åtgärd', 2_500]]);
    expect((await io.post(board, { format: 'csv', file: new Uint8Array(0), dryRun: true })).answer.error).toBe('no_header');
  });
});
