import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentKind, validateDocument } from '../../../shared/validateDocument.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { getCardsMap, getColumnsMap, getMeta } from '../../../shared/doc.ts';
import { getAgenda, getMeetingMeta } from '../../../shared/meeting/meetingDoc.ts';
import { addAgendaItem } from '../../../shared/meeting/meetingOps.ts';
import { BOARD_KINDS } from '../../../shared/schema/boardKinds.ts';
import { makeMeeting, threeItems } from './helpers/meetings.ts';
import { docFrom } from '../helpers/boards.ts';

function board(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Åtgärder', kind: 'measures' });
  createCard(doc, { id: 'k1', column: [...getColumnsMap(doc).keys()][0]!, title: 'Färre hyrläkare' });
  return doc;
}

/** `change` applied to a copy of `doc`, as the server applies an update to its scratch copy. */
function after(doc: Y.Doc, change: (copy: Y.Doc) => void): Y.Doc {
  const copy = docFrom(Y.encodeStateAsUpdate(doc), 77);
  change(copy);
  return copy;
}

describe('documentKind', () => {
  it('[MTG2] reads meta.kind: a board kind, meeting, or undefined for an empty or unknown document', () => {
    expect(documentKind(board())).toBe('measures');
    expect(documentKind(makeMeeting())).toBe('meeting');
    expect(documentKind(new Y.Doc())).toBeUndefined();
    const odd = new Y.Doc();
    getMeta(odd).set('kind', 'minutes');
    expect(documentKind(odd)).toBeUndefined();
    expect(BOARD_KINDS as readonly string[]).not.toContain('meeting');
  });
});

describe('validateDocument', () => {
  it('[MTG2] checks each kind by its own schema', () => {
    expect(validateDocument(board(), 'measures')).toEqual([]);
    expect(validateDocument(makeMeeting(threeItems), 'meeting')).toEqual([]);
    expect(validateDocument(new Y.Doc(), 'meeting')).toEqual([]);
    expect(validateDocument(new Y.Doc(), 'general')).toEqual([]);
  });

  it('[MTG2] a board never validates as a meeting, nor a meeting as a board of any kind', () => {
    expect(validateDocument(board(), 'meeting').map((i) => i.path)).toEqual(expect.arrayContaining(['meta.kind', 'columns', 'cards']));
    for (const kind of BOARD_KINDS) {
      expect(validateDocument(makeMeeting(threeItems), kind).map((i) => i.path)).toEqual(expect.arrayContaining(['meta.kind', 'agenda']));
    }
  });

  it('[MTG2] an update cannot turn a board into a meeting', () => {
    const before = board();
    const turned = after(before, (d) => {
      d.transact(() => {
        getMeta(d).set('kind', 'meeting');
        getMeta(d).set('date', '2025-04-15');
        getColumnsMap(d).forEach((_, id) => getColumnsMap(d).delete(id));
        getCardsMap(d).forEach((_, id) => getCardsMap(d).delete(id));
      });
    });
    expect(validateDocument(turned, documentKind(before)!)).not.toEqual([]);
    const added = after(before, (d) => addAgendaItemRaw(d));
    expect(validateDocument(added, documentKind(before)!).map((i) => i.path)).toEqual(['agenda']);
  });

  it('[MTG2] an update cannot turn a meeting into a board', () => {
    const before = makeMeeting(threeItems);
    const turned = after(before, (d) => {
      d.transact(() => {
        getMeetingMeta(d).set('kind', 'general');
        getAgenda(d).forEach((_, id) => getAgenda(d).delete(id));
      });
    });
    expect(validateDocument(turned, documentKind(before)!).map((i) => i.path)).toEqual(['meta.kind']);
    const columns = after(before, (d) => getColumnsMap(d).set('c1', new Y.Map()));
    expect(validateDocument(columns, documentKind(before)!).map((i) => i.path)).toEqual(['columns']);
  });

  it('[MTG2] passes the scope on: cards to a board, items to a meeting', () => {
    const meeting = makeMeeting(threeItems);
    getAgenda(meeting).get('i1')!.set('minutes', 0);
    expect(validateDocument(meeting, 'meeting', { items: ['i2'] })).toEqual([]);
    expect(validateDocument(meeting, 'meeting', { items: ['i1'] }).map((i) => i.path)).toEqual(['agenda.i1.minutes']);
    const doc = board();
    getCardsMap(doc).get('k1')!.set('effect', 'much');
    expect(validateDocument(doc, 'measures', { cards: [] })).toEqual([]);
    expect(validateDocument(doc, 'measures', { cards: ['k1'] }).map((i) => i.path)).toEqual(['cards.k1.effect']);
  });
});

/** An agenda item written straight into a board document, as a hostile client might. */
function addAgendaItemRaw(doc: Y.Doc): void {
  const item = new Y.Map<unknown>();
  getAgenda(doc).set('i1', item);
  item.set('title', new Y.Text('Smuggled'));
  expect(() => addAgendaItem(doc, { title: 'X', minutes: 5, kind: 'information' })).toThrow();
}
