import ExcelJS from 'exceljs';
import { EXPORT_WORDS, type ExportLanguage } from '../../shared/export/exportColumns.ts';
import { MAX_CARDS } from '../../shared/schema/limits.ts';
import type { ExportCell, ExportTable } from '../../shared/export/exportTable.ts';
import { withUnknownNote } from '../../shared/export/unknownNote.ts';

/** The thousands format of a whole tkr: "157 000" in a Swedish Excel, "157,000" in an English one (EXP7). */
const WHOLE_FORMAT = '#,##0;-#,##0';
/**
 * A tkr with a fraction, its decimals shown (up to three): "1 500,5", never rounded away to "1 501"
 * (EXP7). Excel has no one format that shows decimals only when there are any: "#,##0.##" leaves
 * a whole number with a bare separator ("1 500,"), so each cell gets the format of its value.
 */
const FRACTION_FORMAT = '#,##0.0##;-#,##0.0##';
const formatOf = (n: number): string => (Number.isInteger(n) ? WHOLE_FORMAT : FRACTION_FORMAT);
/**
 * The last row the effect column's conditional format reaches: as far as a board's sheet may go, the
 * cards a board may hold with room for the rows above and the sums, and no further, since the
 * import refuses a sheet that names a range past that row (IMP8).
 */
const LAST_ROW = MAX_CARDS + 100;
/** Rows above the header: title, "Exporterad från Tavla" and date, the filter note (or blank), a blank row. */
const HEADER_ROW = 5;

const width = (header: string, cells: readonly ExportCell[]): number =>
  Math.min(60, Math.max(10, header.length + 2, ...cells.map((cell) => Math.min(60, String(cell ?? '').length + 2))));

/** SUMIF's criterion that matches exactly `text`: "=" first, so no "<" or ">" in it is an operator, and its wildcards escaped. */
const exactly = (text: string): string => `"=${text.replace(/[*?~]/g, '~$&').replace(/"/g, '""')}"`;

function addTableSheet(book: ExcelJS.Workbook, name: string, table: ExportTable, headers: readonly string[], rows: readonly ExportCell[][], language: ExportLanguage) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = `${EXPORT_WORDS.exportedFrom[language]} ${table.date}`;
  if (table.filterNote) sheet.getCell(3, 1).value = table.filterNote;
  const header = sheet.getRow(HEADER_ROW);
  header.values = [...headers];
  header.font = { bold: true };
  // Values only, never formulas: a text that starts with "=" stays text (EXP8).
  rows.forEach((row, i) => {
    sheet.getRow(HEADER_ROW + 1 + i).values = row.map((cell) => cell ?? null);
  });
  headers.forEach((h, i) => {
    sheet.getColumn(i + 1).width = width(h, rows.map((row) => row[i] ?? null));
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(rows.length, 1), column: headers.length } };
  return sheet;
}

/**
 * Below the cards (so the filters and sorts of the table move no sum), a sum row per lane and one
 * for the board, as formulas Excel computes over the effect cells, each with Tavla's sum as its
 * cached result (EXP7, SUM1, SUM4): SUMIF over the lane column, so a row edited in Excel counts.
 * The ranges end at the blank row under the cards, so a row typed there, or inserted above it
 * (which Excel grows a range by), is summed too; each label names the unknown effects (withUnknownNote).
 */
function addSums(sheet: ExcelJS.Worksheet, table: ExportTable, rowCount: number, language: ExportLanguage) {
  if (table.effectColumn < 0) return;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(rowCount, 1) + 1;
  const effect = sheet.getColumn(table.effectColumn + 1).letter;
  const range = `${effect}${first}:${effect}${last}`;
  let at = last + 1;
  const sumRow = (label: string, formula: string, result: number, unknown: number) => {
    const row = sheet.getRow(at++);
    row.getCell(table.effectColumn).value = withUnknownNote(label, unknown, language);
    row.getCell(table.effectColumn + 1).value = { formula, result };
    row.getCell(table.effectColumn + 1).numFmt = formatOf(result);
    row.font = { bold: true };
  };
  if (table.laneColumn >= 0 && table.lanes.length > 1) {
    const lane = sheet.getColumn(table.laneColumn + 1).letter;
    for (const { label, effect: sum, unknown } of table.lanes) {
      const name = label === null ? EXPORT_WORDS.noLane[language] : String(label);
      sumRow(EXPORT_WORDS.sumOf[language].replace('{{lane}}', name), `SUMIF(${lane}${first}:${lane}${last},${exactly(String(label ?? ''))},${range})`, sum, unknown);
    }
  }
  sumRow(EXPORT_WORDS.sum[language], `SUM(${range})`, table.effect, table.unknown);
}

/**
 * Effect cells as numbers with a thousands format (EXP7): each written cell in the format of its
 * value, and, for what is typed in Excel later (a sum that comes to a fraction after an edit too),
 * a conditional format that shows the decimals of any cell of the column that has some.
 */
function formatEffects(sheet: ExcelJS.Worksheet, table: ExportTable, rows: readonly ExportCell[][]) {
  const column = sheet.getColumn(table.effectColumn + 1);
  column.numFmt = WHOLE_FORMAT;
  rows.forEach((row, i) => {
    const effect = row[table.effectColumn];
    if (typeof effect === 'number') sheet.getCell(HEADER_ROW + 1 + i, table.effectColumn + 1).numFmt = formatOf(effect);
  });
  const first = `${column.letter}${HEADER_ROW + 1}`;
  sheet.addConditionalFormatting({
    ref: `${first}:${column.letter}${LAST_ROW}`,
    rules: [{ type: 'expression', priority: 1, formulae: [`MOD(${first},1)<>0`], style: { numFmt: FRACTION_FORMAT } }],
  });
}

/**
 * The board as an XLSX workbook (EXP7): a sheet of the cards, a row per card under the headers of
 * exportColumns, effect as numbers in tkr/år with a thousands format, frozen header, filters; and
 * for an assignments board a sheet of the monthly reports (EXP5).
 */
export async function boardXlsx(table: ExportTable, language: ExportLanguage): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tavla';
  const rows = table.lanes.flatMap((lane) => lane.rows);
  const cards = addTableSheet(book, EXPORT_WORDS.cardsSheet[language], table, table.headers, rows, language);
  if (table.effectColumn >= 0) formatEffects(cards, table, rows);
  addSums(cards, table, rows.length, language);
  if (table.reports) addTableSheet(book, EXPORT_WORDS.reportsSheet[language], table, table.reports.headers, table.reports.rows, language);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
