import * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMeta } from '../../shared/doc.ts';
import { createCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import type { Storage } from '../../server/storage/Storage.ts';

/** Rebuilds a stored document as the server would load it, its top-level types defined so toJSON() shows them. */
export async function loadStoredDoc(storage: Storage, id: string): Promise<Y.Doc> {
  const stored = await storage.loadDoc(id);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.data);
  getMeta(doc);
  getColumnsMap(doc);
  getCardsMap(doc);
  return doc;
}

/** Adds `count` cards titled `Kort 0…` to the first column of a stored board, as one appended update. */
export async function appendCards(storage: Storage, id: string, count: number): Promise<void> {
  const doc = await loadStoredDoc(storage, id);
  const before = Y.encodeStateVector(doc);
  const column = readColumns(doc)[0]!.id;
  for (let i = 0; i < count; i++) createCard(doc, { column, title: `Kort ${i}` });
  await storage.appendUpdate(id, Y.encodeStateAsUpdate(doc, before));
  doc.destroy();
}

/** The ids of the cards in a document, sorted. */
export const cardIds = (doc: Y.Doc): string[] => [...getCardsMap(doc).keys()].sort();
