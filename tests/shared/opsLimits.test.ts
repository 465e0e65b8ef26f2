import { describe, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMilestonesMap } from '../../shared/doc.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { addColumn } from '../../shared/ops/columns.ts';
import { addMilestone } from '../../shared/ops/milestones.ts';
import { addReport } from '../../shared/ops/reports.ts';
import { MAX_CARDS, MAX_COLUMNS, MAX_MILESTONES, MAX_REPORTS_PER_CARD } from '../../shared/schema/limits.ts';
import { makeDoc } from './helpers/boards.ts';
import { expectRefused } from './helpers/refused.ts';

/** Fills `map` up to `count` entries with plain maps, as a board that reached its cap holds them. */
const fill = (doc: Y.Doc, map: Y.Map<Y.Map<unknown>>, count: number) =>
  doc.transact(() => {
    for (let i = map.size; i < count; i++) map.set(`fyll${i}`, new Y.Map());
  });

describe('the operations stop at the caps before the server would refuse (LIM2)', () => {
  it('[LIM2] card number MAX_CARDS + 1 is refused with over_limit and nothing is written', () => {
    const doc = makeDoc();
    fill(doc, getCardsMap(doc), MAX_CARDS);
    expectRefused(doc, () => createCard(doc, { column: 'c1', title: 'En för mycket' }), 'over_limit', 'cards');
  });

  it('[LIM2] so are column MAX_COLUMNS + 1, milestone MAX_MILESTONES + 1 and report MAX_REPORTS_PER_CARD + 1', () => {
    const doc = makeDoc();
    fill(doc, getColumnsMap(doc), MAX_COLUMNS);
    expectRefused(doc, () => addColumn(doc, { title: 'En för mycket' }), 'over_limit', 'columns');
    fill(doc, getMilestonesMap(doc), MAX_MILESTONES);
    expectRefused(doc, () => addMilestone(doc, { date: '2026-01-01', title: 'En för mycket' }), 'over_limit', 'milestones');

    const assignments = makeDoc({ kind: 'assignments' });
    const card = createCard(assignments, { column: 'c1', title: 'Uppdrag' });
    for (let i = 0; i < MAX_REPORTS_PER_CARD; i++) addReport(assignments, card, `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expectRefused(assignments, () => addReport(assignments, card, '2099-01'), 'over_limit', 'reports');
  });
});
