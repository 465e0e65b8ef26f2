import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { EXPORT_COLUMNS, type ExportLanguage } from '../../../shared/export/exportColumns.ts';
import type { ImportCell } from '../../../shared/import/importTable.ts';

/**
 * The card rows of a board as a spreadsheet holds them, written here by hand from EXPORT_COLUMNS
 * (not by the export), with title rows above the header and a sum row below, as the export lays
 * them out (EXP1, EXP2): what an import must read back.
 */
export function tableOf(board: BoardSnapshot, language: ExportLanguage = 'sv'): ImportCell[][] {
  const columns = EXPORT_COLUMNS[board.meta.kind];
  const cell = (card: Record<string, unknown>, key: string): ImportCell => {
    const column = columns.find((c) => c.key === key)!;
    const value = key === 'column' ? board.columns.find((c) => c.id === card.column)?.title : card[key];
    if (value === undefined) return null;
    if (column.type === 'names') return (value as string[]).join(', ');
    if (column.type === 'enum') return column.values![value as string]![language];
    return value as ImportCell;
  };
  const live = board.cards.filter((card) => !card.archived);
  return [
    [board.meta.title],
    ['Exporterad från Tavla'],
    [],
    columns.map((column) => column.header[language]),
    ...live.map((card) => columns.map((column) => cell(card as unknown as Record<string, unknown>, column.key))),
    columns.map((column) => (column.key === 'unit' ? 'Summa' : column.type === 'kSek' ? { unreadable: 'formula' as const } : null)),
  ];
}
