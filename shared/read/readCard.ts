import type * as Y from 'yjs';
import { getCardsMap } from '../doc.ts';
import type { Card } from '../schema/card.ts';
import { columnResolver } from './columnResolver.ts';
import { readMeta } from './readMeta.ts';
import { toCard } from './toCard.ts';

/** One card as a plain snapshot, or undefined when the document has no such card. */
export function readCard(doc: Y.Doc, cardId: string): Card | undefined {
  const map = getCardsMap(doc).get(cardId);
  if (!map) return undefined;
  return toCard(cardId, map, readMeta(doc).kind, columnResolver(doc)(map.get('column')));
}
