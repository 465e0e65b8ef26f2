import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDecision, moveDecision, removeDecision, updateDecision } from '../../../shared/meeting/decisionOps.ts';
import { getDecisions } from '../../../shared/meeting/meetingDoc.ts';
import { removeAgendaItem } from '../../../shared/meeting/meetingOps.ts';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import { numberParagraphs, numberingChange, paragraphOrder } from '../../../shared/meeting/paragraphs.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { validateMeeting } from '../../../shared/meeting/validateMeeting.ts';
import { docFrom } from '../helpers/boards.ts';
import { mergeConcurrent } from '../helpers/sync.ts';
import { expectMeetingRefused, expectMeetingsConverged, makeMeeting, makeMeetingBase, threeItems } from './helpers/meetings.ts';

const decisionsOf = (doc: Y.Doc, itemId: string) => readMeeting(doc).decisions.byItem[itemId] ?? [];
const idsOf = (doc: Y.Doc, itemId: string) => decisionsOf(doc, itemId).map((d) => d.id);
const paragraphs = (doc: Y.Doc) => Object.fromEntries([...getDecisions(doc).entries()].map(([id, d]) => [id, d.get('paragraph')]));

/** Three items; i2 holds d1 and d2, i3 holds d3, i1 none. */
function withDecisions(doc: Y.Doc): void {
  threeItems(doc);
  addDecision(doc, 'i2', { id: 'd1', matter: 'Åtgärdsplan 2025', text: 'att fastställa planen' });
  addDecision(doc, 'i2', { id: 'd2', matter: 'Uppföljning' });
  addDecision(doc, 'i3', { id: 'd3', matter: 'Beredskap' });
}

/** A decision with every field people write. */
const FULL = {
  matter: 'Åtgärdsplan 2025',
  background: 'Planen togs fram i mars.',
  text: 'att fastställa planen\natt ge HSF i uppdrag att följa upp',
  cards: [{ board: 'hsf-atgarder', card: 'k1' }],
  responsible: ['Anna Sundén'],
  deadline: '2025-06-30',
  sendTo: ['Ekonomi', 'HR'],
};

describe('addDecision', () => {
  it('[MTG22] records a decision last in its item, its texts as Y.Text made up front, every value', () => {
    const doc = makeMeeting(threeItems);
    const id = addDecision(doc, 'i2', FULL);
    addDecision(doc, 'i2', { id: 'd2', matter: 'Uppföljning' });
    const map = getDecisions(doc).get(id)!;
    expect(map.get('background')).toBeInstanceOf(Y.Text);
    expect(getDecisions(doc).get('d2')!.get('text')).toBeInstanceOf(Y.Text);
    expect(decisionsOf(doc, 'i2')).toEqual([
      { id, itemId: 'i2', ...FULL },
      { id: 'd2', itemId: 'i2', matter: 'Uppföljning', background: '', text: '', cards: [], responsible: [], sendTo: [] },
    ]);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG22] [MTG8] refuses by name, writing nothing: unknown item, blank ärende, texts and lists past their caps, bad values, unknown keys, a taken id', () => {
    const doc = makeMeeting(withDecisions);
    expectMeetingRefused(doc, () => addDecision(doc, 'nope', { matter: 'X' }), 'unknown_item', 'itemId');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: '  ' }), 'invalid_value', 'matter');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'x'.repeat(MEETING_LIMITS.matter + 1) }), 'invalid_value', 'matter');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', {} as never), 'invalid_value', 'matter');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', background: 'x'.repeat(MEETING_LIMITS.background + 1) }), 'invalid_value', 'background');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', text: 'x'.repeat(MEETING_LIMITS.decisionText + 1) }), 'invalid_value', 'text');
    const names = Array.from({ length: MEETING_LIMITS.responsible + 1 }, (_, i) => `Person ${i}`);
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', responsible: names }), 'invalid_value', 'responsible');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', sendTo: ['HR', 'HR'] }), 'invalid_value', 'sendTo');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', responsible: [''] }), 'invalid_value', 'responsible');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', deadline: '2025-02-30' }), 'invalid_value', 'deadline');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', cards: [{ board: 'b', card: 'k' }, { board: 'b', card: 'k' }] }), 'invalid_value', 'cards');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', paragraph: 1 } as never), 'unknown_field', 'paragraph');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { matter: 'X', correctionOf: 'd1' } as never), 'unknown_field', 'correctionOf');
    expectMeetingRefused(doc, () => addDecision(doc, 'i1', { id: 'd1', matter: 'X' }), 'invalid_value', 'id');
  });

  it('[MTG8] refuses the decision past the cap', () => {
    const doc = makeMeeting((d) => {
      threeItems(d);
      for (let i = 0; i < MEETING_LIMITS.decisions; i++) addDecision(d, 'i1', { matter: `Beslut ${i}` });
    });
    expectMeetingRefused(doc, () => addDecision(doc, 'i2', { matter: 'Ett för mycket' }), 'over_limit', 'decisions');
  });
});

describe('updateDecision, removeDecision, moveDecision', () => {
  it('[MTG22] changes values and texts; an empty deadline clears it', () => {
    const doc = makeMeeting(withDecisions);
    updateDecision(doc, 'd1', { deadline: '2025-09-01', responsible: ['Bo'] });
    updateDecision(doc, 'd1', { matter: 'Åtgärdsplanen', text: 'att fastställa planen i sin helhet', deadline: '' });
    const [d1] = decisionsOf(doc, 'i2');
    expect(d1).toMatchObject({ matter: 'Åtgärdsplanen', text: 'att fastställa planen i sin helhet', responsible: ['Bo'] });
    expect(d1!.deadline).toBeUndefined();
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG22] refuses a bad patch whole and an unknown decision', () => {
    const doc = makeMeeting(withDecisions);
    expectMeetingRefused(doc, () => updateDecision(doc, 'd1', { matter: 'Nytt', deadline: 'snart' }), 'invalid_value', 'deadline');
    expectMeetingRefused(doc, () => updateDecision(doc, 'd1', { itemId: 'i1' } as never), 'unknown_field', 'itemId');
    expectMeetingRefused(doc, () => updateDecision(doc, 'nope', { matter: 'X' }), 'unknown_item', 'decisionId');
  });

  it('[MTG23] moves a decision within its item and to another item', () => {
    const doc = makeMeeting(withDecisions);
    moveDecision(doc, 'd2', 0);
    expect(idsOf(doc, 'i2')).toEqual(['d2', 'd1']);
    moveDecision(doc, 'd1', 1, { itemId: 'i3' });
    expect([idsOf(doc, 'i2'), idsOf(doc, 'i3')]).toEqual([['d2'], ['d3', 'd1']]);
    expect(decisionsOf(doc, 'i3')[1]!.itemId).toBe('i3');
    expectMeetingRefused(doc, () => moveDecision(doc, 'd1', 2), 'invalid_value', 'toIndex');
    expectMeetingRefused(doc, () => moveDecision(doc, 'd1', 0, { itemId: 'nope' }), 'unknown_item', 'itemId');
  });

  it('[MTG23] [MTG24] removes a decision not numbered; a numbered one is neither removed nor moved', () => {
    const doc = makeMeeting(withDecisions);
    removeDecision(doc, 'd2');
    expect(idsOf(doc, 'i2')).toEqual(['d1']);
    numberParagraphs(doc, 7);
    expectMeetingRefused(doc, () => removeDecision(doc, 'd1'), 'meeting_state', 'paragraph');
    expectMeetingRefused(doc, () => moveDecision(doc, 'd1', 0, { itemId: 'i1' }), 'meeting_state', 'paragraph');
    expectMeetingRefused(doc, () => removeDecision(doc, 'nope'), 'unknown_item', 'decisionId');
  });

  it('[MTG23] an agenda item that holds decisions is not removed; one without is', () => {
    const doc = makeMeeting(withDecisions);
    expectMeetingRefused(doc, () => removeAgendaItem(doc, 'i3'), 'meeting_state', 'decisions');
    removeDecision(doc, 'd3');
    removeAgendaItem(doc, 'i3');
    expect(readMeeting(doc).agenda.map((i) => i.id)).toEqual(['i1', 'i2']);
  });
});

describe('numbering', () => {
  it('[MTG24] paragraphOrder is agenda order, then decision order; corrections take none, decisions of a removed item come last', () => {
    const doc = makeMeeting(withDecisions);
    addDecision(doc, 'i1', { id: 'd0', matter: 'Först' });
    expect(paragraphOrder(doc)).toEqual(['d0', 'd1', 'd2', 'd3']);
    // What a concurrent removal of the item leaves behind: a decision whose item is gone.
    doc.transact(() => getDecisions(doc).get('d0')!.set('itemId', 'gone'));
    expect(paragraphOrder(doc)).toEqual(['d1', 'd2', 'd3', 'd0']);
    expect(readMeeting(doc).decisions.unplaced.map((d) => d.id)).toEqual(['d0']);
  });

  it('[MTG24] numbers every decision without a paragraph from firstNumber on, in one transaction, and returns the numbers', () => {
    const doc = makeMeeting(withDecisions);
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => transactions.push(tr.origin));
    expect(numberParagraphs(doc, 12, 'server')).toEqual([
      { decisionId: 'd1', paragraph: 12 },
      { decisionId: 'd2', paragraph: 13 },
      { decisionId: 'd3', paragraph: 14 },
    ]);
    expect(transactions).toEqual(['server']);
    expect(readMeeting(doc).decisions.byItem.i2!.map((d) => d.paragraph)).toEqual([12, 13]);
    expect(validateMeeting(doc)).toEqual([]);
  });

  it('[MTG24] is idempotent: numbered decisions keep theirs, a second call writes nothing, a later decision continues the series', () => {
    const doc = makeMeeting(withDecisions);
    numberParagraphs(doc, 1);
    const state = Y.encodeStateAsUpdate(doc);
    expect(numberParagraphs(doc, 1)).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
    addDecision(doc, 'i1', { id: 'late', matter: 'Sent beslut' });
    expect(numberParagraphs(doc, 4)).toEqual([{ decisionId: 'late', paragraph: 4 }]);
    expect(paragraphs(doc)).toEqual({ d1: 1, d2: 2, d3: 3, late: 4 });
  });

  it('[MTG24] refuses a firstNumber that is not positive or would give a number twice, writing nothing', () => {
    const doc = makeMeeting(withDecisions);
    expectMeetingRefused(doc, () => numberParagraphs(doc, 0), 'invalid_value', 'firstNumber');
    expectMeetingRefused(doc, () => numberParagraphs(doc, 1.5), 'invalid_value', 'firstNumber');
    numberParagraphs(doc, 5);
    addDecision(doc, 'i1', { matter: 'Sent beslut' });
    expectMeetingRefused(doc, () => numberParagraphs(doc, 7), 'invalid_value', 'firstNumber');
  });

  it('[MTG24] [MTG21] decisions added at once in two browsers converge, and numbered after the merge run without duplicates or gaps', () => {
    const base = makeMeetingBase(withDecisions);
    const docs = mergeConcurrent(base, [
      (d) => addDecision(d, 'i2', { id: 'x1', matter: 'Anna' }),
      (d) => {
        addDecision(d, 'i2', { id: 'y1', matter: 'Bo' });
        addDecision(d, 'i1', { id: 'y2', matter: 'Bo igen' });
      },
      (d) => updateDecision(d, 'd1', { text: 'att fastställa planen, med ändringar' }),
    ]);
    expectMeetingsConverged(docs);
    // Every peer numbers its merged copy alike: the order is a pure function of the document.
    const given = docs.map((doc) => numberParagraphs(doc, 20));
    for (const numbers of given) expect(numbers).toEqual(given[0]);
    expect(given[0]!.map((n) => n.paragraph)).toEqual([20, 21, 22, 23, 24, 25]);
    expect(given[0]!.map((n) => n.decisionId)).toEqual(paragraphOrder(docs[0]!));
    expect(paragraphOrder(docs[0]!).slice(0, 1)).toEqual(['y2']);
    expectMeetingsConverged(docs);
  });

  it('[MTG21] [MTG22] two people typing in the same att-satser both keep their words', () => {
    const base = makeMeetingBase(withDecisions);
    const text = (d: Y.Doc) => getDecisions(d).get('d1')!.get('text') as Y.Text;
    const docs = mergeConcurrent(base, [(d) => text(d).insert(0, 'Anna: '), (d) => text(d).insert(text(d).length, ' Bo.')]);
    expectMeetingsConverged(docs);
    expect(decisionsOf(docs[0]!, 'i2')[0]!.text).toBe('Anna: att fastställa planen Bo.');
  });

  it('[MTG23] a decision added to an item removed at once stays valid, read as unplaced and numbered last', () => {
    const base = makeMeetingBase(threeItems);
    const docs = mergeConcurrent(base, [(d) => addDecision(d, 'i3', { id: 'd9', matter: 'Sent' }), (d) => removeAgendaItem(d, 'i3')]);
    expectMeetingsConverged(docs);
    expect(readMeeting(docs[0]!).decisions.unplaced.map((d) => d.id)).toEqual(['d9']);
    expect(numberParagraphs(docs[0]!, 1)).toEqual([{ decisionId: 'd9', paragraph: 1 }]);
  });

  it('[MTG25] numberingChange names a decision whose paragraph an update set, changed or cleared, or a numbered one it removed', () => {
    const before = makeMeeting(withDecisions);
    numberParagraphs(before, 1);
    addDecision(before, 'i1', { id: 'new', matter: 'Ny' });
    const copy = () => docFrom(Y.encodeStateAsUpdate(before), 9);
    const edited = (change: (d: Y.Doc) => void) => {
      const after = copy();
      after.transact(() => change(after));
      return numberingChange(before, after);
    };
    expect(edited((d) => updateDecision(d, 'd1', { text: 'ändrad' }))).toBeUndefined();
    expect(edited((d) => removeDecision(d, 'new'))).toBeUndefined();
    expect(edited((d) => getDecisions(d).get('new')!.set('paragraph', 4))).toBe('new');
    expect(edited((d) => getDecisions(d).get('d2')!.set('paragraph', 9))).toBe('d2');
    expect(edited((d) => getDecisions(d).get('d2')!.delete('paragraph'))).toBe('d2');
    expect(edited((d) => getDecisions(d).delete('d3'))).toBe('d3');
  });
});
