import { cellText, type ImportTable } from './importTable.ts';
import type { ColumnMapping } from './mapHeaders.ts';
import type { RowOutcome } from './planImport.ts';

/** A row's verdict with the title of the card it makes or names, when it has one (IMP9, IMP13). */
export type TitledRow = RowOutcome & { title?: string };

/**
 * IMP13: each row of the dry run's table names its card ("Rad 7 · Ändras · Minskad bemanning"), not
 * only its row number: a cards row by its own title cell, which is what the card is or will be
 * called, else (the cell empty or not mapped) by the card on the board its id names; a reports row
 * by the card on the board it reports on; a skipped row (empty, a sum row) names none.
 */
export function titleRows(rows: readonly RowOutcome[], cards: readonly { id: string; title: string }[], table: ImportTable, mapping: ColumnMapping): TitledRow[] {
  const titles = new Map(cards.map((card) => [card.id, card.title]));
  const titleColumn = mapping.indexOf('title');
  return rows.map((row) => {
    if (row.verdict === 'skipped') return row;
    const cell = row.sheet === undefined && titleColumn >= 0 ? cellText(table.rows[row.row - 1]?.[titleColumn]).trim() : '';
    const title = cell || (row.cardId !== undefined ? titles.get(row.cardId) : undefined);
    return title ? { ...row, title } : row;
  });
}
