import { parse } from 'csv-parse/sync';
import type { ImportTable } from '../../shared/import/importTable.ts';
import { columnForHeader } from '../../shared/import/mapHeaders.ts';
import { BOARD_KINDS } from '../../shared/schema/boardKinds.ts';
import { csvText } from './csvText.ts';
import { ImportFileError } from './ImportFileError.ts';
import type { ImportLimits } from './importLimits.ts';

/** The export's guard against formulas (EXP8): an apostrophe before `=`, `+`, `-`, `@`, a tab or a CR, which the import takes off again. */
const ESCAPED = /^'(?=[=+\-@\t\r])/;

/** Separators a spreadsheet writes, in the order a tie goes: a Swedish Excel's and the export's `;` first (EXP8), an English Excel's `,`, "Unicode text"'s tab. */
const SEPARATORS = [';', ',', '\t'] as const;

/** IMP3: a list separator tells the decimal mark of the Excel that wrote it (Excel takes `,` for lists only where `.` is decimal). */
const DECIMAL_MARK = { ';': ',', ',': '.' } as const;

/** The lines the header row is looked for in, as IMP2 looks for it. */
const HEADER_SEARCH_LINES = 20;

const isKnownHeader = (cell: string): boolean => BOARD_KINDS.some((kind) => columnForHeader(kind, cell) !== undefined);

/** The top records as `separator` splits them, or none when it cannot (a quote it leaves open). */
function topRecords(text: string, separator: string): string[][] {
  try {
    return parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to_line: HEADER_SEARCH_LINES });
  } catch {
    return [];
  }
}

/**
 * IMP8: the separator that splits the header row into the most headers Tavla knows (of any board
 * kind, IMP2), at least two, within the top lines: the export's line 1 is the board's title, which
 * may hold commas ("Åtgärder, april"). A file whose headers Tavla does not know is split by the
 * separator found most often in its top lines; `;` wins a tie.
 */
export function separatorOf(text: string): (typeof SEPARATORS)[number] {
  const named = SEPARATORS.map((separator) => Math.max(0, ...topRecords(text, separator).map((record) => record.filter(isKnownHeader).length)));
  const most = Math.max(...named);
  if (most >= 2) return SEPARATORS[named.indexOf(most)]!;
  const top = text.split(/\r?\n/, HEADER_SEARCH_LINES).join('\n');
  const counts = SEPARATORS.map((separator) => top.split(separator).length - 1);
  return SEPARATORS[counts.indexOf(Math.max(...counts))]!;
}

/**
 * A CSV as a table of text cells (IMP8): decoded by csvText (UTF-8, else Windows-1252), split by
 * separatorOf, quoted cells as CSV quotes them, every cell a string (the row reader parses numbers,
 * IMP3). More rows than `limits.rows` are refused: parsing stops just past the cap; so are rows
 * wider than `limits.columns`.
 */
export function readCsv(bytes: Uint8Array, limits: ImportLimits): ImportTable {
  const text = csvText(bytes);
  const separator = separatorOf(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: false, to_line: limits.rows + 1 });
  } catch (error) {
    throw new ImportFileError('not_a_spreadsheet', `the CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (records.length > limits.rows) throw new ImportFileError('too_many_rows', `the file has more than ${limits.rows} rows`, { limit: limits.rows });
  // The same width as a sheet's (IMP8): a mapping names at most `limits.columns` columns; empty cells past them, which a spreadsheet's CSV may trail, are dropped.
  const widest = Math.max(0, ...records.map((record) => record.findLastIndex((cell) => cell.trim() !== '') + 1));
  if (widest > limits.columns) throw new ImportFileError('too_wide', `a row has ${widest} columns, at most ${limits.columns} are read`, { limit: limits.columns, actual: widest });
  const rows = records.map((record) => record.slice(0, limits.columns).map((cell) => cell.replace(ESCAPED, '')));
  return separator === '\t' ? { rows } : { rows, decimal: DECIMAL_MARK[separator] };
}
