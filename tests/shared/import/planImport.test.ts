import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { applyImport } from '../../../shared/import/applyImport.ts';
import type { ImportCell } from '../../../shared/import/importTable.ts';
import { findHeaderRow, mapHeaders } from '../../../shared/import/mapHeaders.ts';
import { planImport, type PlanOptions } from '../../../shared/import/planImport.ts';
import { readImportRows } from '../../../shared/import/readImportRows.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { readBoard, type BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { built } from '../../seeds/seedBoard.ts';
import { tableOf } from './tableOf.ts';
import { contentOf, sumsOf } from './roundTrip.ts';

const plan = (board: BoardSnapshot, rows: ImportCell[][], options?: PlanOptions) => {
  const table = { rows };
  const header = findHeaderRow(board.meta.kind, table);
  const mapping = mapHeaders(board.meta.kind, (rows[header] ?? []).map((cell) => String(cell ?? '')));
  return planImport(board, readImportRows(board.meta.kind, board.columns, table, header, mapping), options);
};

const emptyMeasuresBoard = (): Y.Doc => {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Tom', kind: 'measures', laneField: 'decisionLevel' });
  return doc;
};

describe('import planning (IMP)', () => {
  const seed = built(hsfAtgarder);

  it('[IMP2] finds the header row under the title rows and maps Swedish and English headers alike', () => {
    for (const language of ['sv', 'en'] as const) {
      const rows = tableOf(seed.board, language);
      const header = findHeaderRow('measures', { rows });
      expect(header).toBe(3);
      expect(mapHeaders('measures', rows[header]!.map(String))).toEqual(['id', 'column', 'unit', 'staffCategory', 'title', 'effect', 'comment', 'responsible', 'decisionLevel', 'decisionBody', 'decisionDate', 'status']);
    }
    expect(mapHeaders('measures', ['ÅTGÄRD ', 'effect', 'Okänd', 'Åtgärd'])).toEqual(['title', 'effect', null, null]);
  });

  it('[IMP5, IMP6] the seeded measures board read back into an empty board gives the same cards and sums (157 000, 80 000, the unknown effect unknown)', () => {
    const doc = emptyMeasuresBoard();
    const result = plan(readBoard(doc), tableOf(seed.board));
    const sumRow = 4 + seed.board.cards.filter((c) => !c.archived).length + 1;
    expect(result.rows.filter((row) => row.verdict !== 'create')).toEqual([{ row: sumRow, verdict: 'skipped', skipped: 'sum_row', problems: [] }]);
    expect(result.rows.map((row) => row.row)).toEqual(Array.from({ length: sumRow - 4 }, (_, i) => 5 + i));
    applyImport(doc, result);
    const after = readBoard(doc);
    expect(contentOf(after)).toEqual(contentOf(seed.board));
    expect(sumsOf(after)).toEqual({ political: 157_000, official: 80_000, unknown: 1 });
    expect(sumsOf(after)).toEqual(sumsOf(seed.board));
  });

  it('[IMP3, IMP5] a file read back into its own board changes nothing; an edited one changes exactly the edited card and adds the new row, refusing "abc"', () => {
    const rows = tableOf(seed.board);
    expect(plan(seed.board, rows).writes).toEqual([]);
    const effect = rows[3]!.indexOf('Ekonomisk effekt tkr/år');
    const title = rows[3]!.indexOf('Åtgärd');
    rows[4]![effect] = 21_000;
    rows[6]![effect] = 'abc';
    const added: ImportCell[] = rows[3]!.map(() => null);
    added[title] = 'Ny åtgärd';
    added[effect] = '1 500';
    rows.splice(rows.length - 1, 0, added);
    const result = plan(seed.board, rows);
    const refused = result.rows.filter((row) => row.verdict === 'refused');
    expect(refused).toEqual([{ row: 7, verdict: 'refused', cardId: seed.board.cards.filter((c) => !c.archived)[2]!.id, problems: [{ row: 7, column: 'Ekonomisk effekt tkr/år', value: 'abc', reason: 'not_a_number' }] }]);
    expect(result.writes).toEqual([
      { cardId: rows[4]![0], fields: { effect: 21_000 }, texts: {} },
      { column: seed.board.columns[0]!.id, fields: { effect: 1_500 }, texts: { title: 'Ny åtgärd' } },
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed.doc));
    applyImport(doc, result);
    const after = readBoard(doc);
    expect(after.cards.find((c) => c.id === rows[4]![0])?.effect).toBe(21_000);
    expect(after.cards.find((c) => c.title === 'Ny åtgärd')?.effect).toBe(1_500);
    expect(after.cards).toHaveLength(seed.board.cards.length + 1);
  });

  it('[IMP3] every wrong type is refused with its row, header and value: a number with a unit, a date, an enum label, a cell never computed', () => {
    const rows = tableOf(seed.board);
    const at = (header: string) => rows[3]!.indexOf(header);
    rows[4]![at('Ekonomisk effekt tkr/år')] = '15 000 kr';
    rows[4]![at('Beslutsdatum')] = '15/4 2025';
    rows[4]![at('Beslutsnivå')] = 'Kanske';
    rows[4]![at('Status')] = 'Blå';
    rows[6]![at('Ekonomisk effekt tkr/år')] = { unreadable: 'formula' };
    rows[7]![at('Åtgärd')] = 'x'.repeat(501);
    const reasons = plan(seed.board, rows).rows.flatMap((row) => row.problems.map((p) => [p.row, p.column, p.value, p.reason]));
    expect(reasons).toEqual([
      [5, 'Ekonomisk effekt tkr/år', '15 000 kr', 'not_a_number'],
      [5, 'Beslutsnivå', 'Kanske', 'unknown_value'],
      [5, 'Beslutsdatum', '15/4 2025', 'not_a_date'],
      [5, 'Status', 'Blå', 'unknown_value'],
      [7, 'Ekonomisk effekt tkr/år', '=…', 'unreadable'],
      [8, 'Åtgärd', 'x'.repeat(501), 'too_long'],
    ]);
  });

  it('[IMP3] numbers as Swedes write them are numbers; a duplicated id and a new row without a title are refused', () => {
    const rows = tableOf(seed.board);
    const effect = rows[3]!.indexOf('Ekonomisk effekt tkr/år');
    rows[4]![effect] = '-1 500,5';
    rows[5]![0] = rows[6]![0]!;
    const untitled: ImportCell[] = rows[3]!.map(() => null);
    untitled[effect] = 3;
    rows.splice(rows.length - 1, 0, untitled);
    const result = plan(seed.board, rows);
    expect(result.writes[0]).toEqual({ cardId: rows[4]![0], fields: { effect: -1_500.5 }, texts: {} });
    expect(result.rows.flatMap((row) => row.problems.map((p) => p.reason))).toEqual(['duplicate_id', 'duplicate_id', 'missing_title']);
  });

  it('[IMP7] a unit chief changes only cards in scope and adds neither cards nor columns', () => {
    const rows = tableOf(seed.board);
    const effect = rows[3]!.indexOf('Ekonomisk effekt tkr/år');
    const unit = rows[3]!.indexOf('Verksamhet');
    const mine = rows.findIndex((row) => row[unit] === 'Närsjukvård Umeå');
    const other = rows.findIndex((row) => row[unit] === 'Primärvård');
    rows[mine]![effect] = 6_000;
    rows[other]![effect] = 6_000;
    rows[mine + 1]![1] = 'En ny kolumn';
    const added: ImportCell[] = rows[3]!.map(() => null);
    added[rows[3]!.indexOf('Åtgärd')] = 'Ny';
    added[unit] = 'Närsjukvård Umeå';
    rows.splice(rows.length - 1, 0, added);
    const mayChange = (before: { unit?: string } | undefined, after: { unit?: string }) => before?.unit === 'Närsjukvård Umeå' && after.unit === 'Närsjukvård Umeå';
    const result = plan(seed.board, rows, { mayChange, mayAddColumns: false });
    expect(result.writes).toEqual([{ cardId: rows[mine]![0], fields: { effect: 6_000 }, texts: {} }]);
    expect(result.rows.flatMap((row) => row.problems.map((p) => [p.row, p.reason]))).toEqual([
      [mine + 2, 'unknown_column'],
      [other + 1, 'out_of_scope'],
      [rows.length - 1, 'out_of_scope'],
    ]);
    expect(result.newColumns).toEqual([]);
  });
});
