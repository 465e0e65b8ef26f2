import * as Y from 'yjs';
import type { BoardKind } from '../schema/board.ts';
import { CARD_FIELDS, CARD_TEXT_FIELDS, POSITION_FIELDS } from '../schema/card.ts';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { shortText } from '../schema/values.ts';
import { getCardsMap } from '../doc.ts';
import { newId } from '../ids.ts';
import { placeBefore, type Placement } from '../order.ts';
import { checkNewId, liveSiblings, requireCard, requireColumn, requireKind } from './lookup.ts';
import { checkTextEdit, replaceText } from './textEdits.ts';
import { requireRoom } from './requireRoom.ts';
import { MAX_CARDS } from '../schema/limits.ts';
import { laneOf } from '../read/laneOf.ts';
import { readCard } from '../read/readCard.ts';
import { readMeta } from '../read/readMeta.ts';

export interface NewCard {
  /** A caller-chosen id (seeds, tests); a fresh one when absent. */
  id?: string;
  column: string;
  title: string;
  /** The live card it goes before in `column`; last when absent. */
  beforeCardId?: string;
  /** Scalar fields of the board's kind (CARD_FIELDS); undefined values are skipped. */
  fields?: Record<string, unknown>;
  /** Prose fields of the board's kind other than the title (CARD_TEXT_FIELDS). */
  texts?: Record<string, string>;
}

const isTextField = (kind: BoardKind, field: string): boolean => (CARD_TEXT_FIELDS[kind] as readonly string[]).includes(field);

/** Refuses a field updateCardField may not touch: position, prose and reports have their own operations (VAL2, VAL4). */
function checkScalarField(kind: BoardKind, field: string): void {
  if ((POSITION_FIELDS as readonly string[]).includes(field)) {
    throw new SchemaError('invalid_value', field, `"${field}" is set by moveCard, archiveCard and restoreCard`);
  }
  if (isTextField(kind, field)) throw new SchemaError('invalid_value', field, `"${field}" is text: use editCardText or setCardText`);
  if (field === 'reports' && kind === 'assignments') throw new SchemaError('invalid_value', field, 'reports are added with addReport');
  if (!Object.hasOwn(CARD_FIELDS[kind], field)) throw new SchemaError('unknown_field', field, `unknown field "${field}"`);
}

/** A scalar field value checked against its schema for the board's kind (VAL1–VAL3). */
function parseCardValue(kind: BoardKind, field: string, value: unknown): unknown {
  checkScalarField(kind, field);
  return parseField(CARD_FIELDS[kind], field, value);
}

/** Where a card goes in `columnId` before `beforeCardId` (or last), the card itself excluded (ORD3). */
function placeCard(doc: Y.Doc, columnId: string, beforeCardId: string | undefined, cardId?: string): Placement {
  const siblings = liveSiblings(doc, columnId, cardId);
  if (beforeCardId !== undefined && !siblings.some((s) => s.id === beforeCardId)) {
    throw new SchemaError('unknown_card', 'beforeCardId', `"${beforeCardId}" is not another live card in column "${columnId}"`);
  }
  return placeBefore(siblings, beforeCardId);
}

/**
 * Writes a card's position: column and order always together (MV1), so that of two concurrent
 * moves one wins both keys. Re-keyed neighbours are written the same way. Call inside a transaction.
 */
function writeCardPlacement(doc: Y.Doc, card: Y.Map<unknown>, columnId: string, placement: Placement): void {
  card.set('column', columnId);
  card.set('order', placement.key);
  placement.rekeyed.forEach((key, id) => {
    const neighbour = getCardsMap(doc).get(id);
    neighbour?.set('column', columnId);
    neighbour?.set('order', key);
  });
}

/** Creates a card with every prose field (and an assignment's reports map) made up front (TXT1) and returns its id. */
export function createCard(doc: Y.Doc, card: NewCard, origin: unknown = null): string {
  const kind = requireKind(doc);
  const cards = getCardsMap(doc);
  requireRoom(cards.size, MAX_CARDS, 'cards');
  const id = card.id === undefined ? newId() : checkNewId(card.id, cards);
  requireColumn(doc, card.column, 'column');
  const title = parseField({ title: shortText }, 'title', card.title);
  const fields = Object.entries(card.fields ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => [field, parseCardValue(kind, field, value)] as const);
  const texts = Object.entries(card.texts ?? {}).map(([field, text]) => {
    if (field === 'title') throw new SchemaError('invalid_value', 'title', 'the title is given as `title`, not in `texts`');
    if (!isTextField(kind, field)) throw new SchemaError('unknown_field', field, `unknown text field "${field}"`);
    if (typeof text !== 'string') throw new SchemaError('invalid_value', field, `"${field}" must be a string`);
    return [field, text] as const;
  });
  const placement = placeCard(doc, card.column, card.beforeCardId);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    cards.set(id, map);
    map.set('archived', false);
    for (const field of CARD_TEXT_FIELDS[kind]) map.set(field, new Y.Text());
    (map.get('title') as Y.Text).insert(0, title);
    for (const [field, text] of texts) (map.get(field) as Y.Text).insert(0, text);
    for (const [field, value] of fields) map.set(field, value);
    if (kind === 'assignments') map.set('reports', new Y.Map());
    writeCardPlacement(doc, map, card.column, placement);
  }, origin);
  return id;
}

/** Sets a scalar field, or clears it with `undefined` (VAL1–VAL4). Last writer wins (TXT3). */
export function updateCardField(doc: Y.Doc, cardId: string, field: string, value: unknown, origin: unknown = null): void {
  const kind = requireKind(doc);
  const card = requireCard(doc, cardId);
  if (value === undefined) {
    checkScalarField(kind, field);
    doc.transact(() => card.delete(field), origin);
    return;
  }
  const parsed = parseCardValue(kind, field, value);
  doc.transact(() => card.set(field, parsed), origin);
}

/** The card's Y.Text for a prose field of the board's kind (TXT1); refuses other fields. */
function requireText(doc: Y.Doc, cardId: string, field: string): { card: Y.Map<unknown>; text: Y.Text | undefined } {
  const kind = requireKind(doc);
  const card = requireCard(doc, cardId);
  if (!isTextField(kind, field)) throw new SchemaError('unknown_field', field, `unknown text field "${field}"`);
  const text = card.get(field);
  return { card, text: text instanceof Y.Text ? text : undefined };
}

/**
 * The Y.Text of a prose field, made inside the transaction when a card lacks it (a document
 * written by an older tool). Made this late, two peers could make two, and one would win (TXT1).
 */
function textIn(card: Y.Map<unknown>, field: string, text: Y.Text | undefined): Y.Text {
  if (text) return text;
  const made = new Y.Text();
  card.set(field, made);
  return made;
}

/** Deletes `deleteCount` characters at `index` of a prose field and inserts `insert` there (TXT2). */
export function editCardText(
  doc: Y.Doc,
  cardId: string,
  field: string,
  index: number,
  deleteCount: number,
  insert: string,
  origin: unknown = null,
): void {
  const { card, text } = requireText(doc, cardId, field);
  checkTextEdit(text?.length ?? 0, index, deleteCount, insert);
  doc.transact(() => {
    const target = textIn(card, field, text);
    if (deleteCount > 0) target.delete(index, deleteCount);
    if (insert.length > 0) target.insert(index, insert);
  }, origin);
}

/** Replaces a prose field's whole text, touching only the changed middle so concurrent edits elsewhere survive (TXT2). */
export function setCardText(doc: Y.Doc, cardId: string, field: string, value: string, origin: unknown = null): void {
  const { card, text } = requireText(doc, cardId, field);
  if (typeof value !== 'string') throw new SchemaError('invalid_value', field, `"${field}" must be a string`);
  if (field === 'title') parseField({ title: shortText }, 'title', value);
  doc.transact(() => replaceText(textIn(card, field, text), value), origin);
}

/** Moves a card to `toColumnId`, before `beforeCardId` or last (MV1–MV3). */
export function moveCard(doc: Y.Doc, cardId: string, toColumnId: string, beforeCardId?: string, origin: unknown = null): void {
  const card = requireCard(doc, cardId);
  requireColumn(doc, toColumnId, 'toColumnId');
  const placement = placeCard(doc, toColumnId, beforeCardId, cardId);
  doc.transact(() => writeCardPlacement(doc, card, toColumnId, placement), origin);
}

/** Where moveCardTo puts a card: a column, the lane (the value of the board's lane field, '' for none; absent, the lane stays) and the card it goes before (last when absent). */
export interface CardDestination {
  column: string;
  lane?: string;
  beforeCardId?: string;
}

/**
 * Moves a card to a column and, on a board with lanes (SUM4), to a lane: its lane field and its
 * place in one transaction. Everything is checked before anything is written, so a refused move
 * (an unknown column or card to go before, a lane value the field refuses) changes nothing (DOC6):
 * Yjs has no rollback, and writing the lane first would leave it changed.
 */
export function moveCardTo(doc: Y.Doc, cardId: string, to: CardDestination, origin: unknown = null): void {
  const kind = requireKind(doc);
  const card = requireCard(doc, cardId);
  requireColumn(doc, to.column, 'toColumnId');
  const laneField = readMeta(doc).laneField;
  const current = readCard(doc, cardId);
  const changesLane = laneField !== undefined && to.lane !== undefined && current !== undefined && laneOf(current, laneField) !== to.lane;
  let lane: unknown;
  if (changesLane && to.lane === '') checkScalarField(kind, laneField);
  else if (changesLane) lane = parseCardValue(kind, laneField, to.lane);
  const placement = placeCard(doc, to.column, to.beforeCardId, cardId);
  doc.transact(() => {
    if (changesLane && lane === undefined) card.delete(laneField);
    else if (changesLane) card.set(laneField, lane);
    writeCardPlacement(doc, card, to.column, placement);
  }, origin);
}

/** Archives a card: it keeps its column and order, leaves the column's view and the sums (MV4). */
export function archiveCard(doc: Y.Doc, cardId: string, origin: unknown = null): void {
  const card = requireCard(doc, cardId);
  doc.transact(() => card.set('archived', true), origin);
}

/** Restores an archived card to where it was; if that column has gone, COL5 places it (MV4). */
export function restoreCard(doc: Y.Doc, cardId: string, origin: unknown = null): void {
  const card = requireCard(doc, cardId);
  doc.transact(() => card.set('archived', false), origin);
}
