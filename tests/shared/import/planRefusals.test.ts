import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { applyImport } from '../../../shared/import/applyImport.ts';
import type { ImportCell } from '../../../shared/import/importTable.ts';
import { findHeaderRow, mapHeaders } from '../../../shared/import/mapHeaders.ts';
import { planImport } from '../../../shared/import/planImport.ts';
import { readImportRows } from '../../../shared/import/readImportRows.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { archiveCard, createCard } from '../../../shared/ops/cards.ts';
import { addColumn } from '../../../shared/ops/columns.ts';
import { readBoard, type BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { MAX_CARDS, MAX_COLUMNS } from '../../../shared/schema/limits.ts';
import { built } from '../../seeds/seedBoard.ts';
import { tableOf } from './tableOf.ts';

const plan = (board: BoardSnapshot, rows: ImportCell[][]) => {
  const table = { rows };
  const header = findHeaderRow(board.meta.kind, table);
  const mapping = mapHeaders(board.meta.kind, (rows[header] ?? []).map((cell) => String(cell ?? '')));
  return planImport(board, readImportRows(board.meta.kind, board.columns, table, header, mapping));
};

const copyOf = (doc: Y.Doc): Y.Doc => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

const measuresBoard = (): Y.Doc => {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Full', kind: 'measures', laneField: 'decisionLevel' });
  return doc;
};

const reasonsOf = (result: ReturnType<typeof plan>) => result.rows.flatMap((row) => row.problems.map((p) => [p.row, p.column, p.value, p.reason]));

describe('what a plan refuses because of the board it goes into (IMP5)', () => {
  const seed = built(hsfAtgarder);

  it('[IMP5][LIM2] new cards past MAX_CARDS (archived ones counted) are refused board_full in file order, so the dry run foresees what the confirm writes', () => {
    const doc = measuresBoard();
    const column = readBoard(doc).columns[0]!.id;
    doc.transact(() => {
      for (let i = 0; i < MAX_CARDS - 2; i++) createCard(doc, { column, title: `Kort ${i}` });
    });
    archiveCard(doc, readBoard(doc).cards[0]!.id);
    const result = plan(readBoard(doc), [['Åtgärd', 'Ekonomisk effekt tkr/år'], ['Ett', 1], ['', 'abc'], ['Två', 2], ['Tre', 3]]);
    expect(result.rows.map((row) => row.verdict)).toEqual(['create', 'refused', 'create', 'refused']);
    expect(reasonsOf(result)).toEqual([
      [3, 'Ekonomisk effekt tkr/år', 'abc', 'not_a_number'],
      [3, 'Åtgärd', '', 'missing_title'],
      [5, 'Åtgärd', 'Tre', 'board_full'],
    ]);
    applyImport(doc, result);
    expect(readBoard(doc).cards).toHaveLength(MAX_CARDS);
  });

  it('[IMP6][LIM2] columns past MAX_COLUMNS are refused too_many_columns; a column named on two rows is added once and takes one place', () => {
    const doc = measuresBoard();
    doc.transact(() => {
      for (let i = readBoard(doc).columns.length; i < MAX_COLUMNS - 1; i++) addColumn(doc, { title: `Steg ${i}` });
    });
    const result = plan(readBoard(doc), [['Åtgärd', 'Kolumn'], ['Ett', 'Ny'], ['Två', 'ny '], ['Tre', 'Annan']]);
    expect(result.newColumns).toEqual(['Ny']);
    expect(reasonsOf(result)).toEqual([[4, 'Kolumn', 'Annan', 'too_many_columns']]);
    applyImport(doc, result);
    expect(readBoard(doc).columns).toHaveLength(MAX_COLUMNS);
  });

  it('[IMP5] a row naming an archived card is refused archived_card, changed or not: the card is not on the board the user sees', () => {
    const doc = copyOf(seed.doc);
    const rows = tableOf(readBoard(doc));
    const effect = rows[3]!.indexOf('Ekonomisk effekt tkr/år');
    const [changed, unchanged] = [rows[4]![0] as string, rows[5]![0] as string];
    rows[4]![effect] = 99_000;
    archiveCard(doc, changed);
    archiveCard(doc, unchanged);
    const result = plan(readBoard(doc), rows);
    expect(reasonsOf(result)).toEqual([
      [5, 'Kort-id', changed, 'archived_card'],
      [6, 'Kort-id', unchanged, 'archived_card'],
    ]);
    expect(result.writes).toEqual([]);
  });

  it('[IMP5] the ids of another board\'s file give new cards with ids of their own, never the file\'s', () => {
    const doc = measuresBoard();
    const rows = tableOf(seed.board);
    const result = plan(readBoard(doc), rows);
    const created = applyImport(doc, result);
    const fileIds = new Set(seed.board.cards.map((card) => card.id));
    expect(created).toHaveLength(seed.board.cards.filter((card) => !card.archived).length);
    expect(created.filter((id) => fileIds.has(id))).toEqual([]);
  });

  it('[IMP3] every row from the header to the last one with anything in it has a verdict: empty rows and sum rows skipped, the rows above the header and the sheet\'s empty tail not listed', () => {
    const rows: ImportCell[][] = [['Tavlans titel'], [], ['Åtgärd', 'Ekonomisk effekt tkr/år'], ['Ett', 1], [null, ''], ['Två', 2], [], ['Summa', 3], ['Summa politisk nivå', 3], [], [null]];
    const result = plan(readBoard(measuresBoard()), rows);
    expect(result.rows.map((row) => [row.row, row.verdict, row.skipped])).toEqual([
      [4, 'create', undefined],
      [5, 'skipped', 'empty'],
      [6, 'create', undefined],
      [7, 'skipped', 'empty'],
      [8, 'skipped', 'sum_row'],
      [9, 'skipped', 'sum_row'],
    ]);
    expect(result.writes).toHaveLength(2);
  });
});
