import * as Y from 'yjs';
import { initBoard } from '../../../shared/ops/board.ts';
import { addColumn } from '../../../shared/ops/columns.ts';
import type { BoardKind } from '../../../shared/schema/board.ts';

export interface BaseOptions {
  kind?: BoardKind;
  target?: number;
  /** Column ids, made in this order with titles "Column <id>". */
  columns?: readonly string[];
  /** More setup on the base document (cards, reports) before it is copied. */
  setup?: (doc: Y.Doc) => void;
}

/**
 * The state every peer of a test starts from: a board with fixed column ids, written by
 * client 1000 so it never collides with the peers' client ids (1..n).
 */
export function makeBase(options: BaseOptions = {}): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1000;
  const kind = options.kind ?? 'measures';
  initBoard(doc, { title: 'Test board', kind, target: options.target, columns: [] });
  for (const id of options.columns ?? ['c1', 'c2', 'c3']) addColumn(doc, { id, title: `Column ${id}` });
  options.setup?.(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** A peer with a fixed client id (so conflict winners are deterministic) holding `base`. */
export function docFrom(base: Uint8Array, clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, base);
  return doc;
}

/** One document, for tests of a single peer. */
export const makeDoc = (options: BaseOptions = {}): Y.Doc => docFrom(makeBase(options), 1);
