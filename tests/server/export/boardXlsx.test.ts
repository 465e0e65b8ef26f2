import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { exportTable } from '../../../shared/export/exportTable.ts';
import { updateCardField } from '../../../shared/ops/cards.ts';
import { MAX_CARDS } from '../../../shared/schema/limits.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { boardXlsx } from '../../../server/export/boardXlsx.ts';

const WHOLE = '#,##0;-#,##0';
const FRACTION = '#,##0.0##;-#,##0.0##';
// Rows 1–4 are the title, the date, the filter note and a blank row; the header is row 5 (EXP4).
const FIRST_ROW = 6;

async function cardSheet(doc: Y.Doc): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  const bytes = await boardXlsx(exportTable(readBoard(doc), { language: 'sv', date: '2026-12-04' }), 'sv');
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book.worksheets[0]!;
}

/** The effect column's cells from the first card row down to the last sum row, with their values and formats. */
function effectCells(sheet: ExcelJS.Worksheet): { row: number; value: unknown; numFmt: string }[] {
  const cells: { row: number; value: unknown; numFmt: string }[] = [];
  for (let row = FIRST_ROW; row <= sheet.rowCount; row++) {
    const cell = sheet.getCell(row, 6);
    const value = typeof cell.value === 'object' && cell.value !== null && 'result' in cell.value ? cell.value.result : cell.value;
    if (typeof value === 'number') cells.push({ row, value, numFmt: cell.numFmt });
  }
  return cells;
}

describe('the XLSX effect format (EXP7)', () => {
  it('[EXP7] the seeded board’s whole tkr, cards and sums, show as "157 000": no decimals', async () => {
    const cells = effectCells(await cardSheet(buildSeedBoard(hsfAtgarder)));
    expect(cells.map((c) => c.value)).toContain(237_000);
    expect(new Set(cells.map((c) => c.numFmt))).toEqual(new Set([WHOLE]));
  });

  // 20 000 becomes 1 500,5 and 5 000 becomes 0,25: the political lane comes to 133 500,75, the board to 213 500,75.
  it('[EXP7] an effect with a fraction shows its decimals ("1 500,5", never "1 501"), each cell in the format of its value, the sums too', async () => {
    const doc = buildSeedBoard(hsfAtgarder);
    updateCardField(doc, 'akutvardsplatser-sjukstugor', 'effect', 1500.5);
    updateCardField(doc, 'primarvardsjour', 'effect', 0.25);
    const sheet = await cardSheet(doc);
    const cells = effectCells(sheet);
    for (const { value, numFmt } of cells) expect([value, numFmt]).toEqual([value, Number.isInteger(value) ? WHOLE : FRACTION]);
    expect(cells.filter((c) => c.numFmt === FRACTION).map((c) => c.value)).toEqual([1500.5, 0.25, expect.closeTo(133_500.75), expect.closeTo(213_500.75)]);
  });

  it('[EXP7] a number typed into the effect column in Excel later shows its decimals: a conditional format down as far as a board’s sheet goes, no further than the import reads (IMP8)', async () => {
    const sheet = await cardSheet(buildSeedBoard(hsfAtgarder));
    // ExcelJS reads the sheet's conditional formats into its model, which its types leave out.
    const [rule] = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rule!.ref).toBe(`F${FIRST_ROW}:F${MAX_CARDS + 100}`);
    expect(rule!.rules).toEqual([expect.objectContaining({ type: 'expression', formulae: [`MOD(F${FIRST_ROW},1)<>0`], style: expect.objectContaining({ numFmt: expect.objectContaining({ formatCode: FRACTION }) }) })]);
  });
});
