import { parse } from 'csv-parse/sync';
import type { ImportTable } from '../../shared/import/importTable.ts';
import { ImportFileError } from './ImportFileError.ts';
import type { ImportLimits } from './importLimits.ts';

/** The export's guard against formulas (EXP8): an apostrophe before `=`, `+`, `-`, `@`, a tab or a CR, which the import takes off again. */
const ESCAPED = /^'(?=[=+\-@\t\r])/;

/** `;` (the export's and a Swedish Excel's, EXP8) unless the first line has more commas than semicolons. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => first.split(ch).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/**
 * A CSV as a table of text cells (IMP8): UTF-8, its BOM dropped, quoted cells as CSV quotes them,
 * every cell a string (the row reader parses numbers with a decimal comma, IMP3). More rows than
 * `limits.rows` are refused: parsing stops just past the cap.
 */
export function readCsv(bytes: Uint8Array, limits: ImportLimits): ImportTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError('not_a_spreadsheet', 'the CSV is not UTF-8 text');
  }
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, to_line: limits.rows + 1 });
  } catch (error) {
    throw new ImportFileError('not_a_spreadsheet', `the CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (records.length > limits.rows) throw new ImportFileError('too_many_rows', `the file has more than ${limits.rows} rows`, { limit: limits.rows });
  return { rows: records.map((record) => record.map((cell) => cell.replace(ESCAPED, ''))) };
}
