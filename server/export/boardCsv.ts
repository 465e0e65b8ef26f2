import { stringify } from 'csv-stringify/sync';
import { EXPORT_WORDS, type ExportLanguage } from '../../shared/export/exportColumns.ts';
import type { ExportCell, ExportTable } from '../../shared/export/exportTable.ts';

/** What a spreadsheet may run as a formula when a cell starts with it (OWASP's CSV injection list, EXP8). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as Excel in Sweden reads it (EXP8): numbers with a decimal comma and no thousands
 * separator, so they stay numbers; text that a spreadsheet would run as a formula behind an
 * apostrophe, which Excel shows as text and the import takes off again.
 */
function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The board's cards as CSV for Excel in Sweden (EXP8): UTF-8 with BOM, ";" between cells, CRLF,
 * ISO dates; the title, "Exporterad från Tavla" with the date and the filter note above a blank
 * row, then the header and a row per card, as the XLSX's card sheet without its sums.
 */
export function boardCsv(table: ExportTable, language: ExportLanguage): Uint8Array {
  const rows: ExportCell[][] = [
    [table.title],
    [`${EXPORT_WORDS.exportedFrom[language]} ${table.date}`],
    [table.filterNote ?? null],
    [],
    [...table.headers],
    ...table.lanes.flatMap((lane) => lane.rows),
  ];
  const text = stringify(
    rows.map((row) => row.map(csvCell)),
    { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_match: /^\s|\s$/ },
  );
  return new TextEncoder().encode(text);
}
