import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { updateCardField } from '../../../shared/ops/cards.ts';
import { setReportText } from '../../../shared/ops/reports.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { importHelpers } from './importFixture.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const io = importHelpers(fx);

describe('an import while others edit the board (IMP9)', () => {
  it('[IMP9] the confirm is planned on the board as it is then, not as the dry run saw it: a card someone set meanwhile to the file\'s value is unchanged, and every connected client receives the import as one update', async () => {
    await io.seeds();
    const board = await fx.createBoard('Samtidigt', 'measures');
    await io.post(board, { format: 'csv', file: await io.exported('hsf-atgarder', 'csv') });
    const exported = new TextDecoder().decode(await io.exported(board, 'csv'));
    const lines = exported.split('\r\n');
    const [akut, jour] = [lines.findIndex((l) => l.includes('Akutvårdsplatser sjukstugor')), lines.findIndex((l) => l.includes(';Primärvårdsjour;'))];
    lines[akut] = lines[akut]!.replace(';20000;', ';25000;');
    lines[jour] = lines[jour]!.replace(';5000;', ';6000;');
    const file = new TextEncoder().encode(lines.join('\r\n'));
    expect((await io.post(board, { format: 'csv', file, dryRun: true })).answer.counts.update).toBe(2);

    const other = fx.provider(board);
    await waitFor(() => other.provider.synced, 'the other client synced');
    const jourId = readBoard(other.doc).cards.find((c) => c.title === 'Primärvårdsjour')!.id;
    updateCardField(other.doc, jourId, 'effect', 6_000);
    await waitFor(async () => (await io.stored(board)).cards.find((c) => c.id === jourId)?.effect === 6_000, 'the other edit stored');
    const updates: Uint8Array[] = [];
    other.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === other.provider) updates.push(update);
    });

    const done = await io.post(board, { format: 'csv', file });
    expect(done.answer.counts).toMatchObject({ update: 1, refused: 0 });
    expect(done.answer.rows.find((row) => row.cardId === jourId)?.verdict).toBe('unchanged');
    await waitFor(() => readBoard(other.doc).cards.find((c) => c.title === 'Akutvårdsplatser sjukstugor')?.effect === 25_000, 'the import relayed');
    expect(updates).toHaveLength(1);
  });

  it('[IMP5][IMP9] a file\'s monthly reports are planned on the board as it is then too: a report someone set meanwhile to the file\'s text is unchanged, and the cards and reports reach a connected client as one update', async () => {
    await io.seeds();
    const board = await fx.createBoard('Samtidiga rapporter', 'assignments');
    await io.post(board, { format: 'xlsx', file: await io.exported('hsf-fm-uppdrag-2025', 'xlsx') });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await io.exported(board, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Månadsrapporter')!;
    const [first, second] = [6, 7].map((r) => ({ cardId: String(sheet.getCell(`A${r}`).value), month: String(sheet.getCell(`C${r}`).value) }));
    sheet.getCell('F6').value = 'Kommentar från filen';
    sheet.getCell('F7').value = 'Också från filen';
    const cardsSheet = book.getWorksheet('Kort')!;
    const titleColumn = (cardsSheet.getRow(5).values as unknown[]).indexOf('Uppdrag');
    cardsSheet.getRow(6).getCell(titleColumn).value = 'Ny titel från filen';
    const file = new Uint8Array(await book.xlsx.writeBuffer());
    expect((await io.post(board, { format: 'xlsx', file, dryRun: true })).answer.reportCounts).toMatchObject({ update: 2 });

    const other = fx.provider(board);
    await waitFor(() => other.provider.synced, 'the other client synced');
    setReportText(other.doc, second!.cardId, second!.month, 'comments', 'Också från filen');
    await waitFor(async () => readReports(await loadStoredDoc(fx.storage, board), second!.cardId).some((r) => r.comments === 'Också från filen'), 'the other edit stored');
    const updates: Uint8Array[] = [];
    other.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === other.provider) updates.push(update);
    });

    const done = await io.post(board, { format: 'xlsx', file });
    expect([done.status, done.answer.reportCounts]).toEqual([200, expect.objectContaining({ update: 1, unchanged: expect.any(Number), refused: 0 })]);
    expect(done.answer.counts.update - done.answer.reportCounts!.update).toBe(1);
    await waitFor(() => readReports(other.doc, first!.cardId).find((r) => r.month === first!.month)?.comments === 'Kommentar från filen', 'the import relayed');
    expect(readBoard(other.doc).cards.some((card) => card.title === 'Ny titel från filen')).toBe(true);
    expect(updates).toHaveLength(1);
  });
});
