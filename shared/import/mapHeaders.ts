import type { BoardKind } from '../schema/boardKinds.ts';
import { EXPORT_COLUMNS, type ExportColumn } from '../export/exportColumns.ts';
import { cellText, type ImportTable } from './importTable.ts';

/** For each column of the file, the key of the export column it fills (`id`, `column` or a card field), or null when ignored (IMP2). */
export type ColumnMapping = readonly (string | null)[];

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/** How far down a file its header row may be: the export puts the board's title, date and "Exporterad från Tavla" above it (EXP2). */
const HEADER_SEARCH_ROWS = 20;

/** The export column a header names: its Swedish or English header, or its key (IMP2). */
export function columnForHeader(kind: BoardKind, header: string): ExportColumn | undefined {
  const wanted = normalize(header);
  if (wanted === '') return undefined;
  return EXPORT_COLUMNS[kind].find((column) => [column.header.sv, column.header.en, column.key].some((name) => normalize(name) === wanted));
}

/** The mapping a header row suggests; a key named twice maps its first column only. */
export function mapHeaders(kind: BoardKind, headers: readonly string[]): ColumnMapping {
  const seen = new Set<string>();
  return headers.map((header) => {
    const column = columnForHeader(kind, header);
    if (!column || seen.has(column.key)) return null;
    seen.add(column.key);
    return column.key;
  });
}

/**
 * The index of the header row: the first of the top rows in which at least two cells name export
 * columns of the board's kind, or -1 when none does (IMP2).
 */
export function findHeaderRow(kind: BoardKind, table: ImportTable): number {
  const top = table.rows.slice(0, HEADER_SEARCH_ROWS);
  return top.findIndex((row) => row.filter((cell) => columnForHeader(kind, cellText(cell)) !== undefined).length >= 2);
}

/** A mapping is usable when it names each key at most once and only keys of the kind's export columns. */
export function isValidMapping(kind: BoardKind, mapping: ColumnMapping): boolean {
  const keys = mapping.filter((key): key is string => key !== null);
  const known = new Set(EXPORT_COLUMNS[kind].map((column) => column.key));
  return new Set(keys).size === keys.length && keys.every((key) => known.has(key));
}
