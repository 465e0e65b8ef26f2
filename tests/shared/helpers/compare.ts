import { expect } from 'vitest';
import type * as Y from 'yjs';
import { checkInvariants } from '../../../shared/invariants.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import { validateDoc } from '../../../shared/schema/validateDoc.ts';
import { getCardsMap, getColumnsMap, getMeta, getMilestonesMap } from '../../../shared/doc.ts';

/** The whole content; the typed accessors first, since Y.Doc.toJSON skips types a doc has not asked for by type. */
export function contentOf(doc: Y.Doc): unknown {
  getMeta(doc);
  getColumnsMap(doc);
  getCardsMap(doc);
  getMilestonesMap(doc);
  return doc.toJSON();
}

/**
 * Yjs's testHelper `compare(users)` for boards: every doc has the same content and reads as
 * the same board, the board invariants hold in each and each passes validateDoc.
 */
export function expectConverged(docs: readonly Y.Doc[]): void {
  const [first, ...rest] = docs;
  if (!first) throw new Error('expectConverged needs docs');
  const json = contentOf(first);
  const board = readBoard(first);
  for (const doc of rest) {
    expect(contentOf(doc)).toEqual(json);
    expect(readBoard(doc)).toEqual(board);
  }
  for (const doc of docs) {
    expect(checkInvariants(doc)).toEqual([]);
    expect(validateDoc(doc)).toEqual([]);
  }
}
