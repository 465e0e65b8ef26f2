import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard, editCardText, setCardText, updateCardField } from '../../shared/ops/cards.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { cardText } from '../../shared/read/cardText.ts';
import { getCardsMap } from '../../shared/doc.ts';
import { makeBase, makeDoc } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { expectRefused } from './helpers/refused.ts';
import { mergeConcurrent } from './helpers/sync.ts';

const withCard = (kind: 'measures' | 'assignments' | 'general' = 'measures') =>
  makeDoc({ kind, setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'Hello world' }) });

describe('updateCardField', () => {
  it('[VAL1] sets each kind of scalar value', () => {
    const doc = withCard();
    updateCardField(doc, 'a', 'effect', -250.5);
    updateCardField(doc, 'a', 'decisionLevel', 'political');
    updateCardField(doc, 'a', 'decisionDate', '2025-02-28');
    updateCardField(doc, 'a', 'responsible', ['Anna', 'Bo']);
    updateCardField(doc, 'a', 'status', 'yellow');
    expect(readCard(doc, 'a')).toMatchObject({ effect: -250.5, decisionLevel: 'political', decisionDate: '2025-02-28', responsible: ['Anna', 'Bo'], status: 'yellow' });
  });

  it('[VAL1] a number field never holds a string, nor NaN', () => {
    const doc = withCard();
    expectRefused(doc, () => updateCardField(doc, 'a', 'effect', '1200'), 'invalid_value', 'effect');
    expectRefused(doc, () => updateCardField(doc, 'a', 'effect', Number.NaN), 'invalid_value', 'effect');
    expectRefused(doc, () => updateCardField(doc, 'a', 'effect', null), 'invalid_value', 'effect');
    expectRefused(doc, () => updateCardField(doc, 'a', 'unit', 12), 'invalid_value', 'unit');
  });

  it('[VAL2] unknown fields and enum values are refused by name', () => {
    const doc = withCard();
    expectRefused(doc, () => updateCardField(doc, 'a', 'priority', 1), 'unknown_field', 'priority');
    expectRefused(doc, () => updateCardField(doc, 'a', 'decisionLevel', 'regional'), 'invalid_value', 'decisionLevel');
    expectRefused(doc, () => updateCardField(doc, 'a', 'decisionDate', '2025-02-30'), 'invalid_value', 'decisionDate');
    // Assignment fields do not exist on a measures board.
    expectRefused(doc, () => updateCardField(doc, 'a', 'directedTo', 'HSN'), 'unknown_field', 'directedTo');
    expectRefused(doc, () => updateCardField(doc, 'a', 'toString', 'x'), 'unknown_field', 'toString');
    expectRefused(doc, () => updateCardField(doc, 'nope', 'effect', 1), 'unknown_card', 'cardId');
  });

  it('[VAL2] each board kind has its own fields and statuses', () => {
    const doc = withCard('assignments');
    updateCardField(doc, 'a', 'status', 'doneWithDeviation');
    updateCardField(doc, 'a', 'source', 'council');
    expectRefused(doc, () => updateCardField(doc, 'a', 'status', 'green'), 'invalid_value', 'status');
    expectRefused(doc, () => updateCardField(doc, 'a', 'effect', 1), 'unknown_field', 'effect');
    expect(readCard(doc, 'a')).toMatchObject({ status: 'doneWithDeviation', source: 'council' });
  });

  it('[VAL3] undefined clears an optional field, leaving it absent', () => {
    const doc = withCard();
    updateCardField(doc, 'a', 'effect', 100);
    updateCardField(doc, 'a', 'effect', undefined);
    expect(readCard(doc, 'a')).not.toHaveProperty('effect');
    expectRefused(doc, () => updateCardField(doc, 'a', 'priority', undefined), 'unknown_field', 'priority');
  });

  it('[VAL4] position, prose and reports have their own operations', () => {
    const doc = withCard();
    for (const field of ['column', 'order', 'archived']) expectRefused(doc, () => updateCardField(doc, 'a', field, 'x'), 'invalid_value', field);
    expectRefused(doc, () => updateCardField(doc, 'a', 'title', 'x'), 'invalid_value', 'title');
    expectRefused(doc, () => updateCardField(doc, 'a', 'comment', undefined), 'invalid_value', 'comment');
    const assignments = withCard('assignments');
    expectRefused(assignments, () => updateCardField(assignments, 'a', 'reports', {}), 'invalid_value', 'reports');
  });

  it('[TXT3] concurrent writes of one scalar: last writer wins, the same everywhere', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    const docs = mergeConcurrent(base, [(d) => updateCardField(d, 'a', 'effect', 100), (d) => updateCardField(d, 'a', 'effect', 200), (d) => updateCardField(d, 'a', 'unit', 'Kirurgi')]);
    expectConverged(docs);
    expect(readCard(docs[0]!, 'a')).toMatchObject({ effect: 200, unit: 'Kirurgi' });
  });

  it('[VAL1] a stored list is a copy in the snapshot', () => {
    const doc = withCard();
    updateCardField(doc, 'a', 'responsible', ['Anna']);
    const card = readCard(doc, 'a')!;
    expect(Object.isFrozen(card.responsible)).toBe(true);
    expect(getCardsMap(doc).get('a')!.get('responsible')).toEqual(['Anna']);
  });
});

describe('editCardText and setCardText', () => {
  it('[TXT2] edits insert and delete at an index', () => {
    const doc = withCard();
    editCardText(doc, 'a', 'title', 5, 6, ', världen');
    editCardText(doc, 'a', 'comment', 0, 0, 'Ny kommentar');
    expect(readCard(doc, 'a')).toMatchObject({ title: 'Hello, världen', comment: 'Ny kommentar' });
    expect(cardText(doc, 'a', 'title')?.toString()).toBe('Hello, världen');
  });

  it('[TXT2] refuses edits outside the text and fields that are not prose', () => {
    const doc = withCard();
    expectRefused(doc, () => editCardText(doc, 'a', 'title', 12, 0, 'x'), 'invalid_value', 'index');
    expectRefused(doc, () => editCardText(doc, 'a', 'title', 5, 7, ''), 'invalid_value', 'deleteCount');
    expectRefused(doc, () => editCardText(doc, 'a', 'title', 1.5, 0, 'x'), 'invalid_value', 'index');
    expectRefused(doc, () => editCardText(doc, 'a', 'unit', 0, 0, 'x'), 'unknown_field', 'unit');
    expectRefused(doc, () => editCardText(doc, 'a', 'analysis', 0, 0, 'x'), 'unknown_field', 'analysis');
    expectRefused(doc, () => setCardText(doc, 'nope', 'title', 'x'), 'unknown_card', 'cardId');
  });

  it('[TXT2] concurrent typing in one text keeps both peoples words', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'Plan' }) });
    const docs = mergeConcurrent(base, [(d) => editCardText(d, 'a', 'title', 0, 0, 'Ny '), (d) => editCardText(d, 'a', 'title', 4, 0, ' 2025'), (d) => setCardText(d, 'a', 'comment', 'OK')]);
    expectConverged(docs);
    expect(readCard(docs[0]!, 'a')).toMatchObject({ title: 'Ny Plan 2025', comment: 'OK' });
  });

  it('[TXT2] setCardText changes only the middle, so an edit elsewhere survives', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'alpha beta gamma' }) });
    const docs = mergeConcurrent(base, [(d) => setCardText(d, 'a', 'title', 'alpha BETA gamma'), (d) => editCardText(d, 'a', 'title', 16, 0, '!')]);
    expectConverged(docs);
    expect(readCard(docs[0]!, 'a')!.title).toBe('alpha BETA gamma!');
  });

  it('[TXT1] a card written without its prose Y.Text gets one on first edit', () => {
    const doc = withCard();
    doc.transact(() => getCardsMap(doc).get('a')!.delete('comment'));
    setCardText(doc, 'a', 'comment', 'Sen');
    expect(getCardsMap(doc).get('a')!.get('comment')).toBeInstanceOf(Y.Text);
    expect(readCard(doc, 'a')!.comment).toBe('Sen');
  });
});
