import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap } from '../../../shared/doc.ts';
import { updateBoardMeta } from '../../../shared/ops/board.ts';
import { archiveCard, createCard, editCardText, moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { renameColumn } from '../../../shared/ops/columns.ts';
import { addMilestone } from '../../../shared/ops/milestones.ts';
import { addReport, setReportText } from '../../../shared/ops/reports.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';
import { authorizeUpdate } from '../../../server/access/authorizeUpdate.ts';
import type { UpdateOutcome } from '../../../server/sync/UpdateOutcome.ts';
import type { BoardRole } from '../../../server/storage/roleNames.ts';
import { inspectUpdate } from '../../../server/sync/inspectUpdate.ts';
import { ANNA, assignmentsBoard, clientUpdate, measuresBoard } from './boardFixture.ts';

/** Decides an edit made on a client copy of `server`, exactly as the room does: on the scratch copy. */
function decide(server: Y.Doc, edit: (doc: Y.Doc) => void, role: BoardRole = 'unitChief'): UpdateOutcome['verdict'] {
  const update = clientUpdate(server, edit);
  return inspectUpdate(server, update, (scratch, effect) => authorizeUpdate({ ...ANNA, scope: [...ANNA.scope], role }, effect, server, scratch)).verdict;
}

const otherColumn = (doc: Y.Doc): string => readColumns(doc)[1]!.id;

describe('a unit chief’s update, inside the scope', () => {
  it.each([
    ['a value of a card of their unit', (doc: Y.Doc) => updateCardField(doc, 'kir', 'effect', 15_000)],
    ['the comment text of a card of their unit', (doc: Y.Doc) => editCardText(doc, 'kir', 'comment', 0, 0, 'Ny ')],
    ['the title of a card of their unit', (doc: Y.Doc) => editCardText(doc, 'kir', 'title', 0, 0, 'Nya ')],
    ['moving a card of their unit to another column', (doc: Y.Doc) => moveCard(doc, 'kir', otherColumn(doc))],
    ['archiving a card of their unit', (doc: Y.Doc) => archiveCard(doc, 'kir')],
    ['a card where they are among the responsible (other unit, name typed differently)', (doc: Y.Doc) => updateCardField(doc, 'psy', 'status', 'green')],
  ])('[ROLE4] is applied: %s', (_name, edit) => {
    expect(decide(measuresBoard(), edit)).toBe('apply');
  });

  it('[ROLE4] a monthly report of a card where they are responsible is theirs: adding and writing it is applied', () => {
    const board = assignmentsBoard();
    expect(decide(board, (doc) => addReport(doc, 'upp', '2025-04', { lastMonth: 'Klart' }))).toBe('apply');
    addReport(board, 'upp', '2025-05');
    expect(decide(board, (doc) => setReportText(doc, 'upp', '2025-05', 'risks', 'Inga'))).toBe('apply');
    expect(decide(board, (doc) => addReport(doc, 'ann', '2025-04'))).toBe('refuse');
  });
});

describe('a unit chief’s update that reaches outside the scope is refused whole', () => {
  it.each([
    ['a value of a neighbour’s card', (doc: Y.Doc) => updateCardField(doc, 'ort', 'effect', 1)],
    ['creating a card, even in their own unit', (doc: Y.Doc) => void createCard(doc, { column: readColumns(doc)[0]!.id, title: 'Ny', fields: { unit: 'Kirurgi' } })],
    ['deleting a card of their unit', (doc: Y.Doc) => void getCardsMap(doc).delete('kir')],
    ['replacing a card of their unit with a new, valid one', (doc: Y.Doc) => {
      const old = getCardsMap(doc).get('kir')!;
      const card = new Y.Map<unknown>();
      for (const key of ['column', 'order', 'archived', 'unit']) card.set(key, old.get(key));
      card.set('title', new Y.Text('Utbytt'));
      card.set('comment', new Y.Text(''));
      getCardsMap(doc).set('kir', card);
    }],
    ['moving a neighbour’s card into their unit', (doc: Y.Doc) => updateCardField(doc, 'ort', 'unit', 'Kirurgi')],
    ['moving their own card out of their unit', (doc: Y.Doc) => updateCardField(doc, 'kir', 'unit', 'Ortopedi')],
    ['adding themselves to a neighbour’s responsible', (doc: Y.Doc) => updateCardField(doc, 'ort', 'responsible', ['Anna Sundén'])],
    ['the board title', (doc: Y.Doc) => updateBoardMeta(doc, 'title', 'Min tavla')],
    ['a column', (doc: Y.Doc) => renameColumn(doc, readColumns(doc)[0]!.id, 'Mina')],
    ['the timeline', (doc: Y.Doc) => void addMilestone(doc, { date: '2025-05-01', title: 'Möte' })],
    ['their card and a neighbour’s card in one transaction', (doc: Y.Doc) => doc.transact(() => {
      updateCardField(doc, 'kir', 'effect', 1);
      updateCardField(doc, 'ort', 'effect', 1);
    })],
    ['their card, then a neighbour’s card, sent as one update', (doc: Y.Doc) => {
      updateCardField(doc, 'kir', 'effect', 1);
      editCardText(doc, 'ort', 'title', 0, 0, 'x');
    }],
  ])('[UPD4] refused: %s', (_name, edit) => {
    expect(decide(measuresBoard(), edit)).toBe('refuse');
  });

  it('[UPD6] an update that depends on a change the server never got is seen as pending (the room refuses it before any role), the two together are not', () => {
    const server = measuresBoard();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const base = Y.encodeStateVector(client);
    updateCardField(client, 'ort', 'effect', 1); // never sent
    const afterHidden = Y.encodeStateVector(client);
    updateCardField(client, 'kir', 'effect', 2);
    expect(inspectUpdate(server, Y.encodeStateAsUpdate(client, afterHidden), (_scratch, effect) => effect.pending)).toBe(true);
    expect(inspectUpdate(server, Y.encodeStateAsUpdate(client, base), (_scratch, effect) => effect.pending)).toBe(false);
  });
});

describe('the other roles', () => {
  it('[ROLE5] a viewer’s update is refused as soon as it changes anything, and one that changes nothing is ignored', () => {
    const server = measuresBoard();
    expect(decide(server, (doc) => updateCardField(doc, 'kir', 'effect', 1), 'viewer')).toBe('refuse');
    expect(decide(server, () => {}, 'viewer')).toBe('ignore');
    // A y-websocket client's sync step 2 repeats what the server has: nothing new.
    const known = Y.encodeStateAsUpdate(server);
    expect(inspectUpdate(server, known, (scratch, effect) => authorizeUpdate({ ...ANNA, scope: [], role: 'viewer' }, effect, server, scratch)).verdict).toBe('ignore');
  });

  it.each(['editor', 'facilitator'] as const)('[ROLE3] an %s may change anything the schema allows', (role) => {
    const server = measuresBoard();
    expect(decide(server, (doc) => updateCardField(doc, 'ort', 'effect', 1), role)).toBe('apply');
    expect(decide(server, (doc) => updateBoardMeta(doc, 'title', 'Ny'), role)).toBe('apply');
    expect(decide(server, (doc) => void getCardsMap(doc).delete('kir'), role)).toBe('apply');
  });
});
