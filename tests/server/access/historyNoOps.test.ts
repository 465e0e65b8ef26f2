import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { updateBoardMeta } from '../../../shared/ops/board.ts';
import { setCardText, updateCardField } from '../../../shared/ops/cards.ts';
import { renameColumn, setWipLimit } from '../../../shared/ops/columns.ts';
import { addMilestone, updateMilestone } from '../../../shared/ops/milestones.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { describeChanges } from '../../../server/history/describeChanges.ts';
import { inspectUpdate } from '../../../server/sync/inspectUpdate.ts';
import { clientUpdate, measuresBoard } from './boardFixture.ts';

const AUTHOR = { boardId: 'b1', at: '2025-04-15T08:14:00.000Z', userId: 'u1', actor: 'Anna Sundén' };

const entriesOf = (server: Y.Doc, edit: (doc: Y.Doc) => void) =>
  inspectUpdate(server, clientUpdate(server, edit), (scratch, effect) => describeChanges(AUTHOR, effect, server, scratch));

describe('A11Y23: the history records no edit that changes nothing', () => {
  it('a card field, a prose field or a meta value set to the value it had', () => {
    const board = measuresBoard();
    expect(entriesOf(board, (doc) => updateCardField(doc, 'kir', 'effect', 20_000))).toEqual([]);
    expect(entriesOf(board, (doc) => setCardText(doc, 'kir', 'title', 'Färre hyrläkare'))).toEqual([]);
    expect(entriesOf(board, (doc) => updateBoardMeta(doc, 'title', 'Åtgärder'))).toEqual([]);
  });

  it('a column renamed to its own title, or given the WIP limit it had', () => {
    const board = measuresBoard();
    const column = readColumns(board)[0]!;
    expect(entriesOf(board, (doc) => renameColumn(doc, column.id, column.title))).toEqual([]);
    expect(entriesOf(board, (doc) => setWipLimit(doc, column.id, column.wipLimit))).toEqual([]);
  });

  it('a milestone given the title it had', () => {
    const board = measuresBoard();
    const id = addMilestone(board, { date: '2025-06-01', title: 'Budgetbeslut' });
    expect(entriesOf(board, (doc) => updateMilestone(doc, id, 'title', 'Budgetbeslut'))).toEqual([]);
    expect(entriesOf(board, (doc) => updateMilestone(doc, id, 'title', 'Budget'))).toMatchObject([{ field: 'milestones', change: 'board' }]);
  });

  it('still records a column that did change', () => {
    const board = measuresBoard();
    expect(entriesOf(board, (doc) => renameColumn(doc, readColumns(doc)[0]!.id, 'Idéer'))).toMatchObject([{ field: 'columns', change: 'board' }]);
  });
});
