/**
 * A cell as an import reads it (IMP4): its value, never a formula. A formula is read as the value
 * the spreadsheet last computed, and a cell whose value cannot be read (a formula never computed, an
 * error such as #DIV/0!) is `unreadable`: Tavla never evaluates a formula itself.
 */
export type ImportCell = string | number | boolean | null | { unreadable: 'formula' | 'error' };

/** The rows of one sheet or CSV file, top to bottom; `rows[i]` is the file's row i + 1. */
export interface ImportTable {
  readonly rows: readonly (readonly ImportCell[])[];
  /**
   * IMP8: the rows of an XLSX's monthly reports sheet, the sheet named "Månadsrapporter" or
   * "Monthly reports" (EXPORT_WORDS.reportsSheet) that the export writes for an assignments board
   * (EXP5): read like `rows`, top to bottom from the sheet's row 1 (`reports[i]` is its row i + 1,
   * the export's title rows above REPORT_COLUMNS' header row included), under the same caps.
   * Absent when the file has no such sheet; a CSV never has one.
   */
  readonly reports?: readonly (readonly ImportCell[])[];
  /**
   * IMP3: the file's decimal mark when its format tells it (a CSV's separator: `;` is a Swedish
   * Excel's, so `,`; `,` an English one's, so `.`), for readCell to read "1.500" or "1,500" by;
   * absent for an XLSX, whose numbers are numbers, and a text in it that two readings take is refused.
   */
  readonly decimal?: DecimalMark;
}

/**
 * IMP8: the largest file the import reads, in bytes. Here, not only in the server's limits, so the
 * client can refuse a larger file before sending it, naming the cap: a body of many MB is refused by
 * SEC1 before the import's route, with no limit in its answer.
 */
export const MAX_IMPORT_FILE_BYTES = 700 * 1024;

/** The mark between a number's whole part and its decimals: `,` in Swedish, `.` in English (IMP3). */
export type DecimalMark = ',' | '.';

/** Why a row is refused (IMP3): a closed set the UI words in its language. */
export type ImportReason =
  | 'not_a_number'
  /** A number two readings take with different values ("1.500"), in a file whose decimal mark is not known (IMP3). */
  | 'ambiguous_number'
  | 'not_a_date'
  | 'unknown_value'
  | 'unknown_column'
  | 'duplicate_id'
  | 'missing_title'
  | 'title_cleared'
  | 'too_many_names'
  | 'name_too_long'
  | 'too_long'
  | 'invalid_value'
  | 'unreadable'
  | 'out_of_scope'
  | 'archived_card'
  | 'board_full'
  | 'too_many_columns'
  | 'not_a_month'
  | 'unknown_card'
  | 'card_refused'
  | 'too_many_reports';

/** One thing wrong with a row: the file's row number, the header of the column, the value as the file has it. */
export interface ImportProblem {
  row: number;
  column: string;
  value: string;
  reason: ImportReason;
}

/** A cell as text for a message: what the user sees in the spreadsheet. */
export function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.unreadable === 'formula' ? '=…' : '#';
  return String(cell);
}
