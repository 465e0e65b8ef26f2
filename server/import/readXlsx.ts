import ExcelJS from 'exceljs';
import { EXPORT_WORDS } from '../../shared/export/exportColumns.ts';
import type { ImportCell, ImportTable } from '../../shared/import/importTable.ts';
import { checkZip } from './checkZip.ts';
import { ImportFileError } from './ImportFileError.ts';
import type { ImportLimits } from './importLimits.ts';

/** A date cell as the ISO day it shows: ExcelJS gives a spreadsheet's day as midnight UTC. */
const isoDay = (date: Date): string => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10));

/**
 * One cell's value as the import reads it (IMP4): a formula by the result Excel stored with it,
 * never evaluated; one without a result, or an error value, is unreadable. Rich text and
 * hyperlinks by their text.
 */
export function readXlsxCell(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDay(value);
  if ('error' in value) return { unreadable: 'error' };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) return { unreadable: result === undefined || result === null ? 'formula' : 'error' };
    return result instanceof Date ? isoDay(result) : (result as string | number | boolean);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : readXlsxCell(value.text);
  return null;
}

/** A sheet's rows as cell values, row 1 first; a sheet past the row cap is refused (IMP8). */
function sheetRows(sheet: ExcelJS.Worksheet, limits: ImportLimits): ImportCell[][] {
  if (sheet.rowCount > limits.rows) throw new ImportFileError('too_many_rows', `the sheet has ${sheet.rowCount} rows, at most ${limits.rows} are read`, { limit: limits.rows, actual: sheet.rowCount });
  const rows: ImportCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: ImportCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(readXlsxCell(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

const sheetName = (name: string): string => name.trim().toLocaleLowerCase('sv');

/** The reports sheet by its Swedish or English name (EXPORT_WORDS.reportsSheet), case and spaces aside. */
const REPORTS_SHEET_NAMES = new Set(Object.values(EXPORT_WORDS.reportsSheet).map(sheetName));

/**
 * An XLSX, after checkZip, as a table of cell values (IMP8): the cards from its first sheet that is
 * not the reports sheet (the export's cards, EXP1), and the monthly reports from the sheet named as
 * the export names it (EXP5), each under the same caps.
 */
export async function readXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<ImportTable> {
  checkZip(bytes, limits);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('not_a_spreadsheet', 'the file is not an XLSX workbook Tavla can read');
  }
  const isReports = (sheet: ExcelJS.Worksheet) => REPORTS_SHEET_NAMES.has(sheetName(sheet.name));
  const cards = book.worksheets.find((sheet) => !isReports(sheet));
  const reports = book.worksheets.find(isReports);
  return { rows: cards ? sheetRows(cards, limits) : [], ...(reports && { reports: sheetRows(reports, limits) }) };
}
