import { describe, expect, it } from 'vitest';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import type { ImportCell } from '../../../shared/import/importTable.ts';
import { findHeaderRow, mapHeaders } from '../../../shared/import/mapHeaders.ts';
import { planImport } from '../../../shared/import/planImport.ts';
import { readImportRows } from '../../../shared/import/readImportRows.ts';
import { titleRows } from '../../../shared/import/titleRows.ts';
import { built } from '../../seeds/seedBoard.ts';
import { tableOf } from './tableOf.ts';

describe('the dry run’s rows name their cards (IMP13)', () => {
  it('[IMP13] [IMP9] a row is titled by its title cell, else by the board’s card its id names; an empty or sum row by none', () => {
    const { board } = built(hsfAtgarder);
    const rows: ImportCell[][] = tableOf(board);
    const header = findHeaderRow('measures', { rows });
    const mapping = mapHeaders('measures', (rows[header] ?? []).map((cell) => String(cell ?? '')));
    const at = (key: string) => mapping.indexOf(key);
    const [first, second] = board.cards.filter((card) => !card.archived);
    // The first card renamed in the file, the second's title cell emptied, a new card, an empty row.
    rows[header + 1]![at('title')] = 'Nytt namn';
    rows[header + 2]![at('title')] = '';
    const fresh = mapping.map((key) => (key === 'title' ? 'Ett nytt kort' : null));
    rows.splice(rows.length - 1, 0, fresh, []);
    const table = { rows };
    const plan = planImport(board, readImportRows('measures', board.columns, table, header, mapping));
    const titled = titleRows(plan.rows, board.cards, table, mapping);
    const byRow = new Map(titled.map((row) => [row.row, row]));
    expect(byRow.get(header + 2)).toMatchObject({ verdict: 'update', cardId: first!.id, title: 'Nytt namn' });
    expect(byRow.get(header + 3)).toMatchObject({ cardId: second!.id, title: second!.title });
    expect(byRow.get(rows.length - 2)).toMatchObject({ verdict: 'create', title: 'Ett nytt kort' });
    const skipped = titled.filter((row) => row.verdict === 'skipped');
    expect(skipped.map((row) => row.skipped)).toEqual(['empty', 'sum_row']);
    expect(skipped.some((row) => 'title' in row)).toBe(false);
  });
});
