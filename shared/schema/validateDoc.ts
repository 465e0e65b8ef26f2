import * as Y from 'yjs';
import { boardMetaFields, BOARD_KINDS, type BoardKind } from './board.ts';
import { CARD_FIELDS, POSITION_FIELDS } from './card.ts';
import { columnFields } from './column.ts';
import { validateMilestones } from './milestone.ts';
import { holdsContent, isPlainMap } from './plainTypes.ts';
import { checkValues, validateCard, type SchemaIssue } from './validateCard.ts';
import { SCHEMA_VERSION } from './version.ts';
import { TOP_LEVEL_TYPES, getCardsMap, getColumnsMap, getMeta, getMilestonesMap } from '../doc.ts';
import { isValidId } from '../ids.ts';
import { isValidOrderKey } from '../order.ts';

export type { SchemaIssue } from './validateCard.ts';

/**
 * COL5: whether the columns map holds, or once held, `id`. A card whose column was removed while
 * it moved there (both won) is valid; one naming a column the board never had is not. Yjs has no
 * public API for a removed key: `has` sees live entries only, but the key's last Item stays in the
 * map's `_map`, marked deleted, as long as the map itself lives (GC empties its content and keeps
 * the Item), and encoding a document keeps it too. So `has` first, `_map` only for the removed.
 */
function columnEverHeld(columns: Y.Map<Y.Map<unknown>>, id: string): boolean {
  return columns.has(id) || columns._map.has(id);
}

/** DOC1: only meta, columns and cards hold content, and each is a map. */
function checkTopLevel(doc: Y.Doc, issues: SchemaIssue[]): boolean {
  doc.share.forEach((type, name) => {
    if (!(TOP_LEVEL_TYPES as readonly string[]).includes(name) && holdsContent(type)) {
      issues.push({ path: name, code: 'unknown_field', message: `unknown top-level type "${name}"` });
    }
  });
  for (const name of TOP_LEVEL_TYPES) {
    try {
      const map = doc.getMap(name);
      for (let item = map._start; item; item = item.right) {
        if (!item.deleted) {
          issues.push({ path: name, code: 'invalid_board', message: `"${name}" holds list content` });
          break;
        }
      }
    } catch {
      issues.push({ path: name, code: 'invalid_board', message: `"${name}" is not a map` });
      return false;
    }
  }
  return true;
}

/** DOC2, DOC3: the meta map; returns the board's kind when it is valid. */
function checkMeta(meta: Y.Map<unknown>, issues: SchemaIssue[]): BoardKind | undefined {
  const version = meta.get('schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) {
    issues.push({ path: 'meta.schemaVersion', code: 'invalid_board', message: `schemaVersion must be an integer from 1 to ${SCHEMA_VERSION}` });
  }
  checkValues(meta, boardMetaFields, [], 'meta', issues, ['schemaVersion']);
  if (!meta.has('title')) issues.push({ path: 'meta.title', code: 'invalid_board', message: 'title is missing' });
  const kind = meta.get('kind');
  if (!(BOARD_KINDS as readonly unknown[]).includes(kind)) {
    issues.push({ path: 'meta.kind', code: 'invalid_board', message: 'kind is missing or unknown' });
    return undefined;
  }
  const laneField = meta.get('laneField');
  const scalar = (f: unknown) => typeof f === 'string' && Object.hasOwn(CARD_FIELDS[kind as BoardKind], f) && !(POSITION_FIELDS as readonly string[]).includes(f);
  if (laneField !== undefined && !scalar(laneField)) issues.push({ path: 'meta.laneField', code: 'unknown_field', message: `"${String(laneField)}" is not a card field of this kind` });
  return kind as BoardKind;
}

function checkColumn(column: unknown, path: string, settled: boolean, issues: SchemaIssue[]): void {
  if (!isPlainMap(column)) {
    issues.push({ path, code: 'invalid_value', message: 'a column must be a Y.Map' });
    return;
  }
  checkValues(column, columnFields, [], path, issues);
  const order = column.get('order');
  if (order !== undefined && !isValidOrderKey(order)) issues.push({ path: `${path}.order`, code: 'invalid_value', message: `"${String(order)}" is not an order key` });
  if (settled && !column.has('order')) issues.push({ path: `${path}.order`, code: 'invalid_value', message: '"order" is missing' });
  if (!column.has('title')) issues.push({ path: `${path}.title`, code: 'invalid_value', message: '"title" is missing' });
}

/** Narrows validateDoc to part of the cards; everything else is always checked in full. */
export interface ValidateScope {
  /** Check only these cards (the ones an update touched); absent ids are skipped. All cards when absent. */
  cards?: Iterable<string>;
}

/**
 * Every value of the document against the schema (VAL5); [] when valid. O(cards · fields),
 * never throws: the server runs it on a scratch copy to refuse a bad update. An empty document
 * is valid (DOC4); a card in a column that no longer exists is valid (COL5), one in a column that
 * never existed is not; a missing position
 * key is allowed while the document waits for a pending update (ORD5). With `scope.cards` only
 * those cards are checked (O(columns + listed cards)), for a caller that knows the rest was valid.
 */
export function validateDoc(doc: Y.Doc, scope: ValidateScope = {}): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  try {
    if (!checkTopLevel(doc, issues)) return issues;
    const meta = getMeta(doc);
    const columns = getColumnsMap(doc);
    const cards = getCardsMap(doc);
    if (meta.size === 0 && columns.size === 0 && cards.size === 0 && getMilestonesMap(doc).size === 0) return issues;
    const kind = checkMeta(meta, issues);
    issues.push(...validateMilestones(doc));
    const settled = doc.store.pendingStructs === null && doc.store.pendingDs === null;
    columns.forEach((column, id) => {
      if (!isValidId(id)) issues.push({ path: `columns.${id}`, code: 'invalid_value', message: `invalid column id "${id}"` });
      checkColumn(column, `columns.${id}`, settled, issues);
    });
    if (!kind) return issues;
    const checkCard = (card: unknown, id: string) => {
      if (!isValidId(id)) issues.push({ path: `cards.${id}`, code: 'invalid_value', message: `invalid card id "${id}"` });
      validateCard(card, kind, `cards.${id}`, settled, issues);
      const column = card instanceof Y.Map ? (card as Y.Map<unknown>).get('column') : undefined;
      if (typeof column === 'string' && !columnEverHeld(columns, column)) {
        issues.push({ path: `cards.${id}.column`, code: 'unknown_column', message: `column "${column}" never existed` });
      }
    };
    if (!scope.cards) cards.forEach(checkCard);
    else for (const id of scope.cards) if (cards.has(id)) checkCard(cards.get(id), id);
  } catch (error) {
    issues.push({ path: '', code: 'invalid_board', message: `document could not be read: ${(error as Error).message}` });
  }
  return issues;
}
