import * as Y from 'yjs';
import { getCardsMap, getMeta } from '../shared/doc.ts';
import { initBoard } from '../shared/ops/board.ts';
import { createCard, updateCardField } from '../shared/ops/cards.ts';
import { readColumns } from '../shared/read/readColumns.ts';

/** The id of the i-th card a bench board holds. */
export const cardId = (i: number): string => `card-${i}`;

/**
 * Makes `doc` a measures board (unless it already is one) and adds `cards` cards with ids
 * `card-0…` to its first column, all in one transaction, so a server receives it as one update.
 */
export function fillBoard(doc: Y.Doc, cards: number, title = 'Bänk'): void {
  if (!getMeta(doc).has('kind')) initBoard(doc, { title, kind: 'measures' });
  const column = readColumns(doc)[0]!.id;
  doc.transact(() => {
    for (let i = 0; i < cards; i++) createCard(doc, { id: cardId(i), column, title: `Åtgärd ${i}`, fields: { unit: 'Medicin', effect: i } });
  });
}

/** A board state built locally: what the floor's clients start from, since the floor stores nothing. */
export function boardState(cards: number): Uint8Array {
  const doc = new Y.Doc();
  fillBoard(doc, cards);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** The small card edit every latency workload makes: one scalar field of one card. */
export function editCard(doc: Y.Doc, card: string, marker: string): void {
  updateCardField(doc, card, 'unit', marker);
}

/** True once `doc` shows the edit `marker` on `card`. */
export const hasEdit = (doc: Y.Doc, card: string, marker: string): boolean => getCardsMap(doc).get(card)?.get('unit') === marker;
