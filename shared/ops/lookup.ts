import type * as Y from 'yjs';
import { BOARD_KINDS, type BoardKind } from '../schema/board.ts';
import { SchemaError } from '../schema/errors.ts';
import { getCardsMap, getColumnsMap, getMeta } from '../doc.ts';
import { compareOrdered, type Ordered } from '../order.ts';
import { columnResolver } from '../read/columnResolver.ts';
import { isValidId } from '../ids.ts';

/** The board's kind; refuses a document that is not (yet) a board. */
export function requireKind(doc: Y.Doc): BoardKind {
  const kind = getMeta(doc).get('kind');
  if (!(BOARD_KINDS as readonly unknown[]).includes(kind)) throw new SchemaError('invalid_board', 'meta', 'document is not a board');
  return kind as BoardKind;
}

/** The card's map; `field` names the argument in the error. */
export function requireCard(doc: Y.Doc, cardId: string, field = 'cardId'): Y.Map<unknown> {
  const card = getCardsMap(doc).get(cardId);
  if (!card) throw new SchemaError('unknown_card', field, `unknown card "${cardId}"`);
  return card;
}

/** The column's map; `field` names the argument in the error. */
export function requireColumn(doc: Y.Doc, columnId: string, field = 'columnId'): Y.Map<unknown> {
  const column = getColumnsMap(doc).get(columnId);
  if (!column) throw new SchemaError('unknown_column', field, `unknown column "${columnId}"`);
  return column;
}

/** A caller-chosen id for a new entity, or a fresh one; refuses malformed and taken ids. */
export function checkNewId(id: string, taken: { has(id: string): boolean }): string {
  if (!isValidId(id)) throw new SchemaError('invalid_value', 'id', `invalid id "${id}"`);
  if (taken.has(id)) throw new SchemaError('invalid_value', 'id', `id "${id}" is already taken`);
  return id;
}

export interface PlacedCard extends Ordered {
  readonly archived: boolean;
}

/** Every card readers show in `columnId` (orphans adopted, COL5), archived included, sorted (ORD1). */
export function cardsPlacedIn(doc: Y.Doc, columnId: string): PlacedCard[] {
  const resolve = columnResolver(doc);
  const placed: PlacedCard[] = [];
  getCardsMap(doc).forEach((map, id) => {
    if (resolve(map.get('column')) !== columnId) return;
    const order = map.get('order');
    placed.push({ id, order: typeof order === 'string' ? order : '', archived: map.get('archived') === true });
  });
  return placed.sort(compareOrdered);
}

/** The live cards of `columnId` other than `exceptId`: the siblings a card is placed among (ORD3). */
export const liveSiblings = (doc: Y.Doc, columnId: string, exceptId?: string): PlacedCard[] =>
  cardsPlacedIn(doc, columnId).filter((c) => !c.archived && c.id !== exceptId);
