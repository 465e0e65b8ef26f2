import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateDoc } from '../../shared/schema/validateDoc.ts';
import { createCard, moveCard } from '../../shared/ops/cards.ts';
import { removeColumn } from '../../shared/ops/columns.ts';
import { addReport } from '../../shared/ops/reports.ts';
import { getCardsMap, getColumnsMap, getMeta, getMilestonesMap } from '../../shared/doc.ts';
import { SCHEMA_VERSION } from '../../shared/schema/version.ts';
import { docFrom, makeBase, makeDoc } from './helpers/boards.ts';

const measures = () => makeDoc({ target: 100, setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A', fields: { effect: 5, responsible: ['Anna'] } }) });
const assignments = () => makeDoc({ kind: 'assignments', setup: (d) => (createCard(d, { id: 'a', column: 'c1', title: 'A' }), addReport(d, 'a', '2025-01')) });
const card = (doc: Y.Doc) => getCardsMap(doc).get('a')!;
/** Runs a raw write, as a faulty or hostile client could, and returns the issues it leaves. */
const after = (doc: Y.Doc, write: () => void) => (doc.transact(write), validateDoc(doc));
const paths = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.code} ${i.path}`);

describe('validateDoc', () => {
  it('[VAL5] boards written through the operations are valid, of every kind', () => {
    expect(validateDoc(measures())).toEqual([]);
    expect(validateDoc(assignments())).toEqual([]);
    expect(validateDoc(makeDoc({ kind: 'general' }))).toEqual([]);
  });

  it('[DOC4] an empty document is not yet a board, and valid', () => {
    expect(validateDoc(new Y.Doc())).toEqual([]);
  });

  it('[DOC1] an unknown top-level type holding content is refused; an empty one is not', () => {
    const doc = measures();
    doc.getMap('empty');
    expect(validateDoc(doc)).toEqual([]);
    expect(paths(after(doc, () => doc.getArray('extra').insert(0, [1])))).toEqual(['unknown_field extra']);
  });

  it('[DOC1] list content in a top-level map, or a top-level map of another type, is refused without throwing', () => {
    const writer = docFrom(makeBase(), 1);
    writer.getArray('cards').insert(0, ['x']);
    const doc = docFrom(makeBase(), 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer));
    expect(paths(validateDoc(doc))).toContain('invalid_board cards');
    const other = new Y.Doc();
    other.getText('meta').insert(0, 'x');
    expect(paths(validateDoc(other))).toEqual(['invalid_board meta']);
  });

  it('[DOC3] meta needs a known schema version, title and kind; its values are checked', () => {
    const doc = measures();
    expect(paths(after(doc, () => getMeta(doc).set('schemaVersion', SCHEMA_VERSION + 1)))).toEqual(['invalid_board meta.schemaVersion']);
    getMeta(doc).set('schemaVersion', SCHEMA_VERSION);
    expect(paths(after(doc, () => getMeta(doc).set('target', '100')))).toEqual(['invalid_value meta.target']);
    getMeta(doc).set('target', 100);
    expect(paths(after(doc, () => getMeta(doc).set('colour', 'red')))).toEqual(['unknown_field meta.colour']);
    getMeta(doc).delete('colour');
    expect(paths(after(doc, () => getMeta(doc).set('laneField', 'order')))).toEqual(['unknown_field meta.laneField']);
    getMeta(doc).set('laneField', 'unit');
    expect(paths(after(doc, () => getMeta(doc).set('kind', 'kanban')))).toEqual(['invalid_value meta.kind', 'invalid_board meta.kind']);
  });

  it('[VAL5] columns need a title and an order key; values and keys are checked', () => {
    const doc = measures();
    const column = getColumnsMap(doc).get('c2')!;
    expect(paths(after(doc, () => column.set('wipLimit', '3')))).toEqual(['invalid_value columns.c2.wipLimit']);
    column.delete('wipLimit');
    expect(paths(after(doc, () => column.set('order', '0.5')))).toEqual(['invalid_value columns.c2.order']);
    column.set('order', 'a5');
    expect(paths(after(doc, () => column.delete('title')))).toEqual(['invalid_value columns.c2.title']);
    column.set('title', 'Ok');
    expect(paths(after(doc, () => getColumnsMap(doc).set('bad id', new Y.Map())))).toContain('invalid_value columns.bad id');
  });

  it('[VAL1] a number field holding a string is refused, naming the field', () => {
    const doc = measures();
    expect(after(doc, () => card(doc).set('effect', '5'))).toEqual([{ path: 'cards.a.effect', code: 'invalid_value', message: 'invalid value for "effect"' }]);
  });

  it('[VAL2] unknown fields, fields of another kind and bad enum values are refused', () => {
    const doc = measures();
    expect(paths(after(doc, () => card(doc).set('priority', 1)))).toEqual(['unknown_field cards.a.priority']);
    card(doc).delete('priority');
    expect(paths(after(doc, () => card(doc).set('directedTo', 'HSN')))).toEqual(['unknown_field cards.a.directedTo']);
    card(doc).delete('directedTo');
    expect(paths(after(doc, () => card(doc).set('decisionLevel', 'regional')))).toEqual(['invalid_value cards.a.decisionLevel']);
  });

  it('[TXT1] prose must be Y.Text, and a card needs its position and title', () => {
    const doc = measures();
    expect(paths(after(doc, () => card(doc).set('comment', 'plain')))).toEqual(['invalid_value cards.a.comment']);
    card(doc).set('comment', new Y.Text());
    expect(paths(after(doc, () => card(doc).delete('title')))).toEqual(['invalid_value cards.a.title']);
    card(doc).set('title', new Y.Text('A'));
    expect(paths(after(doc, () => card(doc).delete('order')))).toEqual(['invalid_value cards.a.order']);
  });

  it('[COL5] a card in a column that no longer exists is valid: concurrency makes it', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    const [remover, mover] = [docFrom(base, 1), docFrom(base, 2)];
    removeColumn(remover, 'c3');
    moveCard(mover, 'a', 'c3');
    // The removal first, then the move (as the server may get them), and a copy loaded afresh.
    Y.applyUpdate(remover, Y.encodeStateAsUpdate(mover));
    expect(getColumnsMap(remover).has('c3')).toBe(false);
    expect(card(remover).get('column')).toBe('c3');
    expect(validateDoc(remover)).toEqual([]);
    expect(validateDoc(docFrom(Y.encodeStateAsUpdate(remover), 3))).toEqual([]);
  });

  it('[COL5] a card in a column the board never had is refused', () => {
    const doc = measures();
    expect(paths(after(doc, () => card(doc).set('column', 'ghost')))).toEqual(['unknown_column cards.a.column']);
  });

  it('[ORD5] a missing order key is allowed while the document waits for a pending update', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    const writer = docFrom(base, 1);
    const sv = Y.encodeStateVector(writer);
    moveCard(writer, 'a', 'c2');
    const first = Y.encodeStateAsUpdate(writer, sv);
    const sv2 = Y.encodeStateVector(writer);
    moveCard(writer, 'a', 'c3');
    const doc = docFrom(base, 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer, sv2)); // arrives before `first`: pending
    expect(doc.store.pendingStructs).not.toBeNull();
    doc.transact(() => card(doc).delete('order'));
    expect(validateDoc(doc)).toEqual([]);
    Y.applyUpdate(doc, first);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('[RPT1] reports are keyed YYYY-MM and hold Y.Text and a boolean', () => {
    const doc = assignments();
    const reports = card(doc).get('reports') as Y.Map<Y.Map<unknown>>;
    const report = reports.get('2025-01')!;
    expect(paths(after(doc, () => report.set('risks', 'plain')))).toEqual(['invalid_value cards.a.reports.2025-01.risks']);
    report.set('risks', new Y.Text());
    expect(paths(after(doc, () => report.set('ready', 'yes')))).toEqual(['invalid_value cards.a.reports.2025-01.ready']);
    report.set('ready', true);
    expect(paths(after(doc, () => reports.set('January', new Y.Map())))).toEqual(['invalid_month cards.a.reports.January']);
    const other = measures();
    expect(paths(after(other, () => card(other).set('reports', new Y.Map())))).toEqual(['unknown_field cards.a.reports']);
  });

  it('[VAL5] milestones are checked with the rest of the document', () => {
    const doc = measures();
    expect(paths(after(doc, () => getMilestonesMap(doc).set('m1', new Y.Map([['date', '2025-13'], ['title', 'FSG']]))))).toEqual(['invalid_value milestones.m1.date']);
  });
});
