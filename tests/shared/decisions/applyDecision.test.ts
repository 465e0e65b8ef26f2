import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyDecisionToCard, decidedColumn, planDecision } from '../../../shared/decisions/applyDecision.ts';
import { archiveCard, createCard, updateCardField } from '../../../shared/ops/cards.ts';
import { addColumn, renameColumn } from '../../../shared/ops/columns.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { checkInvariants } from '../../../shared/invariants.ts';
import { validateDoc } from '../../../shared/schema/validateDoc.ts';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { docFrom, makeBase, makeDoc } from '../helpers/boards.ts';
import { expectRefused } from '../helpers/refused.ts';

const DECISION = { meetingId: 'hsn-2025-06', decisionId: 'd12', body: 'HSN', date: '2025-06-18' };
const REF = { meeting: 'hsn-2025-06', decision: 'd12', body: 'HSN', date: '2025-06-18' };

/** A measures board with the stages of the seed board, and card `k` in the first. */
function measuresBoard(): Y.Doc {
  const doc = makeDoc({ columns: [] });
  addColumn(doc, { id: 'beredning', title: 'Beredning och riskbedömning' });
  addColumn(doc, { id: 'beslut', title: 'Beslut i HSN eller av HSD' });
  addColumn(doc, { id: 'verkstalla', title: 'Verkställa beslut' });
  createCard(doc, { id: 'k', column: 'beredning', title: 'Akutvårdsplatser', fields: { unit: 'Kirurgi', effect: 20_000 } });
  return doc;
}

describe('applyDecisionToCard (DEC1-DEC5)', () => {
  it('[DEC2] [DEC3] sets a measure’s decisionBody, decisionDate and decisionRef and moves it to the decided stage, in one transaction', () => {
    const doc = measuresBoard();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    applyDecisionToCard(doc, 'k', DECISION);
    expect(transactions).toBe(1);
    expect(readCard(doc, 'k')).toMatchObject({ column: 'beslut', decisionBody: 'HSN', decisionDate: '2025-06-18', decisionRef: REF, effect: 20_000 });
    expect(validateDoc(doc)).toEqual([]);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('[DEC2] applied again, it writes nothing: no update at all', () => {
    const doc = measuresBoard();
    applyDecisionToCard(doc, 'k', DECISION);
    let updates = 0;
    doc.on('update', () => updates++);
    applyDecisionToCard(doc, 'k', DECISION);
    expect(updates).toBe(0);
    // Another decision of the same meeting replaces the reference alone.
    applyDecisionToCard(doc, 'k', { ...DECISION, decisionId: 'd13' });
    expect(updates).toBe(1);
    expect(readCard(doc, 'k')?.decisionRef).toEqual({ ...REF, decision: 'd13' });
  });

  it('[DEC3] a card already past the decided stage ("Verkställa beslut") stays there; one in it stays in it', () => {
    const doc = measuresBoard();
    createCard(doc, { id: 'v', column: 'verkstalla', title: 'Verkställs' });
    createCard(doc, { id: 'b', column: 'beslut', title: 'Beslutas' });
    applyDecisionToCard(doc, 'v', DECISION);
    applyDecisionToCard(doc, 'b', DECISION);
    expect([readCard(doc, 'v')?.column, readCard(doc, 'b')?.column]).toEqual(['verkstalla', 'beslut']);
    expect(readCard(doc, 'v')?.decisionRef).toEqual(REF);
  });

  it('[DEC3] the decided stage is the first column whose title begins with Beslut or Decided, in board order', () => {
    const columns = (titles: string[]) => titles.map((title, i) => ({ id: `c${i}`, title, order: `a${i}` }));
    expect(decidedColumn(columns(['Förslag', 'Verkställa beslut', 'Beslutad', 'Beslut']))?.id).toBe('c2');
    expect(decidedColumn(columns(['Proposed', 'Decided']))?.id).toBe('c1');
    expect(decidedColumn(columns(['Att göra', 'Verkställa beslut', 'Klart']))).toBeUndefined();
    // The word must end: material for a decision is an earlier stage, not the decided one.
    expect(decidedColumn(columns(['Beslutsunderlag', 'Beslutsfattande', 'Beslutad']))?.id).toBe('c2');
    expect(decidedColumn(columns(['Beslutsunderlag', 'Decisions pending', 'Beslutåtgärd']))).toBeUndefined();
    expect(['Beslut', 'Beslutat', 'Beslutade', 'beslut: HSN', 'Decision'].map((title) => decidedColumn(columns([title]))?.id)).toEqual(['c0', 'c0', 'c0', 'c0', 'c0']);
    // The seed board of measures names its stage so.
    const seed = buildSeedBoard(hsfAtgarder);
    expect(decidedColumn(readColumns(seed))?.id).toBe('beslut');
  });

  it('[DEC4] an assignment card gets the reference alone: its fields and column stay', () => {
    const doc = makeDoc({ kind: 'assignments' });
    createCard(doc, { id: 'u', column: 'c1', title: 'Minska personalkostnaden', fields: { directedTo: 'HSN', deadline: '2025-12-31' } });
    const before = readCard(doc, 'u');
    applyDecisionToCard(doc, 'u', DECISION);
    expect(readCard(doc, 'u')).toEqual({ ...before, decisionRef: REF });
    expect(validateDoc(doc)).toEqual([]);
  });

  it('[DEC5] refusals write nothing: a general board, an unknown or archived card, a bad id, body or date, no decided stage', () => {
    const general = makeDoc({ kind: 'general' });
    createCard(general, { id: 'g', column: 'c1', title: 'Allmänt' });
    expectRefused(general, () => applyDecisionToCard(general, 'g', DECISION), 'invalid_board', 'kind');
    expectRefused(new Y.Doc(), () => applyDecisionToCard(new Y.Doc(), 'k', DECISION), 'invalid_board', 'meta');

    const doc = measuresBoard();
    expectRefused(doc, () => applyDecisionToCard(doc, 'saknas', DECISION), 'unknown_card', 'cardId');
    for (const bad of [{ meetingId: '__proto__' }, { decisionId: 'a b' }, { body: '  ' }, { body: 'x'.repeat(501) }, { date: '2025-02-30' }]) {
      expectRefused(doc, () => applyDecisionToCard(doc, 'k', { ...DECISION, ...bad }), 'invalid_value', 'decisionRef');
    }
    createCard(doc, { id: 'a', column: 'beredning', title: 'Arkiverat' });
    archiveCard(doc, 'a');
    expectRefused(doc, () => applyDecisionToCard(doc, 'a', DECISION), 'invalid_value', 'archived');

    renameColumn(doc, 'beslut', 'Samverkan');
    expectRefused(doc, () => applyDecisionToCard(doc, 'k', DECISION), 'unknown_column', 'decidedStage');
    expect(() => planDecision(doc, 'k', DECISION)).toThrow(/decided stage/);
  });

  it('[DEC2] a decision applied while another peer edits the card merges: both edits kept, in either order', () => {
    const base = makeBase({
      columns: [],
      setup: (doc) => {
        addColumn(doc, { id: 'beredning', title: 'Beredning' });
        addColumn(doc, { id: 'beslut', title: 'Beslut' });
        createCard(doc, { id: 'k', column: 'beredning', title: 'Kort', fields: { effect: 1_000 } });
      },
    });
    const a = docFrom(base, 1);
    const b = docFrom(base, 2);
    const fromA = Y.encodeStateVector(a);
    applyDecisionToCard(a, 'k', DECISION);
    const updateA = Y.encodeStateAsUpdate(a, fromA);
    const fromB = Y.encodeStateVector(b);
    updateCardField(b, 'k', 'effect', 2_000);
    const updateB = Y.encodeStateAsUpdate(b, fromB);
    const peers = [
      [updateA, updateB],
      [updateB, updateA],
    ].map((order, i) => {
      const peer = docFrom(base, 10 + i);
      for (const update of order) Y.applyUpdate(peer, update!);
      return peer;
    });
    for (const peer of peers) expect(readCard(peer, 'k')).toMatchObject({ column: 'beslut', decisionRef: REF, effect: 2_000 });
    expect(peers[0]!.toJSON()).toEqual(peers[1]!.toJSON());
  });
});
