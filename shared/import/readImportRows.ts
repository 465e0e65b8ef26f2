import type { BoardKind } from '../schema/boardKinds.ts';
import { CARD_FIELDS, CARD_TEXT_FIELDS } from '../schema/card.ts';
import { cardTextCap, MAX_LINE_LENGTH, MAX_NAME_LENGTH, MAX_NAMES } from '../schema/limits.ts';
import type { Column } from '../schema/column.ts';
import { EXPORT_COLUMNS, EXPORT_WORDS, type ExportColumn } from '../export/exportColumns.ts';
import { cellText, type DecimalMark, type ImportCell, type ImportProblem, type ImportReason, type ImportTable } from './importTable.ts';
import type { ColumnMapping } from './mapHeaders.ts';
import { readCell } from './readCell.ts';

/** One data row of a file, read for its board: the card it names, each mapped field's value (undefined clears it), what is wrong. */
export interface ImportRow {
  /** The file's row number, as the spreadsheet shows it. */
  row: number;
  id?: string;
  /** Field key (`column` for the board column's id) to value, for every mapped column but the id. */
  values: Map<string, unknown>;
  /** The title of a column the board has not, which the row names (IMP6). */
  newColumn?: string;
  problems: ImportProblem[];
  /** The file's header of each mapped key, for the messages of later checks (planImport). */
  headers: ReadonlyMap<string, string>;
}

/** Why a row below the header carries no card (IMP3): it is empty, or one of the export's sum rows. */
export type SkipReason = 'empty' | 'sum_row';

/** A row below the header that is read as no card, so the dry run still shows it (IMP3). */
export interface SkippedRow {
  row: number;
  skipped: SkipReason;
}

/** Every row below the header as the import reads it: a card's row, or one it skips. */
export type ReadRow = ImportRow | SkippedRow;

/** A column of the file that fills an export column, with the file's header for messages. */
interface MappedColumn {
  index: number;
  column: ExportColumn;
  header: string;
}

const isEmpty = (cell: ImportCell | undefined): boolean => cellText(cell).trim() === '';

/**
 * The export's sum rows ("Summa", "Summa <lane>", EXP7) carry no card: no id, one text that is the
 * sum's word or begins with it and a space, and otherwise numbers (the sums) or nothing.
 */
function isSumRow(cells: readonly ImportCell[], id: ImportCell | undefined): boolean {
  if (!isEmpty(id)) return false;
  const texts = cells.filter((cell) => typeof cell === 'string' && cell.trim() !== '') as string[];
  const words = [EXPORT_WORDS.sum.sv, EXPORT_WORDS.sum.en].map((word) => word.toLocaleLowerCase('sv'));
  const label = texts[0]?.trim().toLocaleLowerCase('sv') ?? '';
  return texts.length === 1 && words.some((word) => label === word || label.startsWith(`${word} `));
}

/** Why a value the cell gave does not fit the card's schema for its field (VAL1-VAL3, LIM1), or undefined when it fits. */
function schemaReason(kind: BoardKind, key: string, value: unknown): ImportReason | undefined {
  if (value === undefined) return undefined;
  if ((CARD_TEXT_FIELDS[kind] as readonly string[]).includes(key)) {
    return typeof value === 'string' && value.length <= cardTextCap(key) ? undefined : 'too_long';
  }
  const schema = (CARD_FIELDS[kind] as Record<string, { safeParse(v: unknown): { success: boolean } }>)[key];
  if (!schema) return 'invalid_value';
  if (schema.safeParse(value).success) return undefined;
  if (Array.isArray(value) && value.length > MAX_NAMES) return 'too_many_names';
  if (Array.isArray(value) && value.some((name) => String(name).length > MAX_NAME_LENGTH)) return 'name_too_long';
  return typeof value === 'string' && value.length > MAX_LINE_LENGTH ? 'too_long' : 'invalid_value';
}

/** The board column a cell names by its title (as the export writes it) or its id. */
function columnOf(columns: readonly Column[], text: string): string | undefined {
  const wanted = text.trim().toLocaleLowerCase('sv');
  return columns.find((column) => column.title.trim().toLocaleLowerCase('sv') === wanted || column.id === text.trim())?.id;
}

/**
 * Reads the rows below the header row as the board's cards (IMP2, IMP3): each mapped cell through
 * its export column's type and then the document's own schema for the field, so a value the
 * document would refuse is refused here, with the row, the column's header and the value. Empty
 * rows and the export's sum rows are skipped, and answered as skipped so the dry run shows every
 * row of the file from the header to its last row with anything in it (empty rows after that are
 * no rows of the table, only of the sheet).
 */
export function readImportRows(kind: BoardKind, columns: readonly Column[], table: ImportTable, headerRow: number, mapping: ColumnMapping): ReadRow[] {
  const headers = (table.rows[headerRow] ?? []).map((cell) => cellText(cell));
  const exportColumns = new Map(EXPORT_COLUMNS[kind].map((column) => [column.key, column]));
  const mapped = mapping.flatMap((key, index): MappedColumn[] => {
    const column = key === null ? undefined : exportColumns.get(key);
    return column ? [{ index, column, header: headers[index] || column.header.sv }] : [];
  });
  const headerOf = new Map(mapped.map((m) => [m.column.key, m.header]));
  const rows: ReadRow[] = [];
  const last = table.rows.findLastIndex((cells) => !cells.every(isEmpty));
  for (let index = headerRow + 1; index <= last; index++) {
    const cells = table.rows[index]!;
    const at = (key: string) => {
      const found = mapped.find((m) => m.column.key === key);
      return found ? cells[found.index] : undefined;
    };
    if (cells.every(isEmpty)) rows.push({ row: index + 1, skipped: 'empty' });
    else if (isSumRow(cells, at('id'))) rows.push({ row: index + 1, skipped: 'sum_row' });
    else rows.push(readRow(kind, columns, cells, index + 1, mapped, headerOf, table.decimal));
  }
  return rows;
}

/** One card's row: each mapped cell read into its field, or refused with its header and value. */
function readRow(kind: BoardKind, columns: readonly Column[], cells: readonly ImportCell[], number: number, mapped: readonly MappedColumn[], headers: ReadonlyMap<string, string>, decimal: DecimalMark | undefined): ImportRow {
  const row: ImportRow = { row: number, values: new Map(), problems: [], headers };
  for (const { index, column, header } of mapped) {
    const refuse = (reason: ImportReason) => row.problems.push({ row: number, column: header, value: cellText(cells[index]), reason });
    readInto(row, kind, columns, column, cells[index], decimal, refuse);
  }
  return row;
}

function readInto(row: ImportRow, kind: BoardKind, columns: readonly Column[], column: ExportColumn, cell: ImportCell | undefined, decimal: DecimalMark | undefined, refuse: (reason: ImportReason) => void): void {
  // IMP3: "1.500" in a `;` CSV is Swedish fifteen hundred; the file's decimal mark settles what both grammars read.
  const read = readCell(column, cell, decimal);
  if (!read.ok) return refuse(read.reason);
  if (column.type === 'id') {
    if (typeof read.value === 'string') row.id = read.value;
    return;
  }
  if (column.type === 'column') {
    if (read.value === undefined) return;
    const id = columnOf(columns, String(read.value));
    if (id !== undefined) row.values.set('column', id);
    else if (String(read.value).length <= MAX_LINE_LENGTH) row.newColumn = String(read.value);
    else refuse('too_long');
    return;
  }
  const reason = schemaReason(kind, column.key, read.value);
  if (reason) return refuse(reason);
  row.values.set(column.key, read.value);
}
