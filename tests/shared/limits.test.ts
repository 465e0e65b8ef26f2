import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMilestonesMap } from '../../shared/doc.ts';
import { initBoard } from '../../shared/ops/board.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { addReport } from '../../shared/ops/reports.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { checkLimits } from '../../shared/schema/checkLimits.ts';
import { MAX_COLUMNS, MAX_MILESTONES, MAX_REPORT_TEXT_LENGTH, MAX_REPORTS_PER_CARD } from '../../shared/schema/limits.ts';
import { buildSeedBoards } from '../../seeds/buildSeedBoards.ts';

function assignment(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Uppdrag', kind: 'assignments' });
  createCard(doc, { id: 'a', column: readColumns(doc)[0]!.id, title: 'Uppdrag' });
  return doc;
}

const paths = (doc: Y.Doc, before?: Y.Doc) => checkLimits(doc, { before }).map((issue) => `${issue.path} ${issue.code}`);

describe('checkLimits (LIM1, LIM2)', () => {
  it('[LIM1][LIM2] every seed board is well inside every cap', () => {
    for (const { doc } of buildSeedBoards()) expect(checkLimits(doc)).toEqual([]);
  });

  it('[LIM1] a report text one past its cap is over the limit, at the cap it is not', () => {
    const doc = assignment();
    addReport(doc, 'a', '2025-03', { risks: 'r'.repeat(MAX_REPORT_TEXT_LENGTH) });
    expect(paths(doc)).toEqual([]);
    const report = (getCardsMap(doc).get('a')!.get('reports') as Y.Map<Y.Map<Y.Text>>).get('2025-03')!;
    report.get('risks')!.insert(0, 'r');
    expect(paths(doc)).toEqual(['cards.a.reports.2025-03.risks over_limit']);
  });

  it('[LIM2] reports per card, columns and milestones past their caps are over the limit', () => {
    const doc = assignment();
    const reports = getCardsMap(doc).get('a')!.get('reports') as Y.Map<unknown>;
    for (let i = 0; i <= MAX_REPORTS_PER_CARD; i++) reports.set(`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, new Y.Map());
    for (let i = 0; i <= MAX_COLUMNS; i++) getColumnsMap(doc).set(`c${i}`, new Y.Map());
    for (let i = 0; i <= MAX_MILESTONES; i++) getMilestonesMap(doc).set(`m${i}`, new Y.Map());
    expect(paths(doc)).toEqual(['columns over_limit', 'milestones over_limit', 'cards.a.reports over_limit']);
  });

  it('[LIM2] with the document before, a count already past its cap may stay or shrink, not grow', () => {
    const doc = assignment();
    for (let i = 0; i <= MAX_COLUMNS; i++) getColumnsMap(doc).set(`c${i}`, new Y.Map());
    const before = new Y.Doc();
    Y.applyUpdate(before, Y.encodeStateAsUpdate(doc));
    getColumnsMap(doc).delete('c0');
    expect(paths(doc, before)).toEqual([]);
    getColumnsMap(doc).set('c0', new Y.Map());
    getColumnsMap(doc).set('ny', new Y.Map());
    expect(paths(doc, before)).toEqual(['columns over_limit']);
  });
});
