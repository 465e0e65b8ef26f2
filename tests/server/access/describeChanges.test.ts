import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap } from '../../../shared/doc.ts';
import { updateBoardMeta } from '../../../shared/ops/board.ts';
import { createCard, editCardText, moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { renameColumn } from '../../../shared/ops/columns.ts';
import { addReport, setReportText } from '../../../shared/ops/reports.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { describeChanges } from '../../../server/history/describeChanges.ts';
import type { NewHistoryEntry } from '../../../server/storage/HistoryStore.ts';
import { inspectUpdate } from '../../../server/sync/inspectUpdate.ts';
import { assignmentsBoard, clientUpdate, measuresBoard } from './boardFixture.ts';

const AUTHOR = { boardId: 'b1', at: '2025-04-15T08:14:00.000Z', userId: 'u1', actor: 'Anna Sundén' };

/** The history entries of an edit, worked out on the scratch copy as the room's gate does. */
function entriesOf(server: Y.Doc, edit: (doc: Y.Doc) => void): Omit<NewHistoryEntry, keyof typeof AUTHOR>[] {
  const update = clientUpdate(server, edit);
  const entries = inspectUpdate(server, update, (scratch, effect) => describeChanges(AUTHOR, effect, server, scratch));
  return entries.map(({ boardId: _b, at: _a, userId: _u, actor: _n, ...rest }) => rest);
}

describe('field-level history of an update (HIST2)', () => {
  it('[HIST2] a changed value is recorded from → to, a cleared one without `to`', () => {
    expect(entriesOf(measuresBoard(), (doc) => updateCardField(doc, 'kir', 'effect', 15_000))).toEqual([{ cardId: 'kir', field: 'effect', change: 'set', from: 20_000, to: 15_000 }]);
    expect(entriesOf(measuresBoard(), (doc) => updateCardField(doc, 'kir', 'effect', undefined))).toEqual([{ cardId: 'kir', field: 'effect', change: 'set', from: 20_000 }]);
  });

  it('[HIST2] prose is recorded as edited without its text; the title with both versions', () => {
    expect(entriesOf(measuresBoard(), (doc) => editCardText(doc, 'kir', 'comment', 0, 0, 'Ny '))).toEqual([{ cardId: 'kir', field: 'comment', change: 'text' }]);
    expect(entriesOf(measuresBoard(), (doc) => editCardText(doc, 'kir', 'title', 0, 0, 'Inga '))).toEqual([
      { cardId: 'kir', field: 'title', change: 'set', from: 'Färre hyrläkare', to: 'Inga Färre hyrläkare' },
    ]);
  });

  it('[HIST2] a move is the column from → to; a new card and a deleted card are one entry each', () => {
    const board = measuresBoard();
    const [first, second] = readColumns(board);
    expect(entriesOf(board, (doc) => moveCard(doc, 'kir', second!.id))).toEqual([{ cardId: 'kir', field: 'column', change: 'set', from: first!.id, to: second!.id }]);
    const created = entriesOf(board, (doc) => void createCard(doc, { id: 'ny', column: first!.id, title: 'Nytt kort', fields: { effect: 3 } }));
    expect(created).toEqual([{ cardId: 'ny', field: 'card', change: 'created', to: 'Nytt kort' }]);
    expect(entriesOf(board, (doc) => void getCardsMap(doc).delete('ort'))).toEqual([{ cardId: 'ort', field: 'card', change: 'deleted', from: 'Samordna jourer' }]);
  });

  it('[HIST2] a report: its month created, then its texts edited', () => {
    const board = assignmentsBoard();
    expect(entriesOf(board, (doc) => addReport(doc, 'upp', '2025-04', { risks: 'Få' }))).toEqual([{ cardId: 'upp', field: 'reports.2025-04', change: 'created' }]);
    addReport(board, 'upp', '2025-04');
    expect(entriesOf(board, (doc) => setReportText(doc, 'upp', '2025-04', 'risks', 'Inga'))).toEqual([{ cardId: 'upp', field: 'reports.2025-04.risks', change: 'text' }]);
  });

  it('[HIST2] board-level changes: meta values from → to, the columns as one entry', () => {
    const board = measuresBoard();
    expect(entriesOf(board, (doc) => updateBoardMeta(doc, 'title', 'Nya åtgärder'))).toEqual([{ cardId: null, field: 'meta.title', change: 'set', from: 'Åtgärder', to: 'Nya åtgärder' }]);
    expect(entriesOf(board, (doc) => renameColumn(doc, readColumns(doc)[0]!.id, 'Idéer'))).toEqual([{ cardId: null, field: 'columns', change: 'board' }]);
  });
});
