import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

/** A1 letters of a 1-based column. */
const letters = (column: number): string => (column > 26 ? letters(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));

/**
 * Crafted workbooks under every byte cap of IMP8 that are costly to parse: a valid XLSX (ExcelJS's
 * own parts) whose sheet holds `rows` × `columns` number cells, and whose shared strings table
 * holds `strings` one-letter strings; each compresses to far under 700 KiB.
 */
export async function craftedXlsx({ rows = 1, columns = 1, strings = 0, styled = false }: { rows?: number; columns?: number; strings?: number; styled?: boolean }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kort');
  sheet.getRow(1).values = ['Åtgärd', 'Ekonomisk effekt tkr/år'];
  sheet.getRow(2).values = ['a', 'b'];
  // A styled cell gives the workbook a second cell format (s="1"), which each crafted cell then names.
  Object.assign(sheet.getCell('A2'), { font: { bold: true, name: 'Calibri' }, border: { top: { style: 'thin' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } }, numFmt: '#,##0' });
  const parts = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  const decode = (name: string) => new TextDecoder().decode(parts[name]);
  const cells = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}">${Array.from({ length: columns }, (_, c) => `<c r="${letters(c + 1)}${r + 1}"${styled ? ' s="1"' : ''}><v>1</v></c>`).join('')}</row>`).join('');
  if (rows > 2) parts['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(decode('xl/worksheets/sheet1.xml').replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${cells}</sheetData>`));
  if (strings > 0) {
    const table = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings}" uniqueCount="${strings}">${'<si><t>a</t></si>'.repeat(strings)}</sst>`;
    parts['xl/sharedStrings.xml'] = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${table}`);
  }
  return zipSync(parts, { level: 9 });
}
